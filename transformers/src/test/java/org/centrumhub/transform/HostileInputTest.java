package org.centrumhub.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.centrumhub.transform.fixtures.Fixture;
import org.centrumhub.transform.fixtures.TestClock;
import org.centrumhub.transform.rules.RuleCatalog;
import org.centrumhub.transform.xml.MessageReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken input: each gets its own clear error, within bounded time and memory, without any outbound
 * connection. A loopback server counts connection attempts, so an entity that tried to fetch from it would show.
 */
class HostileInputTest {
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final String JW305 = "http://www.istandaarden.nl/ijw/3_2/jw305/schema";

    private final MessageValidator validator =
            new MessageValidator(MessageReader.DEFAULT_MAX_BYTES, RuleCatalog.standard(), TestClock.CLOCK);
    private ServerSocket trap;
    private Thread trapThread;
    private final AtomicInteger connections = new AtomicInteger();

    @BeforeEach
    void openTrap() throws IOException {
        trap = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        trap.setSoTimeout(200);
        trapThread = new Thread(() -> {
            while (!trap.isClosed()) {
                try (var socket = trap.accept()) {
                    connections.incrementAndGet();
                } catch (SocketTimeoutException e) {
                    // poll again
                } catch (IOException e) {
                    return;
                }
            }
        });
        trapThread.setDaemon(true);
        trapThread.start();
    }

    @AfterEach
    void closeTrap() throws Exception {
        trap.close();
        trapThread.join(2000);
        assertThat(connections.get()).as("connections to the trap server").isZero();
    }

    private String trapUrl() {
        return "http://127.0.0.1:" + trap.getLocalPort() + "/evil";
    }

    @Test
    void xxeWithAFileEntityIsRefusedBeforeReadingIt(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-999900018");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Bericht [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<Bericht xmlns=\"" + JW305 + "\"><Header>&x;</Header></Bericht>";
        ValidationResult result = validate(xml.getBytes(StandardCharsets.UTF_8));
        assertRefused(result, ErrorCode.DOCTYPE_FORBIDDEN);
        assertThat(result.findings().toString()).doesNotContain("TOP-SECRET");
    }

    @Test
    void xxeWithAnHttpEntityMakesNoConnection() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Bericht [<!ENTITY x SYSTEM \"" + trapUrl() + "\">]>\n"
                + "<Bericht xmlns=\"" + JW305 + "\"><Header>&x;</Header></Bericht>";
        assertRefused(validate(xml.getBytes(StandardCharsets.UTF_8)), ErrorCode.DOCTYPE_FORBIDDEN);
    }

