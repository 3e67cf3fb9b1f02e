package org.catchup.benchmark;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import org.catchup.spreadsheet.AnyWorkbookReader;
import org.catchup.spreadsheet.SheetCell;
import org.catchup.spreadsheet.SheetRow;
import org.catchup.spreadsheet.SheetVisitor;
import org.catchup.spreadsheet.SpreadsheetException;
import org.catchup.submission.SubmissionLine;
import org.catchup.warehouse.FactLoader;
import org.catchup.warehouse.NewSubmission;
import org.catchup.warehouse.SubmissionRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The physical limit the consolidation is compared with: the same streaming parser, the
 * columns taken by position with no rule at all, the rows streamed on a second thread into the
 * same fact table by the same loader (LOAD DATA from a stream on MySQL, batched INSERT on H2),
 * in one transaction. Several files go into one load, as one stream.
 */
final class BarePipeline {

	private static final int FIRST_DATA_ROW = 4;

	private final AnyWorkbookReader workbooks = new AnyWorkbookReader(Long.MAX_VALUE);

	private final FactLoader loader;

	private final SubmissionRepository submissions;

	private final TransactionTemplate transaction;

	BarePipeline(FactLoader loader, SubmissionRepository submissions, TransactionTemplate transaction) {
		this.loader = loader;
		this.submissions = submissions;
		this.transaction = transaction;
	}

	/** Returns the rows loaded. */
	long run(List<Path> files, String enterprise, YearMonth period) {
		return transaction.execute(status -> {
			long id = submissions.insert(new NewSubmission(null, null, null, "REJECTED", "bare", "bare", null,
					LocalDateTime.now(), LocalDateTime.now(), 0, 0, 0, null));
			FactLoader.FactLoad load = loader.begin(enterprise, period, () -> id);
			try {
				for (int f = 0; f < files.size(); f++) {
					String prefix = files.size() == 1 ? "" : f + ":";
					workbooks.read(files.get(f), files.get(f).getFileName().toString(), new Rows(load, prefix));
				}
				return load.finish();
			}
			catch (SpreadsheetException | RuntimeException ex) {
				load.abort();
				throw new IllegalStateException("Bare pipeline failed: " + ex.getMessage(), ex);
			}
		});
	}

	/** Data rows by position; the prefix keeps the teams of several files apart in one load. */
	private record Rows(FactLoader.FactLoad load, String prefix) implements SheetVisitor {

		@Override
		public boolean startSheet(String sheetName) {
			return true;
		}

		@Override
		public boolean row(SheetRow row) {
			if (row.rowIndex() < FIRST_DATA_ROW) {
				return true;
			}
			List<SheetCell> c = row.cells();
			String team = prefix.isEmpty() ? c.get(1).text() : prefix + c.get(1).text();
			load.add(new SubmissionLine(row.rowIndex() + 1, c.get(0).text(), team, c.get(2).text(), c.get(3).text(),
					BigDecimal.valueOf(c.get(4).number()), BigDecimal.valueOf(c.get(5).number()),
					(int) c.get(6).number(), false, null));
			return true;
		}

		@Override
		public boolean endSheet() {
			return false;
		}

	}

}
