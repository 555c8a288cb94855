package org.centrumhub.hub;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Message;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.transform.stream.StreamSource;
import org.centrumhub.schema.Standard;
import org.centrumhub.transform.fixtures.LargeDeclaration;
import org.centrumhub.transform.xml.MessageReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A declaration near the size limit (about 20,000 clients, 40,000 lines, over three participants) is judged line by
 * line, split, settled and answered by a hub whose heap is capped at 512 MB; and a 2,000-client declaration end to
 * end. The assignments the lines refer to are written into the assignment store directly (as 20,000 forwarded 301s
 * would leave them). Prints the times next to a bare XSD validation of the same file; asserts no timing.
 */
class LargeDeclarationTest {
    private static final String PROVIDER = "12345678";
    private static final List<String> PARTICIPANTS = List.of("0935", "0917", "1883");
    private final HubProcess hub = new HubProcess(List.of("-Xmx512m"),
            "--centrumhub.regions.folder=" + Path.of("src", "test", "resources", "regions-large").toAbsolutePath(),
            "--centrumhub.parties.municipalities[1].code=0917", "--centrumhub.parties.municipalities[1].name=Heerlen",
            "--centrumhub.parties.municipalities[2].code=1883",
            "--centrumhub.parties.municipalities[2].name=Sittard-Geleen");

    @AfterEach
    void stopHub() throws Exception {
        hub.stop();
    }

    @Test
    void aDeclarationNearTheLimitIsJudgedSplitSettledAndAnsweredWithin512Mb() throws Exception {
        hub.start();
        int clients = 20_000;
        byte[] large = LargeDeclaration.jw323(clients, 2);
        while (large.length > MessageReader.DEFAULT_MAX_BYTES) {
            clients -= 500;
            large = LargeDeclaration.jw323(clients, 2);
        }
        // a second, smaller declaration of the same provider: its own Identificatie, number, references, assignments
        byte[] small = new String(LargeDeclaration.jw323(2_000, 1), StandardCharsets.UTF_8)
                .replace("LARGE-1<", "SMALL-1<").replace("LARGE202610<", "SMALL202610<")
                .replace("ReferentieNummer>L", "ReferentieNummer>S").replace("ToewijzingNummer>1", "ToewijzingNummer>5")
                .getBytes(StandardCharsets.UTF_8);
        assign(large);
        assign(small);

        long xsdStart = System.nanoTime();
        Standard.IJW.schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(large)));
        double xsdSeconds = (System.nanoTime() - xsdStart) / 1e9;

        try (CoreClient client = new CoreClient(hub.brokerUrl(), hub.dataDir)) {
            double largeSeconds = roundTrip(client, large, "LARGE-1");
            double smallSeconds = roundTrip(client, small, "SMALL-1");
            List<String> parts = new ArrayList<>();
            var consumers = new ArrayList<jakarta.jms.MessageConsumer>();
            for (String municipality : PARTICIPANTS) {
                consumers.add(client.session("hub.to-municipality." + municipality).createConsumer(client.session("hub.to-municipality." + municipality).createQueue("hub.to-municipality." + municipality)));
            }
            for (var consumer : consumers) {
                Message part;
                while ((part = consumer.receive(3000)) != null) {
                    parts.add(CoreClient.text(part));
                }
            }
            assertThat(parts).as("one part per participant per declaration").hasSize(6);
            assertThat(hub.count("SELECT count(*) FROM ledger_entry")).isEqualTo(2L * clients + 2_000);
            assertThat(hub.count("SELECT sum(amount_cents) FROM ledger_entry")).isEqualTo(
                    total(large) + total(small));
            System.out.printf("%nLargeDeclarationTest: %,d bytes, %,d clients, %,d lines: judged, split, settled and"
                            + " answered in %.1f s, %.0f lines/s (hub heap 512 MB); bare XSD validation of the same file in this JVM %.2f s"
                            + " (x%.1f)%n", large.length, clients, 2 * clients, largeSeconds, 2 * clients / largeSeconds,
                    xsdSeconds, largeSeconds / xsdSeconds);
            System.out.printf("LargeDeclarationTest: 2,000-client declaration end to end in %.2f s: %.0f lines/s%n%n",
                    smallSeconds, 2_000 / smallSeconds);
        }
    }

    /** Sends a declaration and waits for its 325, which must grant it in full; returns the seconds it took. */
    private double roundTrip(CoreClient client, byte[] declaration, String identificatie) throws Exception {
        long start = System.nanoTime();
        client.send("hub.from-provider." + PROVIDER, declaration);
        String answer = CoreClient.text(client.receive("hub.to-provider." + PROVIDER, 300_000));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(answer).contains(identificatie).contains("<jw325:RetourCode>8001</jw325:RetourCode>");
        return seconds;
    }

    /** Writes the assignment every line refers to, each client's to one of the participants in turn. */
    private void assign(byte[] declaration) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(HexFormat.of().parseHex(Files.readString(hub.dataDir.resolve("client-key.secret"))
                .trim()), "HmacSHA256"));
        Matcher client = Pattern.compile("<jw323:Bsn>(\\d+)</jw323:Bsn>(.*?)</jw323:Client>", Pattern.DOTALL)
                .matcher(new String(declaration, StandardCharsets.UTF_8));
        Pattern number = Pattern.compile("<jw323:ToewijzingNummer>(\\d+)<");
        try (Connection db = hub.database(); PreparedStatement insert = db.prepareStatement("""
                INSERT INTO assignment (domain, municipality, number, provider, client_key, category, start_date,
                                        end_date, assigned_at, message_id)
                VALUES ('IJW', ?, ?, ?, ?, '45', DATE '2026-01-01', DATE '2026-12-31', ?, ?)""")) {
            int i = 0;
            while (client.find()) {
                String key = HexFormat.of().formatHex(mac.doFinal(client.group(1).getBytes(StandardCharsets.US_ASCII)));
                Matcher numbers = number.matcher(client.group(2));
                String municipality = PARTICIPANTS.get(i++ % PARTICIPANTS.size());
                while (numbers.find()) {
                    insert.setString(1, municipality);
                    insert.setLong(2, Long.parseLong(numbers.group(1)));
                    insert.setString(3, PROVIDER);
                    insert.setString(4, key);
                    insert.setTimestamp(5, Timestamp.valueOf(LocalDateTime.of(2025, 12, 1, 9, 0)));
                    insert.setObject(6, UUID.randomUUID());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static long total(byte[] declaration) {
        Matcher total = Pattern.compile("<ijw:TotaalBedrag>(\\d+)<").matcher(new String(declaration, StandardCharsets.UTF_8));
        assertThat(total.find()).isTrue();
        return Long.parseLong(total.group(1));
    }
}
