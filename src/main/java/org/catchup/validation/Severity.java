package org.catchup.validation;

/** An ERROR rejects the whole submission; a WARNING travels with the loaded submission. */
public enum Severity {
	ERROR, WARNING
}
