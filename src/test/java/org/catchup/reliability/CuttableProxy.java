package org.catchup.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy in front of the database that a test can cut, as a killed server or a pulled cable
 * would: every open connection is closed and new ones are refused.
 */
final class CuttableProxy implements AutoCloseable {

	private final String host;

	private final int targetPort;

	private final int port;

	private volatile ServerSocket server;

	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

	CuttableProxy(String host, int targetPort) throws IOException {
		this.host = host;
		this.targetPort = targetPort;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.port = server.getLocalPort();
		startAccepting();
	}

	int port() {
		return port;
	}

	/** The database is back, on the same address. */
	void restore() throws IOException {
		ServerSocket again = new ServerSocket();
		again.setReuseAddress(true);
		again.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
		server = again;
		startAccepting();
	}

	private void startAccepting() {
		ServerSocket listening = server;
		Thread acceptor = new Thread(() -> accept(listening), "proxy-accept");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** The database is gone: open connections drop, new ones are refused. */
	void cut() {
		try {
			server.close();
		}
		catch (IOException ex) {
			// closing anyway
		}
		for (Socket socket : sockets) {
			closeQuietly(socket);
		}
	}

	@Override
	public void close() {
		cut();
	}

	private void accept(ServerSocket listening) {
		while (!listening.isClosed()) {
			try {
				Socket client = listening.accept();
				Socket upstream = new Socket(host, targetPort);
				sockets.add(client);
				sockets.add(upstream);
				pump(client, upstream);
				pump(upstream, client);
			}
			catch (IOException ex) {
				// the server socket was closed: the cut
			}
		}
	}

	private void pump(Socket from, Socket to) throws IOException {
		InputStream in = from.getInputStream();
		OutputStream out = to.getOutputStream();
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[16384];
			try {
				for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
					out.write(buffer, 0, n);
					out.flush();
				}
			}
			catch (IOException ex) {
				// one side closed
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		}, "proxy-pump");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

}
