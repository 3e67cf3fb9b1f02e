package org.catchup.submission;

import java.util.function.Consumer;
import java.util.function.Function;

import org.catchup.spreadsheet.SheetCell;
import org.catchup.spreadsheet.SheetRow;
import org.catchup.spreadsheet.SheetVisitor;
import org.catchup.validation.CheckedRow;
import org.catchup.validation.Column;
import org.catchup.validation.HeaderCheck;
import org.catchup.validation.Problem;
import org.catchup.validation.ProblemCode;
import org.catchup.validation.ReferenceLookup;
import org.catchup.validation.RowChecker;
import org.catchup.validation.SubmissionRules;
import org.catchup.validation.TeamHistory;

/**
 * The state machine over the streamed rows: title block → header row → data rows → done. Holds
 * no rows: each data row is checked and handed on as it arrives.
 */
final class SubmissionVisitor implements SheetVisitor {

	/** A sheet without a header this far down is not the report; stop reading it. */
	static final int HEADER_SEARCH_ROWS = 100;

	private enum State {
		SEEKING_HEADER, DATA, DONE
	}

	private final ReferenceLookup reference;

	private final SubmissionRules rules;

	private final Function<SubmissionHeader, TeamHistory> historyFor;

	private final Consumer<SubmissionLine> sink;

	private final Consumer<Problem> problems;

	private final boolean csv;

	/** Stop once enterprise and period are settled: at the first data row. */
	private boolean headerOnly;

	private State state = State.SEEKING_HEADER;

	private String sheet;

	private int rowsSearched;

	private TitleBlock title;

	/** the first row that looked like a header but lacked required columns, and its sheet */
	private ColumnLayout partialHeader;

	private String partialHeaderSheet;

	private ColumnLayout layout;

	private int lastRowIndex;

	private HeaderCheck.Result header;

	/** null unless both enterprise and period could be read */
	private SubmissionHeader submissionHeader;

	private RowChecker checker;

	private long dataRows;

	private long lineCount;

	SubmissionVisitor(ReferenceLookup reference, SubmissionRules rules,
			Function<SubmissionHeader, TeamHistory> historyFor, Consumer<SubmissionLine> sink, boolean csv,
			Consumer<Problem> problems) {
		this.reference = reference;
		this.rules = rules;
		this.historyFor = historyFor;
		this.sink = sink;
		this.csv = csv;
		this.problems = problems;
	}

	/** Reads no further than it takes to settle enterprise and period (the first data row). */
	SubmissionVisitor headerOnly() {
		headerOnly = true;
		return this;
	}

	/** A glance at the title block reads no more of the workbook than those rows. */
	@Override
	public boolean readsWholeWorkbook() {
		return !headerOnly;
	}

	@Override
	public boolean startSheet(String sheetName) {
		if (state != State.SEEKING_HEADER) {
			return false;
		}
		sheet = sheetName;
		title = new TitleBlock();
		rowsSearched = 0;
		return true;
	}

	@Override
	public boolean row(SheetRow row) {
		return switch (state) {
			case SEEKING_HEADER -> seekHeader(row);
			case DATA -> data(row);
			case DONE -> false;
		};
	}

	@Override
	public boolean endSheet() {
		if (state == State.DATA) {
			state = State.DONE;
		}
		return state == State.SEEKING_HEADER;
	}

	/** Called once the workbook has been read to the end (or stopped) without failing. */
	void finish() {
		if (state == State.SEEKING_HEADER) {
			if (partialHeader != null) {
				reportMissingColumns();
			}
			else {
				problems.accept(Problem.ofFile(ProblemCode.NO_HEADER_ROW,
						"No sheet has a header row with the columns section, team_code, team_name, indicator, plan "
								+ "and actual (or Abteilung, Brigade-Nr., Brigade, Kennziffer, Soll, Ist)."));
			}
			return;
		}
		if (header == null) {
			settleHeader(null);
		}
		if (dataRows == 0) {
			problems.accept(Problem.of(ProblemCode.NO_DATA_ROWS, sheet,
					SheetCell.reference(layout.rowIndex() + 1, 0), null, null,
					"There are no figures below the header row: the rows must follow it without a blank row."));
		}
	}

	SubmissionHeader header() {
		return submissionHeader;
	}

	/** The enterprise code as written, valid or not; null when none could be read. */
	String enterpriseCode() {
		return header == null ? null : header.enterpriseCode();
	}

	long lineCount() {
		return lineCount;
	}

