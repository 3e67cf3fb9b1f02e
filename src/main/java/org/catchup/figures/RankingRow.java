package org.catchup.figures;

import java.math.BigDecimal;

/**
 * One enterprise in the ranking of its level (0 = top level). {@code rank} is shared by equal
 * fulfilments (1, 2, 2, 4) and is 0 for an enterprise whose fulfilment is n/a.
 * {@code changeVsPreviousMonth} is in percentage points, null when either month is n/a.
 */
public record RankingRow(int rank, int level, Enterprise enterprise, Fulfilment month, Fulfilment yearToDate,
		BigDecimal changeVsPreviousMonth) {

	public boolean isRanked() {
		return rank > 0;
	}

}
