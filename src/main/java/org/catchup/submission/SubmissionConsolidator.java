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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Consolidates one submission file: checks it and loads it all or nothing as a new version,
 * or records it as rejected with its problems. Runs inside the caller's transaction; the load
 * itself is a nested transaction (a savepoint), so a file whose errors show up only at its last
 * row leaves no fact behind, while its rejection is still recorded.
 */
public class SubmissionConsolidator {

	/** Teams of one submission kept in memory for the team table (a few MB at most). */
	static final int TEAMS_HELD = 20_000;

	private final SubmissionReader reader;

	private final SubmissionRepository submissions;

	private final ReferenceDataRepository reference;

	private final TransactionTemplate savepoint;

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
		this.savepoint = new TransactionTemplate(transactionManager);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
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
		Attempt attempt = savepoint.execute(status -> {
			Attempt a = load(file, fileName, pending, received, known);
			if (a.report.hasErrors() || a.alreadyConsolidated) {
				status.setRollbackOnly();
			}
			return a;
		});
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

	private Attempt load(Path file, String fileName, NewSubmission pending, LocalDateTime received,
			ReferenceLookup known) {
		long id = submissions.insert(pending);
		Facts facts = new Facts(id);
		SubmissionRules rules = new SubmissionRules(YearMonth.from(received), properties.maxFileBytes(), null);
		SubmissionReport read;
		try {
			read = reader.read(file, fileName, known, rules, header -> {
				facts.header = header;
				return submissions.teamHistory(header.enterpriseCode(), header.period());
			}, facts::add);
			// the loader thread owns the connection until it has finished
			facts.finish();
		}
		catch (RuntimeException ex) {
			facts.abort();
			throw ex;
		}
		if (read.hasErrors() || read.header() == null) {
			return new Attempt(read, null, null, false);
		}
		crashPoints.reached(CrashPoints.MID_LOAD);
		SubmissionHeader header = read.header();
		// Locks the enterprise until commit: concurrent loads of it get consecutive versions, and
		// the same file twice in one night (two workers) is loaded once: the second sees the first.
		submissions.lockEnterprise(header.enterpriseCode());
		if (submissions.hasOtherWithContentHash(pending.contentHash(), id)) {
			return new Attempt(read, null, null, true);
		}
		List<Problem> problems = new ArrayList<>(read.problems());
		int version = submissions.nextVersion(header.enterpriseCode(), header.period());
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
		submissions.complete(id, header, version, report.lineCount(), report.warningCount());
		submissions.insertProblems(id, report.problems());
		facts.teams.all().ifPresentOrElse(teams -> submissions.upsertTeams(header, teams),
				() -> submissions.updateTeams(id));
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

	/** Starts the fact load at the first checked line, once the title block is known. */
	private final class Facts {

		private final long submissionId;

		private SubmissionHeader header;

		private FactLoader.FactLoad load;

		private final SubmissionTeams teams = new SubmissionTeams(TEAMS_HELD);

		Facts(long submissionId) {
			this.submissionId = submissionId;
		}

		void add(SubmissionLine line) {
			if (load == null) {
				if (header == null) {
					throw new IllegalStateException("Lines arrived before the title block was read");
				}
				load = factLoader.begin(submissionId, header);
			}
			load.add(line);
			teams.add(line);
		}

		void finish() {
			if (load != null) {
				load.finish();
			}
		}

		void abort() {
			if (load != null) {
				load.abort();
			}
		}

	}

}
