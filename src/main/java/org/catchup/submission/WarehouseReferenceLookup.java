package org.catchup.submission;

import java.util.Set;
import java.util.stream.Collectors;

import org.catchup.figures.Enterprise;
import org.catchup.validation.ReferenceLookup;
import org.catchup.warehouse.Indicator;
import org.catchup.warehouse.ReferenceDataRepository;

/** The reference data in force when a file is checked; codes compared exactly as stored. */
public record WarehouseReferenceLookup(Set<String> enterpriseCodes, Set<String> indicatorCodes) implements ReferenceLookup {

	public static WarehouseReferenceLookup load(ReferenceDataRepository repository) {
		return new WarehouseReferenceLookup(
				repository.enterprises().stream().map(Enterprise::code).collect(Collectors.toUnmodifiableSet()),
				repository.indicators().stream().map(Indicator::code).collect(Collectors.toUnmodifiableSet()));
	}

	@Override
	public boolean isKnownEnterprise(String enterpriseCode) {
		return enterpriseCodes.contains(enterpriseCode);
	}

	@Override
	public boolean isKnownIndicator(String indicatorCode) {
		return indicatorCodes.contains(indicatorCode);
	}

}
