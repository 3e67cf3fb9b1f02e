package org.catchup.validation;

import java.math.BigDecimal;

/**
 * A data row that passed every rule, with its values. {@code rowNumber} is the 1-based row of the
 * sheet; {@code headcount} is null when not given.
 */
public record CheckedRow(int rowNumber, String section, String teamCode, String teamName, String indicator,
		BigDecimal plan, BigDecimal actual, Integer headcount, boolean strivingForTitle, String remarks) {
}
