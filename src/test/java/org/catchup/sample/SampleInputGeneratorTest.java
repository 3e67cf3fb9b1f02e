package org.catchup.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed samples are exactly what the generator writes: regenerating gives the same
 * files with the same cell contents (xlsx bytes differ by zip timestamps, so cells are compared).
 */
class SampleInputGeneratorTest {

	@Test
	void regeneratingGivesTheCommittedSamples(@TempDir Path temp) throws IOException {
		SampleInputGenerator.main(new String[] { temp.toString() });

		List<String> generated = files(temp);
		List<String> committed = files(SampleStoryTest.ROOT);
		committed.remove("README.md"); // written by hand
		assertThat(generated).containsExactlyElementsOf(committed);
		assertThat(generated).filteredOn(f -> f.startsWith("submissions/")).hasSize(54);

		for (String file : generated) {
			Path fresh = temp.resolve(file);
			Path kept = SampleStoryTest.ROOT.resolve(file);
			if (file.endsWith(".xlsx")) {
				assertThat(cells(fresh)).as(file).containsExactlyElementsOf(cells(kept));
			} else {
				assertThat(fresh).as(file).hasSameBinaryContentAs(kept);
			}
		}
	}

	@Test
	void theStoryIsComputedTheSameEveryTime() {
		SampleInputGenerator.Plan first = SampleInputGenerator.compute();
		SampleInputGenerator.selfCheck(first);
		assertThat(SampleInputGenerator.figuresCsv(SampleInputGenerator.compute()))
				.isEqualTo(SampleInputGenerator.figuresCsv(first));
	}

	private static List<String> files(Path root) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return new ArrayList<>(walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
					.sorted().toList());
		}
	}

	/** Every cell as "Sheet!A1 TYPE value [format]": what a reader of the workbook can see. */
	private static List<String> cells(Path file) throws IOException {
		List<String> cells = new ArrayList<>();
		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
			for (Sheet sheet : wb) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						String value = switch (cell.getCellType()) {
						case FORMULA -> cell.getCellFormula() + " = " + cell.getNumericCellValue();
						case NUMERIC -> String.valueOf(cell.getNumericCellValue());
						case STRING -> cell.getStringCellValue();
						case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
						default -> "";
						};
						cells.add(sheet.getSheetName() + "!" + cell.getAddress() + " " + cell.getCellType() + " " + value + " ["
								+ cell.getCellStyle().getDataFormatString() + "]");
					}
				}
			}
		}
		return cells;
	}

}
