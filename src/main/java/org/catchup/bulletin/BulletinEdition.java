package org.catchup.bulletin;

import java.time.LocalDateTime;

import org.catchup.figures.MonthlyFigures;

/**
 * One rendering of a month's bulletin: the figures plus what the reader needs to trust them.
 *
 * @param scope "all enterprises" or the combine/enterprise the bulletin was limited to
 * @param dataVersion which warehouse state the figures were computed from, e.g.
 * "submissions loaded up to #57 (2026-11-25 10:14)"
 * @param version the bulletin's own version for this month (1 on first rendering)
 */
public record BulletinEdition(MonthlyFigures figures, String scope, String dataVersion, int version,
		LocalDateTime generatedAt) {
}
