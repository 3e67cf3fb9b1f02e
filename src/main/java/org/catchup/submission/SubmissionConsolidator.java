package org.catchup.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.catchup.system.CatchUpProperties;
import org.catchup.warehouse.ReferenceDataRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Consolidates one submission file: checks it and loads it all or nothing as a new version,
 * or records it as rejected with its problems. Runs inside the caller's transaction. A file
 * that fails its checks leaves no fact behind, even when its errors show up only at its last
 * row, while its rejection is still recorded (see {@link Facts}).
 */
public class SubmissionConsolidator {

	/** A savepoint in the caller's transaction. */
	private static final TransactionDefinition NESTED = new DefaultTransactionDefinition(
			TransactionDefinition.PROPAGATION_NESTED);

	private final SubmissionReader reader;

	private final SubmissionRepository submissions;

	private final ReferenceDataRepository reference;

	private final PlatformTransactionManager transactionManager;

	private final CatchUpProperties properties;

	private final Clock clock;

	private final FactLoader factLoader;

	private final CrashPoints crashPoints;

	public SubmissionConsolidator(SubmissionReader reader, SubmissionRepository submissions,
			ReferenceDataRepository reference, PlatformTransactionManager transactionManager,
			CatchUpProperties properties, Clock clock, FactLoader factLoader) {
		this(reader, submissions, reference, transactionManager, properties, clock, factLoader, CrashPoints.none());
	}

