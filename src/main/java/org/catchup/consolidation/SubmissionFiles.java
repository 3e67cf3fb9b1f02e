package org.catchup.consolidation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.catchup.submission.ContentHash;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.catchup.feedback.AnnotatedWorkbookWriter;
import org.catchup.feedback.ProblemListCsv;
import org.catchup.validation.Column;
import org.catchup.validation.Severity;
import org.catchup.warehouse.StoredSubmission;
import org.catchup.warehouse.SubmissionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a consolidated file out of the inbox: loaded and already-seen files to the archive,
 * rejected ones to the rejected folder with their problem list and annotated workbook beside
 * them. Called only after the warehouse transaction committed, so a file never leaves the
 * inbox for a submission that was not stored.
 */
public class SubmissionFiles {

	private static final Logger log = LoggerFactory.getLogger(SubmissionFiles.class);

	private final Path archive;

	private final Path rejected;

	private final AnnotatedWorkbookWriter annotator;

	private final CrashPoints crashPoints;

	public SubmissionFiles(Path archive, Path rejected, AnnotatedWorkbookWriter annotator) {
		this(archive, rejected, annotator, CrashPoints.none());
	}

	public SubmissionFiles(Path archive, Path rejected, AnnotatedWorkbookWriter annotator, CrashPoints crashPoints) {
		this.crashPoints = crashPoints;
		this.archive = archive;
		this.rejected = rejected;
		this.annotator = annotator;
	}

	/** Returns where the file now is. */
	public Path moveAway(ConsolidationOutcome outcome) {
		try {
			if (outcome.result() == ConsolidationOutcome.Result.REJECTED) {
				Path target = freeName(rejected, outcome.fileName());
				ProblemListCsv.write(outcome.report().problems(), sibling(target, ".problems.csv"));
				annotate(outcome, sibling(target, annotatedSuffix(outcome.fileName())));
				crashPoints.reached(CrashPoints.MID_MOVE);
				return move(outcome.file(), target);
			}
			Path folder = outcome.report().header() == null ? archive.resolve("duplicates")
					: archive.resolve(outcome.report().header().period().toString());
			Path target = freeName(folder, outcome.fileName());
			if (!outcome.report().problems().isEmpty()) {
				ProblemListCsv.write(outcome.report().problems(), sibling(target, ".problems.csv"));
			}
			crashPoints.reached(CrashPoints.MID_MOVE);
			return move(outcome.file(), target);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot move " + outcome.file() + " out of the inbox", ex);
		}
	}

	/**
	 * Whether a stored submission's file already lies where {@link #moveAway} put it: under its
	 * name, or a {@code -2}, {@code -3}… of it, in its period's archive or in the rejected folder,
	 * with the same content.
	 */
	public boolean isFiled(SubmissionRepository.Unfiled submission) {
		Path folder = StoredSubmission.REJECTED.equals(submission.status()) || submission.period() == null ? rejected
				: archive.resolve(submission.period());
		String fileName = submission.fileName();
		Path candidate = folder.resolve(fileName);
		for (int n = 2; Files.isRegularFile(candidate); n++) {
			if (ContentHash.of(candidate).equals(submission.contentHash())) {
				return true;
			}
			candidate = folder.resolve(numbered(fileName, n));
		}
		return false;
	}

	private void annotate(ConsolidationOutcome outcome, Path target) {
		try {
			annotator.write(outcome.file(), outcome.fileName(), outcome.report().problems(), target);
		}
		catch (IOException | RuntimeException ex) {
			// The problem list is already beside the file; an unannotatable workbook costs only the copy.
			log.warn("Could not write the annotated workbook for {}: {}", outcome.fileName(), ex.getMessage());
		}
	}

	private static Path move(Path from, Path to) throws IOException {
		Files.createDirectories(to.getParent());
		try {
			return Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			return Files.move(from, to);
		}
	}

	/** {@code name}, or {@code name-2}, {@code name-3}… so an earlier file is never overwritten. */
	private static Path freeName(Path folder, String fileName) {
		Path candidate = folder.resolve(fileName);
		for (int n = 2; Files.exists(candidate); n++) {
			candidate = folder.resolve(numbered(fileName, n));
		}
		return candidate;
	}

	/** {@code OBS-1959-01.xlsx}, 2 → {@code OBS-1959-01-2.xlsx}. */
	private static String numbered(String fileName, int n) {
		int dot = fileName.lastIndexOf('.');
		return dot > 0 ? fileName.substring(0, dot) + "-" + n + fileName.substring(dot) : fileName + "-" + n;
	}

	private static Path sibling(Path file, String suffix) {
		return file.resolveSibling(file.getFileName() + suffix);
	}

	private static String annotatedSuffix(String fileName) {
		String name = fileName.toLowerCase();
		return name.endsWith(".xls") ? ".annotated.xls" : name.endsWith(".ods") ? ".annotated.ods" : ".annotated.xlsx";
	}

}
