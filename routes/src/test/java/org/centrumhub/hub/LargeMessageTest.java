package org.centrumhub.hub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.BytesMessage;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A 200 MB message over the broker is refused with MESSAGE_TOO_LARGE from the size the broker gives, without its body
 * being read: the hub runs with a heap (160 MB) smaller than the message, so it could not have held it, stays up and
 * goes on answering.
 */
class LargeMessageTest {
    private static final long SIZE = 200L * 1024 * 1024;
    private final HubProcess hub = new HubProcess(List.of("-Xmx160m"));

    @AfterEach
    void stopHub() throws Exception {
        hub.stop();
    }

    @Test
    void aMessageOverTheLimitIsRefusedWithoutBeingRead() throws Exception {
        hub.start();
        try (CoreClient client = new CoreClient(hub.brokerUrl(), hub.dataDir)) {
            BytesMessage huge = client.session("hub.from-provider.12345678").createBytesMessage();
            // the client streams the body from this stream: 200 MB of XML-looking bytes that never sit in memory
            huge.setObjectProperty("JMS_AMQ_InputStream", new RepeatingStream("<a>0123456789</a>", SIZE));
            client.session("hub.from-provider.12345678").createProducer(client.session("hub.from-provider.12345678").createQueue("hub.from-provider.12345678")).send(huge);

            JsonNode notice = new ObjectMapper().readTree(CoreClient.text(client.receive("hub.errors.12345678")));
            assertThat(notice.get("code").asText()).isEqualTo("MESSAGE_TOO_LARGE");
            assertThat(notice.get("reason").asText()).contains(Long.toString(SIZE));
            assertThat(hub.count("SELECT octet_length(raw_xml) FROM message WHERE outcome = 'REFUSED'"))
                    .as("nothing of the body is stored").isZero();

            byte[] start = Traffic.starts("LM", 1).get(0);
            client.send("hub.from-provider.12345678", start);
            assertThat(CoreClient.text(client.receive("hub.to-provider.12345678"))).contains("LM0")
                    .doesNotContain("RetourCode");
        }
    }

    /** A stream of {@code size} bytes repeating a pattern, produced as it is read. */
    private static final class RepeatingStream extends InputStream {
        private final byte[] pattern;
        private long left;
        private int position;

        RepeatingStream(String pattern, long size) {
            this.pattern = pattern.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            this.left = size;
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            left--;
            byte b = pattern[position];
            position = (position + 1) % pattern.length;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = pattern[position];
                position = (position + 1) % pattern.length;
            }
            left -= n;
            return n;
        }

    }
}
