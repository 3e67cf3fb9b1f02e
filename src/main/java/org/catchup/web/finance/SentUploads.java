package org.catchup.web.finance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.catchup.system.CatchUpProperties;
import org.catchup.warehouse.StoredSubmission;
import org.catchup.warehouse.SubmissionLog;
import org.catchup.warehouse.SubmissionRepository;
import org.catchup.warehouse.WebUpload;
import org.catchup.warehouse.WebUploads;
import org.springframework.stereotype.Service;

/**
 * The workbooks submitted through the web application: recorded when they go into the inbox,
 * and read back with what the consolidation made of them. It only reads what the night decided
 * (versions, which of two identical copies is stored); it decides nothing itself.
 */
@Service
public class SentUploads {

	/** Generated inbox names only: never a path. */
	private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	private final WebUploads uploads;

	private final SubmissionLog log;

	private final SubmissionRepository submissions;

	private final CatchUpProperties properties;

	SentUploads(WebUploads uploads, SubmissionLog log, SubmissionRepository submissions, CatchUpProperties properties) {
		this.uploads = uploads;
		this.log = log;
		this.submissions = submissions;
		this.properties = properties;
	}

	void record(String inboxName, String uploadedName, String contentHash, String enterpriseCode, String period,
			String uploadedBy, LocalDateTime at) {
		uploads.record(inboxName, uploadedName, contentHash, enterpriseCode, period, uploadedBy, at);
	}

	/** Forgets an upload that never reached the inbox. */
	void forget(String inboxName) {
		uploads.forget(inboxName);
	}

	public Optional<SentUpload> find(String inboxName) {
		return settle(uploads.withInboxName(inboxName)).stream().findFirst();
	}

	/** The enterprises' uploads, newest first. */
	public List<SentUpload> of(Collection<String> enterprises) {
		return settle(uploads.of(enterprises));
	}

	/** A submitted upload with this content that still waits in the inbox, if any. */
	Optional<SentUpload> waitingWith(String contentHash) {
		return settle(uploads.withContent(contentHash)).stream()
			.filter(upload -> upload.state() == SentUpload.State.WAITING)
			.findFirst();
	}

	/** The enterprises' files in the inbox that the consolidation has not taken yet. */
	List<String> waiting(Collection<String> enterprises) {
		Path inbox = properties.inbox();
		if (!Files.isDirectory(inbox)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(inbox)) {
			return files.map(file -> file.getFileName().toString())
				.filter(name -> !name.endsWith(".part"))
				.filter(name -> enterprises.stream().anyMatch(code -> name.startsWith(code + "-")))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the inbox", ex);
		}
	}

	private List<SentUpload> settle(List<WebUpload> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<String, StoredSubmission> own = log.byFileNames(rows.stream().map(WebUpload::inboxName).toList());
		Map<String, SubmissionRepository.Seen> seen = submissions
			.findByContentHashes(rows.stream().map(WebUpload::contentHash).distinct().toList());
		return rows.stream().map(row -> {
			StoredSubmission stored = own.get(row.inboxName());
			if (stored != null) {
				return as(row, StoredSubmission.REJECTED.equals(stored.status()) ? SentUpload.State.REJECTED
						: SentUpload.State.LOADED, stored, null);
			}
			if (inInbox(row.inboxName())) {
				return as(row, SentUpload.State.WAITING, null, null);
			}
			SubmissionRepository.Seen earlier = seen.get(row.contentHash());
			return earlier == null ? as(row, SentUpload.State.GONE, null, null)
					: as(row, SentUpload.State.IDENTICAL, null, earlier.submission());
		}).toList();
	}

	private boolean inInbox(String inboxName) {
		return PLAIN_NAME.matcher(inboxName).matches() && Files.isRegularFile(properties.inbox().resolve(inboxName));
	}

	private static SentUpload as(WebUpload row, SentUpload.State state, StoredSubmission stored,
			StoredSubmission identical) {
		return new SentUpload(row.inboxName(), row.uploadedName(), row.enterpriseCode(), row.period(),
				row.submittedAt(), state, stored, identical);
	}

}
