package org.catchup.assistance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.catchup.feedback.AnnotatedWorkbookWriter;
import org.catchup.feedback.ProblemListCsv;
import org.catchup.figures.RegisteredAssistance;
import org.catchup.validation.Problem;
import org.catchup.validation.ProblemCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Loads the register workbook in the step's one transaction: read, check every row, then store
 * every entry; any problem writes the problem list and the marked workbook, fails the step and
 * changes nothing.
 */
class RegisterLoadTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(RegisterLoadTasklet.class);

	private final Path file;

	private final Path rejected;

	private final RegisterWorkbookReader reader;

	private final AssistanceRegister register;

	private final AssistanceService assistance;

	private final String who;

	RegisterLoadTasklet(Path file, Path rejected, RegisterWorkbookReader reader, AssistanceRegister register,
			AssistanceService assistance, String who) {
		this.file = file;
		this.rejected = rejected;
		this.reader = reader;
		this.register = register;
		this.assistance = assistance;
		this.who = who;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		String fileName = file.getFileName().toString();
		if (!Files.isRegularFile(file)) {
			throw new RegisterRejectedException(fileName,
					List.of(Problem.ofFile(ProblemCode.UNREADABLE_FILE, "There is no file " + file + ".")), null, null);
		}
		RegisterWorkbookReader.Result read = reader.read(file, fileName);
		List<Problem> problems = read.problems();
		List<RegisteredAssistance> entries = List.of();
		if (problems.isEmpty()) {
			RegisterRules.Outcome checked = new RegisterRules(assistance.rules()).check(read.rows());
			problems = checked.problems();
			entries = checked.entries();
		}
		if (!problems.isEmpty()) {
			throw rejection(fileName, problems);
		}
		Map<AssistanceRegister.Change, Integer> changes = new EnumMap<>(AssistanceRegister.Change.class);
		LocalDateTime now = LocalDateTime.now();
		for (RegisteredAssistance entry : entries) {
			changes.merge(register.put(entry, AssistanceRegister.Source.JOB, who, now), 1, Integer::sum);
		}
		int added = changes.getOrDefault(AssistanceRegister.Change.ADDED, 0);
		int updated = changes.getOrDefault(AssistanceRegister.Change.UPDATED, 0);
		contribution.incrementWriteCount(added + updated);
		log.info("Assistance register {}: {} pair(s) read, {} added, {} updated, {} unchanged", fileName,
				entries.size(), added, updated, changes.getOrDefault(AssistanceRegister.Change.UNCHANGED, 0));
		return RepeatStatus.FINISHED;
	}

	private RegisterRejectedException rejection(String fileName, List<Problem> problems) throws IOException {
		Files.createDirectories(rejected);
		Path problemList = rejected.resolve(fileName + ".problems.csv");
		ProblemListCsv.write(problems, problemList);
		Path annotated = rejected.resolve(AnnotatedWorkbookWriter.annotatedFileName(fileName));
		try {
			new AnnotatedWorkbookWriter().write(file, fileName, problems, annotated);
		}
		catch (IOException | RuntimeException ex) {
			// the problem list is written; an unannotatable workbook costs only the marked copy
			log.warn("Could not write the marked workbook for {}: {}", fileName, ex.getMessage());
			annotated = null;
		}
		return new RegisterRejectedException(fileName, problems, problemList, annotated);
	}

}
