package org.centrumhub.hub.intake;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test support: a TCP relay in front of PostgreSQL that reads what the driver sends and counts, over all
 * connections, the times it waits for the server: a Sync (the end of an extended-protocol exchange) or a Query (a
 * simple-protocol statement; not the BEGIN pgjdbc sends as one ahead of a transaction's first statement, in the same
 * flush); and the statements executed (Execute and Query messages, BEGIN included). A check on {@link RoundTrips}' model,
 * which counts JDBC calls: only meaningful while one thread uses the database.
 */
final class WireCount implements AutoCloseable {
    private static final int SSL_REQUEST = 80877103;
    private static final int GSS_REQUEST = 80877104;
    private static final int CANCEL_REQUEST = 80877102;

    private final ServerSocket server;
    private final String host;
    private final int port;
    private final AtomicLong roundTrips = new AtomicLong();
    private final AtomicLong executes = new AtomicLong();
    private final java.util.List<String> exchanges = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    WireCount(String host, int port) throws IOException {
        this.host = host;
        this.port = port;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::accept, "wire-count");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return server.getLocalPort();
    }

    long roundTrips() {
        return roundTrips.get();
    }

    long executes() {
        return executes.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket postgres = new Socket(host, port);
                client.setTcpNoDelay(true);
                postgres.setTcpNoDelay(true);
                daemon(() -> pump(postgres.getInputStream(), client.getOutputStream()));
                daemon(() -> count(new DataInputStream(new BufferedInputStream(client.getInputStream())),
                        new BufferedOutputStream(postgres.getOutputStream())));
            } catch (IOException e) {
                return;
            }
        }
    }

    private interface Io {
        void run() throws IOException;
    }

    private static void daemon(Io io) {
        Thread thread = new Thread(() -> {
            try {
                io.run();
            } catch (IOException e) {
                // the connection closed
            }
        }, "wire-count-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void pump(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[65536];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            out.write(buffer, 0, n);
            out.flush();
        }
        out.close();
    }

    /** Relays the driver's messages, counting them: first untyped ones (SSL or GSS request, startup), then typed. */
    private void count(DataInputStream in, OutputStream out) throws IOException {
        try {
            while (true) {
                int length = in.readInt();
                int code = in.readInt();
                byte[] rest = in.readNBytes(length - 8);
                out.write(new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8),
                        (byte) length, (byte) (code >>> 24), (byte) (code >>> 16), (byte) (code >>> 8), (byte) code});
                out.write(rest);
                out.flush();
                if (code == CANCEL_REQUEST) {
                    return;
                }
                if (code != SSL_REQUEST && code != GSS_REQUEST) {
                    break;
                }
            }
            byte[] header = new byte[5];
            StringBuilder exchange = new StringBuilder();
            while (true) {
                in.readFully(header);
                int length = ((header[1] & 0xff) << 24) | ((header[2] & 0xff) << 16) | ((header[3] & 0xff) << 8)
                        | (header[4] & 0xff);
                byte[] body = in.readNBytes(length - 4);
                exchange.append((char) header[0]);
                if (header[0] == 'E' || header[0] == 'Q') {
                    executes.incrementAndGet();
                }
                // the driver waits for the server after a Sync, and after a Query but the BEGIN it puts before the
                // first statement of a transaction without flushing (QueryExecutorImpl.sendQueryPreamble)
                boolean begin = header[0] == 'Q' && new String(body, 0, Math.min(5, body.length),
                        java.nio.charset.StandardCharsets.US_ASCII).equals("BEGIN");
                if (header[0] == 'S' || header[0] == 'Q' && !begin) {
                    roundTrips.incrementAndGet();
                    exchanges.add(exchange.toString());
                    exchange.setLength(0);
                }
                out.write(header);
                out.write(body);
                if (in.available() == 0) {
                    out.flush(); // what the driver sent together goes on together
                }
            }
        } catch (EOFException e) {
            out.close();
        }
    }

    /** The message types of each round trip since the last call (P parse, B bind, D describe, E execute, S sync). */
    java.util.List<String> takeExchanges() {
        synchronized (exchanges) {
            java.util.List<String> taken = new java.util.ArrayList<>(exchanges);
            exchanges.clear();
            return taken;
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
