package org.centrumhub.transform.monitoring;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centrumhub.schema.SafeXml;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The rejecting retourcodes in an answer: per declaration line of a 325, or anywhere in a retour. Codes that reject
 * nothing (0200 no remarks, 0233 not assessed, 8001 fully granted) are left out. Reads only codes and reference
 * numbers; nothing else of the answer (no BSN) leaves this class.
 */
public final class AnswerCodes {
    /** Codes that say nothing was wrong. */
    public static final Set<String> NO_REJECTION = Set.of("0200", "0233", "8001");

    private AnswerCodes() {
    }

    /**
     * Per ReferentieNummer of every line (Prestatie) a 325 lists: the codes that rejected it, its own and those of its
     * Client (a fault on the client rejects all its lines, which then say 0233).
     */
    public static Map<String, Set<String>> perLine(byte[] declarationAnswer) {
        Map<String, Set<String>> lines = new LinkedHashMap<>();
        parse(declarationAnswer, new Handler() {
            private final List<String> clientLines = new ArrayList<>();
            private final Set<String> clientCodes = new LinkedHashSet<>();
            private String reference;
            private Set<String> lineCodes = new LinkedHashSet<>();

            @Override
            void text(String element, String parent, String grandparent, String value) {
                if (element.equals("ReferentieNummer") && parent.equals("ProductReferentie")) {
                    reference = value;
                } else if (element.equals("RetourCode") && grandparent.equals("Prestatie")) {
                    lineCodes.add(value);
                } else if (element.equals("RetourCode") && grandparent.equals("Client")) {
                    clientCodes.add(value);
                }
            }

            @Override
            void end(String element) {
                if (element.equals("Prestatie")) {
                    if (reference != null) {
                        lines.computeIfAbsent(reference, r -> new LinkedHashSet<>()).addAll(rejecting(lineCodes));
                        clientLines.add(reference);
                    }
                    reference = null;
                    lineCodes = new LinkedHashSet<>();
                } else if (element.equals("Client")) {
                    clientLines.forEach(line -> lines.get(line).addAll(rejecting(clientCodes)));
                    clientLines.clear();
                    clientCodes.clear();
                }
            }
        });
        return lines;
    }

    /** Every rejecting code anywhere in a message (e.g. a provider's 302), each once, in document order. */
    public static Set<String> all(byte[] message) {
        Set<String> codes = new LinkedHashSet<>();
        parse(message, new Handler() {
            @Override
            void text(String element, String parent, String grandparent, String value) {
                if (element.equals("RetourCode")) {
                    codes.add(value);
                }
            }
        });
        return rejecting(codes);
    }

    private static Set<String> rejecting(Set<String> codes) {
        Set<String> rejecting = new LinkedHashSet<>(codes);
        rejecting.removeAll(NO_REJECTION);
        return rejecting;
    }

    /** A SAX handler that sees each simple element's text with the names of its parent and grandparent. */
    private abstract static class Handler extends DefaultHandler {
        private final Deque<String> path = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();

        void text(String element, String parent, String grandparent, String value) {
        }

        void end(String element) {
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            path.push(localName);
            text.setLength(0);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            path.pop();
            String value = text.toString().strip();
            if (!value.isEmpty()) {
                var up = path.iterator();
                String parent = up.hasNext() ? up.next() : "";
                String grandparent = up.hasNext() ? up.next() : "";
                text(localName, parent, grandparent, value);
            }
            text.setLength(0);
            end(localName);
        }
    }

    private static void parse(byte[] xml, Handler handler) {
        XMLReader reader = SafeXml.newReader();
        reader.setContentHandler(handler);
        try {
            reader.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            throw new IllegalArgumentException("not a readable answer: " + e.getClass().getSimpleName(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