    @Test
    void externalDtdIsNotFetched() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Bericht SYSTEM \"" + trapUrl() + "\">\n"
                + "<Bericht xmlns=\"" + JW305 + "\"/>";
        assertRefused(validate(xml.getBytes(StandardCharsets.UTF_8)), ErrorCode.DOCTYPE_FORBIDDEN);
    }

    @Test
    void externalSchemaLocationIsNotFetched() {
        byte[] fixture = Fixture.bytes("ijw/jw305-valid.xml");
        String xml = new String(fixture, StandardCharsets.UTF_8).replaceFirst("<jw305:Bericht ",
                "<jw305:Bericht xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\""
                        + JW305 + " " + trapUrl() + "\" ");
        ValidationResult result = validate(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(result.valid()).as(result.findings().toString()).isTrue();
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE Bericht [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String xml = "<?xml version=\"1.0\"?>\n" + dtd + "<Bericht xmlns=\"" + JW305 + "\">&lol10;</Bericht>";
        assertRefused(validate(xml.getBytes(StandardCharsets.UTF_8)), ErrorCode.DOCTYPE_FORBIDDEN);
    }

    @Test
    void quadraticBlowupIsRefused() {
        String big = "A".repeat(100_000);
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Bericht [<!ENTITY a \"" + big + "\">]>\n"
                + "<Bericht xmlns=\"" + JW305 + "\">" + "&a;".repeat(20_000) + "</Bericht>";
        assertRefused(validate(xml.getBytes(StandardCharsets.UTF_8)), ErrorCode.DOCTYPE_FORBIDDEN);
    }

    @Test
    void xincludeIsNotProcessed() {
        String xml = new String(Fixture.bytes("ijw/jw305-valid.xml"), StandardCharsets.UTF_8).replaceFirst(
                "<jw305:Client>", "<jw305:Client><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\""
                        + trapUrl() + "\"/>");
        ValidationResult result = validate(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(result.level()).isEqualTo(Level.XSD);
        assertThat(result.findings()).extracting(Finding::code).containsOnly(ErrorCode.XSD_INVALID.name());
    }

    @Test
    @Timeout(20)
    void sixtyMegabyteFileIsRefusedFromItsSize(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.xml");
        try (OutputStream out = Files.newOutputStream(file)) {
            writeHuge(out, 60L * 1024 * 1024);
        }
        long allocated = allocatedBy(() -> {
            try {
                assertRefused(validator.validate(file), ErrorCode.MESSAGE_TOO_LARGE);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            return null;
        });
        assertThat(allocated).as("bytes allocated refusing a 60 MB file").isLessThan(8L * 1024 * 1024);
    }

    @Test
    @Timeout(20)
    void sixtyMegabyteStreamIsCutOffAtTheLimit() {
        long[] read = new long[1];
        InputStream stream = new HugeStream(60L * 1024 * 1024, read);
        long allocated = allocatedBy(() -> {
            assertRefused(validator.validate(stream), ErrorCode.MESSAGE_TOO_LARGE);
            return null;
        });
        assertThat(read[0]).as("bytes read before stopping").isLessThanOrEqualTo(MessageReader.DEFAULT_MAX_BYTES + 64 * 1024);
        // streaming, and no tree is kept once the message is invalid: what is allocated (mostly short-lived strings
        // of the parser) grows with the limit, not with the 60 MB offered
        assertThat(allocated).as("bytes allocated while reading 25 MB").isLessThan(6L * MessageReader.DEFAULT_MAX_BYTES);
    }

    @Test
    void nonXmlIsNotWellFormed() {
        ValidationResult result = validate("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3 binary".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(result, ErrorCode.NOT_WELL_FORMED);
    }

    @Test
    void emptyInputIsEmpty() {
        assertRefused(validate(new byte[0]), ErrorCode.EMPTY_MESSAGE);
    }

    @Test
    void truncatedXmlIsNotWellFormed() {
        byte[] fixture = Fixture.bytes("iwmo/wmo305-valid.xml");
        byte[] truncated = java.util.Arrays.copyOf(fixture, fixture.length / 2);
        assertRefused(validate(truncated), ErrorCode.NOT_WELL_FORMED);
    }

    @Test
    void wrongNamespaceIsAnUnknownType() {
        String xml = new String(Fixture.bytes("ijw/jw305-valid.xml"), StandardCharsets.UTF_8)
                .replace(JW305, "http://www.istandaarden.nl/ijw/3_1/jw305/schema");
        ValidationResult result = validate(xml.getBytes(StandardCharsets.UTF_8));
        assertRefused(result, ErrorCode.UNKNOWN_MESSAGE_TYPE);
        assertThat(result.findings().get(0).message()).contains("3_1/jw305");
    }

    @Test
    void missingNamespaceIsAnUnknownType() {
        assertRefused(validate("<Bericht><Header/></Bericht>".getBytes(StandardCharsets.UTF_8)),
                ErrorCode.UNKNOWN_MESSAGE_TYPE);
    }

    @Test
    void deepNestingIsRefused() {
        String xml = "<Bericht xmlns=\"" + JW305 + "\">" + "<a>".repeat(10_000) + "</a>".repeat(10_000) + "</Bericht>";
        ValidationResult result = validate(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(result.valid()).isFalse();
        assertThat(result.level()).isIn(Level.XML, Level.XSD);
        assertThat(result.findings()).isNotEmpty();
    }

    @Test
    void berichtCodeOfAnotherMessageIsATypeMismatch() {
        byte[] xml = Fixture.load("ijw/jw305-valid.xml").set("Header/BerichtCode", "440").toBytes();
        ValidationResult result = validate(xml);
        assertThat(result.findings()).extracting(Finding::code).contains(ErrorCode.TYPE_MISMATCH.name());
        assertThat(result.valid()).isFalse();
    }

    @Test
    void berichtVersieOfAnotherReleaseIsATypeMismatch() {
        byte[] xml = Fixture.load("iwmo/wmo307-valid.xml").set("Header/BerichtVersie", "2").toBytes();
        ValidationResult result = validate(xml);
        assertThat(result.findings()).extracting(Finding::code).contains(ErrorCode.TYPE_MISMATCH.name());
    }

    @Test
    void utf16DocumentIsReadLikeUtf8() {
        String xml = new String(Fixture.bytes("ijw/jw305-valid.xml"), StandardCharsets.UTF_8)
                .replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
        ValidationResult result = validate(xml.getBytes(StandardCharsets.UTF_16));
        assertThat(result.valid()).as(result.findings().toString()).isTrue();
    }

    private ValidationResult validate(byte[] document) {
        return assertTimeoutPreemptively(BOUND, () -> validator.validate(document));
    }

    private static void assertRefused(ValidationResult result, ErrorCode code) {
        assertThat(result.valid()).isFalse();
        assertThat(result.level()).isEqualTo(Level.XML);
        assertThat(result.findings()).hasSize(1);
        Finding finding = result.findings().get(0);
        assertThat(finding.code()).isEqualTo(code.name());
        assertThat(finding.message()).isNotBlank();
        assertThat(result.message()).isEmpty();
    }

    /** Bytes this thread allocates while running the action (HotSpot's per-thread allocation counter). */
    private static long allocatedBy(Supplier<Void> action) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        action.get();
        return threads.getThreadAllocatedBytes(id) - before;
    }

    private static void writeHuge(OutputStream out, long size) throws IOException {
        byte[] head = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Bericht xmlns=\"" + JW305 + "\"><Header>")
                .getBytes(StandardCharsets.UTF_8);
        out.write(head);
        byte[] chunk = "<Commentaar>padding padding padding</Commentaar>".repeat(1000).getBytes(StandardCharsets.UTF_8);
        for (long written = head.length; written < size; written += chunk.length) {
            out.write(chunk);
        }
        out.write("</Header></Bericht>".getBytes(StandardCharsets.UTF_8));
    }

    /** An endless-looking message generated on the fly, counting what the reader takes from it. */
    private static final class HugeStream extends InputStream {
        private final byte[] head = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Bericht xmlns=\"" + JW305
                + "\"><Header>").getBytes(StandardCharsets.UTF_8);
        private final byte[] chunk = "<Commentaar>padding padding padding</Commentaar>".getBytes(StandardCharsets.UTF_8);
        private final long size;
        private final long[] read;

        HugeStream(long size, long[] read) {
            this.size = size;
            this.read = read;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (read[0] >= size) {
                return -1;
            }
            int n = 0;
            while (n < length && read[0] < size) {
                long position = read[0];
                buffer[offset + n] = position < head.length ? head[(int) position]
                        : chunk[(int) ((position - head.length) % chunk.length)];
                read[0]++;
                n++;
            }
            return n;
        }
    }
}
