package org.catchup.bulletin.pdf;

import java.util.AbstractCollection;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A section's rows for its template, made from the figures as the template reads them, so a
 * long section (a country's teams below plan: some 100,000) is never held as rows at once. Rows
 * come from runs of consecutive figures with the same key (one enterprise's teams, under a label
 * that counts them), at most one run in memory. Iterating reads the figures again; {@link #size()}
 * counts by iterating.
 */
final class SectionData<T> extends AbstractCollection<Map<String, ?>> {

	private final Collection<T> figures;

	private final Function<T, ?> runKey;

	private final Function<List<T>, List<Map<String, ?>>> rowsOfRun;

	private SectionData(Collection<T> figures, Function<T, ?> runKey, Function<List<T>, List<Map<String, ?>>> rowsOfRun) {
		this.figures = figures;
		this.runKey = runKey;
		this.rowsOfRun = rowsOfRun;
	}

	/** One row per figure. */
	static <T> SectionData<T> each(Collection<T> figures, Function<T, Map<String, ?>> row) {
		return flat(figures, one -> List.of(row.apply(one)));
	}

	/** Any number of rows per figure. */
	static <T> SectionData<T> flat(Collection<T> figures, Function<T, List<Map<String, ?>>> rows) {
		return new SectionData<>(figures, null, run -> rows.apply(run.get(0)));
	}

	/** Rows per run of consecutive figures with equal {@code key}. */
	static <T> SectionData<T> runs(Collection<T> figures, Function<T, ?> key,
			Function<List<T>, List<Map<String, ?>>> rows) {
		return new SectionData<>(figures, key, rows);
	}

	/**
	 * {@code rows} in the order {@code order} puts their keys (stable: rows with equal keys keep
	 * their order), as {@code new ArrayList<>(rows)} sorted would list them, without holding the
	 * rows: each is read once for its key, only the positions are kept in order, and the rows are
	 * read again as they are iterated. For rows computed when read (a country's ranking: 5,000
	 * rows of exact sums, some 3 MB as objects, held for the whole rendering as a sorted copy).
	 */
	static <T, K> List<T> orderedBy(List<T> rows, Function<T, K> key, Comparator<? super K> order) {
		List<T> source = rows instanceof RandomAccess ? rows : new ArrayList<>(rows);
		List<K> keys = new ArrayList<>(source.size());
		source.forEach(row -> keys.add(key.apply(row)));
		List<Integer> positions = new ArrayList<>(source.size());
		for (int i = 0; i < source.size(); i++) {
			positions.add(i);
		}
		positions.sort((a, b) -> order.compare(keys.get(a), keys.get(b)));
		int[] at = positions.stream().mapToInt(Integer::intValue).toArray();
		return new OrderedRows<>(source, at);
	}

	/** A list read through positions into another. */
	private static final class OrderedRows<T> extends AbstractList<T> implements RandomAccess {

		private final List<T> rows;

		private final int[] positions;

		OrderedRows(List<T> rows, int[] positions) {
			this.rows = rows;
			this.positions = positions;
		}

		@Override
		public T get(int index) {
			return rows.get(positions[index]);
		}

		@Override
		public int size() {
			return positions.length;
		}

	}

	/** The figures of {@code figures} that pass {@code test}, read as iterated. */
	static <T> Collection<T> filter(Collection<T> figures, Predicate<T> test) {
		return new AbstractCollection<>() {

			@Override
			public Iterator<T> iterator() {
				Iterator<T> all = figures.iterator();
				return new Iterator<>() {

					private T next;

					private boolean ready;

					@Override
					public boolean hasNext() {
						while (!ready && all.hasNext()) {
							T candidate = all.next();
							if (test.test(candidate)) {
								next = candidate;
								ready = true;
							}
						}
						return ready;
					}

					@Override
					public T next() {
						if (!hasNext()) {
							throw new NoSuchElementException();
						}
						ready = false;
						return next;
					}

				};
			}

			@Override
			public int size() {
				int size = 0;
				for (T one : figures) {
					size += test.test(one) ? 1 : 0;
				}
				return size;
			}

		};
	}

	/** Each figure of {@code figures} changed by {@code change}, as iterated. */
	static <T, R> Collection<R> map(Collection<T> figures, Function<T, R> change) {
		return new AbstractCollection<>() {

			@Override
			public Iterator<R> iterator() {
				Iterator<T> all = figures.iterator();
				return new Iterator<>() {

					@Override
					public boolean hasNext() {
						return all.hasNext();
					}

					@Override
					public R next() {
						return change.apply(all.next());
					}

				};
			}

			@Override
			public int size() {
				return figures.size();
			}

		};
	}

	@Override
	public Iterator<Map<String, ?>> iterator() {
		Iterator<T> source = figures.iterator();
		return new Iterator<>() {

			private T pending;

			private boolean hasPending;

			private Iterator<Map<String, ?>> rows = List.<Map<String, ?>>of().iterator();

			@Override
			public boolean hasNext() {
				while (!rows.hasNext()) {
					if (!hasPending && !source.hasNext()) {
						return false;
					}
					rows = rowsOfRun.apply(nextRun()).iterator();
				}
				return true;
			}

			@Override
			public Map<String, ?> next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return rows.next();
			}

			private List<T> nextRun() {
				T first = hasPending ? pending : source.next();
				hasPending = false;
				List<T> run = new ArrayList<>();
				run.add(first);
				if (runKey != null) {
					Object key = runKey.apply(first);
					while (source.hasNext()) {
						T next = source.next();
						if (!Objects.equals(key, runKey.apply(next))) {
							pending = next;
							hasPending = true;
							break;
						}
						run.add(next);
					}
				}
				return run;
			}

		};
	}

	@Override
	public int size() {
		int size = 0;
		for (Iterator<Map<String, ?>> rows = iterator(); rows.hasNext(); rows.next()) {
			size++;
		}
		return size;
	}

}
