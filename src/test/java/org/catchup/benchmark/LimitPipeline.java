package org.catchup.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.sql.DataSource;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import com.mysql.cj.jdbc.JdbcStatement;

/**
 * The physical limit for one big file on MySQL/MariaDB: Aalto's streaming parse of the sheet,
 * on its own thread, piped into {@code LOAD DATA LOCAL} into a table with the fact table's
 * columns and primary key only (no foreign key, no secondary index, no submission row, no
 * rule), made afresh from the fact table's definition for each round, in one transaction. Nothing the job could leave out is done here, so the job is measured
 * against what the parser and the server allow.
 */
final class LimitPipeline {

	private static final String TABLE = "fact_limit";

	/**
	 * The fact table's own columns, types, collation and primary key, whatever the migrations made
	 * of them: a copy of its definition (MySQL copies no foreign key with {@code LIKE}), stripped of
	 * every other index.
	 */
	private static final String CREATE = "CREATE TABLE fact_limit LIKE fact";

	private static final String SECONDARY_INDEXES = """
			SELECT DISTINCT index_name FROM information_schema.statistics
			WHERE table_schema = DATABASE() AND table_name = 'fact_limit' AND index_name <> 'PRIMARY'""";

	private static final String LOAD = """
			LOAD DATA LOCAL INFILE 'limit' INTO TABLE fact_limit CHARACTER SET utf8mb4
			FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n'
			(section, team_code, team_name, indicator_code, plan_qty, actual_qty, headcount, sheet_row)
			SET submission_id = 1, enterprise_code = '%s', period = '%s', striving_title = 0""";

	/** The bench files' first data row (1-based), under the title block and the header row. */
	private static final int FIRST_DATA_ROW = 5;

	private static final int COLUMNS = 7;

	private final DataSource dataSource;

	LimitPipeline(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** An empty table for the next {@link #run}, made before it is timed. */
	void prepare() throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("DROP TABLE IF EXISTS " + TABLE);
			statement.execute(CREATE);
			List<String> indexes = new ArrayList<>();
			try (var names = statement.executeQuery(SECONDARY_INDEXES)) {
				while (names.next()) {
					indexes.add(names.getString(1));
				}
			}
			for (String index : indexes) {
				statement.execute("DROP INDEX " + index + " ON " + TABLE);
			}
		}
	}

	/** Loads the file into the table {@link #prepare} made; returns the rows loaded. */
	long run(Path xlsx, String enterprise, YearMonth period) throws Exception {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			connection.setAutoCommit(false);
			PipedInputStream rows = new PipedInputStream(1 << 20);
			PipedOutputStream sink = new PipedOutputStream(rows);
			Exception[] parseFailure = new Exception[1];
			Thread parser = new Thread(() -> {
				try (Writer out = new BufferedWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8), 1 << 16)) {
					parse(xlsx, out);
				}
				catch (IOException | XMLStreamException | RuntimeException ex) {
					parseFailure[0] = ex;
				}
			}, "limit-parse");
			parser.start();
			long loaded;
			try {
				statement.unwrap(JdbcStatement.class).setLocalInfileInputStream(rows);
				loaded = statement.executeLargeUpdate(LOAD.formatted(enterprise, period));
				connection.commit();
			}
			finally {
				parser.join();
				connection.setAutoCommit(true);
			}
			if (parseFailure[0] != null) {
				throw new IllegalStateException("Limit pipeline's parse failed: " + parseFailure[0], parseFailure[0]);
			}
			if (statement.getWarnings() != null) {
				throw new IllegalStateException("Limit pipeline's LOAD DATA warned: " + statement.getWarnings());
			}
			return loaded;
		}
	}

	/** Drops its table, so the benchmark database holds only the application's. */
	void drop() throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("DROP TABLE IF EXISTS " + TABLE);
		}
	}

	/** The sheet's data rows as tab-separated lines: the seven columns by position, then the row. */
	private static void parse(Path xlsx, Writer out) throws IOException, XMLStreamException {
		try (ZipFile zip = new ZipFile(xlsx.toFile())) {
			List<String> strings = sharedStrings(zip);
			XMLStreamReader sheet = stax().createXMLStreamReader(entry(zip, "xl/worksheets/sheet1.xml"));
			String[] cells = new String[COLUMNS];
			StringBuilder text = new StringBuilder();
			int row = 0;
			int column = -1;
			boolean shared = false;
			while (sheet.hasNext()) {
				switch (sheet.next()) {
					case XMLStreamConstants.START_ELEMENT -> {
						switch (sheet.getLocalName()) {
							case "row" -> {
								row = Integer.parseInt(sheet.getAttributeValue(null, "r"));
								java.util.Arrays.fill(cells, null);
							}
							case "c" -> {
								column = sheet.getAttributeValue(null, "r").charAt(0) - 'A';
								shared = "s".equals(sheet.getAttributeValue(null, "t"));
								text.setLength(0);
							}
							default -> {
							}
						}
					}
					case XMLStreamConstants.CHARACTERS -> {
						if (column >= 0) {
							text.append(sheet.getTextCharacters(), sheet.getTextStart(), sheet.getTextLength());
						}
					}
					case XMLStreamConstants.END_ELEMENT -> {
						switch (sheet.getLocalName()) {
							case "c" -> {
								if (column < COLUMNS) {
									cells[column] = shared ? strings.get(Integer.parseInt(text, 0, text.length(), 10))
											: text.toString();
								}
								column = -1;
							}
							case "row" -> {
								if (row >= FIRST_DATA_ROW) {
									for (String cell : cells) {
										escaped(cell, out);
										out.write('\t');
									}
									out.write(Integer.toString(row));
									out.write('\n');
								}
							}
							default -> {
							}
						}
					}
					default -> {
					}
				}
			}
			sheet.close();
		}
	}

	private static List<String> sharedStrings(ZipFile zip) throws IOException, XMLStreamException {
		List<String> strings = new ArrayList<>();
		XMLStreamReader sst = stax().createXMLStreamReader(entry(zip, "xl/sharedStrings.xml"));
		StringBuilder text = new StringBuilder();
		while (sst.hasNext()) {
			int event = sst.next();
			if (event == XMLStreamConstants.START_ELEMENT && "si".equals(sst.getLocalName())) {
				text.setLength(0);
			}
			else if (event == XMLStreamConstants.CHARACTERS) {
				text.append(sst.getText());
			}
			else if (event == XMLStreamConstants.END_ELEMENT && "si".equals(sst.getLocalName())) {
				strings.add(text.toString());
			}
		}
		sst.close();
		return strings;
	}

	private static InputStream entry(ZipFile zip, String name) throws IOException {
		ZipEntry entry = zip.getEntry(name);
		if (entry == null) {
			throw new IOException(name + " is missing");
		}
		return zip.getInputStream(entry);
	}

	private static XMLInputFactory stax() {
		XMLInputFactory factory = new InputFactoryImpl();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		return factory;
	}

	/** LOAD DATA's escapes for the three characters that would end a field or a line. */
	private static void escaped(String value, Writer out) throws IOException {
		if (value == null) {
			out.write("\\N");
			return;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> out.write("\\\\");
				case '\t' -> out.write("\\t");
				case '\n' -> out.write("\\n");
				default -> out.write(c);
			}
		}
	}

}
