package org.catchup.web.committee;

import java.time.YearMonth;

import org.catchup.assistance.AssistanceService;
import org.catchup.bulletin.MonthNotice;
import org.catchup.bulletin.MonthlyFiguresService;
import org.catchup.figures.MonthlyFigures;
import org.catchup.i18n.Texts;
import org.catchup.web.MonthParameter;
import org.catchup.web.language.PageTexts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A month's figures for the committee: the summary, the ranking and the year chart in full,
 * the team lists a page at a time.
 */
@Controller
@RequestMapping("/figures")
class FiguresController {

	private final MonthlyFiguresService figures;

	private final FigureMonths months;

	private final AssistanceService assistance;

	private final PageTexts texts;

	FiguresController(MonthlyFiguresService figures, FigureMonths months, AssistanceService assistance,
			PageTexts texts) {
		this.texts = texts;
		this.figures = figures;
		this.months = months;
		this.assistance = assistance;
	}

	@GetMapping
	String latest(@RequestParam(required = false) String month) {
		YearMonth chosen = month != null && !month.isBlank() ? MonthParameter.parse(month)
				: months.latest().orElse(YearMonth.now().minusMonths(1));
		return "redirect:/figures/" + chosen;
	}

	@GetMapping("/{month}")
	String month(@PathVariable String month, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, Model model) {
		YearMonth parsed = MonthParameter.parse(month);
		MonthlyFigures monthly = figures.figures(parsed);
		ListPage listPage = ListPage.of(page, size,
				Math.max(monthly.teamsNeedingHelp().size(), monthly.assistancePairs().size()));
		model.addAttribute("figures", monthly);
		Texts words = texts.current();
		model.addAttribute("notice", MonthNotice.of(monthly, words));
		model.addAttribute("rankingTitle", MonthNotice.rankingTitle(monthly, words));
		model.addAttribute("listPage", listPage);
		model.addAttribute("teams", listPage.of(monthly.teamsNeedingHelp()));
		model.addAttribute("pairs", listPage.of(monthly.assistancePairs()));
		// an offered pair already agreed for the month after shows as agreed instead of its button
		model.addAttribute("agreed", AgreedPairs.of(assistance.activeIn(parsed.plusMonths(1))));
		model.addAttribute("chart", YearChart.of(parsed, monthly.fulfilmentOverYear(), words));
		model.addAttribute("previous", parsed.minusMonths(1).toString());
		model.addAttribute("next", parsed.plusMonths(1).isAfter(YearMonth.now()) ? null : parsed.plusMonths(1).toString());
		return "committee/figures";
	}

}
