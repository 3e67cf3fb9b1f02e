package org.catchup.consolidation;

import java.util.ServiceLoader;

/**
 * Named places in a consolidation where the fault-injection tests kill the JVM, to prove that
 * a run dying there is restarted with every figure counted once and no file lost. The product
 * has no implementation but {@link #none()}; the tests' halting one lives in test code and is
 * found through {@link ServiceLoader} on their class path, where
 * {@code -Dcatchup.test.crash-at=<point>[:<n>]} makes the n-th arrival at that point halt the JVM
 * as {@code kill -9} would.
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

	/** An implementation on the class path when the system property asks for one, else {@link #none()}. */
	static CrashPoints fromSystemProperty() {
		String spec = System.getProperty(PROPERTY);
		if (spec == null || spec.isBlank()) {
			return none();
		}
		return ServiceLoader.load(CrashPoints.class).findFirst().orElseThrow(() -> new IllegalStateException(
				PROPERTY + " is set, but no crash point implementation is on the class path (test code only)"));
	}

}
