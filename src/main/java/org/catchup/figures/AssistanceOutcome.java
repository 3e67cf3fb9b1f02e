package org.catchup.figures;

/** Whether agreed help worked (SPEC §6b), judged on the helped team. */
public enum AssistanceOutcome {

	CAUGHT_UP("caught up"), IMPROVING("improving"), NOT_YET("not yet");

	private final String label;

	AssistanceOutcome(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
