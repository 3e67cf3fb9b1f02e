package org.catchup.submission;

import java.math.BigDecimal;

import org.catchup.validation.CheckedRow;
import org.catchup.warehouse.FactLine;

/**
 * One valid data row of a submission, as it goes to the warehouse. {@code rowNumber} is the
 * 1-based row of the sheet, so a figure can always be traced back to its cell.
 * {@code headcount} is null when not given.
 */
public record SubmissionLine(int rowNumber, String section, String teamCode, String teamName, String indicator,
		BigDecimal plan, BigDecimal actual, Integer headcount, boolean strivingForTitle, String remarks)
		implements FactLine {

	static SubmissionLine of(CheckedRow row) {
		return new SubmissionLine(row.rowNumber(), row.section(), row.teamCode(), row.teamName(), row.indicator(),
				row.plan(), row.actual(), row.headcount(), row.strivingForTitle(), row.remarks());
	}

	/** The team name as the warehouse stores it: a required column, but a blank cell is no error (SPEC §4). */
	@Override
	public String storedTeamName() {
		return teamName == null ? "" : teamName;
	}

	/** The section as the warehouse stores it, empty when blank (see {@link #storedTeamName()}). */
	@Override
	public String storedSection() {
		return section == null ? "" : section;
	}

}
