package org.catchup.figures;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * A list whose rows are computed when read, from figures kept packed elsewhere: one row per
 * enterprise held as objects (ranking, year chart, outlook) came to some 2.5 KB per enterprise,
 * 13 MB nationally; computed again on each read it costs a few sums instead. Each row belongs
 * to one enterprise, so one enterprise's bulletin computes only its own.
 */
final class ComputedRows<T> extends AbstractList<T> implements RandomAccess, RowsByEnterprise<T> {

	private final List<Enterprise> enterprises;

	private final IntFunction<T> row;

	/** @param enterprises the enterprise of each row; {@code row} computes row i */
	ComputedRows(List<Enterprise> enterprises, IntFunction<T> row) {
		this.enterprises = List.copyOf(enterprises);
		this.row = row;
	}

	@Override
	public List<T> of(Collection<String> codes) {
		List<T> rows = new ArrayList<>();
		for (int i = 0; i < enterprises.size(); i++) {
			if (codes.contains(enterprises.get(i).code())) {
				rows.add(row.apply(i));
			}
		}
		return rows;
	}

	@Override
	public T get(int index) {
		if (index < 0 || index >= size()) {
			throw new IndexOutOfBoundsException("Row " + index + " of " + size());
		}
		return row.apply(index);
	}

	@Override
	public int size() {
		return enterprises.size();
	}

}
