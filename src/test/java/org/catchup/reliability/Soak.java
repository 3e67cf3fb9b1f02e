package org.catchup.reliability;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.catchup.reliability.Workbooks.Line;
import org.catchup.consolidation.CrashPoints;
import org.catchup.support.MariaDbTestDatabase;

/**
 * A year of nights against MariaDB, each night a real {@code catchup run consolidation} in its
 * own JVM: 12 months × the six submitting units, with late files, corrected resubmissions,
 * identical re-sends and broken files mixed in, and every few nights a run killed at a random
 * crash point and run again. Then the warehouse and the folders are checked against what the
 * generator itself decided (never against what the application computed) and it prints
 * {@code N passed, N failed}. Not a unit test: run it with {@code ./catchup soak} (README).
 */
public final class Soak {

	static final String DATABASE = "catchup_soak";

	private static final Map<String, String> UNITS = new LinkedHashMap<>();

	static {
		UNITS.put("ABH", "RAWCU");
		UNITS.put("FORT", "CU");
		UNITS.put("KLH", "RAWCU");
		UNITS.put("NRB", "CU");
		UNITS.put("OBS", "CU");
		UNITS.put("THAE", "CU");
	}

	private static final List<String> POINTS = List.of(CrashPoints.BEFORE_LOAD, CrashPoints.MID_LOAD,
			CrashPoints.AFTER_COMMIT_BEFORE_MOVE, CrashPoints.MID_MOVE);

	/** What the generator decided for one (unit, month): the contents in the order they were sent. */
	private static final class Expected {

		final List<List<Line>> versions = new ArrayList<>();

	}

	private final Random random;

	private final Path dataDir;

	private final PrintStream out;

	private final int killEvery;

	private final Map<String, Expected> expected = new TreeMap<>();

	private final List<String> delivered = new ArrayList<>();

	private final List<String> killedExecutions = new ArrayList<>();

	private int broken;

	private int passed;

	private int failed;

	Soak(long seed, Path dataDir, int killEvery, PrintStream out) {
		this.random = new Random(seed);
		this.dataDir = dataDir;
		this.killEvery = killEvery;
		this.out = out;
	}

	public static void main(String[] args) throws Exception {
		long seed = args.length > 0 ? Long.parseLong(args[0]) : 1959;
		Path dataDir = Files.createTempDirectory("catchup-soak");
		int failures = new Soak(seed, dataDir, 3, System.out).run();
		System.exit(failures == 0 ? 0 : 1);
	}

	/** Returns the number of failed checks. */
	int run() throws Exception {
		MariaDbTestDatabase.recreate(DATABASE);
		ChildJvm catchup = new ChildJvm(DATABASE, dataDir);
		out.printf("Soak: a year of nights in %s, database %s%n", dataDir, DATABASE);
		ChildJvm.Result reference = catchup.run("run", "reference-data", "file=sample-input/reference-data.xlsx");
		check(reference.exitCode() == 0, "reference data loaded", reference.output());
		int night = 0;
		Map<String, List<Line>> lateFiles = new LinkedHashMap<>();
		for (int month = 1; month <= 12; month++) {
			YearMonth period = YearMonth.of(1959, month);
			// Night A, the 3rd of the next month: most units on time, now and then a broken file.
			LocalDate nightA = period.plusMonths(1).atDay(3);
			Map<String, List<Line>> resubmit = new LinkedHashMap<>();
			for (String unit : UNITS.keySet()) {
				List<Line> lines = lines(unit, period);
				if (random.nextInt(5) == 0) {
					lateFiles.put(unit, lines);
					continue;
				}
				send(unit, period, unit + "-" + period + ".xlsx", lines, nightA);
				if (random.nextInt(4) == 0) {
					resubmit.put(unit, lines(unit, period));
				}
				else if (random.nextInt(6) == 0) {
					sendDuplicate(unit, period, nightA);
				}
			}
			if (month % 3 == 0) {
				sendBroken(period, nightA);
			}
			runNight(catchup, ++night, nightA);
			// Night B, the 8th: late files, corrections, identical re-sends.
			LocalDate nightB = period.plusMonths(1).atDay(8);
			lateFiles.forEach((unit, lines) -> send(unit, period, unit + "-" + period + ".xlsx", lines, nightB));
			lateFiles.clear();
			resubmit.forEach((unit, lines) -> send(unit, period, unit + "-" + period + "-fix.xlsx", lines, nightB));
			runNight(catchup, ++night, nightB);
		}
		verify();
		out.printf("%n%d passed, %d failed%n", passed, failed);
		return failed;
	}

