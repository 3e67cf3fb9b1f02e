package org.catchup.bulletin.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class SectionDataTests {

	private record Item(String group, int number) {
	}

	/** Rows made when read, as the figures' computed lists are; counts how often a row is made. */
	private static final class MadeWhenRead extends AbstractList<Item> implements RandomAccess {

		private final List<Item> items;

		final AtomicInteger made = new AtomicInteger();

		MadeWhenRead(List<Item> items) {
			this.items = items;
		}

		@Override
		public Item get(int index) {
			made.incrementAndGet();
			// a new object each time, as a computed row is
			return new Item(items.get(index).group(), items.get(index).number());
		}

		@Override
		public int size() {
			return items.size();
		}

	}

	private static final List<Item> ITEMS = List.of(new Item("b", 3), new Item("a", 2), new Item("b", 1),
			new Item("a", 7), new Item("c", 0), new Item("a", 2), new Item("b", 3));

	@Test
	void orderedRowsListAsASortedCopyWouldEqualKeysKeepingTheirOrder() {
		Comparator<Item> byGroup = Comparator.comparing(Item::group);
		List<Item> copy = new ArrayList<>(ITEMS);
		copy.sort(byGroup);

		List<Item> ordered = SectionData.orderedBy(ITEMS, Item::group, Comparator.naturalOrder());

		assertThat(ordered).containsExactlyElementsOf(copy);
		assertThat(ordered).extracting(Item::number).containsExactly(2, 7, 2, 3, 1, 3, 0);
	}

	@Test
	void orderedRowsReadEachRowOnceForItsKeyThenAgainOnlyAsIterated() {
		MadeWhenRead rows = new MadeWhenRead(ITEMS);

		List<Item> ordered = SectionData.orderedBy(rows, Item::number, Comparator.reverseOrder());

		assertThat(rows.made).hasValue(ITEMS.size());
		assertThat(ordered.get(0)).isEqualTo(new Item("a", 7));
		assertThat(rows.made).hasValue(ITEMS.size() + 1);
		assertThat(ordered).extracting(Item::number).containsExactly(7, 3, 3, 2, 2, 1, 0);
		assertThat(ordered).extracting(Item::group).containsExactly("a", "b", "b", "a", "a", "b", "c");
	}

	@Test
	void orderedRowsOfNoRowsAreEmpty() {
		assertThat(SectionData.orderedBy(List.<Item>of(), Item::group, Comparator.naturalOrder())).isEmpty();
	}

}
