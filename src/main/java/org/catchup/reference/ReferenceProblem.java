package org.catchup.reference;

/** Something wrong in the reference workbook, at {@code Sheet!B7} (or a sheet name alone). */
public record ReferenceProblem(String location, String message) {

	@Override
	public String toString() {
		return location + ": " + message;
	}

}
