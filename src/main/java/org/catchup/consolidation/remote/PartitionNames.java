package org.catchup.consolidation.remote;

import java.util.Collection;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * How a partition is named to the operator: its step, its enterprises and its files, as the
 * consolidation's partitioner listed them in the partition's execution context.
 */
final class PartitionNames {

	private static final int SHOWN_FILES = 10;

	private PartitionNames() {
	}

	static String describe(StepExecution partition) {
		ExecutionContext context = partition.getExecutionContext();
		StringBuilder name = new StringBuilder("Partition ").append(partition.getStepName());
		Object enterprise = context.get("partition.enterprises");
		Object files = context.get("partition.files");
		if (enterprise != null && String.valueOf(enterprise).isBlank()) {
			enterprise = null;
		}
		if (enterprise != null || files != null) {
			name.append(" (");
			if (enterprise != null) {
				name.append(String.valueOf(enterprise).contains(",") ? "enterprises " : "enterprise ").append(enterprise);
			}
			if (files != null) {
				name.append(enterprise != null ? "; " : "").append(files(files));
			}
			name.append(')');
		}
		return name.toString();
	}

	private static String files(Object files) {
		if (files instanceof Collection<?> list) {
			String shown = String.join(", ", list.stream().limit(SHOWN_FILES).map(PartitionNames::fileName).toList());
			return list.size() + (list.size() == 1 ? " file: " : " files: ") + shown
					+ (list.size() > SHOWN_FILES ? ", …" : "");
		}
		return "files: " + files;
	}

	private static String fileName(Object path) {
		String text = String.valueOf(path);
		return text.substring(Math.max(text.lastIndexOf('/'), text.lastIndexOf('\\')) + 1);
	}

}
