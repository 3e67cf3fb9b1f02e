package org.catchup.web.finance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.catchup.feedback.AnnotatedWorkbookWriter;
import org.catchup.i18n.Texts;
import org.catchup.submission.CheckContext;
import org.catchup.submission.CheckedFile;
import org.catchup.submission.ContentHash;
import org.catchup.submission.SubmissionCheck;
import org.catchup.submission.SubmissionHeader;
import org.catchup.submission.WarehouseReferenceLookup;
import org.catchup.submission.WarehouseTeamHistory;
import org.catchup.system.CatchUpProperties;
import org.catchup.validation.Problem;
import org.catchup.validation.Resubmission;
import org.catchup.validation.SubmissionDeadline;
import org.catchup.warehouse.ReferenceDataRepository;
import org.catchup.warehouse.StoredSubmission;
import org.catchup.warehouse.SubmissionLog;
import org.catchup.warehouse.SubmissionRepository;
import org.catchup.web.security.CatchUpUser;
import org.catchup.web.security.ReasonedAccessDeniedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dry run of an upload and its submission. Each upload gets a folder named by a random
 * token under the upload folder: the file as {@code upload}, its report, its annotated copy.
 * The name the browser sent is kept as text only; it never becomes part of a path.
 */
@Service
public class UploadChecks {

	private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private static final Set<String> EXTENSIONS = Set.of("xlsx", "xlsm", "xls", "ods", "csv");

	private static final Duration KEPT = Duration.ofDays(30);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private final SecureRandom random = new SecureRandom();

	private final SubmissionCheck submissionCheck;

	private final SubmissionRepository submissions;

	private final ReferenceDataRepository reference;

	private final CatchUpProperties properties;

	private final JsonMapper json;

	private final Path uploads;

	private final SubmissionLog log;

	private final SentUploads sent;

	UploadChecks(SubmissionRepository submissions, ReferenceDataRepository reference, CatchUpProperties properties,
			JsonMapper json, @Value("${catchup.uploads:${catchup.data-dir}/uploads}") Path uploads, SubmissionLog log,
			SentUploads sent) {
		this.log = log;
		this.sent = sent;
		this.submissions = submissions;
		this.reference = reference;
		this.properties = properties;
		this.submissionCheck = new SubmissionCheck(properties.maxFileBytes());
		this.json = json;
		this.uploads = uploads;
	}

	/**
	 * Stores and checks an upload: nothing is loaded, nothing goes to the inbox. The marked copy
	 * says what is wrong in {@code texts}' language; the check keeps the rules' own sentences and
	 * each page words them for its reader ({@link ProblemTexts}).
	 */
	public CheckedUpload check(CatchUpUser user, String sentName, InputStream content, Texts texts)
			throws IOException {
		pruneOldUploads();
		String fileName = plainName(sentName);
		String token = UUID.randomUUID().toString();
		Path folder = Files.createDirectories(uploads.resolve(token));
		Path upload = folder.resolve("upload");
		Files.copy(content, upload);
		CheckedFile report = submissionCheck.check(upload,
				CheckContext.upload(fileName, LocalDateTime.now(), WarehouseReferenceLookup.load(reference),
						new HashSet<>(user.enterprises()),
						header -> WarehouseTeamHistory.of(submissions.teams(header.enterpriseCode(), header.period()))));
		List<Problem> problems = new ArrayList<>(report.problems());
		if (report.passed()) {
			problems.addAll(previewWarnings(report.header(), report.contentHash()));
		}
		// a copy is worth offering only when it marks a cell; a whole-file problem is said on the page
		if (problems.stream().anyMatch(problem -> problem.cell() != null)) {
			new AnnotatedWorkbookWriter().write(upload, fileName, worded(problems, texts), folder.resolve("annotated"));
		}
		SubmissionHeader header = report.header();
		CheckedUpload checked = new CheckedUpload(token, user.getUsername(), fileName,
				header == null ? null : header.enterpriseCode(),
				header == null || header.period() == null ? null : header.period().toString(), report.report().lineCount(),
				problems.stream().map(ProblemRow::of).toList(), LocalDateTime.now().withNano(0), null);
		save(checked);
		return checked;
	}

	/** The problems with their sentences in {@code texts}' language, for the marked copy. */
	private static List<Problem> worded(List<Problem> problems, Texts texts) {
		return problems.stream()
			.map(p -> new Problem(p.code(), p.severity(), p.sheet(), p.cell(), p.column(), p.value(),
					ProblemTexts.sentence(texts, p), p.occurrences()))
			.toList();
	}

