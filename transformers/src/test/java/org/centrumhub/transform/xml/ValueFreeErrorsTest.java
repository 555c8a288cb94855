package org.centrumhub.transform.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.centrumhub.schema.Standard;
import org.centrumhub.transform.ErrorCode;
import org.centrumhub.transform.Finding;
import org.centrumhub.transform.fixtures.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Error texts never carry a value of the message: for each schema constraint (by Xerces' message key) and each kind
 * of well-formedness error, a document with a planted value (a fake BSN that passes the eleven-test, a name) is
 * read, and the finding names the element and the constraint but not the value.
 */
class ValueFreeErrorsTest {
    /** Passes the eleven-test: what a real BSN would look like. */
    private static final String BSN = "999999990";
    private static final String NAME = "Geheimnaam";
    private static final String XSI = "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";

    private final MessageReader reader = new MessageReader(MessageReader.DEFAULT_MAX_BYTES);

    /** A schema error: its key, the document, the path and text the finding must have, and the planted values. */
    record SchemaCase(String key, String fixture, UnaryOperator<String> edit, String path, String text,
            List<String> planted) {
        @Override
        public String toString() {
            return key;
        }
    }

    static Stream<SchemaCase> schemaCases() {
        return Stream.of(
                schema("cvc-pattern-valid", "ijw/jw305-valid.xml", xml -> setText(xml, "Bsn", BSN + "X"),
                        "/Bericht/Client/Bsn",
                        "Bsn: does not match the pattern of type LDT_BurgerServicenummer ([0-9]{9})", BSN),
                schema("cvc-maxLength-valid", "ijw/jw305-valid.xml",
                        xml -> xml.replace("Proefpersoon", NAME.repeat(21)),
                        "/Bericht/Client/Naam/Geslachtsnaam/Achternaam",
                        "Naam/Geslachtsnaam/Achternaam: longer than the maximum length 200 of type LDT_Naam", NAME),
                schema("cvc-minLength-valid", "ijw/jw323-valid.xml",
                        xml -> xml.replace("P-2610-0001", "").replace("DEC202610001", "DEC" + BSN),
                        "/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductReferentie/ReferentieNummer",
                        "Clienten/Client/Prestaties/Prestatie/ProductReferentie/ReferentieNummer: shorter than the "
                                + "minimum length 1 of type LDT_ReferentieNummer", BSN),
                schema("cvc-enumeration-valid", "ijw/jw301-valid.xml",
                        xml -> xml.replace("<ijw:LandCode>NL</ijw:LandCode>", "<ijw:LandCode>QQ</ijw:LandCode>")
                                .replace("Proefstraat", NAME),
                        "/Bericht/Client/Contactgegevens/Contact/Adres/LandCode",
                        "Contactgegevens/Contact/Adres/LandCode: not one of the 249 values allowed here", "QQ", NAME),
                schema("cvc-enumeration-valid (listed)", "ijw/jw305-valid.xml",
                        xml -> xml.replace("<jw305:Geslacht>2</jw305:Geslacht>", "<jw305:Geslacht>Q</jw305:Geslacht>"),
                        "/Bericht/Client/Geslacht", "Geslacht: not one of the values allowed here (0, 1, 2)", ">Q<",
                        " Q"),
                schema("cvc-datatype-valid.1.2.1 (date)", "ijw/jw305-valid.xml",
                        xml -> xml.replace("2012-03-01", "2012-" + BSN), "/Bericht/Client/Geboortedatum/Datum",
                        "Geboortedatum/Datum: not a valid date (YYYY-MM-DD)", BSN),
                schema("cvc-datatype-valid.1.2.1 (integer)", "ijw/jw301-valid.xml",
                        xml -> xml.replace("<ijw:Huisnummer>1<", "<ijw:Huisnummer>" + NAME + "<"),
                        "/Bericht/Client/Contactgegevens/Contact/Adres/Huis/Huisnummer",
                        "Contactgegevens/Contact/Adres/Huis/Huisnummer: not a whole number", NAME),
                schema("cvc-maxInclusive-valid", "ijw/jw301-valid.xml",
                        xml -> xml.replace("<ijw:Huisnummer>1<", "<ijw:Huisnummer>" + BSN + "<"),
                        "/Bericht/Client/Contactgegevens/Contact/Adres/Huis/Huisnummer",
                        "Huis/Huisnummer: greater than the maximum 99999 of type LDT_Huisnummer", BSN),
                schema("cvc-minInclusive-valid", "ijw/jw301-valid.xml",
                        xml -> xml.replace("<ijw:Huisnummer>1<", "<ijw:Huisnummer>-" + BSN + "<"),
                        "/Bericht/Client/Contactgegevens/Contact/Adres/Huis/Huisnummer",
                        "Huis/Huisnummer: less than the minimum 0 of type LDT_Huisnummer", BSN),
                schema("cvc-complex-type.2.4.a", "ijw/jw305-valid.xml",
                        xml -> xml.replace("</jw305:Bsn>", "</jw305:Bsn><jw305:Extra>" + NAME + " " + BSN
                                + "</jw305:Extra>"),
                        "/Bericht/Client/Extra", "Extra: element not expected here; expected: Geboortedatum", NAME,
                        BSN),
                schema("cvc-complex-type.2.4.a (missing)", "ijw/jw305-valid.xml",
                        xml -> xml.replace("<jw305:Bsn>999900018</jw305:Bsn>", "").replace("Proefpersoon", NAME),
                        "/Bericht/Client/Geboortedatum", "Geboortedatum: element not expected here; expected: Bsn",
                        NAME),
                schema("cvc-complex-type.2.4.b", "ijw/jw305-valid.xml",
                        xml -> xml.replaceFirst("(?s)<jw305:Bsn>.*</jw305:Client>",
                                "<jw305:Bsn>" + BSN + "</jw305:Bsn></jw305:Client>"),
                        "/Bericht/Client", "Client: incomplete; missing: Geboortedatum", BSN),
                schema("cvc-complex-type.2.4.d", "ijw/jw305-valid.xml",
                        xml -> xml.replace("</jw305:StartProducten>", "</jw305:StartProducten><jw305:Extra>" + NAME
                                + "</jw305:Extra>"),
                        "/Bericht/Client/Extra",
                        "Extra: element not expected here: no further element is allowed at this point", NAME),
                schema("cvc-complex-type.2.3", "ijw/jw305-valid.xml",
                        xml -> xml.replace("<jw305:Client>", "<jw305:Client>" + NAME + " " + BSN),
                        "/Bericht/Client", "Client: contains text, but may contain only elements", NAME, BSN),
                schema("cvc-type.3.1.2", "ijw/jw305-valid.xml",
                        xml -> xml.replace("<jw305:Bsn>999900018", "<jw305:Bsn><jw305:Bsn>" + BSN + "</jw305:Bsn>"),
                        "/Bericht/Client/Bsn", "Bsn: contains elements, but may hold only a simple value", BSN),
                schema("cvc-type.3.1.1", "ijw/jw305-valid.xml",
                        xml -> xml.replace("<jw305:Bsn>", "<jw305:Bsn naam=\"" + NAME + "\">"),
                        "/Bericht/Client/Bsn", "Bsn: has attributes, which an element with a simple value may not have",
                        NAME, "999900018"),
                schema("cvc-complex-type.3.2.2", "ijw/jw305-valid.xml",
                        xml -> xml.replace("<jw305:Client>", "<jw305:Client bsn=\"" + BSN + "\">"),
                        "/Bericht/Client", "Client: carries an attribute that is not allowed", BSN),
                schema("cvc-elt.1.a", "ijw/jw305-valid.xml",
                        xml -> xml.replace("jw305:Bericht", "jw305:Berichten").replace("Proefpersoon", NAME),
                        "/Berichten", "Berichten: no such element is declared by the schema", NAME),
                schema("cvc-elt.3.1", "ijw/jw305-valid.xml",
                        xml -> xml.replace("<jw305:Bsn>", "<jw305:Bsn " + XSI + " xsi:nil=\"true\">"),
                        "/Bericht/Client/Bsn", "Bsn: xsi:nil is not allowed on this element", "999900018"),
                schema("cvc-elt.4.2", "ijw/jw305-valid.xml",
                        xml -> xml.replace("<jw305:Bsn>", "<jw305:Bsn " + XSI + " xsi:type=\"" + NAME + "\">"),
                        "/Bericht/Client/Bsn", "Bsn: its xsi:type is not a type allowed here", NAME, "999900018"),
                schema("cvc-datatype-valid.1.2.1 (xsi:type)", "ijw/jw305-valid.xml",
                        xml -> xml.replace("<jw305:Bsn>", "<jw305:Bsn " + XSI + " xsi:type=\"1" + NAME + "\">"),
                        "/Bericht/Client/Bsn", "Bsn: not a valid qualified name", NAME, "999900018"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaCases")
    void schemaErrorNamesElementAndConstraintNotTheValue(SchemaCase c) {
        String xml = c.edit().apply(new String(Fixture.bytes(c.fixture()), StandardCharsets.UTF_8));
        for (String planted : c.planted()) {
            assertThat(xml).as("the edited document holds the planted value").contains(planted.trim());
        }
        List<Finding> findings = reader.read(xml.getBytes(StandardCharsets.UTF_8)).findings();
        assertThat(findings).as("findings").isNotEmpty();
        Finding finding = findings.get(0);
        assertThat(finding.code()).isEqualTo(ErrorCode.XSD_INVALID.name());
        assertThat(finding.path()).isEqualTo(c.path());
        assertThat(finding.message()).contains(c.text()).containsPattern("\\(line \\d+, column \\d+\\)$");
        for (Finding each : findings) {
            assertNoValue(each, c.planted());
        }
    }

    /** A well-formedness error: the document, the text the finding must have, and the planted values. */
    record ParseCase(String name, UnaryOperator<String> edit, String text, List<String> planted) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<ParseCase> parseCases() {
        return Stream.of(
                parse("undeclared entity", xml -> name(xml, "Jan&" + NAME + ";"),
                        "a reference to an undeclared entity (in text, write & as &amp;)", NAME),
                parse("entity without ;", xml -> name(xml, "Jan&" + NAME + " en Zn"),
                        "an entity reference does not end with ';' (in text, write & as &amp;)", NAME),
                parse("lone &", xml -> name(xml, NAME + " & Zn"),
                        "a '&' does not start an entity reference (in text, write & as &amp;)", NAME),
                parse("< starting a tag in text", xml -> name(xml, "Jan<" + NAME + " " + BSN),
                        "not well-formed XML: ", NAME, BSN),
                parse("< before a tag name", xml -> name(xml, "Jan<" + NAME),
                        "a start-tag is malformed (in text, write < as &lt;)", NAME),
                parse("< before a space", xml -> name(xml, NAME + " < " + BSN),
                        "a '<' does not start markup (in text, write < as &lt;)", NAME, BSN),
                parse("mismatched end-tag", xml -> xml.replace("</ijw:Achternaam>", "</ijw:" + NAME + ">"),
                        "an element is not closed by its matching end-tag", NAME),
                parse("truncated", xml -> xml.substring(0, xml.indexOf("999900018") + 5),
                        "the document ends before its elements are closed", "99990"),
                parse("control character", xml -> name(xml, NAME + "\u0001"),
                        "the document holds a character XML does not allow", NAME),
                parse("bad character reference", xml -> name(xml, NAME + "&#1;"),
                        "a character reference to a character XML does not allow", NAME),
                parse("content before the root", xml -> NAME + " " + BSN + xml,
                        "there is content before the root element", NAME, BSN),
                parse("content after the root", xml -> xml + NAME + " " + BSN,
                        "there is content after the root element", NAME, BSN),
                parse("markup after the root", xml -> xml + "<" + NAME + ">" + BSN + "</" + NAME + ">",
                        "there is markup after the root element", NAME, BSN),
                parse("unbound prefix", xml -> xml.replace("<jw305:Geslacht>2</jw305:Geslacht>",
                        "<" + NAME + ":Geslacht>2</" + NAME + ":Geslacht>"),
                        "a namespace prefix is used without being declared", NAME),
                parse("attribute twice", xml -> xml.replace("<jw305:Bsn>", "<jw305:Bsn " + NAME + "=\"1\" "
                        + NAME + "=\"" + BSN + "\">"), "an attribute occurs twice on one element", NAME, BSN),
                parse("attribute without value", xml -> xml.replace("<jw305:Bsn>", "<jw305:Bsn " + NAME + ">"),
                        "an attribute is malformed", NAME),
                parse("attribute with <", xml -> xml.replace("<jw305:Bsn>", "<jw305:Bsn a=\"" + NAME + "<\">"),
                        "an attribute is malformed", NAME),
                parse("]]> in text", xml -> name(xml, NAME + "]]>"),
                        "the sequence ]]> appears in text (write ]]&gt;)", NAME),
                parse("-- in a comment", xml -> name(xml, "<!-- " + NAME + " -- " + BSN + " -->"),
                        "a comment is malformed", NAME, BSN),
                parse("XML declaration inside", xml -> name(xml, "<?xml " + NAME + "?>"),
                        "an XML declaration that is not at the very start of the document", NAME),
                parse("unsupported XML version", xml -> xml.replace("version=\"1.0\"", "version=\"" + BSN + "\""),
                        "the XML declaration is malformed", BSN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parseCases")
    void wellFormednessErrorNeverEchoesTheDocument(ParseCase c) {
        String xml = c.edit().apply(new String(Fixture.bytes("ijw/jw305-valid.xml"), StandardCharsets.UTF_8));
        List<Finding> findings = reader.read(xml.getBytes(StandardCharsets.UTF_8)).findings();
        assertThat(findings).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(finding.code()).isEqualTo(ErrorCode.NOT_WELL_FORMED.name());
        assertThat(finding.path()).matches("line \\d+, column \\d+");
        assertThat(finding.message()).startsWith("not well-formed XML: ").contains(c.text());
        assertNoValue(finding, c.planted());
    }

    @Test
    void undeclaredEncodingIsNotNamed() {
        String xml = new String(Fixture.bytes("ijw/jw305-valid.xml"), StandardCharsets.UTF_8)
                .replace("encoding=\"UTF-8\"", "encoding=\"" + NAME + "\"");
        Finding finding = reader.read(xml.getBytes(StandardCharsets.UTF_8)).findings().get(0);
        assertThat(finding.code()).isEqualTo(ErrorCode.UNREADABLE.name());
        assertNoValue(finding, List.of(NAME));
    }

    @Test
    void headerCodesAreQuotedOnlyWhenTheyAreShortNumbers() {
        Finding planted = reader.read(Fixture.load("ijw/jw305-valid.xml").set("Header/BerichtCode", BSN).toBytes())
                .findings().stream().filter(f -> f.code().equals(ErrorCode.TYPE_MISMATCH.name())).findFirst()
                .orElseThrow();
        assertNoValue(planted, List.of(BSN));
        Finding other = reader.read(Fixture.load("ijw/jw305-valid.xml").set("Header/BerichtCode", "436").toBytes())
                .findings().get(0);
        assertThat(other.message()).contains("the header says 436 (that is JW301)");
    }

    @Test
    void inAnotherDefaultLocaleTheTextsStayValueFree() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMAN);
        try {
            String xml = new String(Fixture.bytes("ijw/jw305-valid.xml"), StandardCharsets.UTF_8);
            Finding schema = reader.read(setText(xml, "Bsn", BSN + "X").getBytes(StandardCharsets.UTF_8))
                    .findings().get(0);
            assertThat(schema.message()).contains("Bsn: does not match the pattern");
            assertNoValue(schema, List.of(BSN));
            Finding parse = reader.read(name(xml, "Jan&" + NAME + ";").getBytes(StandardCharsets.UTF_8))
                    .findings().get(0);
            assertThat(parse.code()).isEqualTo(ErrorCode.NOT_WELL_FORMED.name());
            assertNoValue(parse, List.of(NAME));
        } finally {
            Locale.setDefault(before);
        }
    }

    /** Xerces' message templates, with planted values where the document's parts go. */
    static Stream<String[]> templates() {
        String v = BSN + " " + NAME;
        return Stream.of(
                new String[] {"cvc-pattern-valid: Value '" + v + "' is not facet-valid with respect to pattern "
                        + "'[0-9]{9}' for type 'LDT_BurgerServicenummer'.",
                        "does not match the pattern of type LDT_BurgerServicenummer ([0-9]{9})"},
                new String[] {"cvc-pattern-valid: Value '" + v + "' is not facet-valid with respect to pattern '"
                        + BSN + "' for type '" + NAME + "'.", "does not match the pattern of its type"},
                new String[] {"cvc-length-valid: Value '" + v + "' with length = '19' is not facet-valid with "
                        + "respect to length '9' for type 'LDT_Naam'.", "not of the required length of type LDT_Naam"},
                new String[] {"cvc-maxLength-valid: Value '" + v + "' with length = '19' is not facet-valid with "
                        + "respect to maxLength '9' for type 'LDT_BurgerServicenummer'.",
                        "longer than the maximum length 9 of type LDT_BurgerServicenummer"},
                new String[] {"cvc-minLength-valid: Value '" + v + "' with length = '19' is not facet-valid with "
                        + "respect to minLength '1' for type 'LDT_Naam'.",
                        "shorter than the minimum length 1 of type LDT_Naam"},
                new String[] {"cvc-maxExclusive-valid: Value '" + v + "' is not facet-valid with respect to "
                        + "maxExclusive '" + BSN + "' for type 'LDT_Nummer'.", "not less than the bound of type LDT_Nummer"},
                new String[] {"cvc-minExclusive-valid: Value '" + v + "' is not facet-valid with respect to "
                        + "minExclusive '0' for type 'LDT_Nummer'.", "not greater than the bound of type LDT_Nummer"},
                new String[] {"cvc-totalDigits-valid: Value '" + v + "' has 19 total digits, but the number of total "
                        + "digits has been limited to 9.", "has more digits than its type allows"},
                new String[] {"cvc-fractionDigits-valid: Value '" + v + "' has 3 fraction digits, but the number of "
                        + "fraction digits has been limited to 2.", "has more decimals than its type allows"},
                new String[] {"cvc-enumeration-valid: Value '" + v + "' is not facet-valid with respect to "
                        + "enumeration '[" + BSN + ", " + NAME + "]'. It must be a value from the enumeration.",
                        "not one of the values allowed here"},
                new String[] {"cvc-datatype-valid.1.2.1: '" + v + "' is not a valid value for 'date'.",
                        "not a valid date (YYYY-MM-DD)"},
                new String[] {"cvc-datatype-valid.1.2.2: '" + v + "' is not a valid value of list type '" + NAME
                        + "'.", "not a valid value of its type"},
                new String[] {"cvc-datatype-valid.1.2.3: '" + v + "' is not a valid value of union type 'LDT_Naam'.",
                        "not a valid value of type LDT_Naam"},
                new String[] {"cvc-type.3.1.3: The value '" + v + "' of element 'jw305:Bsn' is not valid.",
                        "not a valid value of its type"},
                new String[] {"cvc-complex-type.2.1: Element 'jw305:Client' must have no character or element "
                        + "information item [children], because the type's content type is empty.", "must be empty"},
                new String[] {"cvc-complex-type.2.2: Element 'jw305:Bsn' must have no element [children], and the "
                        + "value must be valid.", "contains elements, but may hold only a simple value"},
                new String[] {"cvc-complex-type.2.4.b: The content of element 'jw305:Client' is not complete. One of "
                        + "'{\"http://www.istandaarden.nl/ijw/3_2/jw305/schema\":Bsn, \"x\":" + NAME + "}' is "
                        + "expected.", "incomplete; missing: Bsn"},
                new String[] {"cvc-complex-type.2.4.c: The matching wildcard is strict, but no declaration can be "
                        + "found for element '" + NAME + "'.", "no declaration is found for this element"},
                new String[] {"cvc-complex-type.2.4.e: '" + NAME + "' can occur a maximum of '2' times in the current "
                        + "sequence. This limit was exceeded. At this point one of '{Bsn}' is expected.",
                        "occurs more often than the maximum of 2"},
                new String[] {"cvc-complex-type.2.4.f: '" + NAME + "' can occur a maximum of '2' times in the current "
                        + "sequence. This limit was exceeded. No child element is expected at this point.",
                        "occurs more often than the maximum of 2"},
                new String[] {"cvc-complex-type.2.4.g: Invalid content was found starting with element '" + NAME
                        + "'. 'Bsn' is expected to occur a minimum of '2' times in the current sequence. One more "
                        + "instance is required to satisfy this constraint.", "Bsn occurs fewer times than the minimum of 2"},
                new String[] {"cvc-complex-type.2.4.i: The content of element '" + NAME + "' is not complete. '"
                        + NAME + "' is expected to occur a minimum of '2' times. One more instance is required to "
                        + "satisfy this constraint.", "an element occurs fewer times than the minimum of 2"},
                new String[] {"cvc-complex-type.3.1: Value '" + v + "' of attribute 'a' of element 'Bsn' is not valid "
                        + "with respect to the corresponding attribute use. Attribute 'a' has a fixed value of 'b'.",
                        "carries an attribute that is not allowed"},
                new String[] {"cvc-complex-type.4: Attribute '" + NAME + "' must appear on element 'Bsn'.",
                        "lacks a required attribute"},
                new String[] {"cvc-elt.3.2.1: Element 'Bsn' cannot have character or element information "
                        + "[children], because 'http://www.w3.org/2001/XMLSchema-instance,nil' is specified.",
                        "must be empty, as xsi:nil is true"},
                new String[] {"cvc-elt.4.3: Type '" + NAME + "' is not validly derived from the type definition, "
                        + "'LDT_Naam', of element 'Bsn'.", "its xsi:type is not a type allowed here"},
                new String[] {"cvc-elt.5.2.2.2.1: The value '" + v + "' of element 'Bsn' does not match the fixed "
                        + "{value constraint} value '1'.", "differs from the fixed value of its declaration"},
                new String[] {"cvc-attribute.3: The value '" + v + "' of attribute 'a' on element 'Bsn' is not valid "
                        + "with respect to its type, 'string'.", "violates the schema constraint cvc-attribute.3"},
                new String[] {"cvc-id.2: There are multiple occurrences of ID value '" + v + "'.",
                        "violates the schema constraint cvc-id.2"},
                new String[] {"'" + v + "' is not valid.", "does not conform to the schema"});
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("templates")
    void everyKeyGetsAValueFreeText(String message, String text) {
        String described = ErrorTexts.schemaError(message, "Client/Bsn", SchemaVocabulary.of(Standard.IJW));
        assertThat(described).isEqualTo("Client/Bsn: " + text);
        assertThat(described).doesNotContain(BSN).doesNotContain(NAME);
    }

    private static void assertNoValue(Finding finding, List<String> planted) {
        for (String value : planted) {
            assertThat(finding.message()).as("the message of %s", finding).doesNotContain(value);
            assertThat(String.valueOf(finding.path())).as("the path of %s", finding).doesNotContain(value);
            assertThat(finding.toString()).doesNotContain(value);
        }
    }

    private static SchemaCase schema(String key, String fixture, UnaryOperator<String> edit, String path, String text,
            String... planted) {
        return new SchemaCase(key, fixture, edit, path, text, List.of(planted));
    }

    private static ParseCase parse(String name, UnaryOperator<String> edit, String text, String... planted) {
        return new ParseCase(name, edit, text, List.of(planted));
    }

    /** Replaces the text of the first element with this local name in a jw305-like document. */
    private static String setText(String xml, String element, String value) {
        return xml.replaceFirst("(<\\w+:" + element + ">)[^<]*(</)", "$1" + value + "$2");
    }

    /** Puts raw (possibly malformed) text where the client's surname is. */
    private static String name(String xml, String raw) {
        return xml.replace("Proefpersoon", raw);
    }
}