	private boolean seekHeader(SheetRow row) {
		ColumnLayout candidate = ColumnLayout.of(row);
		if (candidate.complete()) {
			layout = candidate;
			lastRowIndex = row.rowIndex();
			state = State.DATA;
			for (SheetCell cell : layout.unknownColumns()) {
				String reference = SheetCell.reference(row.rowIndex(), cell.column());
				problems.accept(Problem.of(ProblemCode.UNKNOWN_COLUMN, sheet, reference, cell.text(), cell.text(),
						"Column '" + cell.text() + "' is not one we know; its contents are ignored."));
			}
			return true;
		}
		if (candidate.looksLikeHeader() && partialHeader == null) {
			partialHeader = candidate;
			partialHeaderSheet = sheet;
		}
		title.offer(row);
		return ++rowsSearched < HEADER_SEARCH_ROWS;
	}

	private boolean data(SheetRow row) {
		// blank rows are never delivered: a jump in the row index is the blank row that ends the data
		if (row.rowIndex() > lastRowIndex + 1 || isBlank(row)) {
			state = State.DONE;
			return false;
		}
		lastRowIndex = row.rowIndex();
		if (header == null) {
			settleHeader(isTotals(row) ? null : row);
			if (headerOnly) {
				state = State.DONE;
				return false;
			}
		}
		SheetDataRow dataRow = new SheetDataRow(layout, row);
		if (isTotals(row)) {
			checker.checkTotals(dataRow);
			state = State.DONE;
			return false;
		}
		dataRows++;
		CheckedRow checked = checker.check(dataRow);
		if (checked != null && header.valid()) {
			sink.accept(SubmissionLine.of(checked));
			lineCount++;
		}
		return true;
	}

	/** Enterprise and period come from the title block, else (CSV) from the first data row. */
	private void settleHeader(SheetRow firstDataRow) {
		HeaderCheck.Source enterprise = source(TitleBlock.Field.ENTERPRISE, Column.ENTERPRISE_CODE, firstDataRow);
		HeaderCheck.Source period = source(TitleBlock.Field.PERIOD, Column.PERIOD, firstDataRow);
		TitleBlock.Entry submittedBy = title.get(TitleBlock.Field.SUBMITTED_BY);
		String by = submittedBy == null ? null : Labels.text(submittedBy.value());
		header = new HeaderCheck(sheet, reference, rules, problems).check(enterprise, period);
		submissionHeader = header.enterpriseCode() != null && header.period() != null
				? new SubmissionHeader(header.enterpriseCode(), header.period(), by) : null;
		TeamHistory history = header.valid() ? historyFor.apply(submissionHeader) : null;
		checker = new RowChecker(sheet, reference, history == null ? TeamHistory.NONE : history,
				header.enterpriseCode(), header.period(), !csv, problems);
	}

	private HeaderCheck.Source source(TitleBlock.Field field, Column column, SheetRow firstDataRow) {
		TitleBlock.Entry entry = title.get(field);
		if (entry != null) {
			return source(entry.reference(), entry.label(), entry.value());
		}
		if (layout.has(column) && firstDataRow != null) {
			String cell = SheetCell.reference(firstDataRow.rowIndex(), layout.index(column));
			return source(cell, layout.header(column), layout.cell(firstDataRow, column));
		}
		return null;
	}

	private static HeaderCheck.Source source(String reference, String label, SheetCell value) {
		return new HeaderCheck.Source(reference, label, Labels.text(value), Labels.found(value), Labels.isBlank(value),
				PeriodParser.parse(value));
	}

	private void reportMissingColumns() {
		String missing = String.join(", ", partialHeader.missing().stream().map(Column::displayName).toList());
		String reference = SheetCell.reference(partialHeader.rowIndex(), 0);
		problems.accept(Problem.of(ProblemCode.MISSING_COLUMN, partialHeaderSheet, reference, null, missing,
				"The header row " + (partialHeader.rowIndex() + 1) + " lacks the required column(s): " + missing
						+ "."));
	}

	private static boolean isBlank(SheetRow row) {
		for (SheetCell cell : row.cells()) {
			if (!Labels.isBlank(cell)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isTotals(SheetRow row) {
		SheetCell first = row.cells().isEmpty() ? null : row.cells().get(0);
		if (!Labels.isText(first)) {
			return false;
		}
		String text = first.text();
		return Labels.normalisesTo(text, "total") || Labels.normalisesTo(text, "totals")
				|| Labels.normalisesTo(text, "summe");
	}

}
