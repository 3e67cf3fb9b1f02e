package org.catchup.submission;

/**
 * Named places in a consolidation where the fault-injection tests kill the JVM, to prove that
 * a run dying there is restarted with every figure counted once and no file lost. In
 * production it does nothing; {@code -Dcatchup.test.crash-at=<point>[:<n>]} makes the n-th
 * arrival at that point halt the JVM as {@code kill -9} would.
 */
public interface CrashPoints {

	/** A file is about to be checked and loaded; nothing of it is written yet. */
	String BEFORE_LOAD = "before-load";

	/** A file's fact rows are written inside the open transaction; its version is not yet assigned. */
	String MID_LOAD = "mid-load";

	/** The file's transaction has committed; the file is still in the inbox. */
	String AFTER_COMMIT_BEFORE_MOVE = "after-commit-before-move";

	/** The problem list and annotated copy are written beside the target; the file is not yet moved. */
	String MID_MOVE = "mid-move";

	String PROPERTY = "catchup.test.crash-at";

	void reached(String point);

	static CrashPoints none() {
		return point -> {
		};
	}

	/** The halting implementation when the system property asks for one, else {@link #none()}. */
	static CrashPoints fromSystemProperty() {
		String spec = System.getProperty(PROPERTY);
		return spec == null || spec.isBlank() ? none() : new HaltingCrashPoints(spec);
	}

}
