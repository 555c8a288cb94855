package org.centrumhub.transform.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.centrumhub.schema.MessageType;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.MessageValidator;
import org.centrumhub.transform.ValidationResult;
import org.centrumhub.transform.fixtures.Fixture;
import org.centrumhub.transform.fixtures.LargeDeclaration;
import org.centrumhub.transform.fixtures.TestBsns;
import org.centrumhub.transform.fixtures.TestClock;
import org.centrumhub.transform.xml.XmlElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeclarationSplitTest {
    private static final String AMSTERDAM = "0363";
    private static final String ROTTERDAM = "0599";
    private static final String DEN_HAAG = "0518";
    private static final MessageValidator VALIDATOR = MessageValidator.standard(TestClock.CLOCK);

    /**
     * A 323 with five clients: client 1 has lines of 78000 D, 13000 C and 25000 D (rejected); client 2 a line of
     * 9750 D; client 3 a credit of 9750; client 4 a credit of 9750; client 5 a line of 9750 D (rejected). Client 1
     * goes to Amsterdam (65000 D), 2 and 3 to Rotterdam (0 D), 4 to Den Haag (9750 C).
     */
    private record ThreeMunicipalities(Message declaration, Map<XmlElement, String> participantOfLine) {
        static ThreeMunicipalities of(String fixture) {
            Fixture edit = Fixture.load(fixture).set("Declaratie/TotaalIngediendBedrag/TotaalBedrag", "90000");
            for (int copy = 0; copy < 3; copy++) {
                edit.duplicate("Declaratie/Clienten/Client[2]");
            }
            for (int client = 3; client <= 5; client++) {
                String path = "Declaratie/Clienten/Client[" + client + "]";
                String line = path + "/Prestaties/Prestatie";
                edit.set(path + "/Bsn", TestBsns.nth(100 + client))
                        .set(line + "/ProductReferentie/ReferentieNummer", "P-2610-000" + (client + 2))
                        .set(line + "/ToewijzingNummer", "700" + client + "01");
            }
            for (int client = 3; client <= 4; client++) {
                String line = "Declaratie/Clienten/Client[" + client + "]/Prestaties/Prestatie";
                edit.set(line + "/IngediendBedrag/DebetCredit", "C")
                        .appendBasis(line + "/ProductReferentie", "VorigReferentieNummer", "P-2609-010" + client);
            }
            Message declaration = valid(edit.toBytes());
            List<XmlElement> clients = declaration.body().orElseThrow().all("Clienten/Client");
            Function<Integer, List<XmlElement>> lines = client -> clients.get(client - 1).all("Prestaties/Prestatie");
            // built in reverse, so that the order of the parts can only come from the document
            Map<XmlElement, String> participants = new LinkedHashMap<>();
            participants.put(lines.apply(4).get(0), DEN_HAAG);
            participants.put(lines.apply(3).get(0), ROTTERDAM);
            participants.put(lines.apply(2).get(0), ROTTERDAM);
            participants.put(lines.apply(1).get(1), AMSTERDAM);
            participants.put(lines.apply(1).get(0), AMSTERDAM);
            return new ThreeMunicipalities(declaration, participants);
        }

        String bsn(int client) {
            return declaration.body().orElseThrow().all("Clienten/Client").get(client - 1).text("Bsn").orElseThrow();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw/jw323-valid.xml", "iwmo/wmo323-valid.xml"})
    void everyMunicipalityGetsAValidDeclarationOfExactlyItsOwnLines(String fixture) {
        ThreeMunicipalities scenario = ThreeMunicipalities.of(fixture);

        Map<String, byte[]> parts = DeclarationSplit.split(scenario.declaration(), scenario.participantOfLine());

        assertThat(parts.keySet()).containsExactly(AMSTERDAM, ROTTERDAM, DEN_HAAG);
        Map<String, List<String>> expectedReferences = Map.of(
                AMSTERDAM, List.of("P-2610-0001", "P-2610-0002"),
                ROTTERDAM, List.of("P-2610-0004", "P-2610-0005"),
                DEN_HAAG, List.of("P-2610-0006"));
        parts.forEach((municipality, bytes) -> {
            Message part = valid(bytes);
            assertThat(part.type()).isEqualTo(scenario.declaration().type());
            assertThat(part.receiver()).isEqualTo(municipality);
            assertThat(references(part)).containsExactlyElementsOf(expectedReferences.get(municipality));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw/jw323-valid.xml", "iwmo/wmo323-valid.xml"})
    void noPartHoldsAnotherMunicipalitysClientsOrARejectedClient(String fixture) {
        ThreeMunicipalities scenario = ThreeMunicipalities.of(fixture);

        Map<String, byte[]> parts = DeclarationSplit.split(scenario.declaration(), scenario.participantOfLine());

        Map<String, Set<Integer>> clientsOf =
                Map.of(AMSTERDAM, Set.of(1), ROTTERDAM, Set.of(2, 3), DEN_HAAG, Set.of(4));
        parts.forEach((municipality, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            for (int client = 1; client <= 5; client++) {
                if (clientsOf.get(municipality).contains(client)) {
                    assertThat(text).contains(scenario.bsn(client));
                } else {
                    assertThat(text).doesNotContain(scenario.bsn(client));
                }
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw/jw323-valid.xml", "iwmo/wmo323-valid.xml"})
    void totalsAreRecomputedOverTheIncludedLinesWithTheirSign(String fixture) {
        ThreeMunicipalities scenario = ThreeMunicipalities.of(fixture);

        Map<String, byte[]> parts = DeclarationSplit.split(scenario.declaration(), scenario.participantOfLine());

        assertThat(total(valid(parts.get(AMSTERDAM)))).isEqualTo("65000 D");
        assertThat(total(valid(parts.get(ROTTERDAM)))).as("zero is a debit (CS325)").isEqualTo("0 D");
        assertThat(total(valid(parts.get(DEN_HAAG)))).as("a negative total is a credit").isEqualTo("9750 C");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw/jw323-valid.xml", "iwmo/wmo323-valid.xml"})
    void headerDeclarationFieldsAndLinesAreCopiedWithTheStandardsPrefixes(String fixture) {
        ThreeMunicipalities scenario = ThreeMunicipalities.of(fixture);
        Message original = scenario.declaration();
        String messagePrefix = original.type().name().toLowerCase(Locale.ROOT);
        String basisPrefix = original.type().standard().messagePrefix().equals("JW") ? "ijw" : "iwmo";

        Map<String, byte[]> parts = DeclarationSplit.split(original, scenario.participantOfLine());

        Message part = valid(parts.get(ROTTERDAM));
        assertThat(new String(parts.get(ROTTERDAM), StandardCharsets.UTF_8))
                .contains("<" + messagePrefix + ":Bericht xmlns:" + messagePrefix + "=\"" + original.type().namespace())
                .contains("<" + basisPrefix + ":Identificatie>");
        List<String> expectedHeader = flatten(original.header());
        expectedHeader.replaceAll(field -> field.contains("/Ontvanger ") ? field.replace("0935", ROTTERDAM) : field);
        assertThat(flatten(part.header())).containsExactlyElementsOf(expectedHeader);
        XmlElement body = part.body().orElseThrow();
        XmlElement originalBody = original.body().orElseThrow();
        for (String field : List.of("DeclaratieNummer", "DeclaratiePeriode", "DeclaratieDagtekening")) {
            assertThat(flatten(body.child(field).orElseThrow()))
                    .containsExactlyElementsOf(flatten(originalBody.child(field).orElseThrow()));
        }
        List<String> expectedLines = new ArrayList<>();
        scenario.participantOfLine().forEach((line, municipality) -> {
            if (municipality.equals(ROTTERDAM)) {
                expectedLines.addAll(0, flatten(line)); // the map lists them in reverse
            }
        });
        List<String> lines = new ArrayList<>();
        body.all("Clienten/Client/Prestaties/Prestatie").forEach(line -> lines.addAll(flatten(line)));
        assertThat(lines).containsExactlyElementsOf(expectedLines);
    }

    @Test
    void largeDeclarationOverSixteenMunicipalitiesConservesItsGrantedLines() {
        Message declaration = valid(LargeDeclaration.jw323(20_000, 1));
        List<XmlElement> clients = declaration.body().orElseThrow().all("Clienten/Client");
        Map<XmlElement, String> participants = new HashMap<>();
        Set<String> grantedReferences = new HashSet<>();
        long grantedTotal = 0;
        for (int c = 0; c < clients.size(); c++) {
            if (c % 50 == 7) {
                continue; // rejected
            }
            for (XmlElement line : clients.get(c).all("Prestaties/Prestatie")) {
                participants.put(line, String.format("%04d", 100 + 37 * (c % 16)));
                grantedReferences.add(line.text("ProductReferentie/ReferentieNummer").orElseThrow());
                grantedTotal += signed(line.child("IngediendBedrag").orElseThrow(), "Bedrag");
            }
        }

        Map<String, byte[]> parts = DeclarationSplit.split(declaration, participants);

        assertThat(parts).hasSize(16);
        List<String> references = new ArrayList<>();
        long sumOfTotals = 0;
        for (Map.Entry<String, byte[]> entry : parts.entrySet()) {
            Message part = valid(entry.getValue());
            assertThat(part.receiver()).isEqualTo(entry.getKey());
            references.addAll(references(part));
            XmlElement total = part.body().orElseThrow().child("TotaalIngediendBedrag").orElseThrow();
            sumOfTotals += signed(total, "TotaalBedrag");
        }
        assertThat(references).hasSize(grantedReferences.size())
                .containsExactlyInAnyOrderElementsOf(grantedReferences);
        assertThat(sumOfTotals).isEqualTo(grantedTotal);
    }

    /** Ways to assign the lines of {@link ThreeMunicipalities}: the table of splits that must not alter the input. */
    private enum Assignment {
        NO_LINE_GRANTED(scenario -> Map.of()),
        ALL_TO_ONE_MUNICIPALITY(scenario -> {
            Map<XmlElement, String> all = new HashMap<>();
            scenario.participantOfLine().keySet().forEach(line -> all.put(line, AMSTERDAM));
            return all;
        }),
        THREE_MUNICIPALITIES(ThreeMunicipalities::participantOfLine);

        private final Function<ThreeMunicipalities, Map<XmlElement, String>> participants;

        Assignment(Function<ThreeMunicipalities, Map<XmlElement, String>> participants) {
            this.participants = participants;
        }
    }

    static Stream<Arguments> inputIsNotAltered() {
        return Stream.of("ijw/jw323-valid.xml", "iwmo/wmo323-valid.xml")
                .flatMap(fixture -> Stream.of(Assignment.values())
                        .map(assignment -> Arguments.of(fixture, assignment)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void inputIsNotAltered(String fixture, Assignment assignment) {
        ThreeMunicipalities scenario = ThreeMunicipalities.of(fixture);
        Message declaration = scenario.declaration();
        Map<XmlElement, String> participantOfLine = assignment.participants.apply(scenario);
        List<XmlElement> elementsBefore = elements(declaration.root());
        List<String> contentBefore = flatten(declaration.root());
        Map<XmlElement, String> assignmentBefore = new HashMap<>(participantOfLine);

        Map<String, byte[]> parts = DeclarationSplit.split(declaration, participantOfLine);

        assertThat(parts).hasSize(new HashSet<>(participantOfLine.values()).size());
        assertThat(elements(declaration.root())).containsExactlyElementsOf(elementsBefore);
        assertThat(flatten(declaration.root())).containsExactlyElementsOf(contentBefore);
        assertThat(participantOfLine).isEqualTo(assignmentBefore);
    }

    @Test
    void anElementThatIsNotALineOfTheDeclarationIsRefused() {
        ThreeMunicipalities scenario = ThreeMunicipalities.of("ijw/jw323-valid.xml");
        XmlElement otherCopy = ThreeMunicipalities.of("ijw/jw323-valid.xml").participantOfLine().keySet().iterator()
                .next();
        Map<XmlElement, String> participants = new HashMap<>(scenario.participantOfLine());
        participants.put(otherCopy, AMSTERDAM);
        participants.put(scenario.declaration().header(), AMSTERDAM);

        assertThatThrownBy(() -> DeclarationSplit.split(scenario.declaration(), participants))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 assigned elements are not delivery lines");
    }

    @Test
    void onlyADeclarationIsSplit() {
        Message start = valid(Fixture.bytes("ijw/jw305-valid.xml"));

        assertThatThrownBy(() -> DeclarationSplit.split(start, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(MessageType.JW305.name());
    }

    /** Parses a document that must be valid at every level: XSD and in-message rules (TR358 for the totals). */
    private static Message valid(byte[] document) {
        ValidationResult result = VALIDATOR.validate(document);
        assertThat(result.findings()).isEmpty();
        return result.message().orElseThrow();
    }

    private static List<String> references(Message declaration) {
        return declaration.body().orElseThrow().all("Clienten/Client/Prestaties/Prestatie").stream()
                .map(line -> line.text("ProductReferentie/ReferentieNummer").orElseThrow())
                .toList();
    }

    private static String total(Message declaration) {
        XmlElement total = declaration.body().orElseThrow().child("TotaalIngediendBedrag").orElseThrow();
        return total.text("TotaalBedrag").orElseThrow() + " " + total.text("DebetCredit").orElseThrow();
    }

    private static long signed(XmlElement amount, String valueName) {
        long value = amount.number(valueName).orElseThrow();
        return "C".equals(amount.text("DebetCredit").orElseThrow()) ? -value : value;
    }

    /** Every element below and including one, in document order, as namespace, path below it and text. */
    private static List<String> flatten(XmlElement element) {
        List<String> out = new ArrayList<>();
        flatten(element, element.name(), out);
        return out;
    }

    private static void flatten(XmlElement element, String path, List<String> out) {
        out.add(element.namespace() + " " + path + " " + element.text());
        element.children().forEach(child -> flatten(child, path + "/" + child.name(), out));
    }

    private static List<XmlElement> elements(XmlElement element) {
        List<XmlElement> out = new ArrayList<>(List.of(element));
        element.children().forEach(child -> out.addAll(elements(child)));
        return out;
    }
}
