package org.centrumhub.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigInteger;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Every facet of every LDT datatype of both basisschemas, with a valid and an invalid value, against a probe schema
 * that declares one element per datatype. Values at the edges come from the facets themselves (each enumeration
 * value, the length and range limits and one past them); values for patterns are ours, in {@link #PATTERNS}. A new
 * pattern without examples fails the test, so no facet goes untested.
 */
class DatatypeFacetsTest {
    private static final String XSD = "http://www.w3.org/2001/XMLSchema";

    /** Per pattern: a character to build long values from, a matching value and a value it must refuse. */
    private record PatternExamples(char filler, String valid, String invalid) {
    }

    private static final Map<String, PatternExamples> PATTERNS = Map.of(
            ".*[^\\s].*", new PatternExamples('x', " a b ", "   "),
            "[0-9]*", new PatternExamples('7', "0612345678", "06-1234"),
            "[0-9]{4}", new PatternExamples('1', "0935", "935"),
            "[0-9]{8}", new PatternExamples('1', "12345678", "1234567a"),
            "[0-9]{9}", new PatternExamples('1', "999900018", "99990001"),
            "([a-zA-ZÀ-ỳ])+", new PatternExamples('A', "ÉA", "A.B"),
            "([.\\s]*\\S+[.\\s]*)+", new PatternExamples('B', "J.P.", " \t "),
            "(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)", new PatternExamples('0', "1.10.0", "1.01.0"),
            "[^:Z]*", new PatternExamples('0', "2026-11-22", "2026-11-22Z"),
            "[^Z+-]+", new PatternExamples('0', "10:15:00", "10:15:00+01:00"));

    private record Facets(String name, String base, List<String> enumeration, Integer minLength, Integer maxLength,
                          String pattern, BigInteger minInclusive, BigInteger maxInclusive) {
    }

    private record Case(String facet, String value, boolean valid) {
    }

    @TestFactory
    Stream<DynamicContainer> everyFacetOfEveryDatatype() throws Exception {
        List<DynamicContainer> standards = new ArrayList<>();
        for (Standard standard : Standard.values()) {
            List<Facets> types = datatypes(standard);
            Schema probe = probeSchema(standard, types);
            List<DynamicTest> tests = new ArrayList<>();
            for (Facets type : types) {
                for (Case c : cases(type)) {
                    tests.add(DynamicTest.dynamicTest(type.name() + " " + c.facet() + (c.valid() ? " accepts " : " refuses ")
                            + "'" + c.value() + "'", () -> assertThat(accepts(probe, standard, type.name(), c.value()))
                            .as("%s of %s with '%s'", c.facet(), type.name(), c.value()).isEqualTo(c.valid())));
                }
            }
            standards.add(DynamicContainer.dynamicContainer(standard.name(), tests));
        }
        return standards.stream();
    }

    @Test
    void everyFacetedDatatypeHasValidAndInvalidCases() throws Exception {
        for (Standard standard : Standard.values()) {
            List<Facets> types = datatypes(standard);
            assertThat(types).as("LDT types of " + standard).hasSizeGreaterThan(50);
            for (Facets type : types) {
                List<Case> cases = cases(type);
                assertThat(cases).as(type.name()).anyMatch(Case::valid).anyMatch(c -> !c.valid());
                if (type.pattern() != null) {
                    assertThat(PATTERNS).as("examples for the pattern of " + type.name()).containsKey(type.pattern());
                }
            }
        }
    }

    @Test
    void schemaAndJaxbContextAreCachedPerStandard() throws Exception {
        assertThat(Standard.IJW.schema()).isSameAs(Standard.IJW.schema()).isNotSameAs(Standard.IWMO.schema());
        assertThat(Standard.IWMO.jaxbContext()).isSameAs(Standard.IWMO.jaxbContext());
    }

    @Test
    void jaxbReadsDatesAsLocalDate() throws Exception {
        String xml = """
                <jw305:Bericht xmlns:jw305="http://www.istandaarden.nl/ijw/3_2/jw305/schema"
                               xmlns:ijw="http://www.istandaarden.nl/ijw/3_2/basisschema/schema">
                  <jw305:Header><jw305:BerichtCode>438</jw305:BerichtCode><jw305:BerichtVersie>3</jw305:BerichtVersie>
                    <jw305:BerichtSubversie>2</jw305:BerichtSubversie><jw305:Afzender>12345678</jw305:Afzender>
                    <jw305:Ontvanger>0935</jw305:Ontvanger><jw305:BerichtIdentificatie>
                    <ijw:Identificatie>X1</ijw:Identificatie><ijw:Dagtekening>2026-06-10</ijw:Dagtekening>
                    </jw305:BerichtIdentificatie></jw305:Header>
                </jw305:Bericht>""";
        var unmarshaller = Standard.IJW.jaxbContext().createUnmarshaller();
        Object root = unmarshaller.unmarshal(new StreamSource(new StringReader(xml)),
                org.centrumhub.schema.ijw.jw305.Root.class).getValue();
        var header = ((org.centrumhub.schema.ijw.jw305.Root) root).getHeader();
        assertThat(header.getBerichtIdentificatie().getDagtekening()).isEqualTo(LocalDate.of(2026, 6, 10));
        assertThat(header.getAfzender()).isEqualTo("12345678");
    }

    private static List<Case> cases(Facets type) {
        List<Case> cases = new ArrayList<>();
        if (!type.enumeration().isEmpty()) {
            type.enumeration().forEach(value -> cases.add(new Case("enumeration", value, true)));
            cases.add(new Case("enumeration", "Q".repeat(Math.min(2, type.maxLength() == null ? 2 : type.maxLength())), false));
        }
        PatternExamples examples = type.pattern() == null ? null : PATTERNS.get(type.pattern());
        char filler = examples != null ? examples.filler() : 'x';
        if (examples != null) {
            boolean fits = type.maxLength() == null || examples.valid().length() <= type.maxLength();
            cases.add(new Case("pattern", fits ? examples.valid() : String.valueOf(filler).repeat(type.maxLength()), true));
            cases.add(new Case("pattern", examples.invalid(), false));
        }
        // a length case is valid only where the pattern allows the value; fixed-length patterns imply the length
        if (type.maxLength() != null && type.enumeration().isEmpty()) {
            String longest = String.valueOf(filler).repeat(type.maxLength());
            if (matchesPattern(type, longest)) {
                cases.add(new Case("maxLength", longest, true));
            }
            cases.add(new Case("maxLength", longest + filler, false));
        }
        if (type.minLength() != null && type.enumeration().isEmpty()) {
            String shortest = String.valueOf(filler).repeat(Math.max(1, type.minLength()));
            if (matchesPattern(type, shortest)) {
                cases.add(new Case("minLength", shortest, true));
            }
            cases.add(new Case("minLength", String.valueOf(filler).repeat(type.minLength() - 1), false));
        }
        if (type.minInclusive() != null) {
            cases.add(new Case("minInclusive", type.minInclusive().toString(), true));
            cases.add(new Case("minInclusive", type.minInclusive().subtract(BigInteger.ONE).toString(), false));
        }
        if (type.maxInclusive() != null) {
            cases.add(new Case("maxInclusive", type.maxInclusive().toString(), true));
            cases.add(new Case("maxInclusive", type.maxInclusive().add(BigInteger.ONE).toString(), false));
        }
        if (type.base().equals("xs:integer")) {
            cases.add(new Case("integer", "1.5", false));
        }
        if (type.base().equals("xs:date")) {
            cases.add(new Case("date", "2026-02-29", false));
        }
        return cases;
    }

    /** XSD patterns are anchored like {@link String#matches}; ours use only syntax both agree on. */
    private static boolean matchesPattern(Facets type, String value) {
        return type.pattern() == null || value.matches(type.pattern());
    }

    private static boolean accepts(Schema probe, Standard standard, String type, String value) throws Exception {
        String xml = "<p:" + type + " xmlns:p=\"urn:centrumhub:probe:" + standard.name() + "\">" + escape(value) + "</p:"
                + type + ">";
        Validator validator = probe.newValidator();
        try {
            validator.validate(new StreamSource(new StringReader(xml)));
            return true;
        } catch (SAXException e) {
            return false;
        }
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;");
    }

    /** A schema with one element per LDT type, named after it, importing the standard's basisschema. */
    private static Schema probeSchema(Standard standard, List<Facets> types) throws SAXException {
        URL basis = Objects.requireNonNull(DatatypeFacetsTest.class.getClassLoader()
                .getResource(standard.xsdResource("basisschema.xsd")));
        StringBuilder xsd = new StringBuilder("<xs:schema xmlns:xs=\"" + XSD + "\" xmlns:b=\""
                + standard.basisschemaNamespace() + "\" targetNamespace=\"urn:centrumhub:probe:" + standard.name()
                + "\" elementFormDefault=\"qualified\"><xs:import namespace=\"" + standard.basisschemaNamespace()
                + "\" schemaLocation=\"" + basis.toExternalForm() + "\"/>");
        for (Facets type : types) {
            xsd.append("<xs:element name=\"").append(type.name()).append("\" type=\"b:").append(type.name()).append("\"/>");
        }
        xsd.append("</xs:schema>");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
        return factory.newSchema(new StreamSource(new StringReader(xsd.toString()), "probe.xsd"));
    }

    /** The LDT simple types of a basisschema with their facets, read from our XSD. */
    private static List<Facets> datatypes(Standard standard) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        URL basis = DatatypeFacetsTest.class.getClassLoader().getResource(standard.xsdResource("basisschema.xsd"));
        Element schema;
        try (var in = basis.openStream()) {
            schema = factory.newDocumentBuilder().parse(in).getDocumentElement();
        }
        List<Facets> types = new ArrayList<>();
        for (Node node = schema.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element simple && "simpleType".equals(simple.getLocalName())
                    && simple.getAttribute("name").startsWith("LDT_")) {
                Element restriction = (Element) simple.getElementsByTagNameNS(XSD, "restriction").item(0);
                Map<String, List<String>> facets = new LinkedHashMap<>();
                for (Node f = restriction.getFirstChild(); f != null; f = f.getNextSibling()) {
                    if (f instanceof Element facet) {
                        facets.computeIfAbsent(facet.getLocalName(), k -> new ArrayList<>()).add(facet.getAttribute("value"));
                    }
                }
                types.add(new Facets(simple.getAttribute("name"), restriction.getAttribute("base"),
                        facets.getOrDefault("enumeration", List.of()), integer(facets, "minLength"),
                        integer(facets, "maxLength"), facets.containsKey("pattern") ? facets.get("pattern").get(0) : null,
                        big(facets, "minInclusive"), big(facets, "maxInclusive")));
            }
        }
        return types;
    }

    private static Integer integer(Map<String, List<String>> facets, String name) {
        return facets.containsKey(name) ? Integer.valueOf(facets.get(name).get(0)) : null;
    }

    private static BigInteger big(Map<String, List<String>> facets, String name) {
        return facets.containsKey(name) ? new BigInteger(facets.get(name).get(0)) : null;
    }
}
