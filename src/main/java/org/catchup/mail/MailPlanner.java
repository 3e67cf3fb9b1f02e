package org.catchup.mail;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.catchup.bulletin.BulletinFolder;
import org.catchup.figures.Enterprise;
import org.catchup.i18n.Language;
import org.catchup.i18n.Texts;
import org.catchup.users.UserAccount;
import org.catchup.users.UserAccounts;
import org.catchup.warehouse.ReferenceDataRepository;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Decides what a run of the bulletin job mails: each subscription to a bulletin the run rendered,
 * unless its user may not read it, or the month's bulletin went to that address already (in this
 * run before a restart, or in an earlier run when no resend is asked).
 */
@Component
class MailPlanner {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Subscriptions subscriptions;

	private final MailDeliveries deliveries;

	private final BulletinFolder folder;

	private final ReferenceDataRepository reference;

	private final UserAccounts accounts;

	/** The run's summary is English, as the rest of the job log. */
	private final Texts english;

	MailPlanner(Subscriptions subscriptions, MailDeliveries deliveries, BulletinFolder folder,
			ReferenceDataRepository reference, UserAccounts accounts, MessageSource messages) {
		this.accounts = accounts;
		this.english = Texts.of(messages, Language.ENGLISH);
		this.subscriptions = subscriptions;
		this.deliveries = deliveries;
		this.folder = folder;
		this.reference = reference;
	}

	MailPlan plan(BulletinRun run) {
		Map<String, String> names = reference.enterprises()
			.stream()
			.collect(Collectors.toMap(Enterprise::code, Enterprise::name, (a, b) -> a));
		List<PlannedMail> due = new ArrayList<>();
		List<String> alreadyMailed = new ArrayList<>();
		List<String> notMailed = new ArrayList<>();
		for (Subscription subscription : subscriptions.list()) {
			if (!MailRules.covers(run, subscription.scope())) {
				continue;
			}
			Optional<String> refusal = refusal(subscription, names);
			if (refusal.isPresent()) {
				notMailed.add(subscription.recipient() + ": " + refusal.get());
				continue;
			}
			List<Path> attachments = new ArrayList<>();
			List<String> missing = new ArrayList<>();
			String stem = run.stem(subscription.scope(), subscription.locale());
			List<String> wanted = subscription.withExcel() ? List.of(stem + ".pdf", stem + ".xlsx") : List.of(stem + ".pdf");
			for (String name : wanted) {
				folder.file(name).ifPresentOrElse(attachments::add, () -> missing.add(name));
			}
			if (!missing.isEmpty()) {
				notMailed.add(subscription.recipient() + ": " + String.join(" and ", missing) + " not found in the bulletins folder");
				continue;
			}
			Optional<Delivery> ofRun = deliveries.ofRun(run.jobInstanceId(), subscription.scope(), subscription.address());
			Optional<Delivery> sentBefore = deliveries.lastSent(run.month(), subscription.scope(), subscription.address());
			switch (MailRules.due(run.resend(), ofRun.filter(Delivery::sent).isPresent(), sentBefore.isPresent())) {
				case SENT_IN_THIS_RUN -> {
				}
				case ALREADY_MAILED -> alreadyMailed.add(subscription.recipient() + ": mailed "
						+ sentBefore.get().sentAt().format(WHEN) + " (run " + sentBefore.get().jobExecutionId() + ")");
				case SEND -> {
					Long continued = ofRun.or(() -> deliveries.unsent(run.month(), subscription.scope(), subscription.address()))
						.map(Delivery::id)
						.orElse(null);
					String title = subscription.combineWide() ? null
							: names.get(subscription.scope()) + " (" + subscription.scope() + ")";
					due.add(new PlannedMail(subscription.scope(), title, subscription.recipientName(),
							subscription.address(), subscription.locale(), List.copyOf(attachments), continued));
				}
			}
		}
		return new MailPlan(due, alreadyMailed, notMailed);
	}

	/** Why a subscription gets no mail whatever the files: its user cannot read it, or its enterprise is gone. */
	private Optional<String> refusal(Subscription subscription, Map<String, String> names) {
		if (!subscription.combineWide() && !names.containsKey(subscription.scope())) {
			return Optional.of("the reference data no longer names " + subscription.scope());
		}
		if (subscription.userId() == null) {
			return Optional.empty();
		}
		Optional<UserAccount> user = accounts.find(subscription.userId());
		if (user.isEmpty()) {
			return Optional.of("its user no longer exists");
		}
		if (!user.get().enabled()) {
			return Optional.of("user " + user.get().username() + " is disabled");
		}
		return MailRules.accessProblem(user.get(), subscription.scope()).map(english::get);
	}

}
