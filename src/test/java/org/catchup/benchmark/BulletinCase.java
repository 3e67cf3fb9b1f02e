package org.catchup.benchmark;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.catchup.jobs.JobLaunches;
import org.catchup.submission.SubmissionLine;
import org.catchup.warehouse.FactLoader;
import org.catchup.warehouse.NewSubmission;
import org.catchup.warehouse.SubmissionRepository;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case 4: a year of history for {@code enterprises} enterprises of {@code teams} teams (two
 * indicators each, 70–130 % of plan), seeded straight into the warehouse, then the bulletin
 * job for December: figures by set-based queries, the PDF and the Excel workbook.
 */
final class BulletinCase {

	static final int YEAR = 1959;

	private final FactLoader loader;

	private final SubmissionRepository submissions;

	private final TransactionTemplate transaction;

	private final JobLaunches launches;

	BulletinCase(FactLoader loader, SubmissionRepository submissions, TransactionTemplate transaction,
			JobLaunches launches) {
		this.loader = loader;
		this.submissions = submissions;
		this.transaction = transaction;
		this.launches = launches;
	}

	Measurement run(BenchDatabase database, String size, int enterprises, int teams, double limitSeconds)
			throws Exception {
		database.reset(enterprises);
		List<Object[]> plans = new ArrayList<>();
		for (int e = 1; e <= enterprises; e++) {
			for (String indicator : BenchDatabase.INDICATORS.subList(0, 2)) {
				plans.add(new Object[] { BenchDatabase.enterprise(e), indicator, BigDecimal.valueOf(12L * teams * 500) });
			}
		}
		database.jdbc().batchUpdate("INSERT INTO annual_plan (enterprise_code, plan_year, indicator_code, quantity,"
				+ " reference_load_id) VALUES (?, " + YEAR + ", ?, ?, 1)", plans);
		Random random = new Random(enterprises);
		for (int month = 1; month <= 12; month++) {
			YearMonth period = YearMonth.of(YEAR, month);
			transaction.executeWithoutResult(status -> {
				for (int e = 1; e <= enterprises; e++) {
					seed(BenchDatabase.enterprise(e), period, teams, random);
				}
			});
		}
		HeapPeak.reset();
		long start = System.nanoTime();
		JobExecution execution = launches.start("bulletin", Map.of("month", YearMonth.of(YEAR, 12).toString(), "enterprises", "false"));
		double seconds = ConsolidationCases.seconds(start);
		ConsolidationCases.check(execution.getStatus() == BatchStatus.COMPLETED, "bulletin ended "
				+ execution.getStatus() + " " + execution.getAllFailureExceptions());
		long rows = (long) enterprises * teams * 12 * 2;
		return new Measurement("4 bulletin " + enterprises + " ent. × " + teams + " teams × 12 months", size, rows,
				seconds, HeapPeak.peak(), Double.NaN, limitSeconds, null);
	}

	private void seed(String enterprise, YearMonth period, int teams, Random random) {
		LocalDateTime received = period.plusMonths(1).atDay(2).atTime(9, 0);
		long id = submissions.insert(new NewSubmission(enterprise, period.toString(), 1, "CURRENT",
				enterprise + period, enterprise + "-" + period + ".xlsx", null, received, received, teams * 2, 0, 0,
				null));
		FactLoader.FactLoad load = loader.begin(enterprise, period, () -> id);
		int row = 5;
		for (int t = 0; t < teams; t++) {
			int percent = 70 + random.nextInt(61);
			for (int i = 0; i < 2; i++) {
				int plan = i == 0 ? 600 : 300;
				load.add(new SubmissionLine(row++, "Section " + t % 4, "B" + t, "Brigade " + t,
						BenchDatabase.INDICATORS.get(i), BigDecimal.valueOf(plan),
						BigDecimal.valueOf(plan * percent / 100), 10, false, null));
			}
		}
		load.finish();
		submissions.updateTeams(id);
	}

}
