package org.catchup.benchmark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.catchup.jobs.JobLaunches;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * Case 6, {@code bulletin-national}: a ministry's year ({@link NationalData}: 5,000 enterprises ×
 * 40 teams × 12 months at 100 %), then the December bulletin job twice: the combine-wide bulletin
 * (PDF and Excel of every enterprise) and one enterprise's bulletin, cut from the national figures.
 * Each must finish within {@value #LIMIT_SECONDS} s, and the most heap each holds at once ({@link LiveHeap},
 * measured in a second, untimed run) may differ by at most {@value #PEAK_SPREAD_PERCENT} % between the
 * three sizes: memory that does not grow with the country. The table's peak heap is {@link HeapPeak}'s,
 * as for the other cases.
 */
final class NationalBulletinCase {

	static final double LIMIT_SECONDS = 60;

	static final int PEAK_SPREAD_PERCENT = 25;

	static final String COMBINE_WIDE = "6 national bulletin, combine-wide";

	static final String ONE_ENTERPRISE = "6 national bulletin, one enterprise";

	private final JobLaunches launches;

	/** The most heap held per kind of run, in the order the sizes ran. */
	private final Map<String, List<Long>> peaks = new LinkedHashMap<>();

	NationalBulletinCase(JobLaunches launches) {
		this.launches = launches;
	}

	List<Measurement> run(BenchDatabase database, boolean mysql, String size, int enterprises, int teams)
			throws Exception {
		NationalData data = new NationalData(enterprises, teams);
		database.reset(enterprises);
		long start = System.nanoTime();
		data.load(database, mysql);
		double loading = ConsolidationCases.seconds(start);
		String month = NationalData.LAST_MONTH.toString();
		String enterprise = BenchDatabase.enterprise(Math.max(1, enterprises / 2));
		// the first rendering compiles the templates and warms the code paths: not measured
		bulletin(Map.of("month", month, "scope", BenchDatabase.enterprise(1)));
		List<Measurement> results = new ArrayList<>();
		Measurement combineWide = measure(COMBINE_WIDE + " (" + enterprises + " ent. × " + teams + " teams × 12)",
				COMBINE_WIDE, size, data.facts(), Map.of("month", month, "enterprises", "false"));
		results.add(combineWide.withNote(
				String.format(Locale.ROOT, "%s (data loaded in %.1f s)", combineWide.note(), loading)));
		results.add(measure(ONE_ENTERPRISE + " (" + enterprise + " of " + enterprises + ")", ONE_ENTERPRISE, size,
				data.facts(), Map.of("month", month, "scope", enterprise)));
		return results;
	}

	/**
	 * Times the run with {@link HeapPeak} sampling, then runs it again with {@link LiveHeap} for the
	 * most it holds at once: the figure the spread between the sizes is judged on.
	 */
	private Measurement measure(String caseName, String kind, String size, long facts, Map<String, String> parameters)
			throws Exception {
		HeapPeak.reset();
		long start = System.nanoTime();
		bulletin(parameters);
		double seconds = ConsolidationCases.seconds(start);
		long peak = HeapPeak.peak();
		LiveHeap live = LiveHeap.start();
		bulletin(parameters);
		long held = live.stop();
		peaks.computeIfAbsent(kind, k -> new ArrayList<>()).add(held);
		return new Measurement(caseName, size, facts, seconds, peak, Double.NaN, LIMIT_SECONDS, null)
			.withNote(String.format(Locale.ROOT, "(held at most %d MB)", held >> 20));
	}

	private void bulletin(Map<String, String> parameters) throws Exception {
		JobExecution execution = launches.start("bulletin", parameters);
		ConsolidationCases.check(execution.getStatus() == BatchStatus.COMPLETED,
				"bulletin " + parameters + " ended " + execution.getStatus() + " " + execution.getAllFailureExceptions());
	}

	/**
	 * Prints, per kind of run, the most heap held at each size and their spread (largest over
	 * smallest); returns whether every spread is within {@value #PEAK_SPREAD_PERCENT} %.
	 */
	boolean printPeakSpread(PrintStream out) {
		boolean met = true;
		for (Map.Entry<String, List<Long>> kind : peaks.entrySet()) {
			List<Long> sizes = kind.getValue();
			long least = sizes.stream().mapToLong(Long::longValue).min().orElse(0);
			long most = sizes.stream().mapToLong(Long::longValue).max().orElse(0);
			double spread = least == 0 ? 0 : (most - least) * 100.0 / least;
			boolean within = spread <= PEAK_SPREAD_PERCENT;
			met &= within;
			out.printf(Locale.ROOT, "%s: heap held at most %s MB, spread %.0f %% (target ≤ %d %%): %s%n", kind.getKey(),
					sizes.stream().map(peak -> String.valueOf(peak >> 20)).toList(), spread, PEAK_SPREAD_PERCENT,
					within ? "met" : "NOT met");
		}
		return met;
	}

}
