package org.centrumhub.bench;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.centrumhub.transform.fixtures.Fixture;
import org.centrumhub.transform.fixtures.TestBsns;

/**
 * Load driver for a running hub: sends N messages to a provider's address over CORE or AMQP 1.0, waits for every
 * answer on the provider's answer queue, and prints messages/s and latency percentiles (send to answer received;
 * everything is sent at once, committed in batches, so latency includes the time queued behind earlier messages).
 * With {@code --target bare} it measures the hub's bare transacted consume-and-commit route instead
 * ({@code bench.bare.in} to {@code bench.bare.out}; start the hub with {@code --centrumhub.bench.bare-route=true}).
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.centrumhub.bench.HubLoadDriver \
 *      [--url tcp://127.0.0.1:61616] [--protocol core|amqp] [--count 2000] [--provider 12345678] [--target intake|bare]
 *      [--batch 50] [--data-dir data]
 * </pre>
 * The driver logs in as the provider with its password from {@code <data-dir>/credentials/parties.properties}, the
 * file the hub generates (the hub's data folder, {@code data} by default, {@code data/demo} for the demo).
 * The JW305 messages are starts of care without ToewijzingNummer (task-based) for a different test client each,
 * so every one is accepted, answered, stored and forwarded.
 */
public final class HubLoadDriver {
    private static final Pattern IDENTIFICATIE = Pattern.compile("Identificatie>([A-Z0-9]+)</");

    private HubLoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String protocol = options.getOrDefault("protocol", "core");
        String url = options.getOrDefault("url", protocol.equals("amqp") ? "amqp://127.0.0.1:61616" : "tcp://127.0.0.1:61616");
        int count = Integer.parseInt(options.getOrDefault("count", "2000"));
        String provider = options.getOrDefault("provider", "12345678");
        boolean bare = options.getOrDefault("target", "intake").equals("bare");
        int batch = Integer.parseInt(options.getOrDefault("batch", "50"));
        String in = bare ? "bench.bare.in" : "hub.from-provider." + provider;
        String out = bare ? "bench.bare.out" : "hub.to-provider." + provider;
        String run = Long.toString(System.currentTimeMillis() % 60_466_176L, 36).toUpperCase(Locale.ROOT);

        List<byte[]> messages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            messages.add(Fixture.load("ijw/jw305-valid.xml")
                    .set("Header/BerichtIdentificatie/Identificatie", "L" + run + String.format("%06d", i))
                    .set("Header/Afzender", provider)
                    .set("Client/Bsn", TestBsns.nth(i))
                    .remove("Client/StartProducten/StartProduct[2]")
                    .remove("Client/StartProducten/StartProduct/ToewijzingNummer").toBytes());
        }
        String password = password(Path.of(options.getOrDefault("data-dir", "data")), provider);
        ConnectionFactory factory = protocol.equals("amqp") ? new JmsConnectionFactory(provider, password, url)
                : new ActiveMQConnectionFactory(url, provider, password);
        Map<String, Long> sentAt = new ConcurrentHashMap<>(count * 2);
        long[] latencies = new long[count];
        try (Connection sending = factory.createConnection(); Connection receiving = factory.createConnection()) {
            receiving.start();
            Session receiveSession = receiving.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = receiveSession.createConsumer(receiveSession.createQueue(out));
            drainStale(consumer);
            // sends are committed in batches: one persistent send at a time would cap the driver at the broker's
            // journal sync rate (about 280/s here), below what the hub can take
            Session sendSession = sending.createSession(true, Session.SESSION_TRANSACTED);
            MessageProducer producer = sendSession.createProducer(sendSession.createQueue(in));
            System.out.printf(Locale.ROOT, "sending %d JW305 over %s to %s, answers from %s%n", count, protocol, in, out);
            long start = System.nanoTime();
            Thread sender = new Thread(() -> {
                try {
                    for (int i = 0; i < count; i++) {
                        BytesMessage message = sendSession.createBytesMessage();
                        message.writeBytes(messages.get(i));
                        sentAt.put("L" + run + String.format("%06d", i), System.nanoTime());
                        producer.send(message);
                        if (i % batch == batch - 1 || i == count - 1) {
                            sendSession.commit();
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            sender.start();
            int received = 0;
            while (received < count) {
                Message answer = consumer.receive(60_000);
                if (answer == null) {
                    throw new IllegalStateException("no answer for 60 s after " + received + " of " + count);
                }
                Matcher id = IDENTIFICATIE.matcher(body(answer));
                if (id.find() && sentAt.containsKey(id.group(1))) {
                    latencies[received++] = System.nanoTime() - sentAt.remove(id.group(1));
                }
            }
            long elapsed = System.nanoTime() - start;
            sender.join();
            Arrays.sort(latencies);
            System.out.printf(Locale.ROOT, "%d answers in %.2f s: %.1f msg/s; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    count, elapsed / 1e9, count / (elapsed / 1e9), latencies[count / 2] / 1e6,
                    latencies[(int) Math.min(count - 1, Math.ceil(count * 0.99) - 1)] / 1e6, latencies[count - 1] / 1e6);
        }
    }

    /** The provider's password from the hub's generated credentials. */
    private static String password(Path dataDir, String provider) throws IOException {
        Path file = dataDir.resolve("credentials").resolve("parties.properties");
        Properties parties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            parties.load(reader);
        }
        String password = parties.getProperty(provider);
        if (password == null) {
            throw new IllegalArgumentException("no password for " + provider + " in " + file);
        }
        return password;
    }

    private static void drainStale(MessageConsumer consumer) throws Exception {
        while (consumer.receive(200) != null) {
            // answers of an earlier, interrupted run
        }
    }

    private static String body(Message message) throws Exception {
        if (message instanceof TextMessage text) {
            return text.getText();
        }
        BytesMessage bytes = (BytesMessage) message;
        byte[] body = new byte[(int) bytes.getBodyLength()];
        bytes.readBytes(body);
        return new String(body, StandardCharsets.UTF_8);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("options are --name value pairs, not " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
