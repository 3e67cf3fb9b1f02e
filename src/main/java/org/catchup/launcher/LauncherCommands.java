package org.catchup.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.catchup.consolidation.remote.BrokerUnreachableException;
import org.catchup.database.ConnectionFailures;
import org.catchup.database.DatabaseLoss;
import org.catchup.jobs.InvalidJobParameterException;
import org.catchup.jobs.JobAlreadyRunningException;
import org.catchup.jobs.JobLaunches;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * The command line behind {@code ./catchup}: {@code demo [sample-folder]},
 * {@code run <job> key=value…}, {@code restart <execution id>}, {@code serve}. Without a command it does
 * nothing, so the same application can serve other entry points.
 */
@Component
class LauncherCommands implements ApplicationRunner, ExitCodeGenerator {

	static final String USAGE = """
			Usage:
			  ./catchup demo [sample-folder]          replay sample-input/ on a fresh embedded database
			  ./catchup run <job> [key=value ...]     run one job: %s
			      reference-data file=<workbook>
			      consolidation  [inbox=<folder>]
			      bulletin       [month=YYYY-MM] [scope=ALL|<enterprise code>] [enterprises=false]  (default: last month, ALL, one per enterprise too)
			      assistance-register file=<workbook>
			  ./catchup restart <execution id>        resume a failed job execution
			  ./catchup serve [--demo-users]          the web application on port 8080 (CATCHUP_PORT)
			  ./catchup worker                        serve the consolidation's partitions from RabbitMQ until stopped
			  ./catchup bench [case] [--h2]           benchmark: big, night, bulletin, pairing or all (README)
			""";

	/** Stack traces for the log file only (see ConsoleLogFilter): the console gets the sentence. */
	private static final Logger details = LoggerFactory.getLogger(ConsoleLogFilter.FILE_ONLY + LauncherCommands.class.getSimpleName());

	private final JobLaunches launches;

	private final DemoScenario demo;

	private final ObjectProvider<LauncherCommand> added;

	// looked up at each command, not kept: a test capturing the console swaps System.out
	private PrintStream out = System.out;

	private int exitCode;

	private final RestartCheck restartCheck;

	private final DatabaseLoss databaseLoss;

	private final String logFile;

	LauncherCommands(JobLaunches launches, DemoScenario demo, ObjectProvider<LauncherCommand> added, JobRepository jobRepository,
			DatabaseLoss databaseLoss, @Value("${logging.file.name:}") String logFile) {
		this.logFile = logFile;
		this.launches = launches;
		this.restartCheck = new RestartCheck(jobRepository);
		this.databaseLoss = databaseLoss;
		this.demo = demo;
		this.added = added;
	}

	@Override
	public void run(ApplicationArguments arguments) throws Exception {
		List<String> args = arguments.getNonOptionArgs();
		if (args.isEmpty()) {
			return;
		}
		out = System.out;
		try {
			exitCode = switch (args.get(0)) {
				case "demo" -> demo.run(Path.of(args.size() > 1 ? args.get(1) : "sample-input"), out);
				case "run" -> runJob(args);
				case "restart" -> restart(argument(args, 1, "an execution id"));
				// the web server is up by now and keeps the application running; see CatchUpApplication
				case "serve" -> 0;
				// the worker serves the partition queue by now, until stopped; see CatchUpApplication
				case "worker" -> 0;
				default -> added(args.get(0), arguments);
			};
		}
		catch (InvalidJobParameterException ex) {
			// a wrong parameter needs its sentence, not the whole usage
			System.err.println(ex.getMessage());
			exitCode = 2;
		}
		catch (IllegalArgumentException ex) {
			exitCode = usage(ex.getMessage());
		}
		catch (BrokerUnreachableException ex) {
			out.println(ex.getMessage());
			exitCode = ExitCodes.BROKER_UNREACHABLE;
		}
		catch (JobAlreadyRunningException ex) {
			out.println(ex.getMessage());
			exitCode = ExitCodes.ALREADY_RUNNING;
		}
		catch (DataAccessException | TransactionException ex) {
			if (ConnectionFailures.isConnectionFailure(ex)) {
				// The database went away so hard that even the failure could not be recorded.
				out.println(JobSummary.databaseLost(databaseLoss, null,
						"run".equals(args.get(0)) && args.size() > 1 ? args.get(1) : null));
				exitCode = ExitCodes.DATABASE_UNREACHABLE;
			}
			else {
				exitCode = failed(args, ex);
			}
		}
		catch (Exception ex) {
			// Spring Batch refusing a start or restart, or something unforeseen: a sentence, the trace to the file.
			exitCode = failed(args, ex);
		}
	}

	private int failed(List<String> args, Exception ex) {
		details.error("{} failed", String.join(" ", args), ex);
		out.printf("FAILED: %s. The details are in %s.%n", JobSummary.rootCause(ex),
				logFile.isBlank() ? "the log file" : logFile);
		return ExitCodes.FAILED;
	}

	private int restart(String id) throws Exception {
		long executionId;
		try {
			executionId = Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("'" + id + "' is not an execution id (a number)");
		}
		Optional<String> refusal = restartCheck.refusal(executionId);
		if (refusal.isPresent()) {
			out.println(refusal.get());
			return ExitCodes.NOTHING_TO_RESTART;
		}
		return report(launches.restart(executionId));
	}

	private int runJob(List<String> args) throws Exception {
		String job = argument(args, 1, "a job name");
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String pair : args.subList(2, args.size())) {
			int eq = pair.indexOf('=');
			if (eq <= 0) {
				throw new IllegalArgumentException("Parameter '" + pair + "' is not key=value");
			}
			parameters.put(pair.substring(0, eq), pair.substring(eq + 1));
		}
		return report(launches.start(job, parameters));
	}

	private int report(JobExecution execution) {
		return JobSummary.print(execution, databaseLoss, out);
	}

	/** A command that other code on the class path adds (the benchmark, from the test code), or the usage. */
	private int added(String name, ApplicationArguments arguments) throws Exception {
		LauncherCommand command = added.orderedStream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
		if (command == null) {
			return usage("Unknown command '" + name + "'");
		}
		String[] all = arguments.getSourceArgs();
		return command.run(List.of(all).subList(1, all.length), out);
	}

	private int usage(String problem) {
		out.println(problem);
		out.printf(USAGE, launches.jobNames());
		return ExitCodes.USAGE;
	}

	private static String argument(List<String> args, int index, String what) {
		if (args.size() <= index) {
			throw new IllegalArgumentException("Missing " + what);
		}
		return args.get(index);
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
