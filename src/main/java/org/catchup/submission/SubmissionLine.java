package org.catchup.submission;

import java.math.BigDecimal;

/**
 * One valid data row of a submission, as it goes to the warehouse. {@code rowNumber} is the
 * 1-based row of the sheet, so a figure can always be traced back to its cell.
 * {@code headcount} is null when not given.
 */
public record SubmissionLine(int rowNumber, String section, String teamCode, String teamName, String indicator,
		BigDecimal plan, BigDecimal actual, Integer headcount, boolean strivingForTitle, String remarks) {
}
