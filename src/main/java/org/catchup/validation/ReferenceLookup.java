package org.catchup.validation;

/** What validation needs to know of the reference data in force. */
public interface ReferenceLookup {

	boolean isKnownEnterprise(String enterpriseCode);

	boolean isKnownIndicator(String indicatorCode);

}
