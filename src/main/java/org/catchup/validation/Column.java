package org.catchup.validation;

import java.util.List;

/** The columns of a submission (SPEC §3), each with the header names it is known by. */
public enum Column {

	SECTION(true, "section", "Abteilung", "Revier"),
	TEAM_CODE(true, "team_code", "Brigade-Nr."),
	TEAM_NAME(true, "team_name", "Brigade"),
	INDICATOR(true, "indicator", "Kennziffer"),
	PLAN(true, "plan", "Soll"),
	ACTUAL(true, "actual", "Ist"),
	HEADCOUNT(false, "headcount", "Beschäftigte", "Beschaeftigte"),
	STRIVING_TITLE(false, "striving_title", "Kampf um Titel"),
	REMARKS(false, "remarks", "Bemerkungen"),
	// a CSV file has no title block: enterprise and period come as columns
	ENTERPRISE_CODE(false, "enterprise_code", "Betrieb-Nr."),
	PERIOD(false, "period", "Berichtsmonat");

	private final boolean required;

	private final List<String> names;

	Column(boolean required, String... names) {
		this.required = required;
		this.names = List.of(names);
	}

	public boolean required() {
		return required;
	}

	/** {@code plan (Soll)}: how a clerk recognises the column in a message. */
	public String displayName() {
		return names.get(0) + " (" + names.get(1) + ")";
	}

	/** Every name a header of this column may carry, English first. */
	public List<String> names() {
		return names;
	}

}
