package org.catchup.figures;

import java.time.YearMonth;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * Every enterprise's rows summed per month (see {@link EnterpriseMonth}), kept packed: the
 * national bulletin gathers some 60,000 of them (5,000 enterprises × 12 months), which as
 * records with their BigDecimals held 7 MB, packed under 2. Read back as records, one at a time.
 */
public final class EnterpriseMonths extends AbstractList<EnterpriseMonth> implements RandomAccess {

	private final List<String> enterprises = new ArrayList<>();

	private final Map<String, Integer> enterpriseNumbers = new HashMap<>();

	private final List<YearMonth> months = new ArrayList<>();

	private final Map<YearMonth, Integer> monthNumbers = new HashMap<>();

	private int[] enterprise = new int[64];

	private int[] month = new int[64];

	/** Plan value, then actual value, per row. */
	private final PackedDecimals values = new PackedDecimals();

	private int size;

	/** Adds one enterprise's sums. */
	public void addSums(List<EnterpriseMonth> sums) {
		sums.forEach(this::append);
	}

	private void append(EnterpriseMonth sum) {
		if (size == enterprise.length) {
			enterprise = Arrays.copyOf(enterprise, size * 2);
			month = Arrays.copyOf(month, size * 2);
		}
		enterprise[size] = enterpriseNumbers.computeIfAbsent(sum.enterpriseCode(), code -> {
			enterprises.add(code);
			return enterprises.size() - 1;
		});
		month[size] = monthNumbers.computeIfAbsent(sum.period(), period -> {
			months.add(period);
			return months.size() - 1;
		});
		values.add(sum.planValue());
		values.add(sum.actualValue());
		size++;
	}

	@Override
	public EnterpriseMonth get(int index) {
		if (index < 0 || index >= size) {
			throw new IndexOutOfBoundsException("Row " + index + " of " + size);
		}
		return new EnterpriseMonth(enterprises.get(enterprise[index]), months.get(month[index]),
				values.get(2 * index), values.get(2 * index + 1));
	}

	@Override
	public int size() {
		return size;
	}

}
