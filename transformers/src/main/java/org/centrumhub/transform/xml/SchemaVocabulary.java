package org.centrumhub.transform.xml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.xml.XMLConstants;
import org.centrumhub.schema.MessageType;
import org.centrumhub.schema.SafeXml;
import org.centrumhub.schema.Standard;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What a standard's own XSDs say: the names of its types and elements and the values of its facets. An error text
 * may quote a pattern, a length or an element name only when it is listed here, so a text built from a parser's
 * message can never carry anything that came from the document instead of the schema. Thread-safe.
 */
final class SchemaVocabulary {
    private static final Map<Standard, SchemaVocabulary> BY_STANDARD = new EnumMap<>(Standard.class);

    private final Set<String> types = new HashSet<>();
    private final Set<String> elements = new HashSet<>();
    private final Map<String, Set<String>> facets = new HashMap<>();

    private SchemaVocabulary() {
    }

    static SchemaVocabulary of(Standard standard) {
        synchronized (BY_STANDARD) {
            return BY_STANDARD.computeIfAbsent(standard, SchemaVocabulary::load);
        }
    }

    /** A named simple or complex type of the standard. */
    boolean isType(String name) {
        return types.contains(name);
    }

    /** An element the standard declares (by local name). */
    boolean isElement(String name) {
        return elements.contains(name);
    }

    /** Whether a facet of this kind ({@code pattern}, {@code maxLength}, {@code enumeration}...) has this value. */
    boolean hasFacet(String kind, String value) {
        return facets.getOrDefault(kind, Set.of()).contains(value);
    }

    private static SchemaVocabulary load(Standard standard) {
        SchemaVocabulary vocabulary = new SchemaVocabulary();
        List<String> files = new ArrayList<>(List.of("basisschema.xsd"));
        for (MessageType type : MessageType.values()) {
            if (type.standard() == standard) {
                files.add(type.xsdFileName());
            }
        }
        for (String file : files) {
            vocabulary.read(standard.xsdResource(file));
        }
        return vocabulary;
    }

    private void read(String resource) {
        ClassLoader loader = SchemaVocabulary.class.getClassLoader();
        try (InputStream in = Objects.requireNonNull(loader.getResourceAsStream(resource),
                () -> "schema not on the classpath: " + resource)) {
            XMLReader reader = SafeXml.newReader();
            reader.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if (!XMLConstants.W3C_XML_SCHEMA_NS_URI.equals(uri)) {
                        return;
                    }
                    String name = attributes.getValue("name");
                    String value = attributes.getValue("value");
                    switch (localName) {
                        case "simpleType", "complexType" -> {
                            if (name != null) {
                                types.add(name);
                            }
                        }
                        case "element" -> {
                            if (name != null) {
                                elements.add(name);
                            }
                        }
                        default -> {
                            if (value != null) {
                                facets.computeIfAbsent(localName, k -> new HashSet<>()).add(value);
                            }
                        }
                    }
                }
            });
            reader.parse(new InputSource(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
