package org.catchup.consolidation.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

class PartitionNamesTest {

	@Test
	void aPartitionIsNamedWithItsEnterprisesAndFiles() {
		StepExecution partition = partition("ABH, KLH", List.of("ABH-1959-09.xlsx", "KLH-1959-09.xlsx"));

		assertThat(PartitionNames.describe(partition)).isEqualTo(
				"Partition consolidateFiles:partition2 (enterprises ABH, KLH; 2 files: ABH-1959-09.xlsx, KLH-1959-09.xlsx)");
	}

	@Test
	void aLargePartitionListsTenEnterprisesAndTenFilesAndCountsTheRest() {
		List<String> codes = IntStream.rangeClosed(1, 38).mapToObj(i -> String.format("E%04d", i)).toList();
		StepExecution partition = partition(String.join(", ", codes),
				codes.stream().map(code -> code + "-1959-09.xlsx").toList());

		assertThat(PartitionNames.describe(partition)).isEqualTo("Partition consolidateFiles:partition2 (enterprises "
				+ "E0001, E0002, E0003, E0004, E0005, E0006, E0007, E0008, E0009, E0010 and 28 more; 38 files: "
				+ "E0001-1959-09.xlsx, E0002-1959-09.xlsx, E0003-1959-09.xlsx, E0004-1959-09.xlsx, E0005-1959-09.xlsx, "
				+ "E0006-1959-09.xlsx, E0007-1959-09.xlsx, E0008-1959-09.xlsx, E0009-1959-09.xlsx, E0010-1959-09.xlsx "
				+ "and 28 more)");
	}

	@Test
	void aStepThatIsNoPartitionOfTheNightIsNamedByItsStepAlone() {
		StepExecution step = new StepExecution(1, "renderBulletin", new JobExecution(1, new JobInstance(1, "bulletin"),
				new JobParameters()));

		assertThat(PartitionNames.describe(step)).isEqualTo("Partition renderBulletin");
		assertThat(PartitionNames.enterprises(step.getExecutionContext())).isNull();
		assertThat(PartitionNames.files(step.getExecutionContext())).isEmpty();
	}

	private static StepExecution partition(String enterprises, List<String> files) {
		StepExecution partition = new StepExecution(2, "consolidateFiles:partition2",
				new JobExecution(1, new JobInstance(1, "consolidation"), new JobParameters()));
		partition.getExecutionContext().putString("partition.enterprises", enterprises);
		partition.getExecutionContext().put("partition.files", new ArrayList<>(files));
		return partition;
	}

}
