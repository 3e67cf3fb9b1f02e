package org.catchup.web.committee;

import java.util.List;

import org.catchup.i18n.Texts;
import org.catchup.web.error.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * One page of a month's team lists (teams needing help, assistance pairs): a month of tens of
 * thousands of teams would otherwise be one page of megabytes. Both lists show the same page
 * number; {@code pages} is that of the longer list.
 */
record ListPage(int page, int size, int pages, boolean defaultSize) {

	static final int DEFAULT_SIZE = 100;

	static final int MAX_SIZE = 500;

	/**
	 * @param page the {@code page} parameter as sent, null for the first
	 * @param size the {@code size} parameter as sent, null for {@link #DEFAULT_SIZE}
	 * @param rows rows of the longer list
	 */
	static ListPage of(String page, String size, int rows) {
		int perPage = size == null || size.isBlank() ? DEFAULT_SIZE : number("size", size, 1, MAX_SIZE);
		int pages = Math.max(1, (rows + perPage - 1) / perPage);
		int number = page == null || page.isBlank() ? 1 : number("page", page, 1, Integer.MAX_VALUE);
		if (number > pages) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "error.page.none", number, perPage, pages);
		}
		return new ListPage(number, perPage, pages, perPage == DEFAULT_SIZE);
	}

	<T> List<T> of(List<T> rows) {
		int from = Math.min(rows.size(), (page - 1) * size);
		return rows.subList(from, Math.min(rows.size(), from + size));
	}

	/** "Rows 101–200 of 4712 · page 2 of 48", for a list of {@code total} rows. */
	public String describe(int total, Texts texts) {
		int first = (page - 1) * size + 1;
		if (first > total) {
			return texts.get("figures.page.after", total, page, pages);
		}
		return texts.get("figures.page.rows", first, Math.min(total, page * size), total, page, pages);
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < pages;
	}

	private static int number(String name, String text, int min, int max) {
		int value;
		try {
			value = Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			throw refusal(name, text, min, max);
		}
		if (value < min || value > max) {
			throw refusal(name, text, min, max);
		}
		return value;
	}

	private static Refusal refusal(String name, String text, int min, int max) {
		String shown = text.length() > 20 ? text.substring(0, 20) + "…" : text;
		return max == Integer.MAX_VALUE ? new Refusal(HttpStatus.BAD_REQUEST, "error.number.from", shown, name, min)
				: new Refusal(HttpStatus.BAD_REQUEST, "error.number.range", shown, name, min, max);
	}

}
