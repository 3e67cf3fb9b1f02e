package org.catchup.web.committee;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.catchup.bulletin.MonthlyFiguresService;
import org.catchup.figures.MonthlyFigures;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** A month's figures for the committee: ranking, teams needing help, pairs, the year chart. */
@Controller
@RequestMapping("/figures")
class FiguresController {

	private final MonthlyFiguresService figures;

	private final FigureMonths months;

	FiguresController(MonthlyFiguresService figures, FigureMonths months) {
		this.figures = figures;
		this.months = months;
	}

	@GetMapping
	String latest(@RequestParam(required = false) String month) {
		String chosen = month != null && !month.isBlank() ? month.strip()
				: months.latest().orElse(YearMonth.now().minusMonths(1)).toString();
		return "redirect:/figures/" + chosen;
	}

	@GetMapping("/{month}")
	String month(@PathVariable String month, Model model) {
		YearMonth parsed = parse(month);
		MonthlyFigures monthly = figures.figures(parsed);
		model.addAttribute("figures", monthly);
		model.addAttribute("chart", YearChart.of(parsed, monthly.fulfilmentOverYear()));
		model.addAttribute("previous", parsed.minusMonths(1).toString());
		model.addAttribute("next", parsed.plusMonths(1).toString());
		return "committee/figures";
	}

	static YearMonth parse(String month) {
		try {
			return YearMonth.parse(month);
		}
		catch (DateTimeParseException ex) {
			throw new ResponseStatusException(NOT_FOUND, "No month " + month);
		}
	}

}
