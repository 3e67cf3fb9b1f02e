package org.catchup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;

import javax.sql.DataSource;

import org.catchup.jobs.JobLease;
import org.catchup.jobs.OtherProcessLock;
import org.catchup.web.security.CatchUpUser;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Starting, restarting and repairing runs from the pages: parameters checked and paths confined
 * before anything starts, refusals told to the person who asked, once and with the time.
 */
class JobStartsFromTheWebTests extends WebTestSupport {

	private static final String TIME = "\\d\\d:\\d\\d:\\d\\d:? ";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	DataSource dataSource;

	@TempDir
	Path outside;

	private OtherProcessLock otherProcess;

	@BeforeEach
	void anotherProcessOnTheSameDatabase() {
		otherProcess = new OtherProcessLock(dataSource);
	}

	@AfterEach
	void stopIt() {
		otherProcess.close();
	}

	private RequestPostProcessor as(String name) {
		return user((CatchUpUser) users.loadUserByUsername(name));
	}

	private long executions() {
		return jdbc.sql("SELECT COUNT(*) FROM batch_job_execution").query(Long.class).single();
	}

	@Test
	void aFolderOutsideTheInboxIsRefusedBeforeAnythingStartsAndItsFilesStay() throws Exception {
		Path system = Files.createDirectories(outside.resolve("etc"));
		Path file = Files.writeString(system.resolve("hosts"), "127.0.0.1 localhost");
		long before = executions();

		mvc.perform(post("/jobs/consolidation/run").param("parameters", "inbox=" + system)
			.with(as("night-operator"))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", Matchers.matchesPattern(TIME
					+ "Could not start consolidation: inbox= must name an existing folder inside .+; a run started from the web or the API reads nothing else\\.")))
			.andExpect(flash().attribute("message", Matchers.containsString(properties.inbox().toAbsolutePath().normalize().toString())));

		assertThat(file).hasContent("127.0.0.1 localhost");
		assertThat(system).isDirectoryContaining(p -> p.getFileName().toString().equals("hosts"));
		assertThat(outside.resolve("rejected")).doesNotExist();
		assertThat(executions()).isEqualTo(before);
	}

	@Test
	void aWrongParameterIsToldOnceToWhoeverGaveItWithTheTime() throws Exception {
		long before = executions();

		mvc.perform(post("/jobs/bulletin/run").param("parameters", "month=1959-13")
			.with(as("night-operator"))
			.with(csrf()))
			.andExpect(flash().attribute("message", Matchers.matchesPattern(
					TIME + "Could not start bulletin: month=1959-13 is not a month like 1959-09: there is no month 13\\.")));

		assertThat(executions()).isEqualTo(before);
		mvc.perform(get("/jobs").with(as("administrator")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("1959-13"))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("Could not start"))));
	}

	@Test
	void anEmptyFormStartsTheBulletinOfTheMonthBeforeTheCurrentOne() throws Exception {
		String message = (String) mvc
			.perform(post("/jobs/bulletin/run").param("parameters", "").with(as("night-operator")).with(csrf()))
			.andExpect(flash().attribute("message",
					Matchers.matchesPattern(TIME + "Started bulletin as execution \\d+\\. .*")))
			.andReturn()
			.getFlashMap()
			.get("message");
		long id = Long.parseLong(message.replaceAll(".* as execution (\\d+)\\..*", "$1"));

		JobExecution execution = jobRepository.getJobExecution(id);
		assertThat(execution.getJobParameters().getString("month"))
			.isEqualTo(YearMonth.now().minusMonths(1).toString());
		assertThat(execution.getJobParameters().getString("scope")).isEqualTo("ALL");
		long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (execution.isRunning() && System.nanoTime() < until) {
			Thread.sleep(100);
			execution = jobRepository.getJobExecution(id);
		}
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void aBulletinForAMonthThatHasNotBegunIsNotBuilt() throws Exception {
		long before = executions();

		mvc.perform(post("/bulletins/build").param("month", "2099-01").with(as("committee-member")).with(csrf()))
			.andExpect(flash().attribute("message", Matchers.matchesPattern(
					TIME + "month=2099-01 has not begun yet; the latest month is \\d{4}-\\d\\d\\.")));

		assertThat(executions()).isEqualTo(before);
	}

	@Test
	void buildNowWhileAnotherBulletinRendersSaysItWasRefusedAndWhy() throws Exception {
		JobLease rendering = otherProcess.hold("bulletin", 4242);
		try {
			mvc.perform(post("/bulletins/build").param("month", "1959-09").with(as("committee-member")).with(csrf()))
				.andExpect(flash().attribute("message", Matchers.allOf(
						Matchers.matchesPattern(TIME + "The bulletin for 1959-09 was not started, another bulletin is being built: "
								+ "bulletin is already running since \\d\\d:\\d\\d:\\d\\d on host .+ \\(execution 4242\\).*"),
						Matchers.not(Matchers.containsString("few seconds")))));
		}
		finally {
			rendering.close();
		}
	}

	@Test
	void anUnknownExecutionIsNotFound() throws Exception {
		long unknown = 987_654;
		mvc.perform(get("/jobs/executions/{id}", unknown).with(as("night-operator"))).andExpect(status().isNotFound());
		mvc.perform(get("/jobs/executions/{id}/progress", unknown).with(as("night-operator")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/jobs/executions/{id}/restart", unknown).with(as("night-operator")).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/jobs/executions/{id}/mark-failed", unknown).with(as("night-operator")).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aRunWhoseLockIsStillRenewedIsNotMarkedFailed() throws Exception {
		JobExecution live = startedExecution("1958-11");
		JobLease lease = otherProcess.hold("bulletin", live.getId());
		try {
			mvc.perform(post("/jobs/executions/{id}/mark-failed", live.getId()).with(as("night-operator")).with(csrf()))
				.andExpect(flash().attribute("message", Matchers.matchesPattern(TIME + "Execution " + live.getId()
						+ " is still running on host .+, last heartbeat at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d; it cannot be marked failed\\.")));
			assertThat(jobRepository.getJobExecution(live.getId()).getStatus()).isEqualTo(BatchStatus.STARTED);
		}
		finally {
			lease.close();
		}

		// its lock gone, the run is dead: now it may be marked failed
		mvc.perform(post("/jobs/executions/{id}/mark-failed", live.getId()).with(as("night-operator")).with(csrf()))
			.andExpect(flash().attribute("message", Matchers.containsString("is marked FAILED")));
		assertThat(jobRepository.getJobExecution(live.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
	}

	@Test
	void readAndWrittenCountEachItemOnceThoughThePartitionsAndTheirManagerBothCountIt() throws Exception {
		long consolidation = jdbc.sql("""
				SELECT MIN(e.job_execution_id) FROM batch_job_execution e
				JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
				WHERE i.job_name = 'consolidation'""").query(Long.class).single();
		JobExecution execution = jobRepository.getJobExecution(consolidation);
		StepExecution manager = execution.getStepExecutions()
			.stream()
			.filter(s -> s.getStepName().equals("consolidateInbox"))
			.findFirst()
			.orElseThrow();
		long partitionsRead = execution.getStepExecutions()
			.stream()
			.filter(s -> s.getStepName().contains(":"))
			.mapToLong(StepExecution::getReadCount)
			.sum();
		assertThat(manager.getReadCount()).isPositive().isEqualTo(partitionsRead);

		mvc.perform(get("/jobs/executions/{id}/progress", consolidation).with(as("night-operator")))
			.andExpect(jsonPath("$.read").value(manager.getReadCount()))
			.andExpect(jsonPath("$.written").value(manager.getWriteCount()));
		mvc.perform(get("/jobs/executions/{id}", consolidation).with(as("night-operator")))
			.andExpect(content().string(Matchers.containsString(
					"<td class=\"num read\">" + manager.getReadCount() + "</td>")))
			.andExpect(content().string(Matchers.containsString(
					"<td class=\"num written\">" + manager.getWriteCount() + "</td>")));
	}

	private JobExecution startedExecution(String month) {
		JobParameters parameters = new JobParametersBuilder().addString("month", month)
			.addLocalDateTime("run.at", LocalDateTime.now())
			.toJobParameters();
		JobInstance instance = jobRepository.createJobInstance("bulletin", parameters);
		JobExecution execution = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
		execution.setStatus(BatchStatus.STARTED);
		execution.setStartTime(LocalDateTime.now());
		jobRepository.update(execution);
		return execution;
	}

}
