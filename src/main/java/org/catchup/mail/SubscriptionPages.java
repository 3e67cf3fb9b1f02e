package org.catchup.mail;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.catchup.figures.Enterprise;
import org.catchup.i18n.Message;
import org.catchup.users.UserAccount;
import org.catchup.users.UserAccounts;
import org.catchup.warehouse.ReferenceDataRepository;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the subscription forms need and do, for the subscriptions page and a user's page:
 * the bulletins to choose from, the checks, adding.
 */
@Component
public class SubscriptionPages {

	private final Subscriptions subscriptions;

	private final ReferenceDataRepository reference;

	private final UserAccounts accounts;

	SubscriptionPages(Subscriptions subscriptions, ReferenceDataRepository reference, UserAccounts accounts) {
		this.subscriptions = subscriptions;
		this.reference = reference;
		this.accounts = accounts;
	}

	/** A user's subscriptions and the form to add one, for their page. */
	public void addTo(Model model, long userId) {
		model.addAttribute("subscriptions", subscriptions.ofUser(userId));
		model.addAttribute("bulletinChoices", choices());
		if (!model.containsAttribute("subscriptionForm")) {
			model.addAttribute("subscriptionForm", SubscriptionForm.empty());
		}
	}

	/** The combine-wide bulletin, then each enterprise's and combine's, by code. */
	List<BulletinChoice> choices() {
		List<BulletinChoice> choices = new ArrayList<>();
		choices.add(new BulletinChoice(MailRules.COMBINE_WIDE, "Combine-wide bulletin (all enterprises)"));
		reference.enterprises()
			.stream()
			.sorted(Comparator.comparing(Enterprise::code))
			.forEach(e -> choices.add(new BulletinChoice(e.code(), e.code() + " · " + e.name())));
		return choices;
	}

	/** The form's problems by field; adds the subscription when there are none. */
	Map<String, Message> add(SubscriptionForm form, UserAccount user, String administrator) {
		Set<String> known = reference.enterprises().stream().map(Enterprise::code).collect(Collectors.toSet());
		Map<String, Message> problems = SubscriptionRules.problems(form, user, known, subscriptions::subscribed);
		if (problems.isEmpty()) {
			subscriptions.add(SubscriptionRules.subscription(form, user), administrator, LocalDateTime.now());
		}
		return problems;
	}

	Optional<UserAccount> subscriber(long userId) {
		return accounts.find(userId);
	}

}
