package org.catchup.warehouse;

import java.time.LocalDateTime;

/**
 * The warehouse state a month's figures were computed from: how many submission versions were
 * loaded, the last one's id and when it was consolidated (null when nothing is loaded).
 */
public record DataVersion(long loaded, long lastId, LocalDateTime lastAt) {

	public boolean isEmpty() {
		return loaded == 0;
	}

}
