package org.catchup.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** How long a lost database is waited for, and that it is tried again later. */
class DatabaseLossTest {

	private Instant now = Instant.parse("1959-10-01T01:31:07Z");

	private final DatabaseLoss loss = new DatabaseLoss(Duration.ofSeconds(30), Duration.ofSeconds(10), "jdbc:x",
			new Clock() {
				@Override
				public Instant instant() {
					return now;
				}

				@Override
				public ZoneId getZone() {
					return ZoneOffset.UTC;
				}

				@Override
				public Clock withZone(ZoneId zone) {
					return this;
				}
			});

	@Test
	void waitsUntilAnotherWaitWouldPassTheBoundThenFailsAtOnceButTriesAgainEachConnectionTimeout() {
		assertThat(loss.givenUp()).isFalse();
		Instant lost = now;
		loss.failed(now);
		now = now.plusSeconds(10);
		assertThat(loss.givenUp()).as("10 s lost: one more 10 s wait fits in 30 s").isFalse();
		now = now.plusSeconds(10);
		loss.failed(lost.plusSeconds(10)); // that wait failed at 20 s
		now = now.plusSeconds(1);
		assertThat(loss.givenUp()).as("21 s lost: one more wait would pass 30 s").isTrue();
		now = now.plusSeconds(8);
		assertThat(loss.givenUp()).isTrue();
		now = now.plusSeconds(2);
		assertThat(loss.givenUp()).as("nobody tried for 10 s: one caller tries again").isFalse();
		assertThat(loss.givenUp()).as("the others still fail at once").isTrue();
		loss.answered();
		assertThat(loss.givenUp()).as("back").isFalse();
		assertThat(loss.lastLoss()).hasValueSatisfying(t -> assertThat(t).hasToString("01:31:07"));
	}

}
