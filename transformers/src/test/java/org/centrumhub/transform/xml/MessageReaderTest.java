package org.centrumhub.transform.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.centrumhub.schema.MessageType;
import org.centrumhub.transform.ErrorCode;
import org.centrumhub.transform.Finding;
import org.centrumhub.transform.Level;
import org.centrumhub.transform.fixtures.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reader's normal work: type detection, the element tree, and XSD errors with element path and position. */
class MessageReaderTest {
    private final MessageReader reader = new MessageReader(MessageReader.DEFAULT_MAX_BYTES);

    @ParameterizedTest
    @CsvSource({"ijw/jw301-valid.xml, JW301", "iwmo/wmo305-valid.xml, WMO305", "ijw/jw317-valid.xml, JW317",
            "iwmo/wmo319-valid.xml, WMO319", "ijw/jw323-valid.xml, JW323", "iwmo/wmo325-valid.xml, WMO325"})
    void detectsTheTypeAndBuildsTheTree(String fixture, MessageType type) {
        ReadOutcome outcome = reader.read(Fixture.bytes(fixture));
        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.type()).contains(type);
        XmlElement root = outcome.root().orElseThrow();
        assertThat(root.name()).isEqualTo("Bericht");
        assertThat(root.namespace()).isEqualTo(type.namespace());
        assertThat(root.text("Header/BerichtCode")).contains(type.berichtCode());
    }

    @Test
    void treeKnowsPositionsAndLines() {
        XmlElement root = reader.read(Fixture.bytes("ijw/jw305-valid.xml")).root().orElseThrow();
        XmlElement second = root.all("Client/StartProducten/StartProduct").get(1);
        assertThat(second.path()).isEqualTo("/Bericht/Client/StartProducten/StartProduct[2]");
        assertThat(root.at("Client/Bsn").orElseThrow().path()).isEqualTo("/Bericht/Client/Bsn");
        assertThat(second.line()).isGreaterThan(root.at("Client/Bsn").orElseThrow().line());
    }

    @Test
    void xsdErrorNamesTheElementWithItsPositionAndLine() {
        byte[] xml = Fixture.load("ijw/jw305-valid.xml")
                .set("Client/StartProducten/StartProduct[2]/Begindatum", "2026-13-01").toBytes();
        ReadOutcome outcome = reader.read(xml);
        assertThat(outcome.level()).isEqualTo(Level.XSD);
        assertThat(outcome.root()).isEmpty();
        Finding finding = outcome.findings().get(0);
        assertThat(finding.code()).isEqualTo(ErrorCode.XSD_INVALID.name());
        assertThat(finding.path()).isEqualTo("/Bericht/Client/StartProducten/StartProduct[2]/Begindatum");
        assertThat(finding.message()).startsWith("StartProducten/StartProduct[2]/Begindatum: not a valid date")
                .doesNotContain("2026-13-01").containsPattern("line \\d+, column \\d+");
        assertThat(outcome.findings()).as("one finding per bad value, not Xerces' follow-ups").hasSize(1);
    }

    @Test
    void missingElementIsReportedAtItsParent() {
        byte[] xml = Fixture.load("iwmo/wmo307-valid.xml").remove("Client/Bsn").toBytes();
        ReadOutcome outcome = reader.read(xml);
        assertThat(outcome.findings()).extracting(Finding::path).contains("/Bericht/Client/Geboortedatum");
        assertThat(outcome.findings().get(0).message()).contains("Bsn");
    }

    @Test
    void byteOrderMarkIsAccepted() {
        byte[] fixture = Fixture.bytes("ijw/jw307-valid.xml");
        byte[] withBom = new byte[fixture.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(fixture, 0, withBom, 3, fixture.length);
        assertThat(reader.read(withBom).findings()).isEmpty();
    }

    @Test
    void sizeLimitIsConfigurable() {
        byte[] fixture = Fixture.bytes("ijw/jw305-valid.xml");
        ReadOutcome outcome = new MessageReader(fixture.length - 1).read(fixture);
        assertThat(outcome.findings()).extracting(Finding::code).containsExactly(ErrorCode.MESSAGE_TOO_LARGE.name());
        assertThat(new MessageReader(fixture.length).read(fixture).findings()).isEmpty();
        assertThat(new String(fixture, StandardCharsets.UTF_8)).startsWith("<?xml");
    }
}
