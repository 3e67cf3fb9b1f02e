package org.catchup.figures;

/** How far below plan a team is: {@code critical} below 90 %, otherwise {@code behind}. */
public enum Band {

	CRITICAL("critical"), BEHIND("behind");

	private final String label;

	Band(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
