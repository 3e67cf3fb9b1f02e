package org.catchup.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.catchup.web.WebTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Concurrent uploads over HTTP: 24 finance uploads of one (enterprise, month) at once through the
 * JSON API all land in the inbox under their own names, and the night turns them into versions
 * 1..24 with exactly one current, every version kept, and no deadlock.
 */
class ConcurrentUploadsThroughTheApiTests extends WebTestSupport {

	private static final int UPLOADS = 24;

	@LocalServerPort
	int port;

	@Test
	void parallelUploadsOfOneMonthBecomeConsecutiveVersionsWithOneCurrent() throws Exception {
		List<byte[]> workbooks = new ArrayList<>();
		for (int i = 1; i <= UPLOADS; i++) {
			workbooks.add(obsOctoberSubmittedBy("Clerk " + i));
		}
		HttpClient http = HttpClient.newHttpClient();
		CyclicBarrier start = new CyclicBarrier(UPLOADS);
		ExecutorService pool = Executors.newFixedThreadPool(UPLOADS);
		List<Future<HttpResponse<String>>> responses = new ArrayList<>();
		try {
			for (int i = 0; i < UPLOADS; i++) {
				byte[] workbook = workbooks.get(i);
				String name = "OBS-1959-10-" + (i + 1) + ".xlsx";
				responses.add(pool.submit(() -> {
					start.await(30, TimeUnit.SECONDS);
					return http.send(upload(name, workbook), HttpResponse.BodyHandlers.ofString());
				}));
			}
			for (Future<HttpResponse<String>> response : responses) {
				HttpResponse<String> answer = response.get(120, TimeUnit.SECONDS);
				assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
				assertThat(answer.body()).contains("\"submitted\":true");
			}
		}
		finally {
			pool.shutdownNow();
		}
		try (var inbox = Files.list(properties.inbox())) {
			assertThat(inbox.filter(f -> f.getFileName().toString().startsWith("OBS-1959-10"))).hasSize(UPLOADS);
		}

		assertThat(launches.start("consolidation", Map.of()).getStatus()).isEqualTo(BatchStatus.COMPLETED);

		assertThat(jdbc.sql("""
				SELECT version FROM submission WHERE enterprise_code = 'OBS' AND period = '1959-10' ORDER BY version""")
			.query(Integer.class)
			.list()).containsExactlyElementsOf(IntStream.rangeClosed(1, UPLOADS).boxed().toList());
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM submission WHERE enterprise_code = 'OBS' AND period = '1959-10' AND status = 'CURRENT'""")
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM fact f JOIN submission s ON s.id = f.submission_id
				WHERE s.enterprise_code = 'OBS' AND s.period = '1959-10' AND s.status = 'CURRENT'""")
			.query(Integer.class)
			.single()).isEqualTo(35);
	}

	private HttpRequest upload(String fileName, byte[] workbook) {
		String boundary = "catchup-" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(workbook);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		String credentials = Base64.getEncoder().encodeToString(("obs-clerk:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/submissions?dryRun=false"))
			.header("Authorization", "Basic " + credentials)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
	}

	/** OBS's September workbook re-dated to October 1959, with its own clerk (so its own content). */
	private static byte[] obsOctoberSubmittedBy(String clerk) throws Exception {
		try (InputStream in = Files.newInputStream(SAMPLE_INPUT.resolve("submissions/1959-09/OBS-1959-09.xlsx"));
				Workbook workbook = WorkbookFactory.create(in); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.getSheetAt(0);
			for (int r = 0; r < 6; r++) {
				Row row = sheet.getRow(r);
				Cell label = row == null ? null : row.getCell(0);
				if (label == null || label.getCellType() != CellType.STRING) {
					continue;
				}
				String text = label.getStringCellValue().trim().toLowerCase();
				if (text.startsWith("berichtsmonat") || text.startsWith("period")) {
					row.getCell(1, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue("1959-10");
				}
				if (text.startsWith("bearbeiter") || text.startsWith("submitted by")) {
					row.getCell(1, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(clerk);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
