package org.catchup.figures;

import java.util.Collection;
import java.util.List;

/**
 * A list of the month's figures that can give the rows of a few enterprises without reading or
 * computing the rest: what one enterprise's bulletin cuts from the national lists, 5,000 times
 * over when every enterprise gets its bulletin.
 */
public interface RowsByEnterprise<T> {

	/** The rows that may concern {@code codes}, in list order; the caller filters what it wants of them. */
	List<T> of(Collection<String> codes);

}
