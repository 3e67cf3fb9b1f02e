package org.catchup.bulletin;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.catchup.assistance.AssistanceRegister;
import org.catchup.figures.AnnualPlanValue;
import org.catchup.figures.Enterprise;
import org.catchup.figures.EnterpriseFigures;
import org.catchup.figures.FiguresCalculator;
import org.catchup.figures.FiguresInput;
import org.catchup.figures.MonthlyFigures;
import org.catchup.figures.RegisteredAssistance;
import org.catchup.figures.SubmissionFact;
import org.catchup.figures.TeamFigures;
import org.catchup.system.CatchUpProperties;
import org.catchup.validation.SubmissionDeadline;
import org.catchup.warehouse.FiguresQueries;
import org.catchup.warehouse.ReferenceDataRepository;
import org.springframework.stereotype.Service;

/** Reads what a month's figures need from the warehouse; shared by the bulletin job and the web pages. */
@Service
public class MonthlyFiguresService {

	private final FiguresQueries queries;

	private final ReferenceDataRepository reference;

	private final CatchUpProperties properties;

	private final AssistanceRegister register;

	public MonthlyFiguresService(FiguresQueries queries, ReferenceDataRepository reference,
			CatchUpProperties properties, AssistanceRegister register) {
		this.queries = queries;
		this.reference = reference;
		this.properties = properties;
		this.register = register;
	}

	public FiguresInput input(YearMonth month) {
		List<RegisteredAssistance> assistance = assistanceActiveIn(month);
		YearMonth from = firstMonthNeeded(month, assistance);
		return new FiguresInput(month, reference.enterprises(), queries.teamIndicatorMonths(from, month),
				queries.annualPlanValues(month.getYear()), queries.submissionFacts(month), queries.warnings(month),
				deadline(month), properties.maxTeamsPerHelper(), assistance, FiguresInput.DEFAULT_REACHABLE_PACE);
	}

	public MonthlyFigures figures(YearMonth month) {
		return new FiguresCalculator().calculate(input(month));
	}

	/**
	 * The same figures for a bulletin run, read without holding the month's rows: a few
	 * enterprises at a time (see
	 * {@link BulletinFigures}). Close the result to delete its temporary files.
	 */
	BulletinFigures bulletinFigures(YearMonth month) {
		List<RegisteredAssistance> assistance = assistanceActiveIn(month);
		YearMonth from = firstMonthNeeded(month, assistance);
		List<Enterprise> enterprises = reference.enterprises();
		List<SubmissionFact> submissions = queries.submissionFacts(month);
		List<AnnualPlanValue> plans = queries.annualPlanValues(month.getYear());
		// every enterprise with rows in the window, or with a submission of the month (its warnings)
		Set<String> codes = new TreeSet<>(queries.enterprisesWithRows(from, month));
		submissions.forEach(submission -> codes.add(submission.enterpriseCode()));
		return new BulletinFigures(enterprises,
				new TeamFigures(month, properties.maxTeamsPerHelper(), assistance), List.copyOf(codes),
				group -> queries.teamIndicatorMonths(from, month, group), group -> queries.warnings(month, group),
				sums -> new EnterpriseFigures(month, enterprises, sums, plans, submissions, deadline(month),
						FiguresInput.DEFAULT_REACHABLE_PACE));
	}

	private List<RegisteredAssistance> assistanceActiveIn(YearMonth month) {
		return register.activeIn(month).stream().map(AssistanceRegister.Stored::assistance).toList();
	}

	/**
	 * A year of history before January feeds the streaks and the pioneers' previous six months;
	 * help that began earlier needs its three months before the start (the assistance chart).
	 */
	private static YearMonth firstMonthNeeded(YearMonth month, List<RegisteredAssistance> assistance) {
		return assistance.stream()
			.map(pair -> pair.from().minusMonths(3))
			.reduce(YearMonth.of(month.getYear(), 1).minusMonths(12), (a, b) -> a.isBefore(b) ? a : b);
	}

	private LocalDate deadline(YearMonth month) {
		return new SubmissionDeadline(properties.lateAfterDay()).of(month).toLocalDate();
	}

}
