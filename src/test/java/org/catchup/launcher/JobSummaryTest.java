package org.catchup.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import org.catchup.bulletin.BulletinJobConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

class JobSummaryTest {

	@Test
	void aBulletinRunStoppedWithUnsentMailSaysTheBulletinsAreRenderedAndHowToSendTheRest() {
		JobExecution run = new JobExecution(41, new JobInstance(7, "bulletin"), new JobParameters());
		run.setStartTime(LocalDateTime.of(1959, 10, 7, 6, 0));
		run.setEndTime(LocalDateTime.of(1959, 10, 7, 6, 1));
		run.setStatus(BatchStatus.STOPPED);
		StepExecution render = new StepExecution(1, "renderBulletin", run);
		render.setStatus(BatchStatus.COMPLETED);
		render.setExitStatus(ExitStatus.COMPLETED);
		StepExecution mail = new StepExecution(2, "mailBulletins", run);
		mail.setStatus(BatchStatus.COMPLETED);
		mail.setExitStatus(new ExitStatus(BulletinJobConfiguration.UNSENT_MAIL,
				"Mailed 2 through smtp.example.org; 1 could not be sent: Connection refused."));
		run.addStepExecution(render);
		run.addStepExecution(mail);
		ByteArrayOutputStream console = new ByteArrayOutputStream();

		int exit = JobSummary.print(run, new PrintStream(console, true, StandardCharsets.UTF_8));

		assertThat(exit).isEqualTo(ExitCodes.MAIL_UNSENT).isEqualTo(7);
		assertThat(console.toString(StandardCharsets.UTF_8))
			.contains("MAIL NOT SENT: Mailed 2 through smtp.example.org; 1 could not be sent: Connection refused.")
			.contains("The bulletins are rendered. Send the unsent mails with: ./catchup restart 41")
			.doesNotContain("FAILED:");
	}

}
