package org.catchup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;

import org.catchup.web.security.CatchUpUser;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The operator's pages: executions with their counts, progress as JSON, a dead run marked failed. */
class OperatorPagesTests extends WebTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JobRepository jobRepository;

	private RequestPostProcessor operator() {
		return user((CatchUpUser) users.loadUserByUsername("night-operator"));
	}

	private long firstConsolidation() {
		return jdbc.sql("""
				SELECT MIN(e.job_execution_id) FROM batch_job_execution e
				JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
				WHERE i.job_name = 'consolidation'""").query(Long.class).single();
	}

	@Test
	void executionsShowTheirCountsAndWhatTheyDid() throws Exception {
		mvc.perform(get("/jobs").with(operator()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("reference-data")))
			.andExpect(content().string(Matchers.containsString("file=sample-input/reference-data.xlsx")))
			.andExpect(content().string(Matchers.containsString("53 files: 53 loaded, 0 rejected")));
	}

	@Test
	void progressOfAConsolidationIsJson() throws Exception {
		mvc.perform(get("/jobs/executions/{id}/progress", firstConsolidation()).with(operator()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETED"))
			.andExpect(jsonPath("$.running").value(false))
			.andExpect(jsonPath("$.filesTotal").value(53))
			.andExpect(jsonPath("$.filesDone").value(53))
			.andExpect(jsonPath("$.steps[0].name").value("consolidateInbox"));
	}

	@Test
	void aRunLeftStartedByADeadProcessCanBeMarkedFailedAndRestarted() throws Exception {
		JobParameters parameters = new JobParametersBuilder().addString("month", "1958-12")
			.addLocalDateTime("run.at", LocalDateTime.now())
			.toJobParameters();
		JobInstance instance = jobRepository.createJobInstance("bulletin", parameters);
		JobExecution dead = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
		dead.setStatus(BatchStatus.STARTED);
		dead.setStartTime(LocalDateTime.now().minusHours(3));
		jobRepository.update(dead);

		mvc.perform(get("/jobs").with(operator())).andExpect(content().string(Matchers.containsString("Mark failed")));
		mvc.perform(post("/jobs/executions/{id}/mark-failed", dead.getId()).with(operator()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		JobExecution marked = jobRepository.getJobExecution(dead.getId());
		assertThat(marked.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(marked.getEndTime()).isNotNull();

		mvc.perform(post("/jobs/executions/{id}/restart", dead.getId()).with(operator()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jobRepository.getJobExecutions(instance)).hasSizeGreaterThan(1);
	}

	@Test
	void aNightWhosePartitionsRunElsewhereShowsTheCountKeptInTheDatabase() throws Exception {
		JobParameters parameters = new JobParametersBuilder().addLocalDateTime("run.at", LocalDateTime.now())
			.toJobParameters();
		JobInstance instance = jobRepository.createJobInstance("consolidation", parameters);
		JobExecution running = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
		running.setStatus(BatchStatus.STARTED);
		running.setStartTime(LocalDateTime.now());
		jobRepository.update(running);
		jdbc.sql("""
				INSERT INTO consolidation_count (job_execution_id, files_total, files_done, rows_done, rejected)
				VALUES (:id, 600, 7, 2100, 1)""").param("id", running.getId()).update();
		try {
			mvc.perform(get("/jobs/executions/{id}/progress", running.getId()).with(operator()))
				.andExpect(jsonPath("$.running").value(true))
				.andExpect(jsonPath("$.filesTotal").value(600))
				.andExpect(jsonPath("$.filesDone").value(7))
				.andExpect(jsonPath("$.rows").value(2100))
				.andExpect(jsonPath("$.currentFile").value(Matchers.nullValue()));
		}
		finally {
			running.setStatus(BatchStatus.FAILED);
			running.setEndTime(LocalDateTime.now());
			jobRepository.update(running);
		}
	}

	@Test
	void aCompletedRunIsNotMarkedFailed() throws Exception {
		long completed = firstConsolidation();
		mvc.perform(post("/jobs/executions/{id}/mark-failed", completed).with(operator()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jobRepository.getJobExecution(completed).getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

}
