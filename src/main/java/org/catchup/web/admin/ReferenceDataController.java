package org.catchup.web.admin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.catchup.jobs.JobAlreadyRunningException;
import org.catchup.jobs.JobLaunches;
import org.catchup.reference.ReferenceDataRejectedException;
import org.catchup.system.CatchUpProperties;
import org.catchup.warehouse.ReferenceDataRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators load the planning office's reference workbook: it is kept under a generated
 * name in the data folder and the {@code reference-data} job loads it (all or nothing) while
 * the administrator waits, so a refused workbook comes back as its list of problems.
 */
@Controller
@RequestMapping("/admin/reference")
class ReferenceDataController {

	private static final Logger log = LoggerFactory.getLogger(ReferenceDataController.class);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private final JobLaunches launches;

	private final ReferenceDataRepository reference;

	private final Path folder;

	ReferenceDataController(JobLaunches launches, ReferenceDataRepository reference, CatchUpProperties properties) {
		this.launches = launches;
		this.reference = reference;
		// the one folder a reference-data run started from the web may read
		this.folder = JobLaunches.referenceUploads(properties);
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("loads", reference.loads());
		return "admin/reference";
	}

	@PostMapping
	String upload(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
		if (file.isEmpty()) {
			redirect.addFlashAttribute("message", "Choose the reference workbook first.");
			return "redirect:/admin/reference";
		}
		String sent = String.valueOf(file.getOriginalFilename()).toLowerCase(Locale.ROOT);
		String extension = sent.endsWith(".xls") ? "xls" : "xlsx";
		Files.createDirectories(folder);
		Path target = folder.resolve("reference-data-" + LocalDateTime.now().format(STAMP) + "." + extension);
		try (InputStream in = file.getInputStream()) {
			Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
		}
		String sentName = file.getOriginalFilename();
		JobExecution execution;
		try {
			execution = launches.start("reference-data", Map.of("file", target.toAbsolutePath().toString()));
		}
		catch (JobAlreadyRunningException ex) {
			redirect.addFlashAttribute("message", "A reference workbook is being loaded already; load " + sentName
					+ " again when it has finished (see the Jobs page).");
			return "redirect:/admin/reference";
		}
		catch (Exception ex) {
			log.warn("Could not start loading the reference workbook {}", target, ex);
			redirect.addFlashAttribute("message", "Could not start loading " + sentName + ": " + ex.getMessage());
			return "redirect:/admin/reference";
		}
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			redirect.addFlashAttribute("message", "Loaded " + sentName + ".");
			return "redirect:/admin/reference";
		}
		Optional<ReferenceDataRejectedException> rejected = rejection(execution);
		if (rejected.isPresent()) {
			redirect.addFlashAttribute("rejected", RejectedWorkbook.of(sentName, rejected.get().problems()));
		}
		else {
			redirect.addFlashAttribute("message", "Loading " + sentName + " ended " + execution.getStatus()
					+ "; nothing changed. Job execution #" + execution.getId() + " on the Jobs page says why.");
		}
		return "redirect:/admin/reference";
	}

	private static Optional<ReferenceDataRejectedException> rejection(JobExecution execution) {
		for (Throwable failure : execution.getAllFailureExceptions()) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				if (cause instanceof ReferenceDataRejectedException rejected) {
					return Optional.of(rejected);
				}
			}
		}
		return Optional.empty();
	}

}
