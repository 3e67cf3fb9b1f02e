package org.catchup.assistance;

/** No registered pair has this id. */
public class UnknownPairException extends RuntimeException {

	UnknownPairException(long id) {
		super("No registered assistance pair " + id + ".");
	}

}
