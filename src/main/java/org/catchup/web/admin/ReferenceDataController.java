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

import org.catchup.launcher.JobLaunches;
import org.catchup.schedule.JobAlreadyRunningException;
import org.catchup.system.CatchUpProperties;
import org.catchup.web.jobs.JobStarter;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * name in the data folder and the {@code reference-data} job loads it (all or nothing).
 */
@Controller
@RequestMapping("/admin/reference")
class ReferenceDataController {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private final JobStarter starter;

	private final JdbcClient jdbc;

	private final Path folder;

	ReferenceDataController(JobStarter starter, JdbcClient jdbc, CatchUpProperties properties) {
		this.starter = starter;
		this.jdbc = jdbc;
		// the one folder a reference-data run started from the web may read
		this.folder = JobLaunches.referenceUploads(properties);
	}

	record Load(String fileName, LocalDateTime loadedAt, int enterprises, int indicators, int annualPlans) {
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("loads", jdbc.sql("""
				SELECT file_name, loaded_at, enterprises, indicators, annual_plans FROM reference_load
				ORDER BY id DESC""")
			.query((rs, n) -> new Load(rs.getString("file_name"), rs.getObject("loaded_at", LocalDateTime.class),
					rs.getInt("enterprises"), rs.getInt("indicators"), rs.getInt("annual_plans")))
			.list());
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
		try {
			starter.start("reference-data", Map.of("file", target.toAbsolutePath().toString()));
			redirect.addFlashAttribute("message", "Loading " + file.getOriginalFilename()
					+ ". Any problem rejects it whole and changes nothing; the result is on the Jobs page.");
		}
		catch (JobAlreadyRunningException | IllegalArgumentException ex) {
			redirect.addFlashAttribute("message", file.getOriginalFilename() + " was not loaded: " + ex.getMessage());
		}
		return "redirect:/admin/reference";
	}

}
