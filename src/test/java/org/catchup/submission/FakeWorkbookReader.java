package org.catchup.submission;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.catchup.spreadsheet.SheetRow;
import org.catchup.spreadsheet.SheetVisitor;
import org.catchup.spreadsheet.SpreadsheetException;
import org.catchup.spreadsheet.WorkbookReader;

/** Replays prepared sheets the way a streaming reader would, honouring the visitor's stop signals. */
final class FakeWorkbookReader implements WorkbookReader {

	record FakeSheet(String name, List<SheetRow> rows) {
	}

	private final List<FakeSheet> sheets;

	private final SpreadsheetException failure;

	/** how many rows the visitor was offered, to prove it stops early */
	int rowsDelivered;

	FakeWorkbookReader(List<FakeSheet> sheets) {
		this.sheets = sheets;
		this.failure = null;
	}

	FakeWorkbookReader(SpreadsheetException failure) {
		this.sheets = List.of();
		this.failure = failure;
	}

	static FakeWorkbookReader of(SheetBuilder... sheets) {
		List<FakeSheet> list = new ArrayList<>();
		for (SheetBuilder sheet : sheets) {
			list.add(new FakeSheet(sheet.name(), sheet.rows()));
		}
		return new FakeWorkbookReader(list);
	}

	@Override
	public void read(Path file, String fileName, SheetVisitor visitor) throws SpreadsheetException {
		if (failure != null) {
			throw failure;
		}
		for (FakeSheet sheet : sheets) {
			if (!visitor.startSheet(sheet.name())) {
				continue;
			}
			for (SheetRow row : sheet.rows()) {
				rowsDelivered++;
				if (!visitor.row(row)) {
					break;
				}
			}
			if (!visitor.endSheet()) {
				return;
			}
		}
	}

}
