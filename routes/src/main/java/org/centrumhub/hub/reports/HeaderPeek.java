package org.centrumhub.hub.reports;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.centrumhub.schema.MessageType;
import org.centrumhub.schema.SafeXml;

/**
 * What can be read of a message the hub refused on transport: its type (root namespace), the header's Afzender,
 * Ontvanger and Identificatie, and the first Bsn of a message about one client; read as far as the document allows
 * (a message damaged after its header still names its addressee). Never judges, never throws. The BSN is for the
 * error list of the client's own municipality only: never log it.
 */
record HeaderPeek(Optional<MessageType> type, String afzender, String ontvanger, String identificatie, String bsn) {
    private static final XMLInputFactory FACTORY = SafeXml.newInputFactory();

    /** The municipality the message is for: the Ontvanger, or for a provider's retour its Afzender (copied header). */
    Optional<String> addressee() {
        boolean retour = type.filter(t -> t.kind() == MessageType.Kind.RETOUR).isPresent();
        return Optional.ofNullable(retour ? afzender : ontvanger);
    }

    @Override
    public String toString() {
        return "HeaderPeek[type=" + type + ", afzender=" + afzender + ", ontvanger=" + ontvanger + ", identificatie="
                + identificatie + ", bsn=" + (bsn == null ? "none" : "*********") + "]";
    }

    static HeaderPeek of(byte[] document) {
        MessageType type = null;
        String afzender = null;
        String ontvanger = null;
        String identificatie = null;
        String bsn = null;
        XMLStreamReader reader = null;
        Deque<String> path = new ArrayDeque<>();
        try {
            reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(document));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    break;
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    path.pop();
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = reader.getLocalName();
                if (path.isEmpty()) {
                    type = MessageType.fromNamespace(reader.getNamespaceURI()).orElse(null);
                }
                if (path.size() >= SafeXml.MAX_ELEMENT_DEPTH) {
                    break;
                }
                String parent = path.peek();
                boolean inHeader = path.contains("Header");
                if ("Header".equals(parent) && name.equals("Afzender")) {
                    afzender = reader.getElementText().trim();
                } else if ("Header".equals(parent) && name.equals("Ontvanger")) {
                    ontvanger = reader.getElementText().trim();
                } else if (inHeader && "BerichtIdentificatie".equals(parent) && name.equals("Identificatie")) {
                    identificatie = reader.getElementText().trim();
                } else if (name.equals("Bsn") && bsn == null && type != null
                        && type.kind() != MessageType.Kind.DECLARATION) {
                    bsn = reader.getElementText().trim();
                } else {
                    path.push(name);
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            // damaged further on: what was read before stands
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // nothing was held open but the byte array
                }
            }
        }
        return new HeaderPeek(Optional.ofNullable(type), afzender, ontvanger, identificatie, bsn);
    }
}
