package org.catchup.web.committee;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.catchup.web.Downloads;
import org.catchup.web.jobs.JobStarter;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** The committee's bulletins: download by month, or build one now. */
@Controller
@RequestMapping("/bulletins")
class BulletinsController {

	private final BulletinFolder folder;

	private final JobStarter starter;

	BulletinsController(BulletinFolder folder, JobStarter starter) {
		this.folder = folder;
		this.starter = starter;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("bulletins", folder.list());
		model.addAttribute("defaultMonth", YearMonth.now().minusMonths(1).toString());
		return "committee/bulletins";
	}

	@GetMapping("/files/{name:.+}")
	ResponseEntity<Resource> download(@PathVariable String name) {
		return folder.file(name)
			.map(file -> Downloads.attachment(file, name))
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	@PostMapping("/build")
	String build(@RequestParam String month, RedirectAttributes redirect) {
		try {
			YearMonth parsed = YearMonth.parse(month.strip());
			starter.start("bulletin", Map.of("month", parsed.toString()));
			redirect.addFlashAttribute("message", "Building the bulletin for " + parsed
					+ ". It appears here in a few seconds; reload the page.");
		}
		catch (DateTimeParseException ex) {
			redirect.addFlashAttribute("message", "'" + month + "' is not a month like 1959-09.");
		}
		return "redirect:/bulletins";
	}

}
