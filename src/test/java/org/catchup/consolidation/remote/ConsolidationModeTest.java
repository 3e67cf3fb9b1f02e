package org.catchup.consolidation.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.catchup.jobs.JobDefinitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

class ConsolidationModeTest {

	@TempDir
	Path jobs;

	@Test
	void aNightRunsLocalUnlessTheJobFileOrTheEnvironmentSaysRemote() throws Exception {
		assertThat(mode(null).remote()).as("no job file").isFalse();
		jobFile("schedule=0 30 1 * * *\n");
		assertThat(mode(null).remote()).as("no remote line").isFalse();
		jobFile("remote=false\n");
		assertThat(mode(null).remote()).isFalse();
		jobFile("remote = TRUE\n");
		assertThat(mode(null).remote()).isTrue();
	}

	@Test
	void theEnvironmentWinsOverTheJobFile() throws Exception {
		jobFile("remote=true\n");
		assertThat(mode(false).remote()).isFalse();
		jobFile("remote=false\n");
		assertThat(mode(true).remote()).isTrue();
	}

	@Test
	void anEmptySettingLeavesItToTheJobFile() throws Exception {
		jobFile("remote=true\n");
		MockEnvironment unset = new MockEnvironment().withProperty("catchup.consolidation.remote", " ");

		assertThat(new ConsolidationMode(unset, new JobDefinitions(jobs)).remote()).isTrue();
	}

	@Test
	void aRemoteLineThatIsNeitherTrueNorFalseIsRefusedNamingTheFile() throws Exception {
		jobFile("remote=yes\n");

		assertThatThrownBy(() -> mode(null).remote()).isInstanceOf(IllegalArgumentException.class)
			.hasMessage(jobs.resolve("consolidation.properties") + ": remote=yes is neither true nor false");
	}

	private ConsolidationMode mode(Boolean environment) {
		MockEnvironment settings = new MockEnvironment();
		if (environment != null) {
			settings.setProperty("catchup.consolidation.remote", environment.toString());
		}
		return new ConsolidationMode(settings, new JobDefinitions(jobs));
	}

	private void jobFile(String text) throws Exception {
		Files.writeString(jobs.resolve("consolidation.properties"), text);
	}

}
