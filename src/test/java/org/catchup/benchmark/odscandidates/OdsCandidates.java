package org.catchup.benchmark.odscandidates;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.catchup.spreadsheet.AnyWorkbookReader;
import org.catchup.spreadsheet.OdsFiles;
import org.catchup.spreadsheet.OdsHostile;
import org.catchup.spreadsheet.SheetRow;
import org.catchup.spreadsheet.SheetVisitor;
import org.odftoolkit.odfdom.doc.OdfSpreadsheetDocument;
import org.odftoolkit.odfdom.doc.table.OdfTable;
import org.odftoolkit.odfdom.doc.table.OdfTableRow;

import com.github.miachm.sods.OdsOptionParameters;
import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;

/**
 * {@code ./catchup bench ods-candidates [rows]}: the .ods libraries of Maven Central against the
 * product's streaming reader, each in a JVM of its own. Memory: the peak heap while reading a
 * generated submission of 100,000 rows (sampled every 5 ms at -Xmx2g) and the smallest heap of
 * 16, 32, 64 ... 2048 MB that reads it at all. Safety: each hostile .ods at -Xmx256m, with what
 * came of it. Compiled only with {@code -Pods-candidates}, which puts the libraries on the test
 * class path; the product never has them.
 */
public final class OdsCandidates {

	static final List<String> CANDIDATES = List.of("catchup", "sods", "odfdom", "jopendocument");

	private static final String[] INDICATORS = { "COAL", "ORE", "COKE" };

	private static final int COLUMNS = 9;

	private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

