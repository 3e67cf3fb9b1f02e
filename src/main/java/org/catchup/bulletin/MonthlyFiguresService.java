package org.catchup.bulletin;

import java.time.YearMonth;
import java.util.List;

import org.catchup.assistance.AssistanceRegister;
import org.catchup.figures.FiguresCalculator;
import org.catchup.figures.FiguresInput;
import org.catchup.figures.MonthlyFigures;
import org.catchup.figures.RegisteredAssistance;
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
		List<RegisteredAssistance> assistance = register.activeIn(month)
			.stream()
			.map(AssistanceRegister.Stored::assistance)
			.toList();
		// A year of history before January feeds the streaks and the pioneers' previous six months;
		// help that began earlier needs its three months before the start (the assistance chart).
		YearMonth from = assistance.stream()
			.map(pair -> pair.from().minusMonths(3))
			.reduce(YearMonth.of(month.getYear(), 1).minusMonths(12), (a, b) -> a.isBefore(b) ? a : b);
		return new FiguresInput(month, reference.enterprises(), queries.teamIndicatorMonths(from, month),
				queries.annualPlanValues(month.getYear()), queries.submissionFacts(month), queries.warnings(month),
				new SubmissionDeadline(properties.lateAfterDay()).of(month).toLocalDate(), properties.maxTeamsPerHelper(), assistance,
				FiguresInput.DEFAULT_REACHABLE_PACE);
	}

	public MonthlyFigures figures(YearMonth month) {
		return new FiguresCalculator().calculate(input(month));
	}

}
