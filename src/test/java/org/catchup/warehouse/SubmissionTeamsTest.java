package org.catchup.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SubmissionTeamsTest {

	@Test
	void holdsEachTeamOnceInTheOrderItFirstAppearsWhereverItsOtherLinesAre() {
		SubmissionTeams teams = new SubmissionTeams();
		teams.add("B1", "Brigade 1", "North");
		teams.add("B1", "Brigade 1", "North");
		teams.add("B2", "Glück auf", "");
		teams.add("B1", "Brigade 1", "North");
		teams.add("B2", "Glück auf", "");

		assertThat(teams.exact()).isTrue();
		assertThat(teams.size()).isEqualTo(2);
		assertThat(rows(teams)).isEqualTo("B1\tBrigade 1\tNorth\nB2\tGlück auf\t\n");
	}

	@Test
	void escapesNamesAndSectionsAsTheLoaderDoes() {
		SubmissionTeams teams = new SubmissionTeams();
		teams.add("B1", "Tab\there \\N", "new\nline");

		assertThat(rows(teams)).isEqualTo("B1\tTab\\there \\\\N\tnew\\nline\n");
	}

	@Test
	void keepsAHundredThousandTeamsApart() {
		SubmissionTeams teams = new SubmissionTeams();
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < 100_000; i++) {
				teams.add("T" + i, "Team " + i, "S" + i % 7);
			}
		}

		assertThat(teams.exact()).isTrue();
		assertThat(teams.size()).isEqualTo(100_000);
		assertThat(rows(teams)).startsWith("T0\tTeam 0\tS0\nT1\tTeam 1\tS1\n").endsWith("T99999\tTeam 99999\tS4\n");
	}

	@Test
	void aTeamWhoseLinesDisagreeOnItsNameOrSectionIsLeftToTheDatabase() {
		assertThat(gathered(new String[][] { { "B1", "A", "North" }, { "B1", "B", "North" } }).exact()).isFalse();
		assertThat(gathered(new String[][] { { "B1", "A", "North" }, { "B1", "A", "South" } }).exact()).isFalse();
		// apart from each other too
		assertThat(gathered(new String[][] { { "B1", "A", "North" }, { "B2", "A", "North" }, { "B1", "A", "South" } })
			.exact()).isFalse();
	}

	@Test
	void codesTheCollationMightTakeForOneAreLeftToTheDatabase() {
		// the same team to a case-insensitive collation, two to Java
		assertThat(gathered(new String[][] { { "b1", "A", "N" }, { "B2", "A", "N" }, { "B1", "A", "N" } }).exact())
			.isFalse();
		// a collation may fold accents and pads with blanks
		assertThat(gathered(new String[][] { { "Bé", "A", "N" } }).exact()).isFalse();
		assertThat(gathered(new String[][] { { "B1 ", "A", "N" } }).exact()).isFalse();
	}

	private static SubmissionTeams gathered(String[][] lines) {
		SubmissionTeams teams = new SubmissionTeams();
		for (String[] line : lines) {
			teams.add(line[0], line[1], line[2]);
		}
		return teams;
	}

	private static String rows(SubmissionTeams teams) {
		try {
			return new String(teams.rows().readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
