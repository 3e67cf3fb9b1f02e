package org.catchup.submission;

import java.util.Arrays;
import java.util.List;

/** The columns of a submission (SPEC §3), each with the header names it is known by. */
enum Column {

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

	private final List<String> normalisedNames;

	Column(boolean required, String... names) {
		this.required = required;
		this.names = List.of(names);
		this.normalisedNames = Arrays.stream(names).map(Labels::normalise).toList();
	}

	boolean required() {
		return required;
	}

	/** {@code plan (Soll)}: how a clerk recognises the column in a message. */
	String displayName() {
		return names.get(0) + " (" + names.get(1) + ")";
	}

	static Column byHeader(String header) {
		String key = Labels.normalise(header);
		for (Column column : values()) {
			if (column.normalisedNames.contains(key)) {
				return column;
			}
		}
		return null;
	}

}
