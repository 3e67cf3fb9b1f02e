package org.catchup.bulletin.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.catchup.bulletin.BulletinEdition;
import org.catchup.bulletin.EnterpriseTeams;
import org.catchup.i18n.Texts;

/**
 * Writes the Excel bulletin (SPEC §7): the five machine-readable sheets first, then
 * Headline, Assistance pairs, Fulfilment by month, Data warnings and SPEC §7's Catch-up outlook,
 * Assistance results and Teams to learn from (an enterprise's bulletin ends with All teams). Streams rows through
 * {@link SXSSFWorkbook} so a large month does not have to fit in memory.
 */
public class ExcelBulletinWriter {

	/** Rows kept in memory per sheet before SXSSF flushes them to its temporary file. */
	private static final int ROW_WINDOW = 200;

	/**
	 * The combine-wide bulletin. Sheet names, headers and the enumerated values stay as SPEC §7
	 * fixes them (the machine-readable output); what is written for people (the notice, the
	 * month, the reasons and warnings) is in {@code texts}' language. Numbers carry
	 * locale-neutral formats: the spreadsheet shows them with its own decimal separator.
	 */
	public void write(BulletinEdition edition, Texts texts, OutputStream out) {
		write(edition, null, texts, out);
	}

	/**
	 * An enterprise's bulletin: as {@link #write(BulletinEdition, Texts, OutputStream)}, plus the sheet
	 * {@code All teams} and the headline's team and title counts; {@code teams} null for none.
	 */
	public void write(BulletinEdition edition, EnterpriseTeams teams, Texts texts, OutputStream out) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW)) {
			// temporary sheet files are compressed: a large month then costs little disk
			workbook.setCompressTempFiles(true);
			try {
				new BulletinSheets(workbook, new CellStyles(workbook), texts).writeAll(edition, teams);
				workbook.write(out);
			}
			finally {
				// SXSSF keeps each sheet in a temporary file until disposed
				workbook.dispose();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the Excel bulletin", ex);
		}
	}

}
