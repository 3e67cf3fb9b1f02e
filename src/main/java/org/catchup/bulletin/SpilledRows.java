package org.catchup.bulletin;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.RandomAccessFile;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import org.catchup.figures.RowsByEnterprise;

/**
 * A list of rows kept in a temporary file instead of the heap, written in blocks of one
 * enterprise each and read back in order (as a {@link List}) or by enterprise ({@link #of}). The
 * national bulletin's long sections (about 100,000 teams below plan, as many offers of help) pass
 * through here: held as objects they took some 40 MB per section at 5,000 enterprises, here one
 * block (one enterprise's rows) is in memory at a time.
 * <p>
 * Blocks are serialized with Java serialization, read back through a filter that admits only the
 * figures' records and the JDK types they hold. Not safe for concurrent use: {@link #get} keeps the
 * last block read, so reading in order costs one file read per block.
 */
final class SpilledRows<T extends Serializable> extends AbstractList<T>
		implements RandomAccess, RowsByEnterprise<T>, AutoCloseable {

	private static final ObjectInputFilter ONLY_ROWS = ObjectInputFilter.Config
		.createFilter("org.catchup.figures.*;java.math.*;java.time.*;java.util.*;java.lang.*;!*");

	private final Path file;

	private final RandomAccessFile data;

	/** Per block: where it starts in the file, its length, and the index of its first row. */
	private long[] offsets = new long[64];

	private int[] lengths = new int[64];

	private int[] firstRows = new int[64];

	private String[] owners = new String[64];

	private int blocks;

	private int size;

	/**
	 * The blocks each enterprise's rows are in (its own, and those it is named in), ascending: a
	 * count, then the block numbers. Lists of Integer took some 2.5 MB nationally (the offers name
	 * 60,000 pairs of enterprises), these arrays a tenth.
	 */
	private final Map<String, int[]> blocksOf = new HashMap<>();

	private int cachedBlock = -1;

	private List<T> cachedRows = List.of();

	/** A new, empty list in a new file in {@code directory}; {@link #close()} deletes it. */
	SpilledRows(Path directory, String name) {
		try {
			this.file = Files.createTempFile(directory, name + "-", ".rows");
			this.data = new RandomAccessFile(file.toFile(), "rw");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a temporary file for the bulletin in " + directory, ex);
		}
	}

	/**
	 * Appends one enterprise's rows as a block, found by {@link #of} under {@code enterpriseCode}
	 * and every code of {@code alsoFor}. An empty list adds nothing.
	 */
	void append(String enterpriseCode, List<T> rows, Collection<String> alsoFor) {
		if (rows.isEmpty()) {
			return;
		}
		byte[] bytes = serialize(new ArrayList<>(rows));
		if (blocks == offsets.length) {
			offsets = Arrays.copyOf(offsets, blocks * 2);
			lengths = Arrays.copyOf(lengths, blocks * 2);
			firstRows = Arrays.copyOf(firstRows, blocks * 2);
			owners = Arrays.copyOf(owners, blocks * 2);
		}
		try {
			long at = data.length();
			data.seek(at);
			data.write(bytes);
			offsets[blocks] = at;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the bulletin's temporary file " + file, ex);
		}
		lengths[blocks] = bytes.length;
		firstRows[blocks] = size;
		owners[blocks] = enterpriseCode;
		file(enterpriseCode, blocks);
		for (String code : alsoFor) {
			if (!code.equals(enterpriseCode)) {
				file(code, blocks);
			}
		}
		blocks++;
		size += rows.size();
	}

	private void file(String code, int block) {
		int[] filed = blocksOf.getOrDefault(code, new int[2]);
		int count = filed[0];
		if (count + 1 == filed.length) {
			filed = Arrays.copyOf(filed, filed.length * 2);
		}
		filed[count + 1] = block;
		filed[0] = count + 1;
		blocksOf.put(code, filed);
	}

	void append(String enterpriseCode, List<T> rows) {
		append(enterpriseCode, rows, List.of());
	}

	@Override
	public int size() {
		return size;
	}

	@Override
	public T get(int index) {
		if (index < 0 || index >= size) {
			throw new IndexOutOfBoundsException("Row " + index + " of " + size);
		}
		int block = Arrays.binarySearch(firstRows, 0, blocks, index);
		if (block < 0) {
			block = -block - 2;
		}
		return block(block).get(index - firstRows[block]);
	}

	/**
	 * The rows of every block filed under one of {@code codes}, in the order they were appended:
	 * a block holds all of one enterprise's rows, so the caller filters what it wants of them.
	 */
	@Override
	public List<T> of(Collection<String> codes) {
		TreeSet<Integer> wanted = new TreeSet<>();
		for (String code : codes) {
			int[] filed = blocksOf.getOrDefault(code, new int[1]);
			for (int i = 1; i <= filed[0]; i++) {
				wanted.add(filed[i]);
			}
		}
		List<T> rows = new ArrayList<>();
		wanted.forEach(block -> rows.addAll(block(block)));
		return rows;
	}

	/** Each block in order with the enterprise it was appended for. */
	void forEachBlock(BiConsumer<String, List<T>> action) {
		for (int block = 0; block < blocks; block++) {
			action.accept(owners[block], block(block));
		}
	}

	@Override
	public void close() {
		try {
			data.close();
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete the bulletin's temporary file " + file, ex);
		}
	}

	private List<T> block(int block) {
		if (block != cachedBlock) {
			byte[] bytes = new byte[lengths[block]];
			try {
				data.seek(offsets[block]);
				data.readFully(bytes);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the bulletin's temporary file " + file, ex);
			}
			cachedRows = deserialize(bytes);
			cachedBlock = block;
		}
		return cachedRows;
	}

	private static byte[] serialize(ArrayList<?> rows) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot serialize the bulletin's rows", ex);
		}
		return bytes.toByteArray();
	}

	@SuppressWarnings("unchecked")
	private List<T> deserialize(byte[] bytes) {
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
			in.setObjectInputFilter(ONLY_ROWS);
			return (List<T>) in.readObject();
		}
		catch (IOException | ClassNotFoundException ex) {
			throw new IllegalStateException("Cannot read back the bulletin's rows from " + file, ex);
		}
	}

}
