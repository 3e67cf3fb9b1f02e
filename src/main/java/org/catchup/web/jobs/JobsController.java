package org.catchup.web.jobs;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.catchup.jobs.JobAlreadyRunningException;
import org.catchup.jobs.JobDefinitions;
import org.catchup.jobs.JobLaunches;
import org.catchup.jobs.JobParameterRules;
import org.catchup.system.CatchUpProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Operators: executions, live progress, run now, restart, mark a dead run failed. What came of
 * a request is told once, to the operator who made it, with the time.
 */
@Controller
@RequestMapping("/jobs")
class JobsController {

	private static final Logger log = LoggerFactory.getLogger(JobsController.class);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private final Executions executions;

	private final JobLaunches launches;

	private final JobDefinitions definitions;

	JobsController(Executions executions, JobLaunches launches, CatchUpProperties properties) {
		this.executions = executions;
		this.launches = launches;
		this.definitions = new JobDefinitions(properties.jobs());
	}

	@GetMapping
	String list(Model model) {
		List<ExecutionRow> rows = executions.latest(50);
		model.addAttribute("executions", rows);
		model.addAttribute("anyRunning", rows.stream().anyMatch(ExecutionRow::running));
		model.addAttribute("schedules", launches.jobNames().stream().map(this::schedule).toList());
		return "jobs/executions";
	}

	@GetMapping("/executions/{id}")
	String execution(@PathVariable long id, Model model) {
		JobExecution execution = executions.get(id);
		model.addAttribute("execution", Executions.row(execution));
		model.addAttribute("progress", executions.progress(execution));
		return "jobs/execution";
	}

	@GetMapping("/executions/{id}/progress")
	@ResponseBody
	Progress progress(@PathVariable long id) {
		return executions.progress(executions.get(id));
	}

	@PostMapping("/{job}/run")
	String run(@PathVariable String job, @RequestParam(defaultValue = "") String parameters,
			RedirectAttributes redirect) {
		String now = now();
		try {
			String started = launches.startInBackground(job, parse(parameters)).stream()
				.mapToObj(id -> " as execution " + id)
				.findFirst()
				.orElse("");
			redirect.addFlashAttribute("message",
					now + " Started " + job + started + ". It shows below; running rows refresh by themselves.");
		}
		catch (JobAlreadyRunningException ex) {
			redirect.addFlashAttribute("message", now + " Refused to start " + job + ": " + ex.getMessage());
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("message", now + " Could not start " + job + ": " + ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.warn("Could not start {}", job, ex);
			redirect.addFlashAttribute("message", now + " Could not start " + job + ": " + ex.getMessage());
		}
		return "redirect:/jobs";
	}

	@PostMapping("/executions/{id}/restart")
	String restart(@PathVariable long id, RedirectAttributes redirect) {
		ExecutionRow row = Executions.row(executions.get(id));
		String now = now();
		if (!row.restartable()) {
			redirect.addFlashAttribute("message",
					now + " Execution " + id + " is " + row.status() + "; only FAILED or STOPPED runs restart.");
			return "redirect:/jobs";
		}
		try {
			launches.restartInBackground(row.job(), id);
			redirect.addFlashAttribute("message", now + " Restarting execution " + id + " of " + row.job() + ".");
		}
		catch (JobAlreadyRunningException ex) {
			redirect.addFlashAttribute("message", now + " Refused to restart execution " + id + ": " + ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.warn("Could not restart execution {}", id, ex);
			redirect.addFlashAttribute("message", now + " Could not restart execution " + id + ": " + ex.getMessage());
		}
		return "redirect:/jobs";
	}

	@PostMapping("/executions/{id}/mark-failed")
	String markFailed(@PathVariable long id, RedirectAttributes redirect) {
		try {
			executions.markFailed(id);
			redirect.addFlashAttribute("message", now() + " Execution " + id + " is marked FAILED; it can be restarted now.");
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("message", now() + " " + ex.getMessage());
		}
		return "redirect:/jobs";
	}

	private static String now() {
		return LocalTime.now().format(TIME) + ":";
	}

	private JobSchedule schedule(String job) {
		String cron = definitions.schedule(job);
		LocalDateTime next = null;
		if (cron != null && CronExpression.isValidExpression(cron)) {
			next = CronExpression.parse(cron).next(LocalDateTime.now());
		}
		String defaults = definitions.parameters(job, Map.of())
			.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + e.getValue())
			.collect(Collectors.joining("\n"));
		return new JobSchedule(job, cron, next, defaults, JobParameterRules.help(job));
	}

	/** {@code key=value} per line (a value may hold spaces); blank lines are ignored. */
	static Map<String, String> parse(String text) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String line : text.split("\\R")) {
			String pair = line.strip();
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			if (eq <= 0) {
				throw new IllegalArgumentException("Parameter '" + pair + "' is not key=value");
			}
			parameters.put(pair.substring(0, eq), pair.substring(eq + 1));
		}
		return parameters;
	}

}
