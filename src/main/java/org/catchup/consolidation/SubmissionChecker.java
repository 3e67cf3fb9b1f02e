package org.catchup.consolidation;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.catchup.submission.CheckContext;
import org.catchup.submission.CheckedFile;
import org.catchup.submission.SubmissionCheck;
import org.catchup.submission.SubmissionHeader;
import org.catchup.submission.SubmissionLine;
import org.catchup.submission.SubmissionReport;
import org.catchup.submission.WarehouseTeamHistory;
import org.catchup.validation.ReferenceLookup;
import org.catchup.validation.TeamHistory;
import org.catchup.warehouse.NewSubmission;
import org.catchup.warehouse.StoredSubmission;
import org.catchup.warehouse.SubmissionRepository;

/**
 * The night's half of consolidating a file that writes nothing: the {@link SubmissionCheck}, with
 * what only the night adds around it (the submission row as it is known before storing, whether
 * the team history was read, files consolidated before). It needs no transaction, so the
 * consolidation's processor runs it for several files of a chunk at once
 * ({@link ConsolidationJobConfiguration}).
 */
final class SubmissionChecker {

	private final SubmissionCheck check;

	private final SubmissionRepository submissions;

	private final Clock clock;

	SubmissionChecker(SubmissionCheck check, SubmissionRepository submissions, Clock clock) {
		this.check = check;
		this.submissions = submissions;
		this.clock = clock;
	}

	/** Checks a file of the night against its partition's {@code histories}. */
	CheckedSubmission check(Path file, Long jobExecutionId, ReferenceLookup known, TeamHistories histories) {
		boolean[] historyRead = { false };
		CheckedFile checked = check.check(file, night(file, known, header -> {
			historyRead[0] = true;
			return WarehouseTeamHistory.of(histories.teams(header.enterpriseCode(), header.period()));
		}));
		if (checked.tooBigToHold()) {
			return new CheckedSubmission.TooBig(file, checked.contentHash(),
					checked.header() == null ? null : checked.header().enterpriseCode(), known);
		}
		NewSubmission pending = pending(file, checked.contentHash(), jobExecutionId);
		return new CheckedSubmission.Checked(file, pending, checked.report(), checked.rows(), historyRead[0], known);
	}

	/** The enterprise the file names, as the check reads it: see {@link SubmissionCheck#enterpriseOf}. */
	Optional<String> enterpriseOf(Path file) {
		return check.enterpriseOf(file);
	}

	/**
	 * The night's view of a file as it is read while being stored, against the history as this
	 * transaction sees it (see {@link SubmissionConsolidator}).
	 */
	SubmissionReport stream(Path file, ReferenceLookup known, Consumer<SubmissionHeader> header,
			Consumer<SubmissionLine> rows) {
		return check.stream(file, night(file, known, checked -> {
			header.accept(checked);
			return teamHistory(checked);
		}), rows);
	}

	private static CheckContext night(Path file, ReferenceLookup known, Function<SubmissionHeader, TeamHistory> history) {
		return CheckContext.night(file.getFileName().toString(), ArrivedFile.receivedTime(file), known, history);
	}

	private TeamHistory teamHistory(SubmissionHeader header) {
		return WarehouseTeamHistory.of(submissions.teams(header.enterpriseCode(), header.period()));
	}

	/** Content consolidated before, if it was: see {@link #settled}. */
	Optional<ConsolidationOutcome> seenBefore(Path file, String hash) {
		SubmissionRepository.Seen seen = submissions.findByContentHashes(List.of(hash)).get(hash);
		return seen == null ? Optional.empty() : Optional.of(settled(file, seen));
	}

	/**
	 * A file whose content was consolidated before: already filed (a copy), or committed by a run
	 * that died before moving the file, which is filed now as that run would have filed it.
	 */
	ConsolidationOutcome settled(Path file, SubmissionRepository.Seen seen) {
		if (!seen.filed()) {
			return unfiled(file, seen.submission());
		}
		return ConsolidationOutcome.alreadyConsolidated(file);
	}

	/** The submission row as it is known before the file is read: rejected until it passes. */
	NewSubmission pending(Path file, String hash, Long jobExecutionId) {
		return new NewSubmission(null, null, null, StoredSubmission.REJECTED, hash, file.getFileName().toString(),
				null, ArrivedFile.receivedTime(file), LocalDateTime.now(clock), 0, 0, 0, jobExecutionId);
	}

	private ConsolidationOutcome unfiled(Path file, StoredSubmission earlier) {
		SubmissionHeader header = earlier.enterpriseCode() == null || earlier.period() == null ? null
				: new SubmissionHeader(earlier.enterpriseCode(), YearMonth.parse(earlier.period()),
						earlier.submittedBy());
		SubmissionReport report = new SubmissionReport(file.getFileName().toString(), header,
				StoredProblems.read(submissions.problems(earlier.id())), earlier.rowCount());
		ConsolidationOutcome.Result result = StoredSubmission.REJECTED.equals(earlier.status())
				? ConsolidationOutcome.Result.REJECTED : ConsolidationOutcome.Result.LOADED;
		return new ConsolidationOutcome(file, result, report, earlier.version(), earlier.id());
	}

}
