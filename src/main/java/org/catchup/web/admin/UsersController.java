package org.catchup.web.admin;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.Valid;

import org.catchup.web.security.NewUser;
import org.catchup.web.security.Role;
import org.catchup.web.security.UserAccounts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators: the users, and a form to add one. */
@Controller
@RequestMapping("/admin/users")
class UsersController {

	private final UserAccounts accounts;

	UsersController(UserAccounts accounts) {
		this.accounts = accounts;
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
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (form.roles() != null) {
			form.roles().forEach(role -> roles.add(Role.valueOf(role)));
		}
		Set<String> enterprises = new TreeSet<>();
		if (form.enterprises() != null) {
			Arrays.stream(form.enterprises().split("[,;\\s]+"))
				.filter(code -> !code.isBlank())
				.forEach(code -> enterprises.add(code.strip().toUpperCase(Locale.ROOT)));
		}
		if (roles.contains(Role.SUBMITTER) && enterprises.isEmpty()) {
			errors.rejectValue("enterprises", "required", "finance staff need at least one enterprise");
		}
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

}
