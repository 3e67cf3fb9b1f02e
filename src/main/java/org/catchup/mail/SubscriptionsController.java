package org.catchup.mail;

import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.catchup.i18n.Message;
import org.catchup.i18n.Texts;
import org.catchup.users.UserAccount;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Administrators: who receives which bulletin by mail. All subscriptions and contacts without a
 * sign-in on the subscriptions page; a user's own on their page (added and ended there).
 */
@Controller
class SubscriptionsController {

	private final Subscriptions subscriptions;

	private final SubscriptionPages pages;

	private final SmtpServer smtp;

	private final MessageSource messages;

	SubscriptionsController(Subscriptions subscriptions, SubscriptionPages pages, SmtpServer smtp, MessageSource messages) {
		this.messages = messages;
		this.subscriptions = subscriptions;
		this.pages = pages;
		this.smtp = smtp;
	}

	@GetMapping("/admin/mail")
	String list(Model model) {
		if (!model.containsAttribute("subscriptionForm")) {
			model.addAttribute("subscriptionForm", SubscriptionForm.empty());
		}
		return page(model);
	}

	/** A contact without a sign-in, such as an enterprise's works management. */
	@PostMapping("/admin/mail")
	String addContact(@ModelAttribute("subscriptionForm") SubscriptionForm form, BindingResult errors,
			Principal administrator, Model model, RedirectAttributes redirect) {
		Map<String, Message> problems = pages.add(form, null, administrator.getName());
		if (!problems.isEmpty()) {
			problems.forEach((field, problem) -> errors.rejectValue(field, problem.key(), problem.argumentArray(), null));
			return page(model);
		}
		Texts words = Texts.of(messages, LocaleContextHolder.getLocale());
		redirect.addFlashAttribute("message", words.get("mail.subscribed", form.address().strip(),
				describe(form.scope(), words)));
		return "redirect:/admin/mail";
	}

	@PostMapping("/admin/users/{id}/subscriptions")
	String addForUser(@PathVariable long id, @ModelAttribute("subscriptionForm") SubscriptionForm form,
			Principal administrator, RedirectAttributes redirect) {
		UserAccount user = pages.subscriber(id)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "No user with id " + id + "."));
		Map<String, Message> problems = pages.add(form, user, administrator.getName());
		Texts words = Texts.of(messages, LocaleContextHolder.getLocale());
		if (problems.isEmpty()) {
			redirect.addFlashAttribute("message", words.get("mail.subscribed.user", user.username(),
					form.address().strip(), describe(form.scope(), words)));
		}
		else {
			redirect.addFlashAttribute("message", words.get("mail.notSubscribed",
					problems.values().stream().map(words::get).collect(Collectors.joining("; "))));
			redirect.addFlashAttribute("subscriptionForm", form);
		}
		return "redirect:/admin/users/" + id + "#mail";
	}

	@PostMapping("/admin/mail/{id}/remove")
	String remove(@PathVariable long id, @RequestParam(defaultValue = "") String back, RedirectAttributes redirect) {
		Subscription subscription = subscriptions.find(id)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "No subscription with id " + id + "."));
		subscriptions.remove(id);
		Texts words = Texts.of(messages, LocaleContextHolder.getLocale());
		redirect.addFlashAttribute("message",
				words.get("mail.unsubscribed", subscription.recipient(), describe(subscription.scope(), words)));
		return back.equals("user") && subscription.userId() != null ? "redirect:/admin/users/" + subscription.userId() + "#mail"
				: "redirect:/admin/mail";
	}

	private String page(Model model) {
		model.addAttribute("subscriptions", subscriptions.list());
		model.addAttribute("bulletinChoices", pages.choices());
		model.addAttribute("smtp", smtp.address().orElse(null));
		return "mail/subscriptions";
	}

	private static String describe(String scope, Texts words) {
		String code = scope == null || scope.isBlank() ? MailRules.COMBINE_WIDE : scope.strip().toUpperCase(Locale.ROOT);
		return MailRules.COMBINE_WIDE.equals(code) ? words.get("mail.describe.combineWide")
				: words.get("mail.describe.enterprise", code);
	}

}
