package org.centrumhub.transform.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.validation.ValidatorHandler;
import org.centrumhub.schema.MessageType;
import org.centrumhub.schema.SafeXml;
import org.centrumhub.transform.ErrorCode;
import org.centrumhub.transform.Finding;
import org.centrumhub.transform.Level;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Reads a message safely and validates it against its XSD in one streaming pass: a hardened parser (no DOCTYPE,
 * nothing external), a size limit, type detection from the root namespace cross-checked with the header, schema
 * validation with the element path of every error, and the element tree for the rules. Error texts name the element
 * and what is wrong with it, never the value: the parser's own messages quote the document and are not passed on
 * ({@link ErrorTexts}). Thread-safe.
 */
public final class MessageReader {
    /** The chain's limit per message (OP179). */
    public static final long DEFAULT_MAX_BYTES = 25L * 1024 * 1024;
    private static final int MAX_REPORTED_XSD_ERRORS = 50;
    private static final String LOCALE_PROPERTY = "http://apache.org/xml/properties/locale";
    /** A header code short enough to quote: BerichtVersie and BerichtSubversie are one digit, a BerichtCode three. */
    private static final Pattern HEADER_CODE = Pattern.compile("[0-9]{1,3}");

    private final long maxBytes;

    public MessageReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public ReadOutcome read(byte[] document) {
        if (document.length > maxBytes) {
            return tooLarge(document.length);
        }
        return read(new ByteArrayInputStream(document));
    }

    /** Reads a stream, stopping as soon as it exceeds the size limit; the caller closes the stream. */
    public ReadOutcome read(InputStream document) {
        LimitedInputStream limited = new LimitedInputStream(document, maxBytes);
        Pipeline pipeline = new Pipeline();
        XMLReader reader = SafeXml.newReader();
        reader.setContentHandler(pipeline);
        reader.setErrorHandler(pipeline);
        try {
            reader.parse(new InputSource(limited));
        } catch (SizeLimitExceeded e) {
            return tooLarge(-1);
        } catch (UnknownType e) {
            return failure(Optional.empty(), Level.XML, Finding.error(Level.XML, ErrorCode.UNKNOWN_MESSAGE_TYPE,
                    "/" + e.localName, e.getMessage()));
        } catch (SAXParseException e) {
            if (limited.exceeded()) {
                return tooLarge(-1);
            }
            if (limited.count() == 0) {
                return empty();
            }
            return failure(pipeline.type(), Level.XML, parseError(e));
        } catch (SAXException e) {
            return failure(pipeline.type(), Level.XML,
                    Finding.error(Level.XML, ErrorCode.NOT_WELL_FORMED, null, "the message cannot be read as XML"));
        } catch (UnsupportedEncodingException e) {
            // its message is the encoding name the document declares
            return failure(Optional.empty(), Level.XML, Finding.error(Level.XML, ErrorCode.UNREADABLE, null,
                    "cannot read the message: its declared encoding is not supported"));
        } catch (IOException e) {
            return failure(Optional.empty(), Level.XML, Finding.error(Level.XML, ErrorCode.UNREADABLE, null,
                    "cannot read the message (" + e.getClass().getSimpleName() + ")"));
        }
        if (limited.count() == 0) {
            return empty();
        }
        List<Finding> findings = new ArrayList<>(pipeline.headerMismatches());
        findings.addAll(pipeline.xsdErrors());
        if (!findings.isEmpty()) {
            return new ReadOutcome(pipeline.type(), Level.XSD, List.copyOf(findings), Optional.empty());
        }
        return new ReadOutcome(pipeline.type(), Level.XSD, List.of(), Optional.of(pipeline.tree.root()));
    }

    private static ReadOutcome empty() {
        return failure(Optional.empty(), Level.XML,
                Finding.error(Level.XML, ErrorCode.EMPTY_MESSAGE, null, "the message is empty"));
    }

    private ReadOutcome tooLarge(long size) {
        String actual = size >= 0 ? size + " bytes" : "more than that";
        return failure(Optional.empty(), Level.XML, Finding.error(Level.XML, ErrorCode.MESSAGE_TOO_LARGE, null,
                "the message is larger than the limit of " + maxBytes + " bytes (" + actual + ")"));
    }

