package org.catchup.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.catchup.spreadsheet.AnyWorkbookReader;
import org.catchup.spreadsheet.SheetRow;
import org.catchup.spreadsheet.SheetVisitor;
import org.catchup.spreadsheet.SpreadsheetException;
import org.junit.jupiter.api.Test;

/**
 * Reading the hostile corpus over and over neither keeps file handles open nor lets the heap
 * grow: a reader that leaked would fail a long-running web app long before a nightly run.
 */
class HostileFilesDoNotLeakTests {

	private static final int ROUNDS = 15;

	private final AnyWorkbookReader reader = new AnyWorkbookReader(50L * 1024 * 1024);

	@Test
	void readingTheCorpusRepeatedlyLeaksNeitherFileHandlesNorMemory() throws Exception {
		List<Path> corpus;
		try (Stream<Path> files = Files.list(Path.of("src/test/resources/hostile"))) {
			corpus = files.sorted().toList();
		}
		readAll(corpus);
		long handlesBefore = openFileHandles();
		long heapBefore = usedHeapAfterGc();

		for (int round = 0; round < ROUNDS; round++) {
			readAll(corpus);
		}

		assertThat(openFileHandles()).as("open file handles").isLessThanOrEqualTo(handlesBefore + 2);
		assertThat(usedHeapAfterGc() - heapBefore).as("heap growth in bytes").isLessThan(32L * 1024 * 1024);
	}

	private void readAll(List<Path> corpus) {
		for (Path file : corpus) {
			try {
				reader.read(file, file.getFileName().toString(), new CountingVisitor());
			}
			catch (SpreadsheetException expected) {
				// refused files are what the corpus is for
			}
		}
	}

	private static long openFileHandles() throws Exception {
		try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
			return fds.count();
		}
	}

	private static long usedHeapAfterGc() throws InterruptedException {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(50);
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static final class CountingVisitor implements SheetVisitor {

		private long rows;

		@Override
		public boolean startSheet(String sheetName) {
			return true;
		}

		@Override
		public boolean row(SheetRow row) {
			rows++;
			return true;
		}

		@Override
		public boolean endSheet() {
			return true;
		}

	}

}