	private void runNight(ChildJvm catchup, int night, LocalDate date) throws Exception {
		if (night % killEvery == 0) {
			String point = POINTS.get(random.nextInt(POINTS.size())) + ":" + (1 + random.nextInt(3));
			ChildJvm.Result killed = catchup.runCrashingAt(point, "run", "consolidation");
			boolean died = killed.exitCode() == 137;
			if (died) {
				try (Connection connection = MariaDbTestDatabase.connect(DATABASE)) {
					List<String> stuck = WarehouseSnapshot.unfinishedExecutions(connection);
					check(stuck.size() == 1, "night " + night + ": the killed run is left STARTED", stuck.toString());
					stuck.forEach(row -> killedExecutions.add(row.split(" \\| ")[0]));
				}
			}
			out.printf("night %2d (%s): killed at %s -> %s%n", night, date, point,
					died ? "died" : "finished before reaching it (exit " + killed.exitCode() + ")");
		}
		ChildJvm.Result result = catchup.run("run", "consolidation");
		check(result.exitCode() == 0, "night " + night + " (" + date + ") completed", result.output());
		out.printf("night %2d (%s): consolidation exit %d%n", night, date, result.exitCode());
	}

	private void verify() throws Exception {
		try (Connection connection = MariaDbTestDatabase.connect(DATABASE)) {
			for (Map.Entry<String, Expected> entry : expected.entrySet()) {
				String[] key = entry.getKey().split(" ");
				List<List<Line>> versions = entry.getValue().versions;
				List<String> stored = WarehouseSnapshot.rows(connection, "SELECT version, status FROM submission "
						+ "WHERE enterprise_code = '" + key[0] + "' AND period = '" + key[1]
						+ "' AND status <> 'REJECTED' ORDER BY version");
				List<String> wanted = new ArrayList<>();
				for (int v = 1; v <= versions.size(); v++) {
					wanted.add(v + " | " + (v == versions.size() ? "CURRENT" : "SUPERSEDED"));
				}
				check(stored.equals(wanted), entry.getKey() + ": versions " + wanted, "found " + stored);
				List<Line> current = versions.get(versions.size() - 1);
				String figures = WarehouseSnapshot.rows(connection, "SELECT COUNT(*), SUM(f.plan_qty), SUM(f.actual_qty) "
						+ "FROM fact f JOIN submission s ON s.id = f.submission_id AND s.status = 'CURRENT' "
						+ "WHERE f.enterprise_code = '" + key[0] + "' AND f.period = '" + key[1] + "'").get(0);
				String want = current.size() + " | " + sum(current, true) + " | " + sum(current, false);
				check(figures.equals(want), entry.getKey() + ": current rows and sums " + want, "found " + figures);
			}
			List<String> rejected = WarehouseSnapshot.rows(connection,
					"SELECT COUNT(*) FROM submission WHERE status = 'REJECTED'");
			check(rejected.get(0).equals(String.valueOf(broken)), broken + " broken files rejected", "found " + rejected);
			List<String> orphanFacts = WarehouseSnapshot.rows(connection, "SELECT COUNT(*) FROM fact f JOIN submission s "
					+ "ON s.id = f.submission_id WHERE s.status = 'REJECTED'");
			check(orphanFacts.get(0).equals("0"), "no fact of a rejected file", "found " + orphanFacts);
			check(WarehouseSnapshot.unfinishedExecutions(connection).isEmpty(), "no job execution left running",
					WarehouseSnapshot.unfinishedExecutions(connection).toString());
			for (String id : killedExecutions) {
				List<String> status = WarehouseSnapshot.rows(connection,
						"SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = " + id);
				check(status.equals(List.of("FAILED")), "killed execution " + id + " marked FAILED", status.toString());
			}
		}
		List<String> files = WarehouseSnapshot.files(dataDir).stream()
			.filter(f -> !f.contains(".problems.csv") && !f.contains(".annotated."))
			.toList();
		check(files.stream().noneMatch(f -> f.startsWith("inbox/")), "inbox empty", files.toString());
		for (String name : delivered) {
			long copies = files.stream().filter(f -> Path.of(f).getFileName().toString().equals(name)).count();
			check(copies == 1, name + " filed exactly once", copies + " copies");
		}
	}

