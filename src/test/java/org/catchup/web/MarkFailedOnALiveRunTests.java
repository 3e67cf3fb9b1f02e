package org.catchup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.catchup.jobs.JobLaunches;
import org.catchup.jobs.JobLock;
import org.catchup.jobs.LockHolder;
import org.catchup.support.FreshDataFolder;
import org.catchup.users.NewUser;
import org.catchup.users.Role;
import org.catchup.users.UserAccounts;
import org.catchup.web.security.CatchUpUser;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A run that really runs, held at its step until the test lets it go: the operator's
 * Mark failed is refused while its process renews the job lock, and the run ends COMPLETED.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MarkFailedOnALiveRunTests extends FreshDataFolder {

	@TestConfiguration
	static class HeldJob {

		@Bean
		CountDownLatch release() {
			return new CountDownLatch(1);
		}

		@Bean
		Job held(JobRepository jobRepository, PlatformTransactionManager transactionManager, CountDownLatch release) {
			return new JobBuilder("held", jobRepository)
				.start(new StepBuilder("waitForTheTest", jobRepository).tasklet((contribution, context) -> {
					release.await(60, TimeUnit.SECONDS);
					return RepeatStatus.FINISHED;
				}, transactionManager).build())
				.build();
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JobLaunches launches;

	@Autowired
	JobLock lock;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	CountDownLatch release;

	@Autowired
	UserAccounts accounts;

	@Autowired
	UserDetailsService users;

	private final ExecutorService background = Executors.newSingleThreadExecutor();

	@AfterEach
	void letItGo() {
		release.countDown();
		background.shutdown();
	}

	@Test
	void markFailedOnALiveRunIsRefusedAndTheRunEndsCompleted() throws Exception {
		accounts.create(new NewUser("operator", "correct horse battery", "operator", Set.of(Role.OPERATOR), Set.of()));
		Future<JobExecution> run = background.submit(() -> launches.start("held", Map.of()));
		long id = awaitRecorded();

		mvc.perform(post("/jobs/executions/{id}/mark-failed", id)
			.with(user((CatchUpUser) users.loadUserByUsername("operator")))
			.with(csrf()))
			.andExpect(flash().attribute("message", Matchers.matchesPattern("\\d\\d:\\d\\d:\\d\\d: Execution " + id
					+ " is still running on host .+, last heartbeat at .+; it cannot be marked failed\\.")));
		assertThat(jobRepository.getJobExecution(id).getStatus()).isEqualTo(BatchStatus.STARTED);

		release.countDown();
		assertThat(run.get(60, TimeUnit.SECONDS).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(jobRepository.getJobExecution(id).getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	private long awaitRecorded() throws InterruptedException {
		long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < until) {
			Optional<Long> id = lock.holder("held").map(LockHolder::executionId);
			if (id.isPresent()) {
				return id.get();
			}
			Thread.sleep(50);
		}
		throw new AssertionError("the held job did not start");
	}

}
