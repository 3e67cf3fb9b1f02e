package org.catchup.consolidation;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Files put into an inbox as they would arrive: with the time they were received. */
final class InboxDeliveries {

	private InboxDeliveries() {
	}

	/** Copies {@code source} into {@code inbox} as {@code name}, received (modified) at {@code received}. */
	static void deliver(Path inbox, Path source, String name, LocalDateTime received) throws Exception {
		receivedAt(Files.copy(source, inbox.resolve(name)), received);
	}

	/** Marks a file in the inbox as received (modified) at {@code received}. */
	static void receivedAt(Path file, LocalDateTime received) throws Exception {
		Files.setLastModifiedTime(file, FileTime.from(received.atZone(ZoneId.systemDefault()).toInstant()));
	}

	/** The workbook with the first team code below the header row (column "Brigade-Nr.") replaced. */
	static void renameFirstTeam(Path source, Path target, String code) throws Exception {
		try (InputStream in = Files.newInputStream(source); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			int column = -1;
			for (Row row : workbook.getSheetAt(0)) {
				for (Cell cell : row) {
					if (cell.getCellType() != CellType.STRING) {
						continue;
					}
					if (column < 0 && cell.getStringCellValue().equals("Brigade-Nr.")) {
						column = cell.getColumnIndex();
					}
					else if (column >= 0 && cell.getColumnIndex() == column) {
						cell.setCellValue(code);
						try (OutputStream out = Files.newOutputStream(target)) {
							workbook.write(out);
						}
						return;
					}
				}
			}
		}
		throw new IllegalStateException("No team code in " + source);
	}

}
