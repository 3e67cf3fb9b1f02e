package org.catchup.figures;

/** A warning that travelled with a loaded submission of the month (SPEC §4), shown in the bulletin. */
public record DataWarning(String enterpriseCode, String code, String location, String message) {
}
