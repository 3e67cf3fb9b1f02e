package org.catchup.figures;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether each enterprise that should submit (nothing below it in the tree) did: ON_TIME or
 * LATE by the received time of the loaded version against the deadline (end of that day),
 * REJECTED when only a rejected attempt exists, MISSING when nothing came.
 */
final class SubmissionStatuses {

	private final EnterpriseTree tree;

	SubmissionStatuses(EnterpriseTree tree) {
		this.tree = tree;
	}

	/** Ordered by enterprise code. */
	List<SubmissionStatusRow> of(YearMonth month, Collection<SubmissionFact> facts, LocalDate deadline) {
		Map<String, SubmissionFact> latest = new HashMap<>();
		facts.stream()
			.filter(fact -> month.equals(fact.period()))
			.forEach(fact -> latest.merge(fact.enterpriseCode(), fact,
					(a, b) -> a.loadedVersion() >= b.loadedVersion() ? a : b));
		List<SubmissionStatusRow> rows = new ArrayList<>();
		tree.enterprises()
			.stream()
			.filter(enterprise -> tree.isSubmitting(enterprise.code()))
			.sorted(Comparator.comparing(Enterprise::code))
			.forEach(enterprise -> rows.add(row(enterprise, latest.get(enterprise.code()), deadline)));
		return rows;
	}

	static SubmissionStatusRow row(Enterprise enterprise, SubmissionFact fact, LocalDate deadline) {
		if (fact != null && fact.loadedVersion() > 0) {
			return new SubmissionStatusRow(enterprise, isLate(fact.received(), deadline) ? SubmissionStatus.LATE
					: SubmissionStatus.ON_TIME, fact.loadedVersion(), fact.received());
		}
		if (fact != null && fact.rejectedAttempt()) {
			return new SubmissionStatusRow(enterprise, SubmissionStatus.REJECTED, null, fact.lastRejected());
		}
		return new SubmissionStatusRow(enterprise, SubmissionStatus.MISSING, null, null);
	}

	/** Late only when received after the deadline day; an unknown time or deadline cannot prove lateness. */
	private static boolean isLate(LocalDateTime received, LocalDate deadline) {
		return received != null && deadline != null && received.toLocalDate().isAfter(deadline);
	}

}
