package org.catchup.mail;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;

import org.catchup.bulletin.BulletinJobConfiguration;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * The mails of the step: planned when it starts (so a restart plans again and finds what its
 * first try sent), read one by one, and accounted for when it ends. Without an SMTP server the
 * plan is only told: who would have received which files.
 *
 * <p>The step's summary (its execution context, printed by the launcher): {@value #MAIL} one
 * sentence; {@value #SENT}, {@value #UNSENT}, {@value #ALREADY_MAILED}, {@value #NOT_MAILED} and
 * {@value #WOULD_GO_TO} the recipients of each kind.
 */
class PlannedMails implements ItemReader<PlannedMail>, StepExecutionListener {

	static final String MAIL = "mail";

	static final String SENT = "mailSent";

	static final String UNSENT = "mailUnsent";

	static final String ALREADY_MAILED = "mailAlreadySent";

	static final String NOT_MAILED = "mailNotSent";

	static final String WOULD_GO_TO = "mailWouldGoTo";

	/** Recipients listed by name in one summary line; the mail page has them all. */
	private static final int LISTED = 20;

	private final BulletinRun run;

	private final MailPlanner planner;

	private final MailDeliveries deliveries;

	private final SmtpServer smtp;

	private final Deque<PlannedMail> queue = new ArrayDeque<>();

	PlannedMails(BulletinRun run, MailPlanner planner, MailDeliveries deliveries, SmtpServer smtp) {
		this.run = run;
		this.planner = planner;
		this.deliveries = deliveries;
		this.smtp = smtp;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		MailPlan plan = planner.plan(run);
		ExecutionContext summary = stepExecution.getExecutionContext();
		// a restart starts from the first try's context: what it said is replaced
		List.of(MAIL, SENT, UNSENT, ALREADY_MAILED, NOT_MAILED, WOULD_GO_TO).forEach(summary::remove);
		list(summary, ALREADY_MAILED, plan.alreadyMailed(), " (resend=true mails them again)");
		list(summary, NOT_MAILED, plan.notMailed(), "");
		if (!smtp.configured()) {
			summary.putString(MAIL, plan.due().isEmpty()
					? "No SMTP server is configured (spring.mail.host), and no mail was due."
					: "No SMTP server is configured (spring.mail.host), so nothing was mailed; " + plan.due().size()
							+ " mail(s) would have gone out.");
			list(summary, WOULD_GO_TO, plan.due().stream().map(PlannedMail::describe).toList(), "");
			return;
		}
		queue.addAll(plan.due());
	}

	@Override
	public PlannedMail read() {
		return queue.poll();
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (!smtp.configured() || stepExecution.getStatus() != BatchStatus.COMPLETED) {
			return stepExecution.getExitStatus();
		}
		ExecutionContext summary = stepExecution.getExecutionContext();
		List<Delivery> sent = deliveries.sentBy(stepExecution.getJobExecutionId());
		// only what this execution tried: a mail no longer due (its subscription ended) must not stop every restart
		List<Delivery> unsent = deliveries.unsentBy(stepExecution.getJobExecutionId());
		list(summary, SENT, sent.stream().map(d -> d.recipient() + ": " + d.attachments()).toList(), "");
		list(summary, UNSENT, unsent.stream()
			.map(d -> d.recipient() + ": " + d.lastError() + " (" + d.attempts() + " tries)")
			.toList(), "");
		String sentence = "Mailed " + sent.size() + " through " + smtp.address().orElseThrow()
				+ (unsent.isEmpty() ? "." : "; " + unsent.size() + " could not be sent: " + unsent.get(0).lastError() + ".");
		summary.putString(MAIL, sentence);
		if (unsent.isEmpty()) {
			return stepExecution.getExitStatus();
		}
		return new ExitStatus(BulletinJobConfiguration.UNSENT_MAIL, sentence);
	}

	private static void list(ExecutionContext summary, String key, List<String> entries, String note) {
		if (entries.isEmpty()) {
			return;
		}
		String shown = entries.stream().limit(LISTED).collect(Collectors.joining(" | "));
		String more = entries.size() > LISTED ? " | and " + (entries.size() - LISTED) + " more" : "";
		summary.putString(key, entries.size() + ": " + shown + more + note);
	}

}
