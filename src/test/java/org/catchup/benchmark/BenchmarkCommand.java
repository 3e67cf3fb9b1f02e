package org.catchup.benchmark;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.catchup.jobs.JobLaunches;
import org.catchup.launcher.LauncherCommand;
import org.catchup.system.CatchUpProperties;
import org.catchup.warehouse.FactLoader;
import org.catchup.warehouse.SubmissionRepository;
import org.flywaydb.core.Flyway;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code ./catchup bench [big|night|bulletin|pairing|bulletin-national|all, or a list: big,night] [--scale=f]}: generates its own data,
 * ({@code remote-night}, named only: it needs RabbitMQ, and starts two {@code ./catchup worker} JVMs)
 * runs each case at 10 %, 50 % and 100 % of its size with its reference, and prints the table.
 * It empties the configured database, so the launcher points it at a database of its own.
 * {@code --scale} shrinks every size (the smoke test runs at a tiny scale); {@code --sizes=1.0}
 * runs only the given fractions (for profiling); {@code --rounds=n} sets how many rounds the
 * consolidation cases take the best of.
 */
@Component
public class BenchmarkCommand implements LauncherCommand {

	static final double[] FRACTIONS = { 0.1, 0.5, 1.0 };

	/**
	 * Each round of a big file runs its per-row code hundreds of thousands of times: warm at once.
	 * Five rounds, not three: on a shared machine one round in three is often disturbed, for the
	 * job and its reference alike.
	 */
	static final int BIG_FILE_ROUNDS = 5;

	/**
	 * A night runs its per-file code only a few hundred times a round; the JIT goes on compiling
	 * it for about five rounds (as a server that stays up compiles it over its first nights).
	 */
	static final int NIGHT_ROUNDS = 5;

	/**
	 * As many as the local night's: the workers stay up across rounds and sizes, and their JIT warms
	 * over the rounds as the local one's does.
	 */
	static final int REMOTE_NIGHT_ROUNDS = NIGHT_ROUNDS;

	/**
	 * Two workers and a manager on this one machine do the local night's work plus the broker's
	 * and the job repository's round trips: within half as much again.
	 */
	static final double REMOTE_NIGHT_TARGET = 1.5;

	private final JobLaunches launches;

	private final FactLoader factLoader;

	private final SubmissionRepository submissions;

	private final PlatformTransactionManager transactionManager;

	private final Flyway flyway;

	private final JdbcTemplate jdbc;

	private final CatchUpProperties properties;

	private final BulletinCase bulletin;

	private final Environment environment;

	private final ConnectionFactory broker;

	BenchmarkCommand(JobLaunches launches, FactLoader factLoader, SubmissionRepository submissions,
			PlatformTransactionManager transactionManager, Flyway flyway, JdbcTemplate jdbc,
			CatchUpProperties properties, Environment environment, ConnectionFactory broker) {
		this.environment = environment;
		this.broker = broker;
		this.launches = launches;
		this.factLoader = factLoader;
		this.submissions = submissions;
		this.transactionManager = transactionManager;
		this.flyway = flyway;
		this.jdbc = jdbc;
		this.properties = properties;
		this.bulletin = new BulletinCase(factLoader, submissions, new TransactionTemplate(transactionManager),
				launches);
	}

	@Override
	public String name() {
		return "bench";
	}

