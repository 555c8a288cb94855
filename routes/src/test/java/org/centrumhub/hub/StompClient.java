package org.centrumhub.hub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A plain STOMP 1.2 client over a socket, as an integrator's script would speak to the hub: it sends bodies with a
 * content-length (so they arrive as bytes), persistent (STOMP messages are not, unless the sender says so), without
 * any message id of its own, and reads MESSAGE frames.
 */
public final class StompClient implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private int receipts;

    /** One frame as received: its command, headers and body. */
    public record Frame(String command, Map<String, String> headers, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Connects as the party (or operator) with its password from the hub's credentials folder. */
    public StompClient(String host, int port, java.nio.file.Path dataDir, String login) throws IOException {
        this(host, port, login, org.centrumhub.hub.security.Credentials.passwordOf(dataDir, login));
    }

    /** Connects with this login and passcode; null for neither (an anonymous client). */
    public StompClient(String host, int port, String login, String passcode) throws IOException {
        socket = new Socket(host, port);
        socket.setSoTimeout(30_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
        Map<String, String> headers = new java.util.LinkedHashMap<>(
                Map.of("accept-version", "1.2", "host", "hub", "heart-beat", "0,0"));
        if (login != null) {
            headers.put("login", login);
            headers.put("passcode", passcode);
        }
        frame("CONNECT", headers, new byte[0]);
        Frame connected = read();
        if (!connected.command().equals("CONNECTED")) {
            throw new IOException("STOMP connect refused: " + connected.command() + " " + connected.headers());
        }
    }

    /** Sends a body to a queue and waits for the broker's receipt, so the message is on the queue on return. */
    public void send(String queue, byte[] body) throws IOException {
        String receipt = "r" + (++receipts);
        frame("SEND", Map.of("destination", queue, "destination-type", "ANYCAST", "receipt", receipt,
                "content-type", "application/xml", "persistent", "true"), body);
        awaitReceipt(receipt, "SEND");
    }

    /** Sends many bodies to a queue in one STOMP transaction, committed with a receipt. */
    public void sendAll(String queue, java.util.List<byte[]> bodies) throws IOException {
        String transaction = "t" + (++receipts);
        frame("BEGIN", Map.of("transaction", transaction), new byte[0]);
        for (byte[] body : bodies) {
            frame("SEND", Map.of("destination", queue, "destination-type", "ANYCAST", "transaction", transaction,
                    "content-type", "application/xml", "persistent", "true"), body);
        }
        String receipt = "r" + (++receipts);
        frame("COMMIT", Map.of("transaction", transaction, "receipt", receipt), new byte[0]);
        awaitReceipt(receipt, "COMMIT");
    }

    /** Subscribes to a queue; each message is acknowledged as it is read (before {@link #receive} returns it). */
    public void subscribe(String queue) throws IOException {
        frame("SUBSCRIBE", Map.of("id", queue, "destination", queue, "destination-type", "ANYCAST",
                "ack", "client-individual"), new byte[0]);
    }

    /** The next MESSAGE frame, acknowledged, or null when none arrives within the timeout. */
    public Frame receive(int timeoutMillis) throws IOException {
        socket.setSoTimeout(timeoutMillis);
        Frame frame;
        try {
            do {
                frame = read();
            } while (!frame.command().equals("MESSAGE"));
        } catch (SocketTimeoutException e) {
            return null;
        } finally {
            socket.setSoTimeout(30_000);
        }
        String receipt = "r" + (++receipts);
        frame("ACK", Map.of("id", frame.headers().get("ack"), "receipt", receipt), new byte[0]);
        awaitReceipt(receipt, "ACK");
        return frame;
    }

    private void awaitReceipt(String receipt, String what) throws IOException {
        Frame answer = read();
        if (!answer.command().equals("RECEIPT") || !receipt.equals(answer.headers().get("receipt-id"))) {
            throw new IOException("no receipt for " + what + ": " + answer.command() + " " + answer.headers());
        }
    }

    private void frame(String command, Map<String, String> headers, byte[] body) throws IOException {
        StringBuilder head = new StringBuilder(command).append('\n');
        headers.forEach((name, value) -> head.append(name).append(':').append(value).append('\n'));
        if (body.length > 0) {
            head.append("content-length:").append(body.length).append('\n');
        }
        head.append('\n');
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
        out.write(body);
        out.write(0);
        out.flush();
    }

    private Frame read() throws IOException {
        String command;
        do {
            command = line();
        } while (command.isEmpty());
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(); !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            headers.putIfAbsent(line.substring(0, colon), line.substring(colon + 1));
        }
        byte[] body;
        if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
            in.read();
        } else {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            for (int b = in.read(); b > 0; b = in.read()) {
                buffer.write(b);
            }
            body = buffer.toByteArray();
        }
        return new Frame(command, headers, body);
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the broker closed the STOMP connection");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        try {
            frame("DISCONNECT", Map.of(), new byte[0]);
        } finally {
            socket.close();
        }
    }
}
