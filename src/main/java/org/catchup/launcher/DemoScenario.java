package org.catchup.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.catchup.jobs.JobLaunches;
import org.catchup.mail.DemoSubscribers;
import org.catchup.mail.SmtpServer;
import org.catchup.system.CatchUpProperties;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * The demo: the sample story replayed as the nights would have run it. Loads the reference
 * workbook, then for each month folder of {@code sample-input/submissions} puts that month's
 * files into the inbox (dated the 3rd of the next month, when clerks sent them) and runs the
 * consolidation; the deliberately broken files arrive with the last month. Finally renders
 * the last month's bulletin, after loading the assistance register the committee agreed
 * ({@value #ASSISTANCE_REGISTER}, when present), so the bulletin reports whether the help worked,
 * and mails it to the demo's subscribers (without an SMTP server: says where it would have gone).
 */
@Component
class DemoScenario {

	/** The help the committee agreed, loaded before the last month's bulletin when the folder has it. */
	static final String ASSISTANCE_REGISTER = "assistance-1959.xlsx";

	private final JobLaunches launches;

	private final CatchUpProperties properties;

	private final DemoSubscribers subscribers;

	private final SmtpServer smtp;

	DemoScenario(JobLaunches launches, CatchUpProperties properties, DemoSubscribers subscribers, SmtpServer smtp) {
		this.launches = launches;
		this.properties = properties;
		this.subscribers = subscribers;
		this.smtp = smtp;
	}

	int run(Path sampleInput, PrintStream out) throws Exception {
		Path submissions = sampleInput.resolve("submissions");
		List<Path> months = list(submissions).stream().filter(Files::isDirectory).toList();
		if (months.isEmpty()) {
			throw new IllegalStateException("No month folders under " + submissions.toAbsolutePath());
		}
		out.printf("Catch-Up demo: %s, %d month(s), data in %s%n", sampleInput, months.size(),
				properties.dataDir().toAbsolutePath());
		List<JobExecution> executions = new ArrayList<>();
		executions.add(launches.start("reference-data",
				Map.of("file", sampleInput.resolve("reference-data.xlsx").toString())));
		if (failed(executions, out)) {
			return 1;
		}
		YearMonth last = null;
		for (int i = 0; i < months.size(); i++) {
			Path monthFolder = months.get(i);
			last = YearMonth.parse(monthFolder.getFileName().toString());
			LocalDateTime arrival = last.plusMonths(1).atDay(3).atTime(18, 0);
			deliver(list(monthFolder), arrival);
			if (i == months.size() - 1 && Files.isDirectory(sampleInput.resolve("broken"))) {
				deliver(list(sampleInput.resolve("broken")), arrival);
			}
			out.printf("%n-- night of %s: consolidating %s%n", arrival.toLocalDate(), last);
			executions.add(launches.start("consolidation", Map.of()));
			if (failed(executions, out)) {
				return 1;
			}
		}
		Path register = sampleInput.resolve(ASSISTANCE_REGISTER);
		if (Files.isRegularFile(register)) {
			out.printf("%n-- the committee's agreed help: loading %s%n", register.getFileName());
			executions.add(launches.start("assistance-register", Map.of("file", register.toString())));
			if (failed(executions, out)) {
				return 1;
			}
		}
		out.printf("%n-- the bulletin by mail, %s, to:%n", smtp.address()
			.map(server -> "through " + server)
			.orElse("but no SMTP server is configured (SPRING_MAIL_HOST), so only told"));
		subscribers.ensure().forEach(subscriber -> out.printf("   %s%n", subscriber));
		executions.add(launches.start("bulletin", Map.of("month", last.toString())));
		if (failed(executions, out)) {
			return 1;
		}
		JobSummary.print(executions.get(executions.size() - 1), out);
		out.printf("%nDemo finished: %d job runs, all COMPLETED. Bulletins are in %s%n", executions.size(),
				properties.bulletins().toAbsolutePath());
		out.printf("Rejected files and their problem lists are in %s%n", properties.rejected().toAbsolutePath());
		return 0;
	}

	private void deliver(List<Path> files, LocalDateTime arrival) throws IOException {
		Files.createDirectories(properties.inbox());
		FileTime time = FileTime.from(arrival.atZone(ZoneId.systemDefault()).toInstant());
		for (Path file : files) {
			if (Files.isRegularFile(file) && !file.getFileName().toString().endsWith(".md")) {
				Path copy = Files.copy(file, properties.inbox().resolve(file.getFileName()),
						StandardCopyOption.REPLACE_EXISTING);
				Files.setLastModifiedTime(copy, time);
			}
		}
	}

	private static boolean failed(List<JobExecution> executions, PrintStream out) {
		JobExecution last = executions.get(executions.size() - 1);
		if (last.getStatus() == BatchStatus.COMPLETED) {
			return false;
		}
		JobSummary.print(last, out);
		return true;
	}

	private static List<Path> list(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.sorted().toList();
		}
	}

}
