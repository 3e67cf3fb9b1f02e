package org.catchup.warehouse;

import java.time.LocalDateTime;

/** One load of the reference workbook, as the administrators' page lists it. */
public record ReferenceLoad(String fileName, LocalDateTime loadedAt, int enterprises, int indicators,
		int annualPlans) {
}
