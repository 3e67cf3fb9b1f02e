package org.catchup.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Finds the first line that is not valid UTF-8, streaming. A decoding reader fails a buffer
 * ahead of the parser, so it cannot say which line is bad; this pass can.
 */
final class Utf8Check {

	private Utf8Check() {
	}

	/** The 1-based line of the first invalid byte sequence, or 0 when the whole stream is valid. */
	static long firstInvalidLine(InputStream in) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
		CharBuffer chars = CharBuffer.allocate(64 * 1024);
		long line = 1;
		boolean end = false;
		while (!end) {
			int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
			if (read < 0) {
				end = true;
			}
			else {
				bytes.position(bytes.position() + read);
			}
			bytes.flip();
			CoderResult result;
			do {
				result = decoder.decode(bytes, chars, end);
				line += newlines(chars);
				if (result.isError()) {
					return line;
				}
			}
			while (result.isOverflow());
			bytes.compact();
		}
		chars.clear();
		CoderResult flush = decoder.flush(chars);
		return flush.isError() ? line : 0;
	}

	private static long newlines(CharBuffer chars) {
		chars.flip();
		long count = 0;
		while (chars.hasRemaining()) {
			if (chars.get() == '\n') {
				count++;
			}
		}
		chars.clear();
		return count;
	}

}
