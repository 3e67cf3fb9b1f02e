package org.catchup.reference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
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

	private final Path file;

	private final ReferenceDataRepository repository;

	ReferenceDataTasklet(Path file, ReferenceDataRepository repository) {
		this.file = file;
		this.repository = repository;
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
		long loadId = repository.save(result.data(), fileName, ContentHash.of(file), LocalDateTime.now());
		contribution.incrementWriteCount(result.data().enterprises().size() + result.data().indicators().size()
				+ result.data().annualPlans().size());
		log.info("Reference data load #{} from {}: {} enterprises, {} indicators, {} annual plans", loadId, fileName,
				result.data().enterprises().size(), result.data().indicators().size(),
				result.data().annualPlans().size());
		return RepeatStatus.FINISHED;
	}

}
