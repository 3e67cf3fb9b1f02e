package org.catchup.launcher;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Lets onto the console only what Catch-Up itself logs, written as sentences for the operator.
 * What the frameworks log about the same failure (Spring Batch's "unknown state", Hikari's
 * timeouts, the stack traces) is for the log file only, where it sits beside everything else.
 */
public class ConsoleLogFilter extends Filter<ILoggingEvent> {

	/** The prefix of loggers whose events, stack traces, go to the log file only. */
	public static final String FILE_ONLY = "details.";

	@Override
	public FilterReply decide(ILoggingEvent event) {
		return event.getLoggerName().startsWith("org.catchup.") ? FilterReply.NEUTRAL : FilterReply.DENY;
	}

}
