package org.catchup.warehouse;

import java.math.BigDecimal;

/** A row of {@code indicator}: what is measured, in which unit, and its plan price per unit. */
public record Indicator(String code, String name, String unit, BigDecimal price) {
}
