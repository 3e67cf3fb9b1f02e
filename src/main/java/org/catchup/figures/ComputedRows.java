package org.catchup.figures;

import java.util.AbstractList;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * A list whose rows are computed when read, from figures kept packed elsewhere: one row per
 * enterprise held as objects (ranking, year chart, outlook) came to some 2.5 KB per enterprise,
 * 13 MB nationally; computed again on each read it costs a few sums instead.
 */
final class ComputedRows<T> extends AbstractList<T> implements RandomAccess {

	private final int size;

	private final IntFunction<T> row;

	ComputedRows(int size, IntFunction<T> row) {
		this.size = size;
		this.row = row;
	}

	@Override
	public T get(int index) {
		if (index < 0 || index >= size) {
			throw new IndexOutOfBoundsException("Row " + index + " of " + size);
		}
		return row.apply(index);
	}

	@Override
	public int size() {
		return size;
	}

}
