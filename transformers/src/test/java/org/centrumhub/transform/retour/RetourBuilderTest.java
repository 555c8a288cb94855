package org.centrumhub.transform.retour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.centrumhub.schema.MessageType;
import org.centrumhub.transform.ErrorCode;
import org.centrumhub.transform.Finding;
import org.centrumhub.transform.Level;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.MessageValidator;
import org.centrumhub.transform.ValidationResult;
import org.centrumhub.transform.fixtures.Fixture;
import org.centrumhub.transform.fixtures.TestClock;
import org.centrumhub.transform.rules.RuleCatalog;
import org.centrumhub.transform.xml.MessageReader;
import org.centrumhub.transform.xml.XmlElement;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class RetourBuilderTest {
    private static final AnswerHeader HEADER = new AnswerHeader("R-000042", LocalDate.of(2026, 11, 22), "1.0.0");
    private final MessageValidator validator =
            new MessageValidator(MessageReader.DEFAULT_MAX_BYTES, RuleCatalog.standard(), TestClock.CLOCK);
    private final RetourBuilder builder = new RetourBuilder();

    @Test
    void acceptedStartGetsAHeaderOnlyRetourWithoutCodes() {
        Message heen = valid("ijw/jw305-valid.xml");
        Answer answer = builder.build(heen, List.of(), HEADER);

        assertThat(answer.type()).isEqualTo(MessageType.JW306);
        assertThat(answer.accepted()).isTrue();
        assertThat(answer.headerCodes()).isEmpty();
        Message retour = schemaValid(answer);
        XmlElement header = retour.header();
        assertThat(header.text("BerichtCode")).contains("439");
        assertThat(header.text("Afzender")).contains("12345678");
        assertThat(header.text("Ontvanger")).contains("0935");
        assertThat(header.text("BerichtIdentificatie/Identificatie")).contains("CH305-0001");
        assertThat(header.text("BerichtIdentificatie/Dagtekening")).contains("2026-06-10");
        assertThat(header.text("IdentificatieRetour")).contains("R-000042");
        assertThat(header.text("DagtekeningRetour")).contains("2026-11-22");
        assertThat(header.text("XsdVersieRetour/BerichtXsdVersie")).contains("0.1.0");
        assertThat(header.has("XsltVersie")).isFalse();
        assertThat(header.has("RetourCodes")).isFalse();
        assertThat(retour.body()).isEmpty();
    }

    @Test
    void inMessageRejectionIsTheHeaderWith0001AndXsltVersie() {
        Message heen = valid("iwmo/wmo307-valid.xml");
        Finding bsn = new Finding(Level.RULES, "CS002", "0001", "/Bericht/Client/Bsn", "eleven-test");
        Finding future = new Finding(Level.RULES, "TR135", "8848", "/Bericht/Header/BerichtIdentificatie/Dagtekening", "x");
        Answer answer = builder.build(heen, List.of(bsn, future), HEADER);

        assertThat(answer.type()).isEqualTo(MessageType.WMO308);
        assertThat(answer.accepted()).isFalse();
        assertThat(answer.headerCodes()).containsExactly("0001");
        Message retour = schemaValid(answer);
        assertThat(retour.header().text("XsltVersie")).contains("1.0.0");
        assertThat(retour.header().all("RetourCodes/RetourCode")).extracting(XmlElement::text).containsExactly("0001");
        assertThat(retour.header().text("XsdVersieRetour/BasisschemaXsdVersie")).contains("1.0.0");
        assertThat(retour.body()).isEmpty();
    }

    @Test
    void headerFindingOutsideTheRulesLevelGoesOnTheHeaderWithoutBody() {
        Message heen = valid("ijw/jw305-valid.xml");
        Finding future = new Finding(Level.RULES, "TR135", "8848", "/Bericht/Header/BerichtIdentificatie/Dagtekening", "x");
        Answer answer = builder.build(heen, List.of(future), HEADER);

        assertThat(answer.headerCodes()).containsExactly("8848");
        Message retour = schemaValid(answer);
        assertThat(retour.header().has("XsltVersie")).isFalse();
        assertThat(retour.body()).isEmpty();
    }

    @Test
    void faultyLineCarriesItsCodeAndEveryOtherClass0200() {
        Message heen = valid("ijw/jw305-valid.xml");
        Finding unlinked = new Finding(Level.RULES, "TR019", "9019",
                "/Bericht/Client/StartProducten/StartProduct[2]/ToewijzingNummer", "no assignment");
        Answer answer = builder.build(heen, List.of(unlinked), HEADER);

        assertThat(answer.headerCodes()).containsExactly("0200");
        Message retour = schemaValid(answer);
        XmlElement client = retour.body().orElseThrow();
        assertThat(client.text("Bsn")).contains("999900018");
        List<XmlElement> lines = client.all("StartProducten/StartProduct");
        assertThat(lines).hasSize(2);
        assertThat(codes(lines.get(0))).containsExactly("0200");
        assertThat(codes(lines.get(1))).containsExactly("9019");
        assertThat(codes(client)).containsExactly("0200");
        assertThat(lines.get(1).text("Begindatum")).contains("2026-06-08");
    }

    @Test
    void faultyClientMarksItsLinesNotAssessed() {
        Message heen = valid("iwmo/wmo305-valid.xml");
        Finding client = new Finding(Level.RULES, "TR304", "8187", "/Bericht/Client/Bsn", "other client");
        Answer answer = builder.build(heen, List.of(client), HEADER);

        Message retour = schemaValid(answer);
        XmlElement body = retour.body().orElseThrow();
        assertThat(codes(body)).containsExactly("8187");
        assertThat(body.all("StartProducten/StartProduct")).allSatisfy(line -> assertThat(codes(line)).containsExactly("0233"));
    }

    @Test
    void findingsWithoutRetourcodeAreRefused() {
        Message heen = valid("ijw/jw305-valid.xml");
        Finding xsd = Finding.error(Level.XSD, ErrorCode.XSD_INVALID, "/Bericht/Client", "bad");
        assertThatThrownBy(() -> builder.build(heen, List.of(xsd), HEADER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("transport channel");
    }

    @Test
    void retoursAreNotAnsweredThemselves() {
        Message heen = valid("ijw/jw305-valid.xml");
        Message retour = schemaValid(builder.build(heen, List.of(), HEADER));
        assertThatThrownBy(() -> builder.build(retour, List.of(), HEADER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JW306");
    }

    /**
     * For every valid heen fixture of both standards: the acceptance, the in-message rejection and a rejection of
     * the deepest class all validate against our XSD for the answer type.
     */
    @TestFactory
    Stream<DynamicTest> everyAnswerOfEveryFixtureIsSchemaValid() throws IOException, URISyntaxException {
        Path root = Path.of(RetourBuilderTest.class.getResource("/fixtures").toURI());
        List<Path> fixtures;
        try (Stream<Path> files = Files.walk(root)) {
            fixtures = files.filter(p -> p.getFileName().toString().endsWith("-valid.xml")).sorted().toList();
        }
        assertThat(fixtures).isNotEmpty();
        return fixtures.stream().map(file -> DynamicTest.dynamicTest(root.relativize(file).toString(), () -> {
            Message heen = valid(root.relativize(file).toString().replace('\\', '/'));
            if (heen.type().answer().isEmpty()) {
                return;
            }
            schemaValid(builder.build(heen, List.of(), HEADER));
            schemaValid(builder.build(heen, List.of(new Finding(Level.RULES, "CS002", "0001", "/Bericht", "x")), HEADER));
            XmlElement deepest = deepestClass(heen);
            Answer rejected = builder.build(heen,
                    List.of(new Finding(Level.RULES, "TR019", "9019", deepest.path(), "x")), HEADER);
            Message answer = schemaValid(rejected);
            assertThat(answer.body()).isPresent();
        }));
    }

    /**
     * The 325s the hub builds from a 323 pass every rule a 325 is checked on (TR342 totals, CS325, CD060, TR137 ...):
     * full grant, one line rejected, a client rejected, a credit line rejected, the whole declaration rejected.
     */
    @TestFactory
    Stream<DynamicTest> builtDeclarationAnswersAreValidAtEveryLevel() {
        return Stream.of("ijw/jw323-valid.xml", "iwmo/wmo323-valid.xml").flatMap(fixture -> {
            Message declaration = valid(fixture);
            XmlElement body = declaration.body().orElseThrow();
            List<XmlElement> lines = body.all("Clienten/Client/Prestaties/Prestatie");
            Map<String, List<Finding>> cases = Map.of(
                    "full grant", List.of(),
                    "minutes line rejected", List.of(finding("TR346", "9346", lines.get(3))),
                    "credit line rejected", List.of(finding("TR319", "9319", lines.get(1))),
                    "first client rejected", List.of(finding("TR304", "8187", body.all("Clienten/Client").get(0))),
                    "whole declaration rejected", List.of(finding("TR321", "9321", body)));
            return cases.entrySet().stream().map(entry -> DynamicTest.dynamicTest(fixture + ": " + entry.getKey(), () -> {
                Answer answer = builder.build(declaration, entry.getValue(), HEADER);
                ValidationResult result = validator.validate(answer.xml());
                assertThat(result.findings()).as(new String(answer.xml(), java.nio.charset.StandardCharsets.UTF_8))
                        .isEmpty();
                assertThat(result.level()).isEqualTo(Level.RULES);
            }));
        });
    }

    private static Finding finding(String code, String retourCode, XmlElement at) {
        return new Finding(Level.RULES, code, retourCode, at.path(), "x");
    }

    private static XmlElement deepestClass(Message heen) {
        XmlElement deepest = heen.body().orElseThrow();
        for (String path : RetourBuilder.classesOf(heen)) {
            List<XmlElement> found = heen.root().all(path);
            if (!found.isEmpty() && path.split("/").length > RetourBuilder.plainPath(deepest).split("/").length) {
                deepest = found.get(found.size() - 1);
            }
        }
        return deepest;
    }

    private static List<String> codes(XmlElement element) {
        return element.all("RetourCodes/RetourCode").stream().map(XmlElement::text).toList();
    }

    private Message valid(String fixture) {
        ValidationResult result = validator.validate(Fixture.bytes(fixture));
        assertThat(result.findings()).as(fixture).isEmpty();
        return result.message().orElseThrow();
    }

    private static Message schemaValid(Answer answer) {
        var outcome = new MessageReader(MessageReader.DEFAULT_MAX_BYTES).read(answer.xml());
        assertThat(outcome.findings()).as(new String(answer.xml(), java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
        assertThat(outcome.type()).contains(answer.type());
        return new Message(answer.type(), outcome.root().orElseThrow());
    }
}
