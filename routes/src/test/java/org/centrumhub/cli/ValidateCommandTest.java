package org.centrumhub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.centrumhub.transform.fixtures.Fixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path valid;
    private Path badBsn;

    @BeforeEach
    void files() throws IOException {
        valid = Files.write(dir.resolve("start.xml"), Fixture.bytes("ijw/jw305-valid.xml"));
        badBsn = Files.write(dir.resolve("bad-bsn.xml"),
                Fixture.load("iwmo/wmo307-valid.xml").set("Client/Bsn", "999900019").toBytes());
    }

    @Test
    void allValidExitsZero() {
        int status = run("validate", valid.toString());
        assertThat(status).isZero();
        assertThat(stdout()).contains("start.xml: JW305 valid (level rules)");
    }

    @Test
    void anyInvalidExitsOneAndNamesTheRuleAndPath() {
        int status = run("validate", valid.toString(), badBsn.toString());
        assertThat(status).isEqualTo(1);
        assertThat(stdout()).contains("bad-bsn.xml: WMO307 INVALID (level rules) codes CS002 retourcodes 0001")
                .contains("CS002 (0001) at /Bericht/Client/Bsn")
                .doesNotContain("999900019");
    }

    @Test
    void jsonPrintsOneObjectPerFile() throws IOException {
        Path notXml = Files.writeString(dir.resolve("notes.txt"), "just text");
        int status = run("validate", "--json", valid.toString(), badBsn.toString(), notXml.toString());
        assertThat(status).isEqualTo(1);
        List<String> lines = stdout().lines().toList();
        assertThat(lines).hasSize(3);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("type").asText()).isEqualTo("JW305");
        assertThat(first.get("valid").asBoolean()).isTrue();
        assertThat(first.get("level").asText()).isEqualTo("rules");
        JsonNode second = json.readTree(lines.get(1));
        assertThat(second.get("valid").asBoolean()).isFalse();
        assertThat(second.get("codes").get(0).asText()).isEqualTo("CS002");
        assertThat(second.get("retourCodes").get(0).asText()).isEqualTo("0001");
        assertThat(second.get("findings").get(0).get("path").asText()).isEqualTo("/Bericht/Client/Bsn");
        JsonNode third = json.readTree(lines.get(2));
        assertThat(third.get("level").asText()).isEqualTo("xml");
        assertThat(third.get("type").isNull()).isTrue();
        assertThat(third.get("codes").get(0).asText()).isEqualTo("NOT_WELL_FORMED");
    }

    @Test
    void maxBytesIsConfigurable() {
        int status = run("validate", "--json", "--max-bytes", "100", valid.toString());
        assertThat(status).isEqualTo(1);
        assertThat(stdout()).contains("\"MESSAGE_TOO_LARGE\"");
    }

    @Test
    void missingFileIsAnInvalidResultNotACrash() {
        int status = run("validate", dir.resolve("absent.xml").toString());
        assertThat(status).isEqualTo(1);
        assertThat(stdout()).contains("UNREADABLE").contains("no such file");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("validate")).isEqualTo(2);
        assertThat(run("validate", "--xml", valid.toString())).isEqualTo(2);
        assertThat(run("validate", "--max-bytes", "lots", valid.toString())).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
    }

    private int run(String... args) {
        return Centrumhub.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
