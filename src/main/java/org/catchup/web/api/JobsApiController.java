package org.catchup.web.api;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.catchup.consolidation.remote.BrokerUnreachableException;
import org.catchup.jobs.InvalidJobParameterException;
import org.catchup.jobs.JobAlreadyRunningException;
import org.catchup.jobs.JobLaunches;
import org.catchup.web.jobs.ExecutionRow;
import org.catchup.web.jobs.Executions;
import org.catchup.web.jobs.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Jobs for operators' scripts, by the rules of the jobs page: the same roles, the same
 * parameter checks and folders, the same job lock (see WebSecurityConfiguration for HTTP
 * Basic). Errors are RFC 9457 problem details naming the cause.
 */
@RestController
@RequestMapping(path = "/api/jobs", produces = MediaType.APPLICATION_JSON_VALUE)
class JobsApiController {

	private static final Logger log = LoggerFactory.getLogger(JobsApiController.class);

	private final Executions executions;

	private final JobLaunches launches;

	JobsApiController(Executions executions, JobLaunches launches) {
		this.executions = executions;
		this.launches = launches;
	}

	/** One execution as the API shows it; {@code parameters} without the start stamp. */
	record ExecutionJson(long id, String job, String parameters, String status, boolean running, boolean restartable,
			LocalDateTime start, LocalDateTime end, long read, long written, long skipped, String failure,
			String outcome) {

		static ExecutionJson of(ExecutionRow row) {
			return new ExecutionJson(row.id(), row.job(), row.parameters(), row.status(), row.running(),
					row.restartable(), row.start(), row.end(), row.read(), row.written(), row.skipped(),
					row.failure(), row.outcome());
		}

	}

	record ExecutionPage(int page, int size, List<ExecutionJson> executions) {
	}

	record ExecutionDetail(ExecutionJson execution, Progress progress) {
	}

	record Started(String job, Long executionId, String status) {
	}

	/** The latest executions, newest first, {@code size} (1 to 100) a page. */
	@GetMapping("/executions")
	ExecutionPage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		if (page < 0) {
			throw new BadParameter("page", "page=" + page + " must be 0 or more.");
		}
		if (size < 1 || size > Executions.MAX_PAGE_SIZE) {
			throw new BadParameter("size", "size=" + size + " must be from 1 to " + Executions.MAX_PAGE_SIZE + ".");
		}
		return new ExecutionPage(page, size,
				executions.page(page, size).stream().map(ExecutionJson::of).toList());
	}

	@GetMapping("/executions/{id}")
	ExecutionDetail execution(@PathVariable long id) {
		JobExecution execution = executions.get(id);
		return new ExecutionDetail(ExecutionJson.of(Executions.row(execution)), executions.progress(execution));
	}

	/** Starts a job with parameters as a JSON object of strings. */
	@PostMapping(path = "/{jobName}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Started> startJson(@PathVariable String jobName,
			@RequestBody(required = false) Map<String, Object> parameters) {
		Map<String, String> given = new LinkedHashMap<>();
		if (parameters != null) {
			parameters.forEach((key, value) -> given.put(key, value == null ? "" : String.valueOf(value)));
		}
		return start(jobName, given);
	}

	/** Starts a job with parameters as form fields or query parameters (or none). */
	@PostMapping(path = "/{jobName}", consumes = "!" + MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Started> startForm(@PathVariable String jobName, @RequestParam MultiValueMap<String, String> form) {
		Map<String, String> given = new LinkedHashMap<>();
		form.forEach((key, values) -> given.put(key, values.isEmpty() ? "" : values.get(values.size() - 1)));
		return start(jobName, given);
	}

	@PostMapping("/executions/{id}/restart")
	ResponseEntity<Started> restart(@PathVariable long id) {
		ExecutionRow row = Executions.row(executions.get(id));
		if (!row.restartable()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT,
					"Execution " + id + " is " + row.status() + "; only FAILED or STOPPED executions restart.");
		}
		return accepted(row.job(), launches.restartInBackground(row.job(), id));
	}

	private ResponseEntity<Started> start(String jobName, Map<String, String> given) {
		if (!executionsKnowJob(jobName)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No job named '" + jobName + "'.");
		}
		return accepted(jobName, launches.startInBackground(jobName, given));
	}

	private boolean executionsKnowJob(String jobName) {
		return launches.jobNames().contains(jobName);
	}

	private static ResponseEntity<Started> accepted(String jobName, OptionalLong id) {
		if (id.isEmpty()) {
			// still being created: the list shows it shortly
			return ResponseEntity.accepted()
				.location(URI.create("/api/jobs/executions"))
				.body(new Started(jobName, null, "STARTING"));
		}
		return ResponseEntity.accepted()
			.location(URI.create("/api/jobs/executions/" + id.getAsLong()))
			.body(new Started(jobName, id.getAsLong(), "STARTED"));
	}

	@ExceptionHandler(BadParameter.class)
	ResponseEntity<ProblemDetail> badParameter(BadParameter ex) {
		return problem(HttpStatus.BAD_REQUEST, "Bad parameter", ex.getMessage(), ex.parameter);
	}

	@ExceptionHandler(InvalidJobParameterException.class)
	ResponseEntity<ProblemDetail> invalidParameter(InvalidJobParameterException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Bad job parameter", ex.getMessage(), ex.parameter());
	}

	@ExceptionHandler(JobAlreadyRunningException.class)
	ResponseEntity<ProblemDetail> alreadyRunning(JobAlreadyRunningException ex) {
		return problem(HttpStatus.CONFLICT, "Job already running", ex.getMessage(), null);
	}

	/** A remote night whose broker is down: nothing was recorded; try again when it is back. */
	@ExceptionHandler(BrokerUnreachableException.class)
	ResponseEntity<ProblemDetail> brokerDown(BrokerUnreachableException ex) {
		return problem(HttpStatus.SERVICE_UNAVAILABLE, "Broker unreachable", ex.getMessage(), null);
	}

	@ExceptionHandler(ResponseStatusException.class)
	ResponseEntity<ProblemDetail> status(ResponseStatusException ex) {
		HttpStatus status = HttpStatus.valueOf(ex.getStatusCode().value());
		return problem(status, status.getReasonPhrase(), ex.getReason(), null);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> badRequest(IllegalArgumentException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Bad request", ex.getMessage(), null);
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
			String parameter) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		if (parameter != null) {
			problem.setProperty("parameter", parameter);
		}
		if (status.is5xxServerError()) {
			log.warn("Jobs API: {}", detail);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** A paging parameter out of its bounds. */
	private static final class BadParameter extends RuntimeException {

		private final String parameter;

		BadParameter(String parameter, String message) {
			super(message);
			this.parameter = parameter;
		}

	}

}
