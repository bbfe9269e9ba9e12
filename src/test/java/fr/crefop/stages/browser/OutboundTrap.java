package fr.crefop.stages.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The browser's proxy: Chromium sends it every request that is not for 127.0.0.1 (loopback never goes through a
 * proxy), it writes down the request line ({@code GET http://cdn.example/x.js HTTP/1.1},
 * {@code CONNECT fonts.example:443 HTTP/1.1}) and refuses it. So no request of a page ever leaves this machine, and
 * the ones a page tried are known, even those that failed or that no performance entry records.
 */
final class OutboundTrap implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread acceptor;
    private final List<String> requests = new ArrayList<>();

    private OutboundTrap(ServerSocket socket) {
        this.socket = socket;
        this.acceptor = new Thread(this::acceptAll, "outbound-trap");
        this.acceptor.setDaemon(true);
    }

    static OutboundTrap open() {
        try {
            OutboundTrap trap = new OutboundTrap(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
            trap.acceptor.start();
            return trap;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the outbound-request trap on 127.0.0.1", e);
        }
    }

    /** {@code host:port} to give Chromium as {@code --proxy-server}. */
    String proxy() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    /** The request lines received since the last call, and forgets them. */
    synchronized List<String> drain() {
        List<String> seen = List.copyOf(requests);
        requests.clear();
        return seen;
    }

    private synchronized void record(String requestLine) {
        requests.add(requestLine);
    }

    private void acceptAll() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                client.setSoTimeout(2000);
                record(firstLine(client.getInputStream()));
                OutputStream out = client.getOutputStream();
                out.write(refusal());
                out.flush();
            } catch (IOException e) {
                if (socket.isClosed()) {
                    return;
                }
                // one connection that broke or stayed silent: it was refused all the same; serve the next one
            }
        }
    }

    private static byte[] refusal() {
        String body = "blocked by the browser quality gate";
        return ("HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII);
    }

    private static String firstLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n' && line.length() < 2000) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
