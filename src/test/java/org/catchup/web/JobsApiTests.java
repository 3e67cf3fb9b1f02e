package org.catchup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import org.catchup.jobs.JobLease;
import org.catchup.jobs.OtherProcessLock;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import com.jayway.jsonpath.JsonPath;

/** The operators' JSON API for jobs: HTTP Basic, the jobs page's rules, problem details for every refusal. */
class JobsApiTests extends WebTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	DataSource dataSource;

	@TempDir
	Path outside;

	private static RequestPostProcessor operator() {
		return httpBasic("night-operator", PASSWORD);
	}

	private long executions() {
		return jdbc.sql("SELECT COUNT(*) FROM batch_job_execution").query(Long.class).single();
	}

	private long firstConsolidation() {
		return jdbc.sql("""
				SELECT MIN(e.job_execution_id) FROM batch_job_execution e
				JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
				WHERE i.job_name = 'consolidation'""").query(Long.class).single();
	}

	@Test
	void executionsArePagedNewestFirst() throws Exception {
		mvc.perform(get("/api/jobs/executions").param("page", "0").param("size", "1").with(operator()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(1))
			.andExpect(jsonPath("$.executions.length()").value(1));
		mvc.perform(get("/api/jobs/executions").param("size", "100").with(operator()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.executions[?(@.job == 'reference-data')]").exists());
	}

	@Test
	void aPageSizeOutOfBoundsIsABadRequestNamingIt() throws Exception {
		mvc.perform(get("/api/jobs/executions").param("size", "5000").with(operator()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.parameter").value("size"))
			.andExpect(jsonPath("$.detail").value("size=5000 must be from 1 to 100."));
	}

	@Test
	void oneExecutionWithItsProgressAndAnUnknownOneIsNotFound() throws Exception {
		mvc.perform(get("/api/jobs/executions/{id}", firstConsolidation()).with(operator()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.execution.job").value("consolidation"))
			.andExpect(jsonPath("$.execution.status").value("COMPLETED"))
			.andExpect(jsonPath("$.progress.filesDone").value(53));
		mvc.perform(get("/api/jobs/executions/{id}", 987_654).with(operator()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("No job execution 987654"));
	}

	@Test
	void aStartIsAcceptedWithTheExecutionAndWhereToWatchIt() throws Exception {
		MvcResult started = mvc
			.perform(post("/api/jobs/bulletin").contentType(MediaType.APPLICATION_JSON)
				.content("{\"month\": \"1959-08\", \"scope\": \"OBS\"}")
				.with(operator()))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.job").value("bulletin"))
			.andExpect(jsonPath("$.executionId").isNumber())
			.andReturn();
		long id = ((Number) JsonPath.read(started.getResponse().getContentAsString(), "$.executionId")).longValue();
		assertThat(started.getResponse().getHeader("Location")).isEqualTo("/api/jobs/executions/" + id);

		JobExecution execution = awaitEnd(id);
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(execution.getJobParameters().getString("month")).isEqualTo("1959-08");
		assertThat(execution.getJobParameters().getString("scope")).isEqualTo("OBS");
	}

	@Test
	void aWrongParameterIsABadRequestNamingItAndNothingStarts() throws Exception {
		long before = executions();
		mvc.perform(post("/api/jobs/bulletin").contentType(MediaType.APPLICATION_JSON)
			.content("{\"month\": \"2099-01\"}")
			.with(operator()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.parameter").value("month"))
			.andExpect(jsonPath("$.detail").value(Matchers.startsWith("month=2099-01 has not begun yet")));
		mvc.perform(post("/api/jobs/bulletin").param("colour", "red").with(operator()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("colour"))
			.andExpect(jsonPath("$.detail").value("Unknown parameter colour= for the job bulletin; it knows month, scope, enterprises, resend."));
		assertThat(executions()).isEqualTo(before);
	}

	@Test
	void aFolderOutsideTheInboxIsRefusedAndItsFilesStay() throws Exception {
		Path file = Files.writeString(outside.resolve("fstab"), "/dev/sda1 / ext4");
		long before = executions();

		mvc.perform(post("/api/jobs/consolidation").param("inbox", outside.toString()).with(operator()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("inbox"))
			.andExpect(jsonPath("$.detail").value("inbox= must name an existing folder inside "
					+ properties.inbox().toAbsolutePath().normalize()
					+ "; a run started from the web or the API reads nothing else."));

		assertThat(file).hasContent("/dev/sda1 / ext4");
		assertThat(outside).isDirectoryContaining(p -> p.getFileName().toString().equals("fstab"));
		assertThat(executions()).isEqualTo(before);
	}

	@Test
	void aStartWhileTheJobRunsElsewhereIsAConflict() throws Exception {
		try (OtherProcessLock otherProcess = new OtherProcessLock(dataSource);
				JobLease running = otherProcess.hold("consolidation", 4242)) {
			mvc.perform(post("/api/jobs/consolidation").with(operator()))
				.andExpect(status().isConflict())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value(Matchers.startsWith("consolidation is already running since")));
		}
	}

	@Test
	void aCompletedExecutionDoesNotRestart() throws Exception {
		mvc.perform(post("/api/jobs/executions/{id}/restart", firstConsolidation()).with(operator()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("is COMPLETED; only FAILED or STOPPED")));
		mvc.perform(post("/api/jobs/executions/{id}/restart", 987_654).with(operator()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aFailedExecutionRestartsAsANewExecution() throws Exception {
		JobExecution failed = launches.start("consolidation",
				java.util.Map.of("inbox", properties.dataDir().resolve("no-such-inbox").toString()));
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);

		MvcResult restarted = mvc.perform(post("/api/jobs/executions/{id}/restart", failed.getId()).with(operator()))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", Matchers.startsWith("/api/jobs/executions/")))
			.andReturn();
		long id = ((Number) JsonPath.read(restarted.getResponse().getContentAsString(), "$.executionId")).longValue();
		assertThat(id).isNotEqualTo(failed.getId());
		assertThat(awaitEnd(id).getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
	}

	@Test
	void aRestartWhileTheJobRunsElsewhereIsAConflict() throws Exception {
		JobExecution failed = launches.start("consolidation",
				java.util.Map.of("inbox", properties.dataDir().resolve("no-such-inbox").toString()));
		try (OtherProcessLock otherProcess = new OtherProcessLock(dataSource);
				JobLease running = otherProcess.hold("consolidation", 4243)) {
			mvc.perform(post("/api/jobs/executions/{id}/restart", failed.getId()).with(operator()))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value(Matchers.containsString("(execution 4243)")));
		}
		assertThat(jobRepository.getJobExecutions(failed.getJobInstance())).hasSize(1);
	}

	@Test
	void anUnknownJobIsNotFound() throws Exception {
		mvc.perform(post("/api/jobs/no-such-job").with(operator()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("No job named 'no-such-job'."));
	}

	@Test
	void onlyOperatorsAndAdministratorsUseIt() throws Exception {
		mvc.perform(get("/api/jobs/executions").with(httpBasic("committee-member", PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/jobs/bulletin").with(httpBasic("obs-clerk", PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/api/jobs/executions")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/jobs/executions").with(httpBasic("administrator", PASSWORD))).andExpect(status().isOk());
	}

	private JobExecution awaitEnd(long id) throws InterruptedException {
		long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		JobExecution execution = jobRepository.getJobExecution(id);
		while (execution.isRunning() && System.nanoTime() < until) {
			Thread.sleep(100);
			execution = jobRepository.getJobExecution(id);
		}
		return execution;
	}

}
