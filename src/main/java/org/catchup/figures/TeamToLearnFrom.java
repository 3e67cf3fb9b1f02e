package org.catchup.figures;

import java.math.BigDecimal;
import java.util.List;

/**
 * A team at 105 % or more in each of the last three months (SPEC §6c), ranked within its main
 * indicator (1 = highest mean). {@code meanPercent} is the exact mean of the three monthly
 * fulfilments (show it with {@link ShownPercent}); {@code months} holds them, oldest first.
 */
public record TeamToLearnFrom(String mainIndicator, int rank, String enterpriseCode, String teamCode,
		String teamName, BigDecimal meanPercent, List<Fulfilment> months) {
}
