package org.catchup.bulletin;

import java.time.YearMonth;
import java.util.List;

import org.catchup.figures.FiguresCalculator;
import org.catchup.figures.FiguresInput;
import org.catchup.figures.MonthlyFigures;
import org.catchup.system.CatchUpProperties;
import org.catchup.warehouse.FiguresQueries;
import org.catchup.warehouse.ReferenceDataRepository;
import org.springframework.stereotype.Service;

/** Reads what a month's figures need from the warehouse; shared by the bulletin job and the web pages. */
@Service
public class MonthlyFiguresService {

	private final FiguresQueries queries;

	private final ReferenceDataRepository reference;

	private final CatchUpProperties properties;

	public MonthlyFiguresService(FiguresQueries queries, ReferenceDataRepository reference,
			CatchUpProperties properties) {
		this.queries = queries;
		this.reference = reference;
		this.properties = properties;
	}

	public FiguresInput input(YearMonth month) {
		// A year of history before January feeds the streaks and the pioneers' previous six months.
		YearMonth from = YearMonth.of(month.getYear(), 1).minusMonths(12);
		return new FiguresInput(month, reference.enterprises(), queries.teamIndicatorMonths(from, month),
				queries.annualPlanValues(month.getYear()), queries.submissionFacts(month), queries.warnings(month),
				month.plusMonths(1).atDay(properties.lateAfterDay()), properties.maxTeamsPerHelper(),
				// the assistance register is not read from the warehouse yet: no agreed pairs
				List.of(), FiguresInput.DEFAULT_REACHABLE_PACE);
	}

	public MonthlyFigures figures(YearMonth month) {
		return new FiguresCalculator().calculate(input(month));
	}

}
