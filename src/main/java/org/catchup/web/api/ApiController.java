package org.catchup.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.catchup.bulletin.MonthlyFiguresService;
import org.catchup.feedback.AnnotatedWorkbookWriter;
import org.catchup.warehouse.StoredSubmission;
import org.catchup.warehouse.SubmissionLog;
import org.catchup.warehouse.SubmissionRepository;
import org.catchup.web.Downloads;
import org.catchup.web.MonthParameter;
import org.catchup.web.finance.CheckedUpload;
import org.catchup.web.finance.ProblemRow;
import org.catchup.web.finance.UploadChecks;
import org.catchup.web.security.CatchUpUser;
import org.catchup.web.security.EnterpriseAccess;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** JSON for scripts, under the same rules as the pages (HTTP Basic; see WebSecurityConfiguration). */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class ApiController {

	private final UploadChecks checks;

	private final SubmissionLog log;

	private final SubmissionRepository submissions;

	private final MonthlyFiguresService figures;

	ApiController(UploadChecks checks, SubmissionLog log, SubmissionRepository submissions,
			MonthlyFiguresService figures) {
		this.checks = checks;
		this.log = log;
		this.submissions = submissions;
		this.figures = figures;
	}

	/**
	 * Checks a workbook; with {@code dryRun=false} also submits it when it has no errors. 200
	 * with the report, or 422 when it was to be submitted but has errors: problem details
	 * carrying the same report.
	 */
	@PostMapping(path = "/submissions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> upload(@AuthenticationPrincipal CatchUpUser user, @RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "true") boolean dryRun) throws IOException {
		CheckedUpload checked;
		try (InputStream in = file.getInputStream()) {
			checked = checks.check(user, file.getOriginalFilename(), in);
		}
		if (dryRun) {
			return ResponseEntity.ok(UploadJson.of(checked, checks.annotated(checked).isPresent()));
		}
		if (checked.hasErrors()) {
			return ResponseEntity.unprocessableContent()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(UploadJson.of(checked, checks.annotated(checked).isPresent()).refused());
		}
		CheckedUpload submitted = checks.submit(user, checked);
		return ResponseEntity.ok(UploadJson.of(submitted, checks.annotated(submitted).isPresent()));
	}

	@GetMapping(path = "/submissions/checks/{token}/annotated", produces = MediaType.ALL_VALUE)
	ResponseEntity<Resource> annotated(@AuthenticationPrincipal CatchUpUser user, @PathVariable String token) {
		CheckedUpload checked = checks.find(user, token)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return checks.annotated(checked)
			.map(file -> Downloads.attachment(file, AnnotatedWorkbookWriter.annotatedFileName(checked.fileName())))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@GetMapping("/submissions/{id}/problems")
	List<ProblemRow> problems(@AuthenticationPrincipal CatchUpUser user, @PathVariable long id) {
		StoredSubmission submission = log.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		EnterpriseAccess.require(user, submission.enterpriseCode());
		return submissions.problems(id).stream().map(ProblemRow::of).toList();
	}

	@GetMapping("/figures/{month}")
	FiguresJson figures(@PathVariable String month) {
		return FiguresJson.of(figures.figures(MonthParameter.parse(month)));
	}

	/**
	 * @param annotatedWorkbook where the annotated copy can be downloaded , null when there is none
	 */
	record UploadJson(String token, String fileName, String enterpriseCode, String period, long rows, long errors,
			long warnings, boolean submitted, String inboxFile, String annotatedWorkbook, List<ProblemRow> problems) {

		/** The report of a workbook that was not submitted for its errors, as problem details. */
		ProblemDetail refused() {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
					fileName + " has " + errors + (errors == 1 ? " error" : " errors")
							+ " and was not submitted: correct the cells listed in problems (the annotated workbook marks them) and send it again.");
			problem.setTitle("Not submitted");
			problem.setInstance(URI.create("/api/submissions"));
			Map<String, Object> report = new LinkedHashMap<>();
			report.put("token", token);
			report.put("fileName", fileName);
			report.put("enterpriseCode", enterpriseCode);
			report.put("period", period);
			report.put("rows", rows);
			report.put("errors", errors);
			report.put("warnings", warnings);
			report.put("submitted", submitted);
			report.put("inboxFile", inboxFile);
			report.put("annotatedWorkbook", annotatedWorkbook);
			report.put("problems", problems);
			problem.setProperties(report);
			return problem;
		}

		static UploadJson of(CheckedUpload c, boolean annotated) {
			return new UploadJson(c.token(), c.fileName(), c.enterpriseCode(), c.period(), c.rowCount(), c.errorCount(),
					c.warningCount(), c.submitted(), c.inboxFile(),
					annotated ? "/api/submissions/checks/" + c.token() + "/annotated" : null, c.problems());
		}

	}

}
