package org.catchup.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.catchup.support.FreshDataFolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code ./catchup run} with a wrong parameter: one sentence on stderr, exit code 2, no run. */
@SpringBootTest
class CommandLineParametersTests extends FreshDataFolder {

	@Autowired
	LauncherCommands commands;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMonthThatDoesNotExistIsOneSentenceOnStderrAndNoRun() throws Exception {
		String stderr = run("run", "bulletin", "month=1959-13");

		assertThat(stderr).isEqualTo("month=1959-13 is not a month like 1959-09: there is no month 13." + System.lineSeparator());
		assertThat(commands.getExitCode()).isEqualTo(2);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM batch_job_execution").query(Integer.class).single()).isZero();
	}

	@Test
	void aLanguageTheBulletinIsNotWrittenInIsOneSentenceOnStderrAndNoRun() throws Exception {
		String stderr = run("run", "bulletin", "month=1959-09", "locale=xx");

		assertThat(stderr).isEqualTo("locale=xx is not a language the bulletin is written in; give en or de, or several"
				+ " separated by commas (locale=en,de)." + System.lineSeparator());
		assertThat(commands.getExitCode()).isEqualTo(2);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM batch_job_execution").query(Integer.class).single()).isZero();
	}

	@Test
	void anUnknownKeyIsNamedWithTheKnownOnes() throws Exception {
		String stderr = run("run", "consolidation", "inbx=/tmp");

		assertThat(stderr).isEqualTo("Unknown parameter inbx= for the job consolidation; it knows inbox." + System.lineSeparator());
		assertThat(commands.getExitCode()).isEqualTo(2);
	}

	private String run(String... args) throws Exception {
		PrintStream err = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			commands.run(new DefaultApplicationArguments(args));
		}
		finally {
			System.setErr(err);
		}
		return captured.toString(StandardCharsets.UTF_8);
	}

}
