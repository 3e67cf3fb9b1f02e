package org.catchup.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.catchup.jobs.JobLaunches;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.util.FileSystemUtils;

/**
 * Cases 1–3: the consolidation job end to end (hash, parse, every rule, load with the real
 * keys, commit, archive) against the bare pipeline on the same files, each on a freshly
 * migrated warehouse.
 */
final class ConsolidationCases {

	private static final Logger log = LoggerFactory.getLogger(ConsolidationCases.class);

	static final YearMonth PERIOD = YearMonth.of(1959, 9);

	private final BenchDatabase database;

	private final BarePipeline bare;

	private final JobLaunches launches;

	private final Path work;

	private final CpuClock cpu;

	/** The physical limit of one big file (MySQL/MariaDB only), or null. */
	private final LimitPipeline limit;

	ConsolidationCases(BenchDatabase database, BarePipeline bare, LimitPipeline limit, JobLaunches launches,
			Path work) {
		this.database = database;
		this.bare = bare;
		this.limit = limit;
		this.launches = launches;
		this.work = work;
		this.cpu = new CpuClock(database.isMySql());
	}

	/**
	 * One file of {@code rows} rows. On MySQL/MariaDB its reference is the {@link LimitPipeline},
	 * run in each round right after the job, and the bare pipeline's time goes into the note. Its
	 * ratio is the median of the rounds' job ÷ limit: on a shared machine whose load drifts over
	 * minutes, a job and a limit run seconds apart meet the same load, where the best job and the
	 * best limit may come from rounds far apart (the best of each is in the note).
	 */
	Measurement bigFile(String caseName, String size, int rows, double target, int rounds) throws Exception {
		Path source = emptyFolder("source-big");
		Path file = source.resolve("E0001-" + PERIOD + "-" + rows + ".xlsx");
		XlsxSubmissionWriter.write(file, BenchDatabase.enterprise(1), PERIOD, rows, BenchDatabase.INDICATORS);
		receivedOnTime(file);
		Rounds r = measure(caseName, size, List.of(file), source, rows, target, rounds, limit != null);
		if (limit == null) {
			return r.best().withNote(String.format(Locale.ROOT, "(first round %.2f s)", r.first()));
		}
		limit.drop();
		Measurement m = r.best();
		List<Double> pairs = r.pairs().stream().sorted().toList();
		double median = pairs.size() % 2 == 1 ? pairs.get(pairs.size() / 2)
				: (pairs.get(pairs.size() / 2 - 1) + pairs.get(pairs.size() / 2)) / 2;
		return new Measurement(m.caseName(), m.size(), m.rows(), m.seconds(), m.peakHeapBytes(), r.limit(), m.limit(),
				String.format(Locale.ROOT,
						"(reference: limit; ratio: median of the rounds' job ÷ limit %s; best ÷ best %.2f×; bare pipeline"
								+ " %.2f s = %.2f×; first round %.2f s)",
						r.pairs().stream().map(p -> String.format(Locale.ROOT, "%.2f", p)).toList(),
						m.seconds() / r.limit(), m.reference(), m.seconds() / m.reference(), r.first()),
				median);
	}

	/** {@code files} files of {@code rows} rows, one enterprise each. */
	Measurement manyFiles(String caseName, String size, int files, int rows, double limit, int rounds)
			throws Exception {
		Path source = emptyFolder("source-night");
		List<Path> all = new ArrayList<>();
		for (int f = 1; f <= files; f++) {
			Path file = source.resolve(BenchDatabase.enterprise(f) + "-" + PERIOD + ".xlsx");
			XlsxSubmissionWriter.write(file, BenchDatabase.enterprise(f), PERIOD, rows, BenchDatabase.INDICATORS);
			receivedOnTime(file);
			all.add(file);
		}
		Rounds r = measure(caseName, size, all, source, (long) files * rows, limit, rounds, false);
		double perFile = (r.best().seconds() - r.best().reference()) / files * 1000;
		return r.best().withNote(String.format(Locale.ROOT, "(%.1f ms/file over bare; first round %.2f s)", perFile,
				r.first()));
	}

