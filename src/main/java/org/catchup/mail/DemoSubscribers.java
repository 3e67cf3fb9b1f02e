package org.catchup.mail;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.catchup.figures.Enterprise;
import org.catchup.warehouse.ReferenceDataRepository;
import org.springframework.stereotype.Component;

/**
 * The demo's two subscribers, contacts without a sign-in: the committee (the combine-wide PDF and
 * Excel, in English) and the works management of Otto-Brosowski-Schacht (its own PDF, in German).
 * Their addresses are of the reserved {@code .example} domain unless {@code catchup.mail.demo-to}
 * ({@code CATCHUP_DEMO_MAIL_TO}) names a real mailbox for both.
 */
@Component
public class DemoSubscribers {

	private final Subscriptions subscriptions;

	private final ReferenceDataRepository reference;

	private final MailSettings settings;

	DemoSubscribers(Subscriptions subscriptions, ReferenceDataRepository reference, MailSettings settings) {
		this.subscriptions = subscriptions;
		this.reference = reference;
		this.settings = settings;
	}

	/** Subscribes them unless they are already; returns who receives what, for the demo to print. */
	public List<String> ensure() {
		Set<String> known = reference.enterprises().stream().map(Enterprise::code).collect(Collectors.toSet());
		List<NewSubscription> demo = new ArrayList<>();
		demo.add(new NewSubscription(null, "Committee of the combine", address("committee@catchup.example"), "en",
				MailRules.COMBINE_WIDE, true));
		if (known.contains("OBS")) {
			demo.add(new NewSubscription(null, "Werkleitung Otto-Brosowski-Schacht", address("obs@catchup.example"), "de",
					"OBS", false));
		}
		List<String> told = new ArrayList<>();
		for (NewSubscription subscription : demo) {
			if (!subscriptions.subscribed(subscription.address(), subscription.scope())) {
				subscriptions.add(subscription, "demo", LocalDateTime.now());
			}
			told.add(subscription.recipientName() + " <" + subscription.address() + ">: "
					+ (subscription.scope().equals(MailRules.COMBINE_WIDE) ? "the combine-wide bulletin" : subscription.scope() + "'s bulletin")
					+ (subscription.withExcel() ? ", PDF and Excel" : ", PDF") + ", in "
					+ ("de".equals(subscription.language()) ? "German" : "English"));
		}
		return told;
	}

	private String address(String example) {
		return settings.demoTo().isEmpty() ? example : settings.demoTo();
	}

}