    private static ReadOutcome failure(Optional<MessageType> type, Level level, Finding finding) {
        return new ReadOutcome(type, level, List.of(finding), Optional.empty());
    }

    private static Finding parseError(SAXParseException e) {
        if (ErrorTexts.isDoctype(e.getMessage())) {
            return Finding.error(Level.XML, ErrorCode.DOCTYPE_FORBIDDEN, location(e),
                    "a DOCTYPE declaration is not allowed in a message of the standard; nothing of it was processed");
        }
        return Finding.error(Level.XML, ErrorCode.NOT_WELL_FORMED, location(e),
                "not well-formed XML: " + ErrorTexts.wellFormedness(e.getMessage()));
    }

    private static String location(SAXParseException e) {
        return "line " + e.getLineNumber() + ", column " + e.getColumnNumber();
    }

    /** A header code as the document has it when it is a short number, which cannot be a BSN or a name. */
    private static String quoted(String code) {
        return HEADER_CODE.matcher(code).matches() ? code : "a value that is not a code of the standard";
    }

    /** An element's path below the message part it is in: {@code Naam/Geslachtsnaam/Achternaam} in a Client. */
    private static String relative(Deque<String> path) {
        List<String> steps = new ArrayList<>(path);
        return String.join("/", steps.size() > 2 ? steps.subList(2, steps.size()) : steps.subList(steps.size() - 1,
                steps.size()));
    }

    /**
     * The SAX front of the pipeline: detects the type on the root element, then feeds the events through that
     * standard's {@link ValidatorHandler} into the tree builder, tracking the element path for error messages and
     * capturing the header fields that identify the message.
     */
    private static final class Pipeline extends XMLFilterImpl implements ErrorHandler {
        private final TreeBuilder tree = new TreeBuilder();
        /** The open elements, with the position among same-named siblings where it is 2 or more: {@code Prestatie[3]}. */
        private final Deque<String> path = new ArrayDeque<>();
        /** Per open element (and the document), how often each child name has started so far; null until a child. */
        private final List<Map<String, Integer>> siblingCounts = new ArrayList<>(Collections.singletonList(null));
        private final List<String[]> pendingPrefixes = new ArrayList<>();
        private final List<Finding> xsdErrors = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private org.xml.sax.Locator locator;
        private MessageType type;
        private ValidatorHandler validator;
        private SchemaVocabulary vocabulary;
        private String berichtCode;
        private String berichtVersie;
        private String berichtSubversie;
        private int suppressedErrors;
        private String lastErrorPath;
        private String lastErrorLocation;

        Optional<MessageType> type() {
            return Optional.ofNullable(type);
        }

        List<Finding> xsdErrors() {
            List<Finding> result = new ArrayList<>(xsdErrors);
            if (suppressedErrors > 0) {
                result.add(Finding.error(Level.XSD, ErrorCode.XSD_INVALID, null,
                        suppressedErrors + " further schema errors not listed"));
            }
            return result;
        }

        List<Finding> headerMismatches() {
            if (type == null) {
                return List.of();
            }
            List<Finding> result = new ArrayList<>();
            if (berichtCode != null && !berichtCode.equals(type.berichtCode())) {
                String other = MessageType.fromBerichtCode(berichtCode).map(t -> " (that is " + t + ")").orElse("");
                result.add(Finding.error(Level.XSD, ErrorCode.TYPE_MISMATCH, "/Bericht/Header/BerichtCode",
                        "the root namespace makes this a " + type + ", whose BerichtCode is " + type.berichtCode()
                                + ", but the header says " + quoted(berichtCode) + other));
            }
            if (berichtVersie != null && !berichtVersie.equals(MessageType.VERSION)) {
                result.add(Finding.error(Level.XSD, ErrorCode.TYPE_MISMATCH, "/Bericht/Header/BerichtVersie",
                        "BerichtVersie is " + quoted(berichtVersie) + ", but " + type
                                + " is version 3.2 (BerichtVersie 3)"));
            }
            if (berichtSubversie != null && !berichtSubversie.equals(MessageType.SUBVERSION)) {
                result.add(Finding.error(Level.XSD, ErrorCode.TYPE_MISMATCH, "/Bericht/Header/BerichtSubversie",
                        "BerichtSubversie is " + quoted(berichtSubversie) + ", but " + type
                                + " is version 3.2 (BerichtSubversie 2)"));
            }
            return result;
        }

