package org.catchup.web.admin;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.catchup.figures.Enterprise;
import org.catchup.mail.SubscriptionPages;
import org.catchup.users.NewUser;
import org.catchup.users.Role;
import org.catchup.users.UserAccount;
import org.catchup.users.UserAccounts;
import org.catchup.warehouse.ReferenceDataRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Administrators: the users; adding one; changing, disabling and enabling one, setting a new
 * password; the bulletins mailed to one (added and ended by the mail pages).
 */
@Controller
@RequestMapping("/admin/users")
class UsersController {

	private final UserAccounts accounts;

	private final ReferenceDataRepository reference;

	private final SubscriptionPages subscriptions;

	UsersController(UserAccounts accounts, ReferenceDataRepository reference, SubscriptionPages subscriptions) {
		this.accounts = accounts;
		this.reference = reference;
		this.subscriptions = subscriptions;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", accounts.list());
		model.addAttribute("roles", Role.values());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", UserForm.empty());
		}
		return "admin/users";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") UserForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Set<Role> roles = roles(form.roles(), errors);
		Set<String> enterprises = UserRules.enterpriseCodes(form.enterprises());
		UserRules.enterpriseProblem(roles, enterprises, knownEnterprises())
			.ifPresent(problem -> errors.rejectValue("enterprises", "enterprise", problem));
		if (!errors.hasFieldErrors("username") && accounts.exists(form.username())) {
			errors.rejectValue("username", "taken", "this user name is taken");
		}
		if (errors.hasErrors()) {
			model.addAttribute("users", accounts.list());
			model.addAttribute("roles", Role.values());
			return "admin/users";
		}
		accounts.create(new NewUser(form.username(), form.password(), form.displayName(), roles, enterprises));
		redirect.addFlashAttribute("message", "Created user " + form.username() + ".");
		return "redirect:/admin/users";
	}

	@GetMapping("/{id}")
	String user(@PathVariable long id, Model model) {
		UserAccount user = find(id);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", UserEditForm.of(user));
		}
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", PasswordForm.empty());
		}
		return userPage(user, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") UserEditForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		UserAccount user = find(id);
		Set<Role> roles = roles(form.roles(), errors);
		Set<String> enterprises = UserRules.enterpriseCodes(form.enterprises());
		UserRules.enterpriseProblem(roles, enterprises, knownEnterprises())
			.ifPresent(problem -> errors.rejectValue("enterprises", "enterprise", problem));
		UserRules.lastAdministratorProblem(user, roles.contains(Role.ADMIN), true,
				accounts.countEnabledWithRole(Role.ADMIN))
			.ifPresent(problem -> errors.rejectValue("roles", "lastAdmin", problem));
		if (errors.hasErrors()) {
			model.addAttribute("passwordForm", PasswordForm.empty());
			return userPage(user, model);
		}
		String displayName = form.displayName() == null || form.displayName().isBlank() ? user.username()
				: form.displayName().strip();
		accounts.update(id, displayName, roles, enterprises);
		redirect.addFlashAttribute("message", "Saved user " + user.username() + ".");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/enabled")
	String enable(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		UserAccount user = find(id);
		Optional<String> problem = UserRules.lastAdministratorProblem(user, true, enabled,
				accounts.countEnabledWithRole(Role.ADMIN));
		if (problem.isPresent()) {
			redirect.addFlashAttribute("message", "Not disabled: " + problem.get() + ".");
			return "redirect:/admin/users/" + id;
		}
		accounts.setEnabled(id, enabled);
		redirect.addFlashAttribute("message", (enabled ? "Enabled " : "Disabled ") + user.username()
				+ (enabled ? ": they can sign in again." : ": they can no longer sign in."));
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/password")
	String password(@PathVariable long id, @ModelAttribute("passwordForm") PasswordForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		UserAccount user = find(id);
		UserRules.passwordProblem(form.password())
			.ifPresent(problem -> errors.rejectValue("password", "length", problem));
		if (errors.hasErrors()) {
			model.addAttribute("form", UserEditForm.of(user));
			return userPage(user, model);
		}
		accounts.resetPassword(id, form.password());
		redirect.addFlashAttribute("message", "Set a new password for " + user.username()
				+ ". Give it to them in person or by a channel only they read.");
		return "redirect:/admin/users/" + id;
	}

	private String userPage(UserAccount user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("roles", Role.values());
		subscriptions.addTo(model, user.id());
		return "admin/user";
	}

	private UserAccount find(long id) {
		return accounts.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "No user with id " + id + "."));
	}

	private Set<String> knownEnterprises() {
		return reference.enterprises().stream().map(Enterprise::code).collect(Collectors.toSet());
	}

	/** The roles ticked; a value that is no role (a forged form) is an error on the field, not a failure. */
	private static Set<Role> roles(List<String> names, BindingResult errors) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (names != null) {
			for (String name : names) {
				try {
					roles.add(Role.valueOf(name));
				}
				catch (IllegalArgumentException ex) {
					errors.rejectValue("roles", "unknown", "there is no role " + name);
				}
			}
		}
		return roles;
	}

}
