package org.catchup.web.assistance;

import java.time.YearMonth;
import java.util.Set;

import org.catchup.assistance.AssistanceRegister.Source;
import org.catchup.assistance.AssistanceService;
import org.catchup.assistance.InvalidPairException;
import org.catchup.assistance.PairRules;
import org.catchup.users.Role;
import org.catchup.validation.ProblemCode;
import org.catchup.web.security.CatchUpUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The assistance register on the web (SPEC §9): the committee and administrators agree offered
 * pairs, add any pair, end one and read every change; finance staff read the pairs that concern
 * their enterprises. Who may write is also enforced by WebSecurityConfiguration.
 */
@Controller
@RequestMapping("/assistance")
class AssistanceController {

	private final AssistanceService assistance;

	AssistanceController(AssistanceService assistance) {
		this.assistance = assistance;
	}

	@GetMapping
	String register(@AuthenticationPrincipal CatchUpUser me, Model model) {
		boolean mayWrite = mayWrite(me);
		model.addAttribute("pairs", mayWrite ? assistance.all() : assistance.concerning(Set.copyOf(me.enterprises())));
		model.addAttribute("mayWrite", mayWrite);
		if (mayWrite) {
			model.addAttribute("teams", assistance.teams());
		}
		return "assistance/register";
	}

	@GetMapping("/{id}")
	String history(@PathVariable long id, @AuthenticationPrincipal CatchUpUser me, Model model) {
		var pair = KnownPair.orNotFound(() -> assistance.byId(id));
		if (!mayWrite(me) && !me.mayActFor(pair.assistance().helpedEnterpriseCode())
				&& !me.mayActFor(pair.assistance().helperEnterpriseCode())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "This pair concerns none of your enterprises.");
		}
		model.addAttribute("pair", pair);
		model.addAttribute("history", KnownPair.orNotFound(() -> assistance.history(id)));
		model.addAttribute("mayWrite", mayWrite(me));
		return "assistance/pair";
	}

	/** One click on a month's page: the offered pair is agreed from the month after. */
	@PostMapping("/agree")
	String agree(@RequestParam String helperEnterprise, @RequestParam String helperTeam,
			@RequestParam String helpedEnterprise, @RequestParam String helpedTeam, @RequestParam String month,
			@AuthenticationPrincipal CatchUpUser me, RedirectAttributes redirect) {
		YearMonth bulletinMonth = PairRules.month(month, PairRules.Field.FROM);
		var agreed = assistance.agree(helperEnterprise, helperTeam, helpedEnterprise, helpedTeam, bulletinMonth,
				Source.WEB, me.getUsername());
		redirect.addFlashAttribute("message", "Agreed: team " + helperTeam + " (" + helperEnterprise + ") helps team "
				+ helpedTeam + " (" + helpedEnterprise + ") from " + agreed.assistance().from() + ".");
		return "redirect:/figures/" + bulletinMonth + "#pairs";
	}

	@PostMapping
	String add(@RequestParam String helper, @RequestParam String helped, @RequestParam String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String note,
			@AuthenticationPrincipal CatchUpUser me, RedirectAttributes redirect) {
		String[] helperTeam = team(helper, PairRules.Field.HELPER_TEAM);
		String[] helpedTeam = team(helped, PairRules.Field.HELPED_TEAM);
		var added = assistance.add(new PairRules.Candidate(helperTeam[0], helperTeam[1], helpedTeam[0],
				helpedTeam[1], PairRules.month(from, PairRules.Field.FROM),
				blank(to) ? null : PairRules.month(to, PairRules.Field.TO), blank(note) ? null : note.strip()),
				Source.WEB, me.getUsername());
		redirect.addFlashAttribute("message", "Registered: team " + helperTeam[1] + " (" + helperTeam[0]
				+ ") helps team " + helpedTeam[1] + " (" + helpedTeam[0] + ") from " + added.assistance().from() + ".");
		return "redirect:/assistance";
	}

	@PostMapping("/{id}/end")
	String end(@PathVariable long id, @RequestParam String to, @AuthenticationPrincipal CatchUpUser me,
			RedirectAttributes redirect) {
		YearMonth last = PairRules.month(to, PairRules.Field.TO);
		var ended = KnownPair.orNotFound(() -> assistance.end(id, last, Source.WEB, me.getUsername()));
		redirect.addFlashAttribute("message", "The help for team " + ended.assistance().helpedTeamCode() + " ("
				+ ended.assistance().helpedEnterpriseCode() + ") ends with " + ended.assistance().to() + ".");
		return "redirect:/assistance";
	}

	/** A refused pair comes back to the register page with every reason. */
	@ExceptionHandler(InvalidPairException.class)
	String refused(InvalidPairException ex, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", "Not registered. " + ex.getMessage());
		return "redirect:/assistance";
	}

	private static boolean mayWrite(CatchUpUser me) {
		return me.has(Role.COMMITTEE) || me.has(Role.ADMIN);
	}

	/** A picker's value {@code ENTERPRISE/TEAM}. */
	private static String[] team(String value, PairRules.Field field) {
		int slash = value == null ? -1 : value.indexOf('/');
		if (slash <= 0 || slash == value.length() - 1) {
			throw InvalidPairException.of(field, ProblemCode.EMPTY_TEAM_CODE, "choose a team from the list.");
		}
		return new String[] { value.substring(0, slash), value.substring(slash + 1) };
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
