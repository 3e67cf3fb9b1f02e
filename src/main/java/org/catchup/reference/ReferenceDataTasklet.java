package org.catchup.reference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.catchup.figures.Enterprise;
import org.catchup.submission.ContentHash;
import org.catchup.warehouse.Indicator;
import org.catchup.warehouse.ReferenceDataRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Loads the reference workbook in the step's single transaction: read, check against itself
 * and the data in force, then store; any problem fails the step and changes nothing.
 */
class ReferenceDataTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ReferenceDataTasklet.class);

	/** The warning about enterprises left out, in the step's context, so the summary and the jobs page show it. */
	static final String LEFT_OUT = "warning";

	private final Path file;

	private final ReferenceDataRepository repository;

	private final EnterprisesInUse inUse;

	ReferenceDataTasklet(Path file, ReferenceDataRepository repository, EnterprisesInUse inUse) {
		this.file = file;
		this.repository = repository;
		this.inUse = inUse;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		String fileName = file.getFileName().toString();
		if (!Files.isRegularFile(file)) {
			throw new ReferenceDataRejectedException(fileName,
					List.of(new ReferenceProblem(file.toString(), "no such file")));
		}
		ReferenceWorkbookReader.Result result = new ReferenceWorkbookReader().read(file);
		List<ReferenceProblem> problems = new ArrayList<>(result.problems());
		ReferenceDataCheck check = new ReferenceDataCheck(
				repository.enterprises().stream().map(Enterprise::code).collect(Collectors.toSet()),
				repository.indicators().stream().map(Indicator::code).collect(Collectors.toSet()));
		problems.addAll(check.check(result.data(), result.locate()));
		if (!problems.isEmpty()) {
			throw new ReferenceDataRejectedException(fileName, problems);
		}
		Set<String> leftOut = inUse
			.leftOut(result.data().enterprises().stream().map(Enterprise::code).collect(Collectors.toSet()));
		if (!leftOut.isEmpty()) {
			// kept as they are: their submissions and history still need them (SPEC §2)
			String warning = "The workbook leaves out " + leftOut.size() + " enterprise(s) that submissions use: "
					+ String.join(", ", leftOut) + ". They are kept as they were, not dropped; name them in the "
					+ "workbook to change them.";
			log.warn("Reference workbook {}: {}", fileName, warning);
			contribution.getStepExecution().getExecutionContext().putString(LEFT_OUT, warning);
		}
		long loadId = repository.save(result.data(), fileName, ContentHash.of(file), LocalDateTime.now());
		contribution.incrementWriteCount(result.data().enterprises().size() + result.data().indicators().size()
				+ result.data().annualPlans().size());
		log.info("Reference data load #{} from {}: {} enterprises, {} indicators, {} annual plans", loadId, fileName,
				result.data().enterprises().size(), result.data().indicators().size(),
				result.data().annualPlans().size());
		return RepeatStatus.FINISHED;
	}

}
