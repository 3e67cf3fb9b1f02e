package org.catchup.launcher;

import java.io.PrintStream;
import java.util.List;

/**
 * A {@code ./catchup} command that code on the class path adds to the product's own (demo, run,
 * restart, serve): the benchmark, which lives in the test code, is one.
 */
public interface LauncherCommand {

	/** The word after {@code ./catchup}. */
	String name();

	/**
	 * @param args the arguments after the command's name
	 * @return the exit code
	 */
	int run(List<String> args, PrintStream out) throws Exception;

}