	public SubmissionConsolidator(SubmissionReader reader, SubmissionRepository submissions,
			ReferenceDataRepository reference, PlatformTransactionManager transactionManager,
			CatchUpProperties properties, Clock clock, FactLoader factLoader, CrashPoints crashPoints) {
		this.crashPoints = crashPoints;
		this.reader = reader;
		this.factLoader = factLoader;
		this.submissions = submissions;
		this.reference = reference;
		this.transactionManager = transactionManager;
		this.properties = properties;
		this.clock = clock;
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
		String hash = ContentHash.of(file);
		Optional<StoredSubmission> seen = submissions.findByContentHash(hash);
		if (seen.isPresent() && !submissions.isFiled(seen.get().id())) {
			return unfiled(file, seen.get());
		}
		if (seen.isPresent()) {
			return new ConsolidationOutcome(file, ConsolidationOutcome.Result.ALREADY_CONSOLIDATED,
					new SubmissionReport(file.getFileName().toString(), null, List.of(), 0), null, null);
		}
		LocalDateTime received = receivedAt(file);
		LocalDateTime now = LocalDateTime.now(clock);
		String fileName = file.getFileName().toString();
		NewSubmission pending = new NewSubmission(null, null, null, StoredSubmission.REJECTED, hash, fileName, null,
				received, now, 0, 0, 0, jobExecutionId);

		crashPoints.reached(CrashPoints.BEFORE_LOAD);
		Facts facts = new Facts(pending);
		Attempt attempt;
		try {
			attempt = load(file, fileName, received, now, known, facts);
		}
		catch (RuntimeException | Error ex) {
			facts.fail();
			throw ex;
		}
		facts.end(attempt.report.hasErrors() || attempt.alreadyConsolidated);
		if (attempt.alreadyConsolidated) {
			return new ConsolidationOutcome(file, ConsolidationOutcome.Result.ALREADY_CONSOLIDATED,
					new SubmissionReport(fileName, null, List.of(), 0), null, null);
		}
		SubmissionReport report = attempt.report;
		if (report.hasErrors()) {
			SubmissionHeader header = report.header();
			long id = submissions.insert(new NewSubmission(header == null ? null : header.enterpriseCode(),
					header == null || header.period() == null ? null : header.period().toString(), null,
					StoredSubmission.REJECTED, hash, fileName, header == null ? null : header.submittedBy(), received,
					now, report.lineCount(), report.errorCount(), report.warningCount(), jobExecutionId));
			submissions.insertProblems(id, report.problems());
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
	private Attempt load(Path file, String fileName, LocalDateTime received, LocalDateTime now, ReferenceLookup known,
			Facts facts) {
		SubmissionRules rules = new SubmissionRules(YearMonth.from(received), properties.maxFileBytes(), null);
		SubmissionReport read = reader.read(file, fileName, known, rules, header -> {
			facts.header = header;
			return submissions.teamHistory(header.enterpriseCode(), header.period());
		}, facts::add);
		if (read.hasErrors() || read.header() == null) {
			facts.discard();
			return new Attempt(read, null, null, false);
		}
		// a streaming loader owns the connection until it has finished
		facts.finishStreaming();
		crashPoints.reached(CrashPoints.MID_LOAD);
		SubmissionHeader header = read.header();
		// Locks the enterprise until commit: concurrent loads of it get consecutive versions, and
		// the same file twice in one night (two workers) is loaded once: the second sees the first.
		submissions.lockEnterprise(header.enterpriseCode());
		SubmissionRepository.LockedSlot slot = submissions.slotUnderLock(header.enterpriseCode(), header.period(),
				facts.pending.contentHash(), facts.submissionId == null ? 0 : facts.submissionId);
		if (slot.sameContentLoaded()) {
			return new Attempt(read, null, null, true);
		}
		List<Problem> problems = new ArrayList<>(read.problems());
		int version = slot.nextVersion();
		Optional<StoredSubmission> current = version == 1 ? Optional.empty()
				: submissions.findVersionForUpdate(header.enterpriseCode(), header.period(), version - 1);
		current.ifPresent(previous -> problems.add(Problem.ofFile(ProblemCode.RESUBMISSION,
				"This replaces version " + previous.version() + " of " + header.period() + " (" + previous.fileName()
						+ "), which stays in the history.")));
		LocalDateTime deadline = header.period().plusMonths(1).atDay(properties.lateAfterDay()).atTime(LocalTime.MAX);
		if (received.isAfter(deadline)) {
			problems.add(Problem.ofFile(ProblemCode.LATE_SUBMISSION, "Received " + received.toLocalDate()
					+ ", after the deadline of " + deadline.toLocalDate() + " for " + header.period() + "."));
		}
		SubmissionReport report = new SubmissionReport(read.fileName(), header, List.copyOf(problems), read.lineCount());
		current.ifPresent(previous -> submissions.supersede(previous.id()));
		long id;
		if (facts.submissionId == null) {
			// nothing written yet: the version goes in whole, then its rows
			NewSubmission p = facts.pending;
			id = submissions.insert(new NewSubmission(header.enterpriseCode(), header.period().toString(), version,
					StoredSubmission.CURRENT, p.contentHash(), fileName, header.submittedBy(), received, now,
					report.lineCount(), 0, report.warningCount(), p.jobExecutionId()));
			facts.submissionId = id;
			facts.finish();
		}
		else {
			id = facts.submissionId;
			submissions.complete(id, header, version, report.lineCount(), report.warningCount());
		}
		submissions.insertProblems(id, report.problems());
		submissions.updateTeams(id);
		return new Attempt(report, version, id, false);
	}

	/**
	 * A file whose transaction committed but which never left the inbox (the run died in
	 * between): it is filed as its first consolidation would have filed it, changing nothing.
	 */
	private ConsolidationOutcome unfiled(Path file, StoredSubmission earlier) {
		SubmissionHeader header = earlier.enterpriseCode() == null || earlier.period() == null ? null
				: new SubmissionHeader(earlier.enterpriseCode(), YearMonth.parse(earlier.period()),
						earlier.submittedBy());
		SubmissionReport report = new SubmissionReport(file.getFileName().toString(), header,
				submissions.problems(earlier.id()), earlier.rowCount());
		ConsolidationOutcome.Result result = StoredSubmission.REJECTED.equals(earlier.status())
				? ConsolidationOutcome.Result.REJECTED : ConsolidationOutcome.Result.LOADED;
		return new ConsolidationOutcome(file, result, report, earlier.version(), earlier.id());
	}

	/** When the file arrived in the inbox: its modification time, as the uploader left it. */
	private LocalDateTime receivedAt(Path file) {
		try {
			return LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the time of " + file, ex);
		}
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

		private SubmissionHeader header;

		private FactLoader.FactLoad load;

		/** Set once the submission row is written. */
		private Long submissionId;

		/** Open while rows that went out before the verdict may have to be undone. */
		private TransactionStatus savepoint;

		Facts(NewSubmission pending) {
			this.pending = pending;
		}

		void add(SubmissionLine line) {
			if (load == null) {
				if (header == null) {
					throw new IllegalStateException("Lines arrived before the title block was read");
				}
				load = factLoader.begin(header, this::submissionId);
			}
			load.add(line);
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
