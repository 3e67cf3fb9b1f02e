package org.catchup.web.finance;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.catchup.bulletin.BulletinFolder;
import org.catchup.feedback.AnnotatedWorkbookWriter;
import org.catchup.figures.Enterprise;
import org.catchup.warehouse.ReferenceDataRepository;
import org.catchup.warehouse.StoredSubmission;
import org.catchup.warehouse.SubmissionLog;
import org.catchup.warehouse.SubmissionRepository;
import org.catchup.web.Downloads;
import org.catchup.web.security.CatchUpUser;
import org.catchup.web.security.EnterpriseAccess;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Finance staff: template, upload with its dry run, submit, and their submission log. */
@Controller
@RequestMapping("/submissions")
class FinanceController {

	private final UploadChecks checks;

	private final SubmissionLog log;

	private final SubmissionRepository submissions;

	private final TemplateWorkbook template;

	private final SentUploads sent;

	private final ReferenceDataRepository reference;

	private final BulletinFolder bulletins;

	FinanceController(UploadChecks checks, SubmissionLog log, SubmissionRepository submissions,
			TemplateWorkbook template, SentUploads sent, ReferenceDataRepository reference, BulletinFolder bulletins) {
		this.checks = checks;
		this.log = log;
		this.submissions = submissions;
		this.template = template;
		this.sent = sent;
		this.reference = reference;
		this.bulletins = bulletins;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CatchUpUser user, Model model) {
		List<SentUpload> uploads = sent.of(user.enterprises());
		Set<String> recorded = uploads.stream().map(SentUpload::inboxName).collect(Collectors.toSet());
		// web uploads under the name the clerk gave them; anything else in the inbox under its own
		List<String> waiting = Stream.concat(
				uploads.stream()
					.filter(u -> u.state() == SentUpload.State.WAITING)
					.map(SentUpload::uploadedName),
				sent.waiting(user.enterprises()).stream().filter(name -> !recorded.contains(name)))
			.toList();
		model.addAttribute("submissions", log.of(user.enterprises()));
		model.addAttribute("bulletins", bulletins.of(user.enterprises()));
		model.addAttribute("waiting", waiting);
		model.addAttribute("notStored", uploads.stream()
			.filter(u -> u.state() == SentUpload.State.IDENTICAL || u.state() == SentUpload.State.GONE)
			.toList());
		YearMonth latest = YearMonth.now();
		model.addAttribute("templateEnterprises", knownEnterprises(user));
		model.addAttribute("defaultPeriod", latest.minusMonths(1).toString());
		model.addAttribute("latestPeriod", latest.toString());
		return "finance/submissions";
	}

	@GetMapping("/template")
	ResponseEntity<byte[]> template(@AuthenticationPrincipal CatchUpUser user, @RequestParam String enterprise,
			@RequestParam YearMonth period) throws IOException {
		if (reference.enterprises().stream().noneMatch(e -> e.code().equals(enterprise))) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "There is no enterprise " + enterprise
					+ " in the reference data, so there is no template for it.");
		}
		EnterpriseAccess.require(user, enterprise);
		if (period.isAfter(YearMonth.now())) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Month " + period
					+ " lies in the future; templates are offered for months up to " + YearMonth.now() + ".");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		template.write(enterprise, period, user.displayName(), out);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(enterprise + "-" + period + ".xlsx", StandardCharsets.UTF_8)
				.build()
				.toString())
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(out.toByteArray());
	}

	/** The user's enterprises that the reference data knows: the only ones a template can be made for. */
	private List<String> knownEnterprises(CatchUpUser user) {
		Set<String> known = reference.enterprises().stream().map(Enterprise::code).collect(Collectors.toSet());
		return user.enterprises().stream().filter(known::contains).sorted().toList();
	}

	@PostMapping("/checks")
	String upload(@AuthenticationPrincipal CatchUpUser user,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
			redirect.addFlashAttribute("message", "Choose a workbook to upload first.");
			return "redirect:/submissions";
		}
		if (file.isEmpty()) {
			redirect.addFlashAttribute("message", "The file you chose, " + UploadChecks.plainName(file.getOriginalFilename())
					+ ", is empty (0 bytes): choose the saved workbook and upload it again.");
			return "redirect:/submissions";
		}
		try (InputStream in = file.getInputStream()) {
			CheckedUpload checked = checks.check(user, file.getOriginalFilename(), in);
			return "redirect:/submissions/checks/" + checked.token();
		}
	}

	@GetMapping("/checks/{token}")
	String check(@AuthenticationPrincipal CatchUpUser user, @PathVariable String token, Model model) {
		CheckedUpload checked = checks.find(user, token).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		model.addAttribute("check", checked);
		model.addAttribute("annotated", checks.annotated(checked).isPresent());
		model.addAttribute("sent", checked.submitted() ? sent.find(checked.inboxFile()).orElse(null) : null);
		return "finance/check";
	}

	/** Their own enterprises' bulletins only; any other name answers 403 (not theirs) or 404. */
	@GetMapping("/bulletins/{name:.+}")
	ResponseEntity<Resource> bulletin(@AuthenticationPrincipal CatchUpUser user, @PathVariable String name) {
		String scope = BulletinFolder.scopeOf(name)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "There is no bulletin named " + name + "."));
		EnterpriseAccess.require(user, scope);
		return bulletins.file(name)
			.map(file -> Downloads.attachment(file, name))
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "There is no bulletin named " + name + "."));
	}

	@GetMapping("/checks/{token}/annotated")
	ResponseEntity<Resource> annotated(@AuthenticationPrincipal CatchUpUser user, @PathVariable String token) {
		CheckedUpload checked = checks.find(user, token).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		return checks.annotated(checked)
			.map(file -> Downloads.attachment(file, AnnotatedWorkbookWriter.annotatedFileName(checked.fileName())))
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	@PostMapping("/checks/{token}/submit")
	String submit(@AuthenticationPrincipal CatchUpUser user, @PathVariable String token, RedirectAttributes redirect)
			throws IOException {
		CheckedUpload checked = checks.find(user, token).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		try {
			CheckedUpload submitted = checks.submit(user, checked);
			redirect.addFlashAttribute("message", "Submitted " + checked.fileName() + " for " + checked.enterpriseCode()
					+ " " + checked.period() + ". The next consolidation loads it (it waits in the inbox as "
					+ submitted.inboxFile() + ").");
			return "redirect:/submissions";
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("message", ex.getMessage());
			return "redirect:/submissions/checks/" + token;
		}
	}

	@GetMapping("/{id}")
	String submission(@AuthenticationPrincipal CatchUpUser user, @PathVariable long id, Model model) {
		StoredSubmission submission = log.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		EnterpriseAccess.require(user, submission.enterpriseCode());
		model.addAttribute("submission", submission);
		model.addAttribute("problems", submissions.problems(id).stream().map(ProblemRow::of).toList());
		model.addAttribute("history", submission.period() == null ? List.of()
				: log.history(submission.enterpriseCode(), YearMonth.parse(submission.period())));
		return "finance/submission";
	}

}
