package org.catchup.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.catchup.web.security.CatchUpUser;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
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
 * A night whose partitions run on {@code ./catchup worker} processes: the execution page and its
 * progress show each partition's enterprises, how many of its files are filed, and which worker
 * host and process has it, as the workers record them in the shared job repository.
 */
class PartitionsOnTheExecutionPageTests extends WebTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JobRepository jobRepository;

	@Test
	void eachPartitionShowsItsEnterprisesItsFilesFiledSoFarAndItsWorker() throws Exception {
		JobParameters parameters = new JobParametersBuilder().addLocalDateTime("run.at", LocalDateTime.now())
			.toJobParameters();
		JobInstance night = jobRepository.createJobInstance("consolidation", parameters);
		JobExecution run = jobRepository.createJobExecution(night, parameters, new ExecutionContext());
		run.setStatus(BatchStatus.STARTED);
		run.setStartTime(LocalDateTime.now());
		jobRepository.update(run);
		partition(run, "consolidateFiles:partition1", "ABH, KLH", List.of("ABH-1959-09.xlsx", "KLH-1959-09.xlsx",
				"KLH-1959-09-b.xlsx"), 2, "night-host-a (pid 4242)");
		partition(run, "consolidateFiles:partition2", "OBS", List.of("OBS-1959-09.xlsx"), 0, null);

		try {
			showsThePartitions(run.getId());
		}
		finally {
			// the other tests of this application share its job repository: no run left running
			run.setStatus(BatchStatus.FAILED);
			run.setEndTime(LocalDateTime.now());
			jobRepository.update(run);
		}
	}

	private void showsThePartitions(long id) throws Exception {
		mvc.perform(get("/jobs/executions/{id}", id).with(operator()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("<th>Worker</th>")))
			.andExpect(content().string(Matchers.containsString("<td>ABH, KLH</td>")))
			.andExpect(content().string(Matchers.containsString("<td class=\"num\">2 of 3</td>")))
			.andExpect(content().string(Matchers.containsString("<td>night-host-a (pid 4242)</td>")))
			.andExpect(content().string(Matchers.containsString("<td class=\"num\">0 of 1</td>")));
		mvc.perform(get("/jobs/executions/{id}/progress", id).with(operator()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.running").value(true))
			.andExpect(jsonPath("$.steps[?(@.name == 'consolidateFiles:partition1')].worker")
				.value("night-host-a (pid 4242)"))
			.andExpect(jsonPath("$.steps[?(@.name == 'consolidateFiles:partition1')].files").value(3))
			.andExpect(jsonPath("$.steps[?(@.name == 'consolidateFiles:partition1')].written").value(2))
			.andExpect(jsonPath("$.steps[?(@.name == 'consolidateFiles:partition2')].enterprises").value("OBS"));
	}

	private void partition(JobExecution run, String name, String enterprises, List<String> files, int filed,
			String worker) {
		StepExecution partition = jobRepository.createStepExecution(name, run);
		partition.setStatus(filed > 0 ? BatchStatus.STARTED : BatchStatus.STARTING);
		partition.setReadCount(filed);
		partition.setWriteCount(filed);
		jobRepository.update(partition);
		partition.getExecutionContext().putString("partition.enterprises", enterprises);
		partition.getExecutionContext().put("partition.files", new ArrayList<>(files));
		if (worker != null) {
			partition.getExecutionContext().putString("worker", worker);
		}
		jobRepository.updateExecutionContext(partition);
	}

	private RequestPostProcessor operator() {
		return user((CatchUpUser) users.loadUserByUsername("night-operator"));
	}

}
