package org.centrumhub.schema;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;

/**
 * Hardened parser factories. A message of the standard never has a DOCTYPE, so any DOCTYPE is refused outright;
 * that alone removes XXE, entity bombs and external DTD fetches. Secure processing keeps the JDK's limits on
 * everything else, and the element depth is capped far above what any message of the standard needs.
 */
public final class SafeXml {
    /** No message of the standard nests deeper than about ten levels. */
    public static final int MAX_ELEMENT_DEPTH = 64;

    private static final SAXParserFactory SAX = createSaxFactory();

    private SafeXml() {
    }

    /** A new namespace-aware reader that refuses DOCTYPEs and never opens an external resource. */
    public static XMLReader newReader() {
        try {
            XMLReader reader = SAX.newSAXParser().getXMLReader();
            setPropertyIfSupported(reader, XMLConstants.ACCESS_EXTERNAL_DTD, "");
            setPropertyIfSupported(reader, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            setPropertyIfSupported(reader, "http://www.oracle.com/xml/jaxp/properties/maxElementDepth",
                    String.valueOf(MAX_ELEMENT_DEPTH));
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("Cannot create a secure XML reader", e);
        }
    }

    /** A StAX factory for peeking at a document: DTDs unsupported, no external entities. */
    public static XMLInputFactory newInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    private static SAXParserFactory createSaxFactory() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory;
        } catch (ParserConfigurationException | SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("The XML parser does not support the required security features", e);
        }
    }

    private static void setPropertyIfSupported(XMLReader reader, String name, String value) {
        try {
            reader.setProperty(name, value);
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            // a parser without this property still refuses DOCTYPEs, which is what the limit guards against
        }
    }
}
