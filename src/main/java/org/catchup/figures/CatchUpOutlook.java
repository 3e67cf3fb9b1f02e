package org.catchup.figures;

import java.math.BigDecimal;

/**
 * One enterprise's catch-up outlook for the bulletin month (SPEC §6a). {@code yearToDate} is
 * actual January..month against the annual plan; {@code paceNeeded} and {@code forecast} are
 * exact percentages (show them with {@link ShownPercent}), null for n/a; {@code outlook} is
 * null when the enterprise has no annual plan.
 */
public record CatchUpOutlook(Enterprise enterprise, Fulfilment yearToDate, BigDecimal paceNeeded,
		BigDecimal forecast, Outlook outlook) {

	/** "met", "on track", "reachable", "out of reach", or "n/a" without an annual plan. */
	public String outlookLabel() {
		return outlook == null ? ShownPercent.NOT_AVAILABLE : outlook.label();
	}

}
