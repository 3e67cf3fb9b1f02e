package org.catchup.validation;

import java.time.YearMonth;
import java.util.Set;

/**
 * The limits a submission is checked against.
 *
 * @param currentMonth a period after this month is in the future
 * @param maxFileBytes files larger than this are rejected unread
 * @param permittedEnterprises the enterprises the uploader belongs to; null when any is allowed
 * (the nightly consolidation)
 */
public record SubmissionRules(YearMonth currentMonth, long maxFileBytes, Set<String> permittedEnterprises) {
}
