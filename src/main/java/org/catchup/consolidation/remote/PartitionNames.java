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

	/** The most enterprises and files a sentence lists; a partition of a large night has dozens. */
	private static final int SHOWN = 10;

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
				List<String> codes = List.of(enterprises.split(",\\s*"));
				name.append(codes.size() > 1 ? "enterprises " : "enterprise ").append(shown(codes));
			}
			if (!files.isEmpty()) {
				name.append(enterprises != null ? "; " : "")
					.append(files.size())
					.append(files.size() == 1 ? " file: " : " files: ")
					.append(shown(files));
			}
			name.append(')');
		}
		return name.toString();
	}

	private static String shown(List<String> names) {
		return names.size() <= SHOWN ? String.join(", ", names)
				: String.join(", ", names.subList(0, SHOWN)) + " and " + (names.size() - SHOWN) + " more";
	}

}
