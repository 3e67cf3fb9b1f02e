package org.catchup.database;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether the database has stopped answering, since when, and whether to give up on it. Every
 * wait for a connection is bounded by the pool's connection timeout; this bounds their sum, so a
 * lost database fails the run within {@code lossTimeout} of the first wait that failed, instead
 * of one connection timeout per statement the failing job still tries (the step, the job, the
 * lock each record their end).
 */
public final class DatabaseLoss {

	private final Duration lossTimeout;

	private final Duration connectionTimeout;

	private final String url;

	private final Clock clock;

	/** Since when no connection could be had; null while the database answers. */
	private final AtomicReference<Instant> lostSince = new AtomicReference<>();

	/** When the last wait for a connection failed, or a caller was let through to try again. */
	private final AtomicReference<Instant> lastFailure = new AtomicReference<>();

	/** When the database last stopped answering, kept after it came back, to report it. */
	private final AtomicReference<Instant> lastLoss = new AtomicReference<>();

	public DatabaseLoss(Duration lossTimeout, Duration connectionTimeout, String url, Clock clock) {
		this.lossTimeout = lossTimeout;
		this.connectionTimeout = connectionTimeout;
		this.url = url;
		this.clock = clock;
	}

	public Duration lossTimeout() {
		return lossTimeout;
	}

	/** The database URL without parameters (they may carry a password). */
	public String url() {
		return url;
	}

	/** When the database last stopped answering, in the server's time, if it did. */
	public Optional<LocalTime> lastLoss() {
		Instant at = lastLoss.get();
		return at == null ? Optional.empty()
				: Optional.of(LocalTime.ofInstant(at, clock.getZone()).truncatedTo(ChronoUnit.SECONDS));
	}

	Instant now() {
		return clock.instant();
	}

	/** A wait for a connection that began at {@code attemptStart} failed: the database is lost since then at the latest. */
	void failed(Instant attemptStart) {
		if (lostSince.compareAndSet(null, attemptStart)) {
			lastLoss.set(attemptStart);
		}
		lastFailure.set(now());
	}

	/** A connection was had: the database answers (again). */
	void answered() {
		lostSince.set(null);
		lastFailure.set(null);
	}

	/**
	 * Whether to fail at once instead of waiting for a connection: once another wait of up to one
	 * connection timeout would end after the bound, the database is given up. Still, when nobody
	 * has tried for a connection timeout, one caller tries again, so a long-running application
	 * (the web app, the scheduler) finds the database when it is back.
	 */
	boolean givenUp() {
		Instant since = lostSince.get();
		Instant now = now();
		if (since == null || !now.plus(connectionTimeout).isAfter(since.plus(lossTimeout))) {
			return false;
		}
		Instant tried = lastFailure.get();
		if (tried != null && now.isBefore(tried.plus(connectionTimeout))) {
			return true;
		}
		return !lastFailure.compareAndSet(tried, now);
	}

	/** Since when it is lost, while it is. */
	Optional<Instant> lostSince() {
		return Optional.ofNullable(lostSince.get());
	}

}
