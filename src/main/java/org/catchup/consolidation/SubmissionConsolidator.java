package org.catchup.consolidation;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

import org.catchup.submission.ContentHash;
import org.catchup.submission.SubmissionHeader;
import org.catchup.submission.SubmissionLine;
import org.catchup.submission.SubmissionReport;
import org.catchup.submission.WarehouseReferenceLookup;
import org.catchup.system.CatchUpProperties;
import org.catchup.validation.Problem;
import org.catchup.validation.Resubmission;
import org.catchup.validation.SubmissionDeadline;
import org.catchup.validation.ReferenceLookup;
import org.catchup.warehouse.ChunkFacts;
import org.catchup.warehouse.FactLoader;
import org.catchup.warehouse.NewSubmission;
import org.catchup.warehouse.ReferenceDataRepository;
import org.catchup.warehouse.StoredSubmission;
import org.catchup.warehouse.SubmissionRepository;
import org.catchup.warehouse.VersionSlots;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Consolidates one submission file: checks it and loads it all or nothing as a new version,
 * or records it as rejected with its problems. Runs inside the caller's transaction. The
 * nightly job splits the work: {@link SubmissionChecker} checks the files of a chunk side by
 * side, and {@link #store} writes what it found, several files per transaction. A file
 * that fails its checks leaves no fact behind, even when its errors show up only at its last
 * row, while its rejection is still recorded (see {@link Facts}).
 */
public class SubmissionConsolidator {

	/** A savepoint in the caller's transaction. */
	private static final TransactionDefinition NESTED = new DefaultTransactionDefinition(
			TransactionDefinition.PROPAGATION_NESTED);

	private final SubmissionRepository submissions;

	private final ReferenceDataRepository reference;

	private final PlatformTransactionManager transactionManager;

	private final CatchUpProperties properties;

	private final FactLoader factLoader;

	private final CrashPoints crashPoints;

	private final SubmissionChecker checker;

	SubmissionConsolidator(SubmissionChecker checker, SubmissionRepository submissions,
			ReferenceDataRepository reference, PlatformTransactionManager transactionManager,
			CatchUpProperties properties, FactLoader factLoader, CrashPoints crashPoints) {
		this.checker = checker;
		this.submissions = submissions;
		this.reference = reference;
		this.transactionManager = transactionManager;
		this.properties = properties;
		this.factLoader = factLoader;
		this.crashPoints = crashPoints;
	}

	/** Checks the file against the reference data as it stands now. */
	public ConsolidationOutcome consolidate(Path file, Long jobExecutionId) {
		return consolidate(file, jobExecutionId, WarehouseReferenceLookup.load(reference));
	}

	/**
	 * Checks the file against {@code known}: a run reads the reference data once and checks all
	 * its files against that (reference data only ever adds codes).
	 */
	public ConsolidationOutcome consolidate(Path file, Long jobExecutionId, ReferenceLookup known) {
		return consolidate(file, ContentHash.of(file), jobExecutionId, known, rows -> {
		});
	}

	/**
	 * As above, for a file whose content hash is already known; {@code rowsRead} is told the
	 * number of rows read and checked so far, after each row.
	 */
	ConsolidationOutcome consolidate(Path file, String hash, Long jobExecutionId, ReferenceLookup known,
			LongConsumer rowsRead) {
		Optional<ConsolidationOutcome> seen = checker.seenBefore(file, hash);
		if (seen.isPresent()) {
			return seen.get();
		}
		NewSubmission pending = checker.pending(file, hash, jobExecutionId);
		crashPoints.reached(CrashPoints.BEFORE_LOAD);
		Facts facts = new Facts(pending, rowsRead);
		Attempt attempt;
		try {
			attempt = load(file, known, facts);
		}
		catch (RuntimeException | Error ex) {
			facts.fail();
			throw ex;
		}
		facts.end(attempt.submissionId == null);
		return outcome(file, pending, attempt);
	}

	/**
	 * Stores a file that {@link SubmissionChecker} checked before, inside the caller's transaction:
	 * its rejection, or its new version with its held rows, as a submission row that joins
	 * {@code chunk}, to be written with the other files of the transaction. {@code slots} holds
	 * the lock of a passed file's enterprise ({@link SubmissionRepository#lockVersions}). The
	 * outcome's submission id is the row's, once the chunk is flushed.
	 */
	Stored store(CheckedSubmission.Checked checked, VersionSlots slots, ChunkFacts chunk) {
		crashPoints.reached(CrashPoints.BEFORE_LOAD);
		SubmissionReport report = checked.report();
		NewSubmission pending = checked.pending();
		Stored stored;
		if (!checked.passed()) {
			ChunkFacts.Submission row = chunk.add(rejection(report, pending), StoredProblems.of(report.problems()),
					null, null);
			stored = new Stored(new ConsolidationOutcome(checked.file(), ConsolidationOutcome.Result.REJECTED, report,
					null, null), row);
		}
		else {
			SubmissionHeader header = report.header();
			int version = slots.take(header.enterpriseCode(), header.period(), pending.contentHash());
			if (version == 0) {
				stored = new Stored(ConsolidationOutcome.alreadyConsolidated(checked.file()), null);
			}
			else {
				if (version > 1) {
					// the version it replaces may be among the chunk's rows: it is looked up as written
					chunk.flush();
				}
				SubmissionReport versioned = versionReport(report, pending, version);
				ChunkFacts.Submission row = chunk.add(versionRow(versioned, pending, version),
						StoredProblems.of(versioned.problems()), header.period(), checked.lines());
				stored = new Stored(new ConsolidationOutcome(checked.file(), ConsolidationOutcome.Result.LOADED,
						versioned, version, null), row);
			}
		}
		crashPoints.reached(CrashPoints.MID_LOAD);
		return stored;
	}

	/** What {@link #store} did: the outcome, and the submission row it added to the chunk (null when none). */
	record Stored(ConsolidationOutcome outcome, ChunkFacts.Submission row) {

		/** The outcome with its row's id: once the chunk is flushed. */
		ConsolidationOutcome written() {
			return row == null ? outcome : new ConsolidationOutcome(outcome.file(), outcome.result(), outcome.report(),
					outcome.version(), row.id());
		}

	}

	/** A file whose content was consolidated before: see {@link SubmissionChecker#settled}. */
	ConsolidationOutcome settled(Path file, SubmissionRepository.Seen seen) {
		return checker.settled(file, seen);
	}

	/** Records a rejection, or says what the stored version is. */
	private ConsolidationOutcome outcome(Path file, NewSubmission pending, Attempt attempt) {
		String fileName = pending.fileName();
		if (attempt.alreadyConsolidated) {
			return ConsolidationOutcome.alreadyConsolidated(file);
		}
		SubmissionReport report = attempt.report;
		if (report.hasErrors() || report.header() == null) {
			long id = submissions.insert(rejection(report, pending));
			submissions.insertProblems(id, StoredProblems.of(report.problems()));
			return new ConsolidationOutcome(file, ConsolidationOutcome.Result.REJECTED, report, null, id);
		}
		return new ConsolidationOutcome(file, ConsolidationOutcome.Result.LOADED, report, attempt.version,
				attempt.submissionId);
	}

	/**
	 * Reads and checks the file while its rows are encoded for the fact table; writes the new
	 * version once the file has passed. Rows of a big file start going to the database before its
	 * last row is checked; see {@link Facts} for how they are undone.
	 */
	private Attempt load(Path file, ReferenceLookup known, Facts facts) {
		NewSubmission pending = facts.pending;
		SubmissionReport read = checker.stream(file, known, header -> facts.header = header, facts::add);
		if (read.hasErrors() || read.header() == null) {
			facts.discard();
			return new Attempt(read, null, null, false);
		}
		// a streaming loader owns the connection until it has finished
		facts.finishStreaming();
		crashPoints.reached(CrashPoints.MID_LOAD);
		long placeholder = facts.submissionId == null ? 0 : facts.submissionId;
		VersionSlots slots = submissions.lockVersions(List.of(read.header().enterpriseCode()),
				List.of(pending.contentHash()), placeholder);
		Attempt attempt = storeVersion(read, pending, facts.submissionId, slots, id -> {
			facts.submissionId = id;
			facts.finish();
		});
		if (attempt.submissionId != null && !facts.storeTeams()) {
			submissions.updateTeams(attempt.submissionId);
		}
		return attempt;
	}

	/**
	 * Writes a passed file as the next version of its (enterprise, period) from {@code slots},
	 * which hold its enterprise's lock, with the warnings of resubmission and lateness;
	 * {@code writeRows} gets the id of a submission row written here.
	 * {@code placeholderId} is the row a streamed file's rows already point to, completed instead.
	 */
	private Attempt storeVersion(SubmissionReport read, NewSubmission pending, Long placeholderId, VersionSlots slots,
			LongConsumer writeRows) {
		SubmissionHeader header = read.header();
		int version = slots.take(header.enterpriseCode(), header.period(), pending.contentHash());
		if (version == 0) {
			return new Attempt(read, null, null, true);
		}
		SubmissionReport report = versionReport(read, pending, version);
		long id;
		if (placeholderId == null) {
			// nothing written yet: the version goes in whole, then its rows
			id = submissions.insert(versionRow(report, pending, version));
			writeRows.accept(id);
		}
		else {
			id = placeholderId;
			submissions.complete(id, header.enterpriseCode(), header.period(), header.submittedBy(), version,
					report.lineCount(), report.warningCount());
		}
		submissions.insertProblems(id, StoredProblems.of(report.problems()));
		return new Attempt(report, version, id, false);
	}

	/**
	 * The report of a file stored as {@code version}: its problems, with the resubmission warning
	 * when it replaces a version, which is superseded here, and the lateness warning.
	 */
	private SubmissionReport versionReport(SubmissionReport read, NewSubmission pending, int version) {
		SubmissionHeader header = read.header();
		List<Problem> problems = new ArrayList<>(read.problems());
		Optional<StoredSubmission> current = version == 1 ? Optional.empty()
				: submissions.findVersionForUpdate(header.enterpriseCode(), header.period(), version - 1);
		current.ifPresent(previous -> problems
			.add(Resubmission.replacing(previous.version(), header.period(), previous.fileName())));
		new SubmissionDeadline(properties.lateAfterDay()).lateWarning(header.period(), pending.receivedAt())
			.ifPresent(problems::add);
		current.ifPresent(previous -> submissions.supersede(previous.id()));
		return new SubmissionReport(read.fileName(), header, List.copyOf(problems), read.lineCount());
	}

	private static NewSubmission versionRow(SubmissionReport report, NewSubmission pending, int version) {
		SubmissionHeader header = report.header();
		return new NewSubmission(header.enterpriseCode(), header.period().toString(), version,
				StoredSubmission.CURRENT, pending.contentHash(), pending.fileName(), header.submittedBy(),
				pending.receivedAt(), pending.consolidatedAt(), report.lineCount(), 0, report.warningCount(),
				pending.jobExecutionId());
	}

	private static NewSubmission rejection(SubmissionReport report, NewSubmission pending) {
		SubmissionHeader header = report.header();
		return new NewSubmission(header == null ? null : header.enterpriseCode(),
				header == null || header.period() == null ? null : header.period().toString(), null,
				StoredSubmission.REJECTED, pending.contentHash(), pending.fileName(),
				header == null ? null : header.submittedBy(), pending.receivedAt(), pending.consolidatedAt(),
				report.lineCount(), report.errorCount(), report.warningCount(), pending.jobExecutionId());
	}

	private record Attempt(SubmissionReport report, Integer version, Long submissionId,
			boolean alreadyConsolidated) {
	}

	/**
	 * The file's rows on their way to the fact table. Most files fit in one batch: their rows
	 * wait in memory until the file has passed, then go in after their submission row, and a
	 * file that fails writes nothing. A bigger file's rows start going out while it is still
	 * being read: its submission row is written first as a placeholder, inside a savepoint, so
	 * that a file failing at its last row leaves nothing behind while its rejection is recorded
	 * in the same transaction.
	 */
	private final class Facts {

		private final NewSubmission pending;

		private final LongConsumer rowsRead;

		private long rows;

		private SubmissionHeader header;

		private FactLoader.FactLoad load;

		/** Set once the submission row is written. */
		private Long submissionId;

		/** Open while rows that went out before the verdict may have to be undone. */
		private TransactionStatus savepoint;

		Facts(NewSubmission pending, LongConsumer rowsRead) {
			this.pending = pending;
			this.rowsRead = rowsRead;
		}

		void add(SubmissionLine line) {
			if (load == null) {
				if (header == null) {
					throw new IllegalStateException("Lines arrived before the title block was read");
				}
				load = factLoader.begin(header.enterpriseCode(), header.period(), this::submissionId);
			}
			load.add(line);
			rowsRead.accept(++rows);
		}

		/** Asked by the loader, on this thread, when the first rows are about to go out. */
		private long submissionId() {
			if (submissionId == null) {
				savepoint = transactionManager.getTransaction(NESTED);
				submissionId = submissions.insert(pending);
			}
			return submissionId;
		}

		/** Waits for a load that started while the file was read. */
		void finishStreaming() {
			if (savepoint != null) {
				load.finish();
			}
		}

		/** Sends what is still waiting in memory (the rows of a file that fits in one batch). */
		void finish() {
			if (load != null && savepoint == null) {
				load.finish();
			}
		}

		/** The team table's rows from what the load gathered, when it can: see {@link FactLoader.FactLoad#storeTeams}. */
		boolean storeTeams() {
			return load != null && load.storeTeams();
		}

		/** The file failed its checks: rows not sent yet never will be. */
		void discard() {
			if (load != null) {
				if (savepoint == null) {
					load.abort();
				}
				else {
					// the loader owns the connection until it has finished
					load.finish();
				}
			}
		}

		/** Keeps what went out early, or undoes it when the file is not loaded after all. */
		void end(boolean undo) {
			if (savepoint == null) {
				return;
			}
			if (undo) {
				transactionManager.rollback(savepoint);
			}
			else {
				transactionManager.commit(savepoint);
			}
		}

		void fail() {
			if (load != null) {
				load.abort();
			}
			if (savepoint != null && !savepoint.isCompleted()) {
				transactionManager.rollback(savepoint);
			}
		}

	}

}
