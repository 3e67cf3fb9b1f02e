package org.catchup.figures;

import java.time.YearMonth;

public record MonthFulfilment(YearMonth month, Fulfilment fulfilment) {
}
