package org.centrumhub.transform.xml;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A read-only element of a received message: namespace, local name, text and children. Rules navigate it by
 * local names, which are identical in iJw and iWmo, so one rule serves both standards. It is lighter than a DOM
 * and knows its own path ({@code /Bericht/Client/StartProducten/StartProduct[2]/Begindatum}) for findings.
 */
public final class XmlElement {
    private final String namespace;
    private final String name;
    private final XmlElement parent;
    private final int index;
    private final int line;
    private final List<XmlElement> children = new ArrayList<>(4);
    /** Children counted per name, so positions cost O(1) even for a hostile message with many repeats. */
    private Map<String, Integer> childrenPerName;
    private String text = "";

    XmlElement(String namespace, String name, XmlElement parent, int line) {
        this.namespace = namespace;
        this.name = name;
        this.parent = parent;
        this.line = line;
        if (parent != null) {
            if (parent.childrenPerName == null) {
                parent.childrenPerName = new HashMap<>(4);
            }
            this.index = parent.childrenPerName.merge(name, 1, Integer::sum);
            parent.children.add(this);
        } else {
            this.index = 1;
        }
    }

    public String namespace() {
        return namespace;
    }

    public String name() {
        return name;
    }

    public Optional<XmlElement> parent() {
        return Optional.ofNullable(parent);
    }

    /** Line of the start tag in the received document. */
    public int line() {
        return line;
    }

    /** Trimmed text content of a simple element; empty for complex elements. */
    public String text() {
        return text;
    }

    void setText(String value) {
        this.text = value;
    }

    public List<XmlElement> children() {
        return Collections.unmodifiableList(children);
    }

    public Optional<XmlElement> child(String localName) {
        for (XmlElement child : children) {
            if (child.name.equals(localName)) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    public List<XmlElement> children(String localName) {
        List<XmlElement> result = new ArrayList<>();
        for (XmlElement child : children) {
            if (child.name.equals(localName)) {
                result.add(child);
            }
        }
        return result;
    }

    /** The element at a relative slash path such as {@code Client/Naam/Geslachtsnaam}; first match at each step. */
    public Optional<XmlElement> at(String relativePath) {
        XmlElement current = this;
        for (String step : relativePath.split("/")) {
            Optional<XmlElement> next = current.child(step);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        return Optional.of(current);
    }

    /** All elements at a relative slash path, following every repetition: {@code StartProducten/StartProduct}. */
    public List<XmlElement> all(String relativePath) {
        List<XmlElement> current = List.of(this);
        for (String step : relativePath.split("/")) {
            List<XmlElement> next = new ArrayList<>();
            for (XmlElement element : current) {
                next.addAll(element.children(step));
            }
            current = next;
        }
        return current;
    }

    public boolean has(String relativePath) {
        return at(relativePath).isPresent();
    }

    /** Text at a relative path, if the element is there. */
    public Optional<String> text(String relativePath) {
        return at(relativePath).map(XmlElement::text);
    }

    /** Date at a relative path; empty when absent (the XSD has already checked the lexical form). */
    public Optional<LocalDate> date(String relativePath) {
        return text(relativePath).flatMap(XmlElement::parseDate);
    }

    /** This element's text as a date; empty when it is not one. */
    public Optional<LocalDate> date() {
        return parseDate(text());
    }

    /** Integer at a relative path; empty when absent. */
    public Optional<Long> number(String relativePath) {
        return text(relativePath).flatMap(value -> {
            try {
                return Optional.of(Long.valueOf(value));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** Absolute path with 1-based positions where an element repeats: {@code /Bericht/Client/StartProducten/StartProduct[2]}. */
    public String path() {
        StringBuilder out = new StringBuilder();
        appendPath(out);
        return out.toString();
    }

    private void appendPath(StringBuilder out) {
        if (parent != null) {
            parent.appendPath(out);
        }
        out.append('/').append(name);
        if (parent != null && (index > 1 || parent.childrenPerName.get(name) > 1)) {
            out.append('[').append(index).append(']');
        }
    }

    private static Optional<LocalDate> parseDate(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return path();
    }
}
