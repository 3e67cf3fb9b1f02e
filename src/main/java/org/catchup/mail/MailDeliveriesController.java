package org.catchup.mail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Operators: every bulletin mailed or tried, newest first, with its tries and the reason a mail
 * is still unsent; a run that stopped with unsent mail is restarted from here.
 */
@Controller
class MailDeliveriesController {

	static final int SHOWN = 200;

	private final MailDeliveries deliveries;

	private final SmtpServer smtp;

	private final MailSettings settings;

	private final JobRepository jobRepository;

	MailDeliveriesController(MailDeliveries deliveries, SmtpServer smtp, MailSettings settings,
			JobRepository jobRepository) {
		this.deliveries = deliveries;
		this.smtp = smtp;
		this.settings = settings;
		this.jobRepository = jobRepository;
	}

	@GetMapping("/jobs/mail")
	String deliveries(Model model) {
		List<Delivery> latest = deliveries.latest(SHOWN);
		model.addAttribute("deliveries", latest);
		model.addAttribute("unsent", deliveries.unsentCount());
		model.addAttribute("smtp", smtp.address().orElse(null));
		model.addAttribute("from", settings.from());
		model.addAttribute("restartable", restartable(latest));
		return "mail/deliveries";
	}

	/** The runs, by execution id, that a restart would make try their unsent mail again. */
	private Map<Long, Boolean> restartable(List<Delivery> shown) {
		Map<Long, Boolean> restartable = new HashMap<>();
		shown.stream().filter(d -> !d.sent()).map(Delivery::jobExecutionId).distinct().forEach(id -> {
			restartable.put(id, restartable(id));
		});
		return restartable;
	}

	private boolean restartable(long executionId) {
		try {
			JobExecution execution = jobRepository.getJobExecution(executionId);
			return execution != null
					&& (execution.getStatus() == BatchStatus.STOPPED || execution.getStatus() == BatchStatus.FAILED);
		}
		catch (EmptyResultDataAccessException unknown) {
			return false;
		}
	}

}
