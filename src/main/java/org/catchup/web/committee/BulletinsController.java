package org.catchup.web.committee;

import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.catchup.bulletin.BulletinFolder;
import org.catchup.jobs.JobAlreadyRunningException;
import org.catchup.jobs.JobLaunches;
import org.catchup.web.Downloads;
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

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private final BulletinFolder folder;

	private final JobLaunches launches;

	BulletinsController(BulletinFolder folder, JobLaunches launches) {
		this.folder = folder;
		this.launches = launches;
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
		String now = LocalTime.now().format(TIME);
		try {
			launches.startInBackground("bulletin", Map.of("month", month.strip()));
			redirect.addFlashAttribute("message", now + ": Building the bulletin for " + month.strip()
					+ ". It appears here in a few seconds; reload the page.");
		}
		catch (JobAlreadyRunningException ex) {
			redirect.addFlashAttribute("message", now + ": The bulletin for " + month.strip()
					+ " was not started, another bulletin is being built: " + ex.getMessage());
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("message", now + ": " + ex.getMessage());
		}
		return "redirect:/bulletins";
	}

}
