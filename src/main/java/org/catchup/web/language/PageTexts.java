package org.catchup.web.language;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.catchup.figures.Band;
import org.catchup.figures.Fulfilment;
import org.catchup.figures.PioneerFallingBehind;
import org.catchup.i18n.Texts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers and words of the figures in the page's language, for the templates:
 * {@code ${@texts.percent(r.month())}}. Everything is formatted by {@link Texts}.
 */
@Component("texts")
public class PageTexts {

	private final MessageSource messages;

	public PageTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** The words of the current request's language. */
	public Texts current() {
		return Texts.of(messages, LocaleContextHolder.getLocale());
	}

	/** "81.9 %" / "81,9 %", n/a for an undefined one. */
	public String percent(Fulfilment fulfilment) {
		return fulfilment == null ? current().notAvailable() : current().percent(fulfilment);
	}

	public String percent(BigDecimal percent) {
		return current().percent(percent);
	}

	/** "+1.0 pt", "-4,4 Pp."; n/a when unknown. */
	public String points(BigDecimal points) {
		Texts texts = current();
		return points == null ? texts.notAvailable() : texts.get("figures.points", texts.points(points));
	}

	public String band(Band band) {
		return current().band(band);
	}

	public String reason(PioneerFallingBehind pioneer) {
		return current().pioneerReason(pioneer);
	}

	public String month(YearMonth month) {
		return current().month(month);
	}

}