	/**
	 * Bare, then full, {@code rounds} times over, each on a freshly migrated warehouse; the best
	 * of each counts: the least disturbed by whatever else the machine is doing, and past the
	 * JIT's warm-up. The job's per-file code runs a few thousand times a round, so it is compiled
	 * later than the bare pipeline's few hot loops (see the README's Performance). The job
	 * consumes its inbox, so the files are copied in from the source folder for each run, keeping
	 * their arrival times. {@code withLimit}: the limit pipeline runs in each round too, on the
	 * one file, so that the job and its reference meet the same moments of a shared machine.
	 */
	private Rounds measure(String caseName, String size, List<Path> files, Path source, long rows, double limit,
			int rounds, boolean withLimit) throws Exception {
		int enterprises = Math.max(1, files.size());
		double reference = Double.MAX_VALUE;
		double seconds = Double.MAX_VALUE;
		double firstRound = Double.NaN;
		double limits = Double.MAX_VALUE;
		List<Double> pairs = new ArrayList<>();
		long peak = 0;
		for (int round = 0; round < rounds; round++) {
			database.reset(enterprises);
			double settled = cpu.awaitIdleCompiler();
			CpuClock.Reading bareStart = cpu.read();
			long start = System.nanoTime();
			long loaded = bare.run(files, BenchDatabase.enterprise(1), PERIOD);
			reference = Math.min(reference, seconds(start));
			CpuClock.Reading bareEnd = cpu.read();
			check(loaded == rows, "bare pipeline loaded " + loaded + " of " + rows + " rows");

			database.reset(enterprises);
			Path inbox = emptyFolder("inbox");
			for (Path file : files) {
				Files.copy(file, inbox.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
			}
			HeapPeak.reset();
			settled += cpu.awaitIdleCompiler();
			CpuClock.Reading jobStart = cpu.read();
			start = System.nanoTime();
			JobExecution execution = launches.start("consolidation", Map.of("inbox", inbox.toString()));
			double took = seconds(start);
			log.info("{} {} round {}: bare {}; job {} (waited {} s for the JIT)", caseName, size, round + 1,
					bareEnd.since(bareStart), cpu.read().since(jobStart), String.format(Locale.ROOT, "%.1f", settled));
			firstRound = round == 0 ? took : firstRound;
			seconds = Math.min(seconds, took);
			peak = Math.max(peak, HeapPeak.peak());
			check(execution.getStatus() == BatchStatus.COMPLETED, "consolidation ended " + execution.getStatus());
			Long facts = database.jdbc()
				.queryForObject("SELECT COUNT(*) FROM fact f JOIN submission s ON s.id = f.submission_id"
						+ " WHERE s.status = 'CURRENT'", Long.class);
			check(facts != null && facts == rows, "consolidation loaded " + facts + " of " + rows + " rows");
			if (withLimit) {
				double limitTook = limitRound(caseName, size, round, files.get(0), rows);
				log.info("{} {} round {}: job {} s = {}× the limit in the same round", caseName, size, round + 1,
						String.format(Locale.ROOT, "%.2f", took), String.format(Locale.ROOT, "%.2f", took / limitTook));
				limits = Math.min(limits, limitTook);
				pairs.add(took / limitTook);
			}
		}
		return new Rounds(new Measurement(caseName, size, rows, seconds, peak, reference, limit, null), firstRound,
				limits == Double.MAX_VALUE ? Double.NaN : limits, pairs);
	}

	/** The limit pipeline on the same file, after the job of the same round and a quiet server. */
	private double limitRound(String caseName, String size, int round, Path file, long rows) throws Exception {
		limit.prepare();
		database.awaitQuietServer();
		cpu.awaitIdleCompiler();
		CpuClock.Reading start = cpu.read();
		long began = System.nanoTime();
		long loaded = limit.run(file, BenchDatabase.enterprise(1), PERIOD);
		double took = seconds(began);
		log.info("{} {} round {}: limit {}", caseName, size, round + 1, cpu.read().since(start));
		check(loaded == rows, "limit pipeline loaded " + loaded + " of " + rows + " rows");
		return took;
	}

	/**
	 * A normal night: each file arrived in the inbox (its modification time) on the 3rd of the
	 * next month, before the deadline, so it loads without a late-submission warning.
	 */
	private static void receivedOnTime(Path file) throws IOException {
		Instant received = PERIOD.plusMonths(1).atDay(3).atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant();
		Files.setLastModifiedTime(file, FileTime.from(received));
	}

	private Path emptyFolder(String name) throws IOException {
		Path folder = work.resolve(name);
		FileSystemUtils.deleteRecursively(folder);
		return Files.createDirectories(folder);
	}

	/**
	 * The best round, the first (a cold JVM, as a one-off {@code ./catchup run} has it), the best
	 * round of the limit pipeline (NaN when it did not run) and each round's job ÷ limit.
	 */
	private record Rounds(Measurement best, double first, double limit, List<Double> pairs) {
	}

	static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

	static void check(boolean ok, String failure) {
		if (!ok) {
			throw new IllegalStateException("Benchmark run is wrong: " + failure);
		}
	}

}
