package org.catchup.submission;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.catchup.validation.KnownTeam;
import org.catchup.validation.TeamHistory;
import org.catchup.warehouse.TeamsOnRecord;

/** The team history of the check, read from the warehouse's record of an enterprise's teams. */
public final class WarehouseTeamHistory implements TeamHistory {

	private final Map<String, KnownTeam> teams = new HashMap<>();

	private WarehouseTeamHistory(TeamsOnRecord record) {
		record.names().forEach((code, name) -> {
			Map<String, KnownTeam.ActualRange> ranges = new HashMap<>();
			record.actualRanges()
				.getOrDefault(code, Map.of())
				.forEach((indicator, range) -> ranges.put(indicator,
						new KnownTeam.ActualRange(range.lowest(), range.highest())));
			teams.put(code, new KnownTeam(code, name, ranges));
		});
	}

	public static TeamHistory of(TeamsOnRecord record) {
		return new WarehouseTeamHistory(record);
	}

	@Override
	public boolean hasHistory() {
		return !teams.isEmpty();
	}

	@Override
	public Optional<KnownTeam> find(String teamCode) {
		return Optional.ofNullable(teams.get(teamCode));
	}

}
