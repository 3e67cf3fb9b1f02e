package org.catchup.figures;

import java.util.List;

/** An enterprise's monthly fulfilment from January through the bulletin month, for the year chart. */
public record FulfilmentSeries(Enterprise enterprise, List<MonthFulfilment> months) {
}
