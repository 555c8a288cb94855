package org.centrumhub.transform.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.centrumhub.schema.Standard;
import org.centrumhub.transform.ErrorCode;
import org.centrumhub.transform.rules.Rule;
import org.centrumhub.transform.rules.RuleCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The code table covers exactly the XSD's LDT_RetourCode of both standards, and every transport code. */
class RetourCodesTest {
    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    @ParameterizedTest
    @EnumSource(Standard.class)
    void everyRetourCodeOfTheXsdHasAMeaningAndAHint(Standard standard) throws Exception {
        Set<String> enumeration = retourCodeEnumeration(standard);
        assertThat(enumeration).hasSize(59);
        assertThat(RetourCodes.retourCodes().stream().map(RetourCodes.Code::code).collect(Collectors.toSet()))
                .isEqualTo(enumeration);
        for (String code : enumeration) {
            RetourCodes.Code described = RetourCodes.describe(code);
            assertThat(described.meaning()).as(code).isNotBlank().doesNotContain("not in the standard's code list");
            assertThat(described.hint()).as(code).isNotBlank().isNotEqualTo(RetourCodes.GENERIC_HINT);
        }
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void everyTransportCodeHasAMeaningAndAHint(ErrorCode code) {
        RetourCodes.Code described = RetourCodes.describe(code.name());
        assertThat(described).isEqualTo(RetourCodes.transport(code));
        assertThat(described.meaning()).isNotBlank();
        assertThat(described.hint()).isNotBlank().isNotEqualTo(RetourCodes.GENERIC_HINT);
    }

    @Test
    void everyCodeTheRulesAnswerWithIsInTheTable() {
        for (Rule rule : RuleCatalog.standard().rules()) {
            assertThat(RetourCodes.retourCode(rule.retourCode())).as(rule.code() + " answers " + rule.retourCode())
                    .isPresent();
        }
    }

    @Test
    void anUnknownCodeGetsTheGenericHint() {
        assertThat(RetourCodes.describe("X999").hint()).isEqualTo(RetourCodes.GENERIC_HINT);
        assertThat(RetourCodes.retourCode("X999")).isEmpty();
    }

    /** The values of the simple type LDT_RetourCode in the standard's basisschema, read from the XSD itself. */
    private static Set<String> retourCodeEnumeration(Standard standard) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document xsd;
        try (InputStream in = Standard.class.getClassLoader()
                .getResourceAsStream(standard.xsdResource("basisschema.xsd"))) {
            assertThat(in).as("the basisschema of " + standard).isNotNull();
            xsd = factory.newDocumentBuilder().parse(in);
        }
        NodeList types = xsd.getElementsByTagNameNS(XS, "simpleType");
        for (int i = 0; i < types.getLength(); i++) {
            Element type = (Element) types.item(i);
            if (type.getAttribute("name").equals("LDT_RetourCode")) {
                Set<String> values = new LinkedHashSet<>();
                NodeList enumerations = type.getElementsByTagNameNS(XS, "enumeration");
                for (int j = 0; j < enumerations.getLength(); j++) {
                    values.add(((Element) enumerations.item(j)).getAttribute("value"));
                }
                return values;
            }
        }
        throw new AssertionError("no LDT_RetourCode in the basisschema of " + standard);
    }
}
