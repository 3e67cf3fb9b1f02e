package org.catchup.spreadsheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.catchup.spreadsheet.SpreadsheetException.Reason;

/**
 * The one {@link WorkbookReader}: checks the size, finds out what the file really is, and
 * hands it to the reader for that format. Every failure of a hostile or damaged file comes
 * out as a {@link SpreadsheetException} naming the file; exceptions thrown by the caller's
 * visitor come out unchanged.
 */
public class AnyWorkbookReader implements WorkbookReader {

	private static final double MEGABYTE = 1024 * 1024;

	private final long maxFileBytes;

	private final FormatSniffer sniffer = new FormatSniffer();

	public AnyWorkbookReader(long maxFileBytes) {
		if (maxFileBytes <= 0) {
			throw new IllegalArgumentException("maxFileBytes must be positive");
		}
		this.maxFileBytes = maxFileBytes;
	}

	@Override
	public void read(Path file, String fileName, SheetVisitor visitor) throws SpreadsheetException {
		read(file, fileName, visitor, false);
	}

	/** An .xlsx's parts are found straight in its zip ({@link XlsxReader#glance}); other formats are read as by {@link #read}. */
	@Override
	public void glance(Path file, String fileName, SheetVisitor visitor) throws SpreadsheetException {
		read(file, fileName, visitor, true);
	}

	private void read(Path file, String fileName, SheetVisitor visitor, boolean glance) throws SpreadsheetException {
		checkSize(file, fileName);
		SheetVisitor guarded = new GuardedVisitor(visitor);
		try {
			switch (sniffer.detect(file, fileName)) {
				case XLSX -> {
					if (glance) {
						new XlsxReader().glance(file, fileName, guarded);
					}
					else {
						new XlsxReader().read(file, fileName, guarded);
					}
				}
				case XLS -> new XlsReader().read(file, fileName, guarded);
				case ODS -> new OdsReader().read(file, fileName, guarded);
				case CSV -> new CsvReader().read(file, fileName, guarded);
			}
		}
		catch (VisitorFailure e) {
			throw e.visitorException();
		}
		catch (RuntimeException e) {
			// the format readers translate what they expect; this is the net for what they did not
			throw Unreadable.of(fileName, Unreadable.describe(e), e);
		}
	}

	private void checkSize(Path file, String fileName) throws SpreadsheetException {
		long size;
		try {
			size = Files.size(file);
		}
		catch (IOException e) {
			throw Unreadable.of(fileName, "the file could not be opened (" + e.getMessage() + ")", e);
		}
		if (size == 0) {
			throw Unreadable.of(fileName, "the file is empty");
		}
		if (size > maxFileBytes) {
			throw new SpreadsheetException(Reason.TOO_LARGE,
					"'" + fileName + "' is " + megabytes(size) + "; the limit is " + megabytes(maxFileBytes));
		}
	}

	/** "60.2 MB", "50 MB"; small limits (as in tests) in KB or bytes. */
	static String megabytes(long bytes) {
		if (bytes < 1024) {
			return bytes + " bytes";
		}
		if (bytes < MEGABYTE) {
			return oneDecimal(bytes / 1024.0) + " KB";
		}
		return oneDecimal(bytes / MEGABYTE) + " MB";
	}

	private static String oneDecimal(double value) {
		String text = String.format(Locale.ROOT, "%.1f", value);
		return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
	}

}
