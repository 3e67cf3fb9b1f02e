package org.catchup.submission;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.catchup.system.CatchUpProperties;
import org.catchup.warehouse.NewSubmission;
import org.catchup.warehouse.StoredSubmission;
import org.catchup.warehouse.SubmissionRepository;

/**
 * The half of consolidating a file that writes nothing: hash it, read and check it, and hold
 * its rows. It needs no transaction, so the consolidation
 * runs it on several threads ahead of its writers (see {@link CheckedInbox}).
 */
final class SubmissionChecker {

	/**
	 * Rows held in memory per checked file. A monthly submission has a few hundred; a file with
	 * more is streamed into the warehouse by the writer instead, so memory stays flat.
	 */
	static final int HELD_LINES = 2000;

	private final SubmissionReader reader;

	private final SubmissionRepository submissions;

	private final CatchUpProperties properties;

	private final Clock clock;

	SubmissionChecker(SubmissionReader reader, SubmissionRepository submissions, CatchUpProperties properties,
			Clock clock) {
		this.reader = reader;
		this.submissions = submissions;
		this.properties = properties;
		this.clock = clock;
	}

	CheckedSubmission check(Path file, Long jobExecutionId, ReferenceLookup known, EnterpriseChanges changes) {
		String hash = ContentHash.of(file);
		NewSubmission pending = pending(file, hash, jobExecutionId);
		List<SubmissionLine> lines = new ArrayList<>();
		long[] snapshot = { CheckedSubmission.Checked.NO_HISTORY };
		String[] enterprise = { null };
		try {
			SubmissionReport report = reader.read(file, pending.fileName(), known, rules(pending.receivedAt()),
					header -> {
						enterprise[0] = header.enterpriseCode();
						snapshot[0] = changes.snapshot(header.enterpriseCode());
						return WarehouseTeamHistory.of(submissions.teams(header.enterpriseCode(), header.period()));
					}, line -> {
						if (lines.size() == HELD_LINES) {
							throw new TooManyToHold();
						}
						lines.add(line);
					});
			return new CheckedSubmission.Checked(file, pending, report, report.hasErrors() ? List.of() : lines,
					snapshot[0], known);
		}
		catch (TooManyToHold ex) {
			// rows go out only after a valid title block, whose history was read
			return new CheckedSubmission.TooBig(file, hash, enterprise[0], known);
		}
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

	SubmissionRules rules(LocalDateTime received) {
		return new SubmissionRules(YearMonth.from(received), properties.maxFileBytes(), null);
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

	/** Thrown by the row sink to stop reading a file with more rows than are held. */
	private static final class TooManyToHold extends RuntimeException {

		TooManyToHold() {
			super(null, null, false, false);
		}

	}

}
