package org.centrumhub.bench.hub;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a {@link Plan} against the hub's broker: every sender on a thread and a connection of its own (logged in as
 * its party), a listener on every answer address, and waits until every message is answered. An error notice on an
 * error address, a failing sender, or no answer for the patience given fails the run.
 */
public final class LoadRun {
    private static final Pattern IDENTIFICATIE = Pattern.compile("Identificatie>([^<]{1,12})</");
    /** The Identificatie an answer is matched on is in its header, within the first bytes. */
    private static final int HEAD = 4096;

    private final Broker broker;
    private final Duration patience;

    public LoadRun(Broker broker, Duration patience) {
        this.broker = broker;
        this.patience = patience;
    }

    public RunResult run(Plan plan, Pace pace) throws Exception {
        Run run = new Run(plan);
        List<Connection> connections = new ArrayList<>();
        List<Thread> senders = new ArrayList<>();
        try {
            for (Address answers : plan.answers()) {
                connections.add(listen(answers, run::answered, run));
            }
            for (Address errors : plan.errors()) {
                connections.add(listen(errors, body -> run.fail(new IllegalStateException(
                        "the hub sent an error notice on " + errors.queue() + ": " + text(body))), run));
            }
            long start = System.nanoTime();
            for (int i = 0; i < plan.senders().size(); i++) {
                Sender sender = plan.senders().get(i);
                int index = i;
                Thread thread = new Thread(() -> {
                    try {
                        send(sender, index, plan.senders().size(), pace, start, run);
                    } catch (Exception e) {
                        run.fail(e);
                    }
                }, "sender-" + sender.to().login());
                thread.start();
                senders.add(thread);
            }
            run.await(senders);
            long[] latencies = Arrays.copyOf(run.latencies, run.count.get());
            Arrays.sort(latencies);
            return new RunResult(run.expected.size(), run.lines, (run.lastAnswer.get() - start) / 1e9, latencies,
                    plan.tally());
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
            for (Thread sender : senders) {
                sender.interrupt();
                sender.join(10_000);
            }
        }
    }

    private void send(Sender sender, int index, int senders, Pace pace, long start, Run run) throws Exception {
        try (Connection connection = broker.connect(sender.to().login())) {
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            MessageProducer producer = session.createProducer(session.createQueue(sender.to().queue()));
            int batch = pace instanceof Pace.Burst burst ? burst.batch() : 1;
            List<Outbound> messages = sender.messages();
            for (int k = 0; k < messages.size() && run.failure.get() == null; k++) {
                long at;
                if (pace instanceof Pace.Fixed fixed) {
                    at = start + (long) ((k * (double) senders + index) * 1e9 / fixed.perSecond());
                    for (long wait = at - System.nanoTime(); wait > 0; wait = at - System.nanoTime()) {
                        LockSupport.parkNanos(wait);
                    }
                } else {
                    at = System.nanoTime();
                }
                Outbound outbound = messages.get(k);
                BytesMessage message = session.createBytesMessage();
                message.writeBytes(outbound.body());
                run.sentAt.put(outbound.id(), at);
                producer.send(message);
                if (k % batch == batch - 1 || k == messages.size() - 1) {
                    session.commit();
                }
            }
        }
    }

    private interface Handler {
        void handle(byte[] body) throws Exception;
    }

    private Connection listen(Address address, Handler handler, Run run) throws JMSException {
        Connection connection = broker.connect(address.login());
        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        MessageConsumer consumer = session.createConsumer(session.createQueue(address.queue()));
        consumer.setMessageListener(message -> {
            try {
                handler.handle(body(message));
            } catch (Exception e) {
                run.fail(e);
            }
        });
        connection.start();
        return connection;
    }

    private static byte[] body(Message message) throws JMSException {
        if (message instanceof TextMessage text) {
            return text.getText().getBytes(StandardCharsets.UTF_8);
        }
        BytesMessage bytes = (BytesMessage) message;
        byte[] body = new byte[(int) bytes.getBodyLength()];
        bytes.readBytes(body);
        return body;
    }

    private static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The state of one run, shared by its senders and listeners. */
    private final class Run {
        final Map<String, Outbound> expected = new HashMap<>();
        final Map<String, Long> sentAt = new ConcurrentHashMap<>();
        final Set<String> answered = ConcurrentHashMap.newKeySet();
        final long[] latencies;
        final AtomicInteger count = new AtomicInteger();
        final AtomicLong lastAnswer = new AtomicLong();
        final AtomicReference<Exception> failure = new AtomicReference<>();
        final CountDownLatch done;
        final Answers tally;
        final long lines;

        Run(Plan plan) {
            long declared = 0;
            for (Sender sender : plan.senders()) {
                for (Outbound outbound : sender.messages()) {
                    if (expected.put(outbound.id(), outbound) != null) {
                        throw new IllegalArgumentException("Identificatie " + outbound.id() + " twice in one run");
                    }
                    declared += outbound.lines();
                }
            }
            this.lines = declared;
            this.latencies = new long[expected.size()];
            this.done = new CountDownLatch(expected.size());
            this.tally = plan.tally();
        }

        void answered(byte[] body) {
            Matcher id = IDENTIFICATIE.matcher(new String(body, 0, Math.min(HEAD, body.length), StandardCharsets.UTF_8));
            while (id.find()) {
                Outbound sent = expected.get(id.group(1));
                Long at = sent == null ? null : sentAt.get(sent.id());
                if (at != null) { // else an earlier run's answer that happens to carry the same Identificatie
                    if (answered.add(sent.id())) {
                        long now = System.nanoTime();
                        latencies[count.getAndIncrement()] = now - at;
                        lastAnswer.accumulateAndGet(now, Math::max);
                        if (tally.read()) {
                            tally.add(sent, text(body));
                        }
                        done.countDown();
                    }
                    return;
                }
            }
        }

        void fail(Exception e) {
            failure.compareAndSet(null, e);
        }

        /** Until every message is answered; fails on a failure or when nothing is answered for the patience. */
        void await(List<Thread> senders) throws Exception {
            long answeredBefore = -1;
            long quietSince = System.nanoTime();
            while (!done.await(200, TimeUnit.MILLISECONDS)) {
                if (failure.get() != null) {
                    throw failure.get();
                }
                long answeredNow = expected.size() - done.getCount();
                boolean sending = senders.stream().anyMatch(Thread::isAlive);
                if (answeredNow != answeredBefore || sending) {
                    answeredBefore = answeredNow;
                    quietSince = System.nanoTime();
                } else if (System.nanoTime() - quietSince > patience.toNanos()) {
                    throw new IllegalStateException("no answer for " + patience.toSeconds() + " s after " + answeredNow
                            + " of " + expected.size() + " messages");
                }
            }
            if (failure.get() != null) {
                throw failure.get();
            }
        }
    }
}
