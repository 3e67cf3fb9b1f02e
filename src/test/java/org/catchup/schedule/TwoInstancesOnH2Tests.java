package org.catchup.schedule;

import java.util.Map;

/** Two instances on the embedded default: one H2 file under a shared data folder. */
class TwoInstancesOnH2Tests extends TwoInstancesScenario {

	@Override
	Map<String, String> database() {
		return Map.of();
	}

}