        @Override
        public void setDocumentLocator(org.xml.sax.Locator locator) {
            this.locator = locator;
            tree.setDocumentLocator(locator);
        }

        @Override
        public void startDocument() {
            // the validator is attached on the root element, once the type is known
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            if (validator == null) {
                pendingPrefixes.add(new String[] {prefix, uri});
            } else {
                super.startPrefixMapping(prefix, uri);
            }
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if (validator == null) {
                attachValidator(uri, localName);
            }
            int parent = siblingCounts.size() - 1;
            if (siblingCounts.get(parent) == null) {
                siblingCounts.set(parent, new HashMap<>(4));
            }
            int position = siblingCounts.get(parent).merge(localName, 1, Integer::sum);
            path.addLast(position > 1 ? localName + "[" + position + "]" : localName);
            siblingCounts.add(null);
            text.setLength(0);
            super.startElement(uri, localName, qName, atts);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (path.size() == 3) {
                text.append(ch, start, length);
            }
            super.characters(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (path.size() == 3 && "Header".equals(secondLevel())) {
                String value = text.toString().trim();
                switch (localName) {
                    case "BerichtCode" -> berichtCode = value;
                    case "BerichtVersie" -> berichtVersie = value;
                    case "BerichtSubversie" -> berichtSubversie = value;
                    default -> { }
                }
            }
            super.endElement(uri, localName, qName);
            path.removeLast();
            siblingCounts.remove(siblingCounts.size() - 1);
        }

        @Override
        public void endDocument() throws SAXException {
            if (validator != null) {
                super.endDocument();
            }
        }

        private String secondLevel() {
            var iterator = path.iterator();
            iterator.next();
            return iterator.next();
        }

        private void attachValidator(String uri, String localName) throws SAXException {
            type = MessageType.fromNamespace(uri).orElseThrow(() -> new UnknownType(uri, localName));
            validator = type.standard().schema().newValidatorHandler();
            try {
                // English messages, whose wording ErrorTexts reads the schema's facets from
                validator.setProperty(LOCALE_PROPERTY, Locale.ENGLISH);
            } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
                // another validator: its errors are still told from their keys, only less precisely
            }
            validator.setErrorHandler(this);
            validator.setContentHandler(tree);
            setContentHandler(validator);
            if (locator != null) {
                validator.setDocumentLocator(locator);
            }
            validator.startDocument();
            for (String[] mapping : pendingPrefixes) {
                validator.startPrefixMapping(mapping[0], mapping[1]);
            }
        }

        @Override
        public void warning(SAXParseException exception) {
            // schema warnings do not make a message invalid
        }

        @Override
        public void error(SAXParseException exception) {
            if (validator == null) {
                return;
            }
            if (xsdErrors.size() >= MAX_REPORTED_XSD_ERRORS) {
                suppressedErrors++;
                return;
            }
            String where = path.isEmpty() ? location(exception) : "/" + String.join("/", path);
            String at = location(exception);
            if (where.equals(lastErrorPath) && at.equals(lastErrorLocation)) {
                return; // Xerces follows a bad value with a second, derived error for the same element
            }
            lastErrorPath = where;
            lastErrorLocation = at;
            // an invalid message is never rule-checked: stop building its tree, so hostile input costs no memory
            validator.setContentHandler(null);
            if (vocabulary == null) {
                vocabulary = SchemaVocabulary.of(type.standard());
            }
            String element = path.isEmpty() ? "the document" : relative(path);
            xsdErrors.add(Finding.error(Level.XSD, ErrorCode.XSD_INVALID, where,
                    ErrorTexts.schemaError(exception.getMessage(), element, vocabulary) + " (" + at + ")"));
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    }

    /** Thrown on the root element when its namespace is not one of the standard's messages. */
    private static final class UnknownType extends SAXException {
        private final String localName;

        UnknownType(String namespace, String localName) {
            super(namespace == null || namespace.isEmpty()
                    ? "the root element <" + localName + "> has no namespace, so it is not an iJw 3.2 or iWmo 3.2 message"
                    : "the root namespace " + namespace + " is not an iJw 3.2 or iWmo 3.2 message");
            this.localName = localName;
        }
    }
}