	/** Returns the exit code: 0 when every target was met, 1 otherwise. */
	@Override
	public int run(List<String> args, PrintStream out) throws Exception {
		String which = "all";
		double scale = 1.0;
		double[] fractions = FRACTIONS;
		Integer rounds = null;
		for (String arg : args) {
			if (arg.startsWith("--sizes=")) {
				// e.g. --sizes=1.0 for one profiling run at full size
				fractions = java.util.Arrays.stream(arg.substring("--sizes=".length()).split(","))
					.mapToDouble(Double::parseDouble)
					.toArray();
			}
			else if (arg.startsWith("--rounds=")) {
				rounds = Integer.parseInt(arg.substring("--rounds=".length()));
			}
			else if (arg.startsWith("--scale=")) {
				scale = Double.parseDouble(arg.substring("--scale=".length()));
			}
			else {
				which = arg;
			}
		}
		BenchDatabase database = new BenchDatabase(flyway, jdbc);
		boolean mysql = database.isMySql();
		Path work = properties.dataDir().resolve("bench-work");
		ConsolidationCases consolidation = new ConsolidationCases(database,
				new BarePipeline(factLoader, submissions, new TransactionTemplate(transactionManager)),
				mysql ? new LimitPipeline(jdbc.getDataSource()) : null, launches, work);
		String db = mysql ? "MariaDB/MySQL, " + factLoader.getClass().getSimpleName() : "H2, "
				+ factLoader.getClass().getSimpleName();
		List<Measurement> results = new ArrayList<>();
		NationalBulletinCase national = new NationalBulletinCase(launches);
		for (double fraction : fractions) {
			String size = String.format(Locale.ROOT, "%d %%", Math.round(fraction * 100));
			if (runs(which, "big")) {
				int rows = Math.max(10, (int) (1_000_000 * fraction * scale));
				// Against the limit the target is the full file's: at 10 % the job's fixed cost (launching
				// a partitioned job, checking ahead) is a large share of a reference under a second.
				double target = mysql && fraction < 1.0 ? Double.NaN : 1.5;
				results.add(report(out, consolidation.bigFile((mysql ? "1 big file" : "3 big file H2") + " ("
						+ db + ")", size, rows, target, rounds == null ? BIG_FILE_ROUNDS : rounds)));
			}
			if (runs(which, "night")) {
				int files = Math.max(2, (int) (600 * fraction * Math.sqrt(scale)));
				int rows = Math.max(4, (int) (300 * Math.sqrt(scale)));
				results.add(report(out, consolidation.manyFiles("2 night " + files + " files × " + rows + " (" + db
						+ ")", size, files, rows, 2.0, rounds == null ? NIGHT_ROUNDS : rounds)));
			}
			if (runs(which, "bulletin")) {
				int enterprises = Math.max(2, (int) (500 * fraction * Math.sqrt(scale)));
				int teams = Math.max(2, (int) (40 * Math.sqrt(scale)));
				results.add(report(out, bulletin.run(database, size, enterprises, teams, 30)));
			}
			if (runs(which, "pairing")) {
				int teams = Math.max(4, (int) (5000 * fraction * scale));
				results.add(report(out, PairingCase.run(size, teams, 5)));
			}
			if (runs(which, "bulletin-national")) {
				int enterprises = Math.max(3, (int) (5000 * fraction * scale));
				int teams = Math.max(2, (int) (40 * Math.sqrt(scale)));
				national.run(database, mysql, size, enterprises, teams).forEach(m -> results.add(report(out, m)));
			}
		}
		if (Arrays.asList(which.split(",")).contains("remote-night")) {
			results.addAll(remoteNights(out, fractions, scale, rounds, database, consolidation, db, work));
		}
		String machine = String.format(Locale.ROOT, "%d cores, Java %s, max heap %d MB, %s",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), HeapPeak.max() >> 20,
				db);
		ResultTable.print(results, machine, out);
		boolean flat = national.printPeakSpread(out);
		return results.stream().allMatch(Measurement::met) && flat ? 0 : 1;
	}

	/**
	 * Case 6 at each size: the night of case 2 as case 2 runs it (its files, its local night against
	 * the bare pipeline, shown without a target), then rounds of the same files locally and through a
	 * manager and two worker JVMs ({@link RemoteNightCase}), which are stopped at the end.
	 */
	private List<Measurement> remoteNights(PrintStream out, double[] fractions, double scale, Integer rounds,
			BenchDatabase database, ConsolidationCases consolidation, String db, Path work) throws Exception {
		List<Measurement> results = new ArrayList<>();
		try (RemoteNightCase remote = new RemoteNightCase(database, launches, environment, broker,
				properties.dataDir(), work)) {
			for (double fraction : fractions) {
				String size = String.format(Locale.ROOT, "%d %%", Math.round(fraction * 100));
				int files = Math.max(2, (int) (600 * fraction * Math.sqrt(scale)));
				int rows = Math.max(4, (int) (300 * Math.sqrt(scale)));
				// writes the night's files; case 2 judges this against its bare pipeline, here it is shown only
				Measurement local = report(out, consolidation.manyFiles("6 local night " + files + " files × " + rows
						+ " (" + db + ")", size, files, rows, Double.NaN, rounds == null ? NIGHT_ROUNDS : rounds));
				results.add(local);
				// The target is the full night's: a partition's message, claim and start, and the last
				// poll of the job repository, are fixed costs that outweigh a local night under a second.
				double target = fraction < 1.0 ? Double.NaN : REMOTE_NIGHT_TARGET;
				results.add(report(out, remote.run("6 remote night " + files + " files × " + rows + ", 2 workers (" + db
						+ ")", size, work.resolve("source-night"), (long) files * rows, target,
						rounds == null ? REMOTE_NIGHT_ROUNDS : rounds)));
			}
		}
		return results;
	}

	/** {@code which} is "all", one case or a comma-separated list. */
	private static boolean runs(String which, String name) {
		return which.equals("all") || java.util.Arrays.asList(which.split(",")).contains(name);
	}

	private static Measurement report(PrintStream out, Measurement m) {
		out.printf(Locale.ROOT, "%s %s: %,d rows in %.2f s%n", m.caseName(), m.size(), m.rows(), m.seconds());
		return m;
	}

}