	private OdsCandidates() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length >= 3 && args[0].equals("read")) {
			read(args[1], Path.of(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 0);
			return;
		}
		int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
		compare(rows, Path.of("target/ods-candidates"), System.out);
	}

	static void compare(int rows, Path dir, PrintStream out) throws Exception {
		Files.createDirectories(dir);
		Path big = OdsFiles.submission(dir.resolve("E01-1959-09-" + rows + ".ods"), "E01", "1959-09", rows, INDICATORS);
		out.printf(Locale.ROOT, "%s: %,d rows, %.1f MB on disk%n", big.getFileName(), rows, Files.size(big) / 1048576.0);
		List<String> memory = new ArrayList<>();
		for (String candidate : CANDIDATES) {
			Path file = candidate.equals("jopendocument") ? odf12(big, dir) : big;
			String line = child(candidate, file, rows, 2048, 1800);
			int smallest = line.startsWith("read") ? smallestHeap(candidate, file, rows, peakMb(line)) : -1;
			memory.add(String.format(Locale.ROOT, "| %s | %s | %s |", candidate, line,
					smallest < 0 ? "more than 2048 MB" : smallest + " MB"));
			out.println(memory.get(memory.size() - 1));
		}
		List<String[]> hostile = List.of(
				new String[] { "zip bomb (200 MB of spaces in content.xml)",
						OdsHostile.zipBomb(dir.resolve("zip-bomb.ods")).toString() },
				new String[] { "billion laughs (DOCTYPE, nested entities)",
						OdsFiles.withContent(dir.resolve("billion-laughs.ods"), OdsHostile.billionLaughs()).toString() },
				new String[] { "external entity (file:///etc/passwd)",
						OdsFiles.withContent(dir.resolve("external-entity.ods"), OdsHostile.externalEntity()).toString() },
				new String[] { "one data row repeated 1,048,000 times (9.4 million cells)",
						OdsHostile.repeatBomb(dir.resolve("repeat-bomb.ods")).toString() });
		List<String> safety = new ArrayList<>();
		for (String[] file : hostile) {
			StringBuilder line = new StringBuilder("| " + file[0] + " |");
			for (String candidate : CANDIDATES) {
				line.append(' ').append(child(candidate, Path.of(file[1]), 1_048_576, 256, 120)).append(" |");
			}
			safety.add(line.toString());
			out.println(line);
		}
		out.println();
		out.printf(Locale.ROOT, "Reading %,d rows (%d columns), Java %s:%n%n", rows, COLUMNS,
				System.getProperty("java.version"));
		out.println("| reader | cells read, seconds, peak heap at -Xmx2g | smallest -Xmx that reads it |");
		out.println("|---|---|---|");
		memory.forEach(out::println);
		out.println();
		out.println("Hostile files at -Xmx256m:");
		out.println();
		out.println("| file | " + String.join(" | ", CANDIDATES) + " |");
		out.println("|---" + "|---".repeat(CANDIDATES.size()) + "|");
		safety.forEach(out::println);
	}

	private static final int[] HEAPS = { 16, 32, 64, 128, 256, 512, 1024, 2048 };

	/**
	 * The smallest heap of 16, 32, 64 ... 2048 MB at which the candidate reads the file, or -1; the
	 * climb starts a rung or two below the peak it showed with room to spare.
	 */
	private static int smallestHeap(String candidate, Path file, int rows, long peakMb) throws Exception {
		int rung = 0;
		while (rung + 1 < HEAPS.length && HEAPS[rung + 1] <= peakMb / 4) {
			rung++;
		}
		for (; rung < HEAPS.length; rung++) {
			if (child(candidate, file, rows, HEAPS[rung], 600).startsWith("read")) {
				return HEAPS[rung];
			}
		}
		return -1;
	}

	private static long peakMb(String line) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("peak (\\d+) MB").matcher(line);
		return m.find() ? Long.parseLong(m.group(1)) : 2048;
	}

	/**
	 * The same file declaring ODF 1.2: jOpenDocument (2013) fails with a NullPointerException on the
	 * ODF 1.3 that LibreOffice writes today, so its figures are taken on this copy.
	 */
	private static Path odf12(Path file, Path dir) throws IOException {
		Path copy = dir.resolve("odf12-" + file.getFileName());
		try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(file.toFile());
				java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(copy))) {
			for (java.util.zip.ZipEntry entry : java.util.Collections.list(in.entries())) {
				byte[] bytes = in.getInputStream(entry).readAllBytes();
				if (entry.getName().endsWith(".xml")) {
					bytes = new String(bytes, StandardCharsets.UTF_8).replace("version=\"1.3\"", "version=\"1.2\"")
						.getBytes(StandardCharsets.UTF_8);
				}
				java.util.zip.ZipEntry copied = new java.util.zip.ZipEntry(entry.getName());
				if (entry.getMethod() == java.util.zip.ZipEntry.STORED) {
					copied.setMethod(java.util.zip.ZipEntry.STORED);
					copied.setSize(bytes.length);
					java.util.zip.CRC32 crc = new java.util.zip.CRC32();
					crc.update(bytes);
					copied.setCrc(crc.getValue());
				}
				out.putNextEntry(copied);
				out.write(bytes);
				out.closeEntry();
			}
		}
		return copy;
	}

	/** Runs {@code read} in a fresh JVM with the given heap; its one line of outcome. */
	private static String child(String candidate, Path file, int rows, int heapMb, int timeoutSeconds)
			throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Path output = Files.createTempFile("ods-candidate", ".txt");
		try {
			// the parallel collector gives up (GC overhead limit) instead of thrashing just below the heap a reader needs
			Process process = new ProcessBuilder(java, "-Xmx" + heapMb + "m", "-XX:+UseParallelGC", "-cp",
					System.getProperty("java.class.path"), OdsCandidates.class.getName(), "read", candidate,
					file.toString(), String.valueOf(rows))
				.redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.start();
			if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
				return "still running after " + timeoutSeconds + " s";
			}
			List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
			return lines.stream()
				.filter(l -> l.startsWith("read") || l.startsWith("refused") || l.startsWith("OutOfMemoryError")
						|| l.startsWith("crashed"))
				.reduce((a, b) -> b)
				.orElse("no answer (exit " + process.exitValue() + ")");
		}
		finally {
			Files.deleteIfExists(output);
		}
	}

	/** In the child JVM: reads the file with one candidate and prints one line. */
	private static void read(String candidate, Path file, int rows) {
		AtomicLong peak = new AtomicLong(MEMORY.getHeapMemoryUsage().getUsed());
		Thread sampler = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(5);
				}
				catch (InterruptedException e) {
					return;
				}
			}
		});
		sampler.setDaemon(true);
		sampler.start();
		long start = System.nanoTime();
		try {
			Result result = switch (candidate) {
				case "catchup" -> catchup(file);
				case "sods" -> sods(file.toFile());
				case "odfdom" -> odfdom(file.toFile(), rows);
				case "jopendocument" -> jopendocument(file.toFile(), rows);
				default -> throw new IllegalArgumentException(candidate);
			};
			double seconds = (System.nanoTime() - start) / 1e9;
			sampler.interrupt();
			String leak = result.text().contains("root:") ? "; READ /etc/passwd INTO A CELL" : "";
			System.out.printf(Locale.ROOT, "read %,d cells, %.1f s, peak %d MB%s%n", result.cells(), seconds,
					peak.get() >> 20, leak);
		}
		catch (OutOfMemoryError e) {
			System.out.println("OutOfMemoryError");
		}
		catch (Throwable e) {
			String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
			System.out.println("refused: " + e.getClass().getSimpleName() + ": "
					+ (message.length() > 90 ? message.substring(0, 90) + "..." : message));
		}
	}

	/** How many non-blank cells were read, and the text of the first one (for the entity probes). */
	record Result(long cells, String text) {
	}

	private static Result catchup(Path file) throws Exception {
		long[] cells = { 0 };
		StringBuilder first = new StringBuilder();
		new AnyWorkbookReader(Long.MAX_VALUE).read(file, file.getFileName().toString(), new SheetVisitor() {

			@Override
			public boolean startSheet(String sheetName) {
				return true;
			}

			@Override
			public boolean row(SheetRow row) {
				cells[0] += row.cells().size();
				if (first.isEmpty() && !row.cells().isEmpty()) {
					first.append(row.cells().get(0).text());
				}
				return true;
			}

			@Override
			public boolean endSheet() {
				return true;
			}
		});
		return new Result(cells[0], first.toString());
	}

	private static Result sods(File file) throws IOException {
		OdsOptionParameters options = new OdsOptionParameters();
		options.setLoadImages(false);
		options.setLoadGraphs(false);
		Logger.getLogger("ODS_Reader").setLevel(Level.OFF);
		SpreadSheet spreadsheet = new SpreadSheet(file, options);
		long cells = 0;
		String first = "";
		for (Sheet sheet : spreadsheet.getSheets()) {
			Range range = sheet.getDataRange();
			Object[][] values = range.getValues();
			for (Object[] row : values) {
				for (Object value : row) {
					if (value != null && !value.toString().isEmpty()) {
						cells++;
						if (first.isEmpty()) {
							first = value.toString();
						}
					}
				}
			}
		}
		return new Result(cells, first);
	}

	/** odfdom sees LibreOffice's repeated empty rows as 1,048,576 rows: only those with content are asked. */
	private static Result odfdom(File file, int rows) throws Exception {
		OdfSpreadsheetDocument document = OdfSpreadsheetDocument.loadDocument(file);
		long cells = 0;
		String first = "";
		for (OdfTable table : document.getTableList()) {
			int last = Math.min(table.getRowCount(), rows + 5);
			for (int r = 0; r < last; r++) {
				OdfTableRow row = table.getRowByIndex(r);
				for (int c = 0; c < COLUMNS; c++) {
					String text = row.getCellByIndex(c).getDisplayText();
					if (text != null && !text.isEmpty()) {
						cells++;
						if (first.isEmpty()) {
							first = text;
						}
					}
				}
			}
		}
		return new Result(cells, first);
	}

	private static Result jopendocument(File file, int rows) throws Exception {
		org.jopendocument.dom.spreadsheet.SpreadSheet spreadsheet = org.jopendocument.dom.spreadsheet.SpreadSheet
			.createFromFile(file);
		long cells = 0;
		String first = "";
		for (int s = 0; s < spreadsheet.getSheetCount(); s++) {
			org.jopendocument.dom.spreadsheet.Sheet sheet = spreadsheet.getSheet(s);
			int last = Math.min(sheet.getRowCount(), rows + 5);
			int columns = Math.min(sheet.getColumnCount(), COLUMNS);
			for (int r = 0; r < last; r++) {
				for (int c = 0; c < columns; c++) {
					String text = sheet.getImmutableCellAt(c, r).getTextValue();
					if (text != null && !text.isEmpty()) {
						cells++;
						if (first.isEmpty()) {
							first = text;
						}
					}
				}
			}
		}
		return new Result(cells, first);
	}

}
