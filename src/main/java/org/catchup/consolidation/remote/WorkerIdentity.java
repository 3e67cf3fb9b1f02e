package org.catchup.consolidation.remote;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * One {@code ./catchup worker} process: its host and process id, and an id unique even when a
 * process id is reused.
 */
public record WorkerIdentity(String id, String host, long pid) {

	/** This process. */
	public static WorkerIdentity current() {
		String host = hostName();
		long pid = ProcessHandle.current().pid();
		return new WorkerIdentity(host + ":" + pid + "/" + UUID.randomUUID().toString().substring(0, 8), host, pid);
	}

	/** As the operator reads it: {@code host (pid 4242)}. */
	public String shown() {
		return host + " (pid " + pid + ")";
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return System.getenv().getOrDefault("HOSTNAME", "unknown-host");
		}
	}

}
