package ru.rosnou.international.news.search.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A search outage for the OpenSearch tests: forwards a local port to the node (bin/test's {@code SEARCH_HOSTS}),
 * byte for byte, until cut (every connection closed), as a lost network would. A test class registers it as a
 * static {@code @RegisterExtension} field, sends the site through it from its {@code @DynamicPropertySource}
 * ({@link #routeSearch}), and it is cut once the class's tests have run.
 */
final class SearchRelay implements AfterAllCallback {

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private volatile ServerSocket server;
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    SearchRelay() {
        String hostAndPort = System.getProperty("SEARCH_HOSTS", "127.0.0.1:9200");
        targetHost = hostAndPort.substring(0, hostAndPort.lastIndexOf(':'));
        targetPort = Integer.parseInt(hostAndPort.substring(hostAndPort.lastIndexOf(':') + 1));
        try (ServerSocket free = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        open();
    }

    synchronized void open() {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            server = socket;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ServerSocket listening = server;
        Thread acceptor = new Thread(
                () -> {
                    while (!listening.isClosed()) {
                        try {
                            Socket client = listening.accept();
                            Socket target = new Socket(targetHost, targetPort);
                            open.add(client);
                            open.add(target);
                            pump(client, target);
                            pump(target, client);
                        } catch (IOException closed) {
                            return;
                        }
                    }
                },
                "search-relay");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    synchronized void cut() {
        try {
            server.close();
        } catch (IOException ignored) {
            // Closed already.
        }
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closed already.
            }
        }
        open.clear();
    }

    private static void pump(Socket from, Socket to) {
        Thread thread = new Thread(
                () -> {
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        in.transferTo(out);
                    } catch (IOException closed) {
                        // The relay was cut, or either side closed.
                    } finally {
                        try {
                            from.close();
                            to.close();
                        } catch (IOException ignored) {
                            // Closed already.
                        }
                    }
                },
                "search-relay-pump");
        thread.setDaemon(true);
        thread.start();
    }

    /** Points the site's search client at the relay instead of the node. */
    void routeSearch(DynamicPropertyRegistry properties) {
        properties.add("SEARCH_HOSTS", () -> "127.0.0.1:" + port);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        cut();
    }
}