	private void send(String unit, YearMonth period, String name, List<Line> lines, LocalDate night) {
		expected.computeIfAbsent(unit + " " + period, k -> new Expected()).versions.add(lines);
		deliver(Workbooks.submission(unit, period.toString(), lines), name, night);
	}

	/** The same bytes as the unit's file of the month, under another name: changes nothing. */
	private void sendDuplicate(String unit, YearMonth period, LocalDate night) {
		try {
			Path original = dataDir.resolve("inbox").resolve(unit + "-" + period + ".xlsx");
			Path copy = dataDir.resolve("inbox").resolve(unit + "-" + period + "-again.xlsx");
			Files.copy(original, copy);
			Files.setLastModifiedTime(copy, time(night));
			delivered.add(copy.getFileName().toString());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private void sendBroken(YearMonth period, LocalDate night) {
		broken++;
		List<Line> lines = new ArrayList<>(lines("NRB", period));
		lines.add(Line.of("NR-99", "Broken", "NOPE", 10, 10));
		deliver(Workbooks.submission("NRB", period.toString(), lines), "BROKEN-" + period + ".xlsx", night);
	}

	private void deliver(org.apache.poi.xssf.usermodel.XSSFWorkbook workbook, String name, LocalDate night) {
		try {
			Path file = Workbooks.write(workbook, dataDir.resolve("inbox").resolve(name));
			Files.setLastModifiedTime(file, time(night));
			delivered.add(name);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Five teams, plan and actual with one decimal, fulfilment between 80 % and 115 %. */
	private List<Line> lines(String unit, YearMonth period) {
		List<Line> lines = new ArrayList<>();
		for (int team = 1; team <= 5; team++) {
			BigDecimal plan = BigDecimal.valueOf(500 + random.nextInt(5000), 1);
			BigDecimal actual = plan.multiply(BigDecimal.valueOf(80 + random.nextInt(36)))
				.divide(BigDecimal.valueOf(100))
				.setScale(1, java.math.RoundingMode.HALF_UP);
			lines.add(new Line("Revier " + (1 + team % 2), unit + "-S" + team, "Team " + unit + " " + team,
					UNITS.get(unit), plan, actual));
		}
		return lines;
	}

	private static String sum(List<Line> lines, boolean plan) {
		return lines.stream()
			.map(line -> plan ? line.plan() : line.actual())
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.setScale(4)
			.toPlainString();
	}

	private static FileTime time(LocalDate night) {
		return FileTime.from(night.atTime(18, 0).atZone(ZoneId.systemDefault()).toInstant());
	}

	private void check(boolean ok, String what, String detail) {
		if (ok) {
			passed++;
		}
		else {
			failed++;
			out.printf("FAILED: %s%n   %s%n", what, detail.length() > 2000 ? detail.substring(detail.length() - 2000)
					: detail);
		}
	}

}
