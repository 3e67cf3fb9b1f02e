package org.catchup.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.catchup.jobs.JobLaunches;
import org.catchup.system.CatchUpProperties;
import org.catchup.users.NewUser;
import org.catchup.users.Role;
import org.catchup.users.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * One application for every web test (same configuration, so Spring shares the context): a
 * real server on a random port plus MockMvc, on a fresh H2 data folder holding the 1959 story
 * from January to September, except the KLH September workbook that the finance clerk of
 * KLH has still to send.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public abstract class WebTestSupport {

	protected static final String PASSWORD = "correct horse battery";

	protected static final Path SAMPLE_INPUT = Path.of("sample-input");

	private static final Path DATA_DIR = temporaryDataDir();

	private static boolean loaded;

	@Autowired
	protected JobLaunches launches;

	@Autowired
	protected UserAccounts accounts;

	@Autowired
	protected CatchUpProperties properties;

	@Autowired
	protected JdbcClient jdbc;

	@DynamicPropertySource
	static void dataFolder(DynamicPropertyRegistry registry) {
		registry.add("catchup.data-dir", DATA_DIR::toString);
	}

	@BeforeEach
	void storyLoaded() throws Exception {
		synchronized (WebTestSupport.class) {
			if (loaded) {
				return;
			}
			assertThat(launches
				.start("reference-data", Map.of("file", SAMPLE_INPUT.resolve("reference-data.xlsx").toString()))
				.getStatus()).isEqualTo(BatchStatus.COMPLETED);
			Files.createDirectories(properties.inbox());
			try (Stream<Path> months = Files.list(SAMPLE_INPUT.resolve("submissions"))) {
				for (Path month : months.sorted().toList()) {
					try (Stream<Path> files = Files.list(month)) {
						for (Path file : files.toList()) {
							if (!file.getFileName().toString().equals("KLH-1959-09.xlsx")) {
								Files.copy(file, properties.inbox().resolve(file.getFileName()));
							}
						}
					}
				}
			}
			assertThat(launches.start("consolidation", Map.of()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
			user("obs-clerk", Set.of(Role.SUBMITTER), Set.of("OBS"));
			user("klh-clerk", Set.of(Role.SUBMITTER), Set.of("KLH"));
			user("night-operator", Set.of(Role.OPERATOR), Set.of());
			user("committee-member", Set.of(Role.COMMITTEE), Set.of());
			user("administrator", Set.of(Role.ADMIN), Set.of());
			loaded = true;
		}
	}

	private void user(String name, Set<Role> roles, Set<String> enterprises) {
		accounts.create(new NewUser(name, PASSWORD, name, roles, enterprises));
	}

	protected long currentSubmissionId(String enterprise, String period) {
		return jdbc.sql("SELECT id FROM submission WHERE enterprise_code = :e AND period = :p AND status = 'CURRENT'")
			.param("e", enterprise)
			.param("p", period)
			.query(Long.class)
			.single();
	}

	/** The KLH workbook of the broken samples with its one error (KUPFR in Report!D9) corrected. */
	protected static Path correctedKlhWorkbook(Path folder) throws IOException {
		Path corrected = folder.resolve("KLH-1959-09-corrected.xlsx");
		try (InputStream in = Files.newInputStream(SAMPLE_INPUT.resolve("broken/BROKEN-unknown-indicator.xlsx"));
				Workbook workbook = WorkbookFactory.create(in); OutputStream out = Files.newOutputStream(corrected)) {
			Sheet sheet = workbook.getSheet("Report");
			Row row = sheet.getRow(8);
			assertThat(row.getCell(3).getStringCellValue()).isEqualTo("KUPFR");
			row.getCell(3).setCellValue("RAWCU");
			workbook.write(out);
		}
		return corrected;
	}

	protected static byte[] bytes(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	protected static List<String> inboxNames(Path inbox) throws IOException {
		try (Stream<Path> files = Files.list(inbox)) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}

	private static Path temporaryDataDir() {
		try {
			Path dir = Files.createTempDirectory("catchup-web-tests");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(dir.toFile())));
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
