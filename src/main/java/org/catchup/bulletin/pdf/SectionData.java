package org.catchup.bulletin.pdf;

import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
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
