package org.catchup.web.assistance;

import java.util.function.Supplier;

import org.catchup.assistance.UnknownPairException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A register call about one pair; an unknown pair is a 404 with its reason, answered like every other error. */
public final class KnownPair {

	private KnownPair() {
	}

	public static <T> T orNotFound(Supplier<T> call) {
		try {
			return call.get();
		}
		catch (UnknownPairException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage(), ex);
		}
	}

}
