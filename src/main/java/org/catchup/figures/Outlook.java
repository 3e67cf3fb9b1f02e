package org.catchup.figures;

/** Whether an enterprise can still meet its annual plan (SPEC §6a). */
public enum Outlook {

	MET("met"), ON_TRACK("on track"), REACHABLE("reachable"), OUT_OF_REACH("out of reach");

	private final String label;

	Outlook(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
