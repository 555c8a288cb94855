package org.centrumhub.schema;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.net.URL;
import java.util.Arrays;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * The two message standards. Each holds one compiled {@link Schema} covering its basisschema and all of its
 * messages, and one {@link JAXBContext} over all generated packages; both are built once, on first use, and are
 * thread-safe.
 */
public enum Standard {
    IJW("ijw", "JW", "http://www.istandaarden.nl/ijw/3_2/basisschema/schema", "0.1.0"),
    IWMO("iwmo", "WMO", "http://www.istandaarden.nl/iwmo/3_2/basisschema/schema", "1.0.0");

    private final String folder;
    private final String messagePrefix;
    private final String basisschemaNamespace;
    private final String xsdVersion;
    private volatile Schema schema;
    private volatile JAXBContext jaxbContext;

    Standard(String folder, String messagePrefix, String basisschemaNamespace, String xsdVersion) {
        this.folder = folder;
        this.messagePrefix = messagePrefix;
        this.basisschemaNamespace = basisschemaNamespace;
        this.xsdVersion = xsdVersion;
    }

    /** Prefix of the message names: {@code JW} or {@code WMO}. */
    public String messagePrefix() {
        return messagePrefix;
    }

    public String basisschemaNamespace() {
        return basisschemaNamespace;
    }

    /** Version in the appinfo of our XSDs (BasisschemaXsdVersie = BerichtXsdVersie). */
    public String xsdVersion() {
        return xsdVersion;
    }

    /** Classpath location of an XSD of this standard, e.g. {@code xsd/ijw/3_2/JW305.xsd}. */
    public String xsdResource(String fileName) {
        return "xsd/" + folder + "/3_2/" + fileName;
    }

    public Schema schema() {
        Schema result = schema;
        if (result == null) {
            synchronized (this) {
                result = schema;
                if (result == null) {
                    result = compileSchema();
                    schema = result;
                }
            }
        }
        return result;
    }

    public JAXBContext jaxbContext() {
        JAXBContext result = jaxbContext;
        if (result == null) {
            synchronized (this) {
                result = jaxbContext;
                if (result == null) {
                    result = createContext();
                    jaxbContext = result;
                }
            }
        }
        return result;
    }

    private Schema compileSchema() {
        Source[] sources = Arrays.stream(MessageType.values())
                .filter(type -> type.standard() == this)
                .map(type -> source(type.xsdFileName()))
                .toArray(Source[]::new);
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // the schemas are our own classpath resources and import only each other (file, jar or nested jar)
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "all");
            return factory.newSchema(sources);
        } catch (SAXException e) {
            throw new IllegalStateException("Cannot compile the " + name() + " schemas: " + e.getMessage(), e);
        }
    }

    private Source source(String fileName) {
        String resource = xsdResource(fileName);
        URL url = Objects.requireNonNull(Standard.class.getClassLoader().getResource(resource),
                () -> "schema not on the classpath: " + resource);
        return new StreamSource(url.toExternalForm());
    }

    private JAXBContext createContext() {
        String packages = Arrays.stream(MessageType.values())
                .filter(type -> type.standard() == this)
                .map(MessageType::jaxbPackage)
                .reduce("org.centrumhub.schema." + folder + ".basis", (a, b) -> a + ":" + b);
        try {
            return JAXBContext.newInstance(packages, Standard.class.getClassLoader());
        } catch (JAXBException e) {
            throw new IllegalStateException("Cannot create the " + name() + " JAXB context", e);
        }
    }

    String folder() {
        return folder;
    }
}
