package org.centrumhub.hub.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.centrumhub.hub.reports.ErrorListReading.Prestatie;
import org.centrumhub.schema.MessageType;
import org.centrumhub.transform.Finding;
import org.centrumhub.transform.Level;
import org.centrumhub.transform.fixtures.DeclarationDoc;
import org.centrumhub.transform.fixtures.DeclarationDoc.Line;
import org.centrumhub.transform.fixtures.Fixture;
import org.centrumhub.transform.fixtures.TestBsns;
import org.centrumhub.transform.xml.MessageReader;
import org.centrumhub.transform.xml.XmlElement;
import org.junit.jupiter.api.Test;

/** How the error list names what it lists, and what it reads of a message refused on transport. */
class ErrorListReadingTest {
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final String FIRST = TestBsns.nth(701);
    private static final String SECOND = TestBsns.nth(702);

    @Test
    void aDeclarationsLinesAreNamedByReferenceAndProduct() {
        List<Prestatie> lines = ErrorListReading.prestaties(declaration());
        assertThat(lines).extracting(Prestatie::concerns).containsExactly("Prestatie R-1 (product 45/45A01)",
                "Prestatie R-2 (product 45/45A02)", "Prestatie R-3 (product 45/45A01)");
        assertThat(lines).extracting(Prestatie::bsn).containsExactly(FIRST, FIRST, SECOND);
        assertThat(lines).extracting(Prestatie::credit).containsExactly(false, true, false);
        assertThat(lines).extracting(Prestatie::assignmentNumber).containsExactly(700101L, 700101L, 700201L);
    }

    /** A fault within the message (0001) concerns its own line, its client's lines, or, above the clients, every line. */
    @Test
    void aFaultWithinTheMessageConcernsItsLineItsClientOrEveryLine() {
        List<Prestatie> lines = ErrorListReading.prestaties(declaration());
        Finding inLine = fault("/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]/GeleverdVolume");
        Finding onClient = fault("/Bericht/Declaratie/Clienten/Client[2]/Bsn");
        Finding onDeclaration = fault("/Bericht/Declaratie/TotaalIngediendBedrag");
        List<Finding> all = List.of(inLine, onClient, onDeclaration);
        assertThat(ErrorListReading.concerning(lines.get(0), all)).containsExactly(onDeclaration);
        assertThat(ErrorListReading.concerning(lines.get(1), all)).containsExactly(inLine, onDeclaration);
        assertThat(ErrorListReading.concerning(lines.get(2), all)).containsExactly(onClient, onDeclaration);
        assertThat(ErrorListReading.findings(List.of(onClient, onClient, onDeclaration)))
                .isEqualTo("Declaratie/Clienten/Client[2]/Bsn (CS002); Declaratie/TotaalIngediendBedrag (CS002)");
    }

    @Test
    void aMessageDamagedAfterItsHeaderStillNamesItsAddressee() {
        String broken = new String(Fixture.load("ijw/jw305-valid.xml").set("Header/Ontvanger", "1883")
                .set("Header/BerichtIdentificatie/Identificatie", "BR-1").set("Client/Bsn", FIRST).toBytes(),
                StandardCharsets.UTF_8).replace("</jw305:Geslacht>", "</jw305:Geslachtx>");
        HeaderPeek peek = HeaderPeek.of(broken.getBytes(StandardCharsets.UTF_8));
        assertThat(peek.type()).contains(MessageType.JW305);
        assertThat(peek.addressee()).contains("1883");
        assertThat(peek.identificatie()).isEqualTo("BR-1");
        assertThat(peek.bsn()).isEqualTo(FIRST);
        assertThat(peek.toString()).doesNotContain(FIRST);
    }

    @Test
    void aProvidersRetourIsForTheMunicipalityItsHeaderCopiesAsAfzender() {
        String retour = "<jw302:Bericht xmlns:jw302=\"http://www.istandaarden.nl/ijw/3_2/jw302/schema\" "
                + "xmlns:ijw=\"http://www.istandaarden.nl/ijw/3_2/basisschema/schema\"><jw302:Header>"
                + "<jw302:BerichtCode>437</jw302:BerichtCode><jw302:Afzender>0917</jw302:Afzender>"
                + "<jw302:Ontvanger>12345678</jw302:Ontvanger><jw302:BerichtIdentificatie>"
                + "<ijw:Identificatie>T-1</ijw:Identificatie></jw302:BerichtIdentificatie></jw302:Header><jw302:Oops>";
        HeaderPeek peek = HeaderPeek.of(retour.getBytes(StandardCharsets.UTF_8));
        assertThat(peek.addressee()).contains("0917");
        assertThat(peek.identificatie()).isEqualTo("T-1");
    }

    @Test
    void somethingThatIsNotXmlNamesNoOne() {
        HeaderPeek peek = HeaderPeek.of("not a message".getBytes(StandardCharsets.UTF_8));
        assertThat(peek.type()).isEmpty();
        assertThat(peek.addressee()).isEmpty();
    }

    @Test
    void pathsAreBelowTheMessageAndPositionsStayAsTheyAre() {
        assertThat(ErrorListReading.path("/Bericht/Client/Geslacht")).isEqualTo("Client/Geslacht");
        assertThat(ErrorListReading.path("line 23, column 38")).isEqualTo("line 23, column 38");
        assertThat(ErrorListReading.path(null)).isEqualTo("the message");
    }

    private static XmlElement declaration() {
        Line debit = Line.debit("R-1", 700101, "45", "45A01", OCTOBER, 4, 6500);
        byte[] bytes = DeclarationDoc.ijw("12345678", "0935").period(OCTOBER)
                .line(FIRST, debit)
                .line(FIRST, Line.debit("R-0", 700101, "45", "45A02", OCTOBER, 4, 6500).creditAs("R-2"))
                .line(SECOND, Line.debit("R-3", 700201, "45", "45A01", OCTOBER, 2, 6500)).bytes();
        return new MessageReader(MessageReader.DEFAULT_MAX_BYTES).read(bytes).root().orElseThrow();
    }

    private static Finding fault(String path) {
        return new Finding(Level.RULES, "CS002", "0001", path, "a fault");
    }
}
