package org.catchup.consolidation.remote;

import java.util.List;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * How a partition of the night is named to the operator: its step, its enterprises and its
 * files, as the consolidation's partitioner lists them in the partition's execution context.
 */
public final class PartitionNames {

	private static final String ENTERPRISES = "partition.enterprises";

	private static final String FILES = "partition.files";

	private static final int SHOWN_FILES = 10;

	private PartitionNames() {
	}

	/** The partition's enterprises, {@code ABH, KLH}; null for a step that is no partition of the night. */
	public static String enterprises(ExecutionContext context) {
		Object enterprises = context.get(ENTERPRISES);
		return enterprises == null || enterprises.toString().isBlank() ? null : enterprises.toString();
	}

	/** The names of the partition's files in order of arrival; empty for a step that is no partition of the night. */
	public static List<String> files(ExecutionContext context) {
		return context.get(FILES) instanceof List<?> names ? names.stream().map(String::valueOf).toList() : List.of();
	}

	/** {@code Partition consolidateFiles:partition2 (enterprises ABH, KLH; 3 files: a.xlsx, b.xlsx, c.xlsx)}. */
	static String describe(StepExecution partition) {
		ExecutionContext context = partition.getExecutionContext();
		String enterprises = enterprises(context);
		List<String> files = files(context);
		StringBuilder name = new StringBuilder("Partition ").append(partition.getStepName());
		if (enterprises != null || !files.isEmpty()) {
			name.append(" (");
			if (enterprises != null) {
				name.append(enterprises.contains(",") ? "enterprises " : "enterprise ").append(enterprises);
			}
			if (!files.isEmpty()) {
				name.append(enterprises != null ? "; " : "")
					.append(files.size())
					.append(files.size() == 1 ? " file: " : " files: ")
					.append(String.join(", ", files.stream().limit(SHOWN_FILES).toList()))
					.append(files.size() > SHOWN_FILES ? ", …" : "");
			}
			name.append(')');
		}
		return name.toString();
	}

}
