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
import org.springframework.batch.core.job.JobExecutionException;
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

	@Test
	void aFailedPartitionIsNamedOnceWithoutSpringBatchsGenericSentence() {
		JobExecution run = new JobExecution(42, new JobInstance(8, "consolidation"), new JobParameters());
		run.setStartTime(LocalDateTime.of(1959, 10, 2, 1, 30));
		run.setEndTime(LocalDateTime.of(1959, 10, 2, 1, 31));
		run.setStatus(BatchStatus.FAILED);
		StepExecution manager = new StepExecution(1, "consolidateInbox", run);
		manager.setStatus(BatchStatus.FAILED);
		manager.addFailureException(new JobExecutionException("Partition handler returned an unsuccessful step"));
		StepExecution partition = new StepExecution(2, "consolidateFiles:partition1", run);
		partition.setStatus(BatchStatus.FAILED);
		partition.addFailureException(new IllegalStateException(
				"Partition consolidateFiles:partition1 (enterprise OBS; 1 file: OBS-1959-09.xlsx) was not finished"));
		run.addStepExecution(manager);
		run.addStepExecution(partition);
		ByteArrayOutputStream console = new ByteArrayOutputStream();

		int exit = JobSummary.print(run, new PrintStream(console, true, StandardCharsets.UTF_8));

		assertThat(exit).isEqualTo(ExitCodes.FAILED);
		assertThat(console.toString(StandardCharsets.UTF_8))
			.contains("FAILED: Partition consolidateFiles:partition1 (enterprise OBS; 1 file: OBS-1959-09.xlsx) was not finished")
			.contains("Resume it with: ./catchup restart 42")
			.doesNotContain("Partition handler returned an unsuccessful step");
	}

}