	/** The upload of this token if it is the user's; 403 for anybody else's, empty when there is none. */
	public Optional<CheckedUpload> find(CatchUpUser user, String token) {
		if (!TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		Path report = uploads.resolve(token).resolve("check.json");
		if (!Files.isRegularFile(report)) {
			return Optional.empty();
		}
		CheckedUpload checked = json.readValue(report.toFile(), CheckedUpload.class);
		if (!checked.owner().equals(user.getUsername())) {
			throw new ReasonedAccessDeniedException("error.notYourUpload");
		}
		return Optional.of(checked);
	}

	/** The annotated workbook, if the check found anything to mark. */
	public Optional<Path> annotated(CheckedUpload checked) {
		Path file = uploads.resolve(checked.token()).resolve("annotated");
		return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
	}

	/**
	 * Puts a checked upload without errors into the inbox for the next consolidation, under a
	 * generated name; written as {@code .part} first, which the consolidation ignores.
	 */
	public CheckedUpload submit(CatchUpUser user, CheckedUpload checked) throws IOException {
		if (!checked.submittable() || !user.mayActFor(checked.enterpriseCode())) {
			throw new IllegalStateException(checked.submitted() ? "This workbook was already submitted."
					: "A workbook with errors cannot be submitted; correct it and upload it again.");
		}
		String extension = extension(checked.fileName());
		String name = checked.enterpriseCode() + "-" + checked.period() + "-" + LocalDateTime.now().format(STAMP) + "-"
				+ randomHex() + "." + extension;
		Path inbox = Files.createDirectories(properties.inbox());
		Path part = inbox.resolve(name + ".part");
		Path upload = uploads.resolve(checked.token()).resolve("upload");
		Files.copy(upload, part);
		// recorded before the file is visible in the inbox, so the night never stores a file whose uploaded name is unknown
		try {
			sent.record(name, checked.fileName(), ContentHash.of(upload), checked.enterpriseCode(), checked.period(),
					user.getUsername(), LocalDateTime.now());
		}
		catch (RuntimeException ex) {
			Files.deleteIfExists(part);
			throw ex;
		}
		try {
			moveIntoInbox(part, inbox.resolve(name));
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(part);
			sent.forget(name);
			throw ex;
		}
		CheckedUpload submitted = checked.submittedAs(name);
		save(submitted);
		return submitted;
	}

	private static void moveIntoInbox(Path part, Path target) throws IOException {
		try {
			Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(part, target);
		}
	}

	/** What the consolidation will add: the resubmission and late warnings (SPEC §4). */
	private List<Problem> previewWarnings(SubmissionHeader header, String hash) {
		List<Problem> warnings = new ArrayList<>();
		Optional<StoredSubmission> same = submissions.findByContentHash(hash);
		Optional<SentUpload> waiting = same.isPresent() ? Optional.empty() : sent.waitingWith(hash);
		if (waiting.isPresent()) {
			warnings.add(Resubmission.waiting(waiting.get().uploadedName()));
			return warnings;
		}
		if (same.isPresent()) {
			String earlier = log.find(same.get().id()).map(StoredSubmission::fileName).orElse(same.get().fileName());
			warnings.add(Resubmission.consolidatedBefore(earlier));
			return warnings;
		}
		submissions.findCurrent(header.enterpriseCode(), header.period())
			.ifPresent(previous -> warnings.add(Resubmission.replacing(previous.version(), header.period(),
					previous.fileName())));
		new SubmissionDeadline(properties.lateAfterDay()).lateWarning(header.period(), LocalDateTime.now())
			.ifPresent(warnings::add);
		return warnings;
	}

	/** Checks are kept for a while so the clerk can come back to them, not for ever. */
	private void pruneOldUploads() {
		if (!Files.isDirectory(uploads)) {
			return;
		}
		Instant cutoff = Instant.now().minus(KEPT);
		try (Stream<Path> folders = Files.list(uploads)) {
			for (Path folder : folders.filter(f -> TOKEN.matcher(f.getFileName().toString()).matches()).toList()) {
				if (Files.getLastModifiedTime(folder).toInstant().isBefore(cutoff)) {
					FileSystemUtils.deleteRecursively(folder);
				}
			}
		}
		catch (IOException ex) {
			// a folder that cannot be removed now is removed on a later upload
		}
	}

	private String randomHex() {
		byte[] bytes = new byte[3];
		random.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private void save(CheckedUpload checked) {
		Path folder = uploads.resolve(checked.token());
		try {
			Path temporary = folder.resolve("check.json.part");
			json.writeValue(temporary.toFile(), checked);
			Files.move(temporary, folder.resolve("check.json"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot store the check of " + checked.token(), ex);
		}
	}

	/** The last part of whatever the browser sent (some send a whole path), for display only. */
	static String plainName(String sent) {
		if (sent == null || sent.isBlank()) {
			return "upload";
		}
		String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1).strip();
		return name.isEmpty() ? "upload" : name;
	}

	private static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
		return EXTENSIONS.contains(extension) ? extension : "xlsx";
	}

}
