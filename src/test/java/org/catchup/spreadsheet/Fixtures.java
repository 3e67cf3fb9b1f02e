package org.catchup.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Workbook;

/** Writes test workbooks and rewrites entries of existing zip packages. */
final class Fixtures {

	private Fixtures() {
	}

	static Path write(Workbook workbook, Path file) throws IOException {
		try (workbook; OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
		return file;
	}

	static Path resource(String name) {
		try {
			return Path.of(Fixtures.class.getResource("/spreadsheet/" + name).toURI());
		}
		catch (Exception e) {
			throw new IllegalStateException(name, e);
		}
	}

	/** Copies a zip, replacing the named entries with the bytes their writers produce. */
	static Path rewriteZip(Path source, Path target, Map<String, EntryWriter> replacements) throws IOException {
		try (ZipFile in = new ZipFile(source.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
			for (ZipEntry entry : java.util.Collections.list(in.entries())) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				EntryWriter writer = replacements.get(entry.getName());
				if (writer == null) {
					try (InputStream data = in.getInputStream(entry)) {
						data.transferTo(out);
					}
				}
				else {
					writer.write(out);
				}
				out.closeEntry();
			}
		}
		return target;
	}

	/** Applies a text edit to one entry. */
	static Path editZipEntry(Path source, Path target, String entryName, Function<String, String> edit)
			throws IOException {
		String original = entry(source, entryName);
		byte[] edited = edit.apply(original).getBytes(StandardCharsets.UTF_8);
		return rewriteZip(source, target, Map.of(entryName, out -> out.write(edited)));
	}

	static String entry(Path zip, String entryName) throws IOException {
		try (ZipFile in = new ZipFile(zip.toFile())) {
			ZipEntry entry = in.getEntry(entryName);
			if (entry == null) {
				throw new IOException("no entry " + entryName);
			}
			try (InputStream data = in.getInputStream(entry)) {
				return new String(data.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
	}

	@FunctionalInterface
	interface EntryWriter {

		void write(OutputStream out) throws IOException;

	}

}
