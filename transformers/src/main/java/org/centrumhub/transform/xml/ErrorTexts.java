package org.centrumhub.transform.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.centrumhub.schema.SafeXml;

/**
 * The texts of parse and schema errors. The parser's own messages quote the document ("Value '12345678X' is not
 * facet-valid...", "The entity "Jansen" was referenced..."), and error texts reach senders, the validator's output
 * and logs, so they are never passed on. A schema error is told from its message key (the {@code cvc-...} prefix)
 * as the constraint it breaks, with the allowed form where the schema defines it: a pattern, length, bound or list
 * of values or element names, each quoted only when {@link SchemaVocabulary} confirms it is the schema's own. A
 * well-formedness error is told from the parser's wording as what is wrong, never with its quoted parts. Whatever is
 * not recognised gets a generic text: a message's value never appears.
 */
final class ErrorTexts {
    private static final Pattern KEY = Pattern.compile("^(cvc-[A-Za-z0-9.\\-]*[A-Za-z0-9])\\s*:");
    /** Most facet messages end "... with respect to FACET 'ALLOWED' for type 'TYPE'."; the value comes before. */
    private static final Pattern FACET = Pattern.compile(
            ".*' is not facet-valid with respect to (\\w+) '([^']*)' for type '([^']*)'\\.\\s*", Pattern.DOTALL);
    /** The pattern itself may contain quotes, so it is what lies between the last two fixed parts. */
    private static final Pattern PATTERN_FACET = Pattern.compile(
            ".*' is not facet-valid with respect to pattern '(.*)' for type '([^']*)'\\.\\s*", Pattern.DOTALL);
    private static final Pattern ENUMERATION = Pattern.compile(
            ".*' is not facet-valid with respect to enumeration '\\[([^']*)]'\\. It must be a value from the "
                    + "enumeration\\.\\s*", Pattern.DOTALL);
    private static final Pattern DIGITS = Pattern.compile(
            ".*, but the number of (?:total|fraction) digits has been limited to (\\d+)\\.\\s*", Pattern.DOTALL);
    private static final Pattern DATATYPE = Pattern.compile(
            ".*' is not a valid value (?:for|of list type|of union type) '([^']*)'\\.\\s*", Pattern.DOTALL);
    private static final Pattern EXPECTED = Pattern.compile(".*One of '\\{([^']*)}' is expected\\.\\s*",
            Pattern.DOTALL);
    private static final Pattern MAX_OCCURS = Pattern.compile(
            ".*' can occur a maximum of '(\\d+)' times in the current sequence\\..*", Pattern.DOTALL);
    private static final Pattern MIN_OCCURS = Pattern.compile(
            ".*'([^']*)' is expected to occur a minimum of '(\\d+)' times.*", Pattern.DOTALL);
    private static final Pattern NAMESPACE = Pattern.compile("^\"[^\"]*\":");
    private static final int MAX_LISTED_VALUES = 12;

    private static final Map<String, String> DATATYPES = Map.ofEntries(
            Map.entry("date", "not a valid date (YYYY-MM-DD)"),
            Map.entry("time", "not a valid time (hh:mm:ss)"),
            Map.entry("dateTime", "not a valid date and time (YYYY-MM-DDThh:mm:ss)"),
            Map.entry("gYear", "not a valid year"),
            Map.entry("gYearMonth", "not a valid year and month (YYYY-MM)"),
            Map.entry("integer", "not a whole number"),
            Map.entry("int", "not a whole number"),
            Map.entry("long", "not a whole number"),
            Map.entry("short", "not a whole number"),
            Map.entry("byte", "not a whole number"),
            Map.entry("nonNegativeInteger", "not a whole number of 0 or more"),
            Map.entry("positiveInteger", "not a whole number of 1 or more"),
            Map.entry("unsignedInt", "not a whole number of 0 or more"),
            Map.entry("decimal", "not a decimal number"),
            Map.entry("boolean", "not a boolean (true or false)"),
            Map.entry("QName", "not a valid qualified name"),
            Map.entry("anyURI", "not a valid URI"));

    /** Well-formedness errors by the parser's (English) wording; the first that matches. */
    private static final List<Map.Entry<Pattern, String>> WELL_FORMEDNESS = List.of(
            wf("^Content is not allowed in prolog\\.", "there is content before the root element"),
            wf("^Content is not allowed in trailing section\\.", "there is content after the root element"),
            wf("^The markup in the document following the root element must be well-formed\\.",
                    "there is markup after the root element"),
            wf("^The markup in the document preceding the root element must be well-formed\\.",
                    "the markup before the root element is malformed"),
            wf("^(?:XML document structures must start and end within the same entity|Premature end of file)\\.",
                    "the document ends before its elements are closed"),
            wf("^The element type \".*\" must be terminated by the matching end-tag",
                    "an element is not closed by its matching end-tag"),
            wf("^The end-tag for element type \".*\" must end with a '>' delimiter\\.",
                    "an end-tag is not closed with '>'"),
            wf("^Element type \".*\" must be followed by either attribute specifications",
                    "a start-tag is malformed (in text, write < as &lt;)"),
            wf("^The content of elements must consist of well-formed character data or markup\\.",
                    "a '<' does not start markup (in text, write < as &lt;)"),
            wf("^The entity \".*\" was referenced, but not declared\\.",
                    "a reference to an undeclared entity (in text, write & as &amp;)"),
            wf("^The reference to entity \".*\" must end with the ';' delimiter\\.",
                    "an entity reference does not end with ';' (in text, write & as &amp;)"),
            wf("^The entity name must immediately follow the '&' in the entity reference\\.",
                    "a '&' does not start an entity reference (in text, write & as &amp;)"),
            wf("^Character reference \"&#.*\" is an invalid XML character\\.",
                    "a character reference to a character XML does not allow"),
            wf("^A (?:decimal|hexadecimal) representation must immediately follow the \"&#x?\" in a character "
                    + "reference\\.", "a malformed character reference"),
            wf("^An invalid XML character \\(Unicode: 0x\\p{XDigit}+\\) was found in the value of attribute",
                    "an attribute value holds a character XML does not allow"),
            wf("^An invalid XML character \\(Unicode: 0x\\p{XDigit}+\\) was found",
                    "the document holds a character XML does not allow"),
            wf("^(?:Invalid byte \\d+ of \\d+-byte UTF-8 sequence|Expected byte \\d+ of \\d+-byte UTF-8 sequence"
                    + "|Byte \".*\" is not a member of the \\(7-bit\\) ASCII character set"
                    + "|An entity determined to be in a certain encoding must not contain sequences illegal)",
                    "the bytes do not fit the document's encoding (UTF-8 unless declared otherwise)"),
            wf("^(?:Invalid encoding name|The encoding) \".*\"(?: is not supported)?\\.",
                    "the declared encoding is not supported"),
            wf("^The prefix \".*\" for (?:element|attribute) \".*\" (?:associated with an element type \".*\" )?"
                    + "is not bound\\.", "a namespace prefix is used without being declared"),
            wf("^Attribute \".*\" (?:bound to namespace \".*\" )?was already specified for element",
                    "an attribute occurs twice on one element"),
            wf("^(?:Open quote is expected for attribute|Close quote is expected for attribute|Attribute name \".*\" "
                    + "associated with an element type \".*\" must be followed by the ' = ' character"
                    + "|The value for attribute \".*\" must end with the matching quote character"
                    + "|The value of attribute \".*\" associated with an element type \".*\" must not contain the "
                    + "'<' character)", "an attribute is malformed"),
            wf("^The character sequence \"]]>\" must not appear in content",
                    "the sequence ]]> appears in text (write ]]&gt;)"),
            wf("^The CDATA section must end with \"]]>\"\\.", "a CDATA section is not closed"),
            wf("^The processing instruction target matching \"\\[xX]\\[mM]\\[lL]\" is not allowed\\.",
                    "an XML declaration that is not at the very start of the document"),
            wf("^(?:The string \"--\" is not permitted within comments|The comment must end with \"-->\""
                    + "|Comment must start with)", "a comment is malformed"),
            wf("^(?:XML version \".*\" is not supported|The version is required in the XML declaration"
                    + "|The XML declaration must end with|The ' = ' character must follow \".*\" in the XML "
                    + "declaration|The encoding declaration is required)", "the XML declaration is malformed"),
            wf("^(?:JAXP\\d+: )?The element \".*\" has a depth of \".*\" that exceeds the limit",
                    "elements are nested deeper than the limit of " + SafeXml.MAX_ELEMENT_DEPTH),
            wf("^JAXP\\d+:", "the document exceeds a limit of the parser"));

    private static final Set<String> EMPTY_CONTENT_KEYS = Set.of("cvc-elt.3.2.1", "cvc-elt.3.2.2");

    private ErrorTexts() {
    }

    /** Whether a fatal parse error is the refusal of a DOCTYPE (the feature's name is in every language). */
    static boolean isDoctype(String message) {
        return message != null && message.contains("http://apache.org/xml/features/disallow-doctype-decl");
    }

    /** What is wrong with a document that is not well-formed, without anything of the document. */
    static String wellFormedness(String message) {
        if (message != null) {
            for (Map.Entry<Pattern, String> entry : WELL_FORMEDNESS) {
                if (entry.getKey().matcher(message).find()) {
                    return entry.getValue();
                }
            }
        }
        return "the document is not well-formed";
    }

    /** The message key of a schema error, {@code cvc-pattern-valid}, or null when it has none. */
    static String key(String message) {
        if (message == null) {
            return null;
        }
        Matcher matcher = KEY.matcher(message);
        return matcher.find() ? matcher.group(1) : null;
    }

    /**
     * What a schema error says about the element it was found at: the constraint and the allowed form where the
     * schema gives one, never the value. {@code element} is the element's path as the reader tracks it.
     */
    static String schemaError(String message, String element, SchemaVocabulary vocabulary) {
        return element + ": " + constraint(message, vocabulary);
    }

    static String constraint(String message, SchemaVocabulary vocabulary) {
        String key = key(message);
        if (key == null) {
            return "does not conform to the schema";
        }
        if (EMPTY_CONTENT_KEYS.contains(key)) {
            return "must be empty, as xsi:nil is true";
        }
        return switch (key) {
            case "cvc-pattern-valid" -> pattern(message, vocabulary);
            case "cvc-maxLength-valid" -> facet(message, vocabulary, "maxLength", "longer than the maximum length");
            case "cvc-minLength-valid" -> facet(message, vocabulary, "minLength", "shorter than the minimum length");
            case "cvc-length-valid" -> facet(message, vocabulary, "length", "not of the required length");
            case "cvc-maxInclusive-valid" -> facet(message, vocabulary, "maxInclusive", "greater than the maximum");
            case "cvc-minInclusive-valid" -> facet(message, vocabulary, "minInclusive", "less than the minimum");
            case "cvc-maxExclusive-valid" -> facet(message, vocabulary, "maxExclusive", "not less than the bound");
            case "cvc-minExclusive-valid" -> facet(message, vocabulary, "minExclusive",
                    "not greater than the bound");
            case "cvc-totalDigits-valid" -> digits(message, vocabulary, "totalDigits", "has more digits than");
            case "cvc-fractionDigits-valid" -> digits(message, vocabulary, "fractionDigits",
                    "has more decimals than");
            case "cvc-enumeration-valid" -> enumeration(message, vocabulary);
            case "cvc-datatype-valid.1.2.1", "cvc-datatype-valid.1.2.2", "cvc-datatype-valid.1.2.3" ->
                    datatype(message, vocabulary);
            case "cvc-type.3.1.3" -> "not a valid value of its type";
            case "cvc-type.3.1.1" -> "has attributes, which an element with a simple value may not have";
            case "cvc-type.3.1.2", "cvc-complex-type.2.2", "cvc-elt.5.2.2.1" ->
                    "contains elements, but may hold only a simple value";
            case "cvc-complex-type.2.1" -> "must be empty";
            case "cvc-complex-type.2.3" -> "contains text, but may contain only elements";
            case "cvc-complex-type.2.4.a" -> "element not expected here" + expected(message, vocabulary, "expected");
            case "cvc-complex-type.2.4.b" -> "incomplete" + expected(message, vocabulary, "missing");
            case "cvc-complex-type.2.4.c" -> "no declaration is found for this element";
            case "cvc-complex-type.2.4.d" -> "element not expected here: no further element is allowed at this point";
            case "cvc-complex-type.2.4.e", "cvc-complex-type.2.4.f" -> maxOccurs(message);
            case "cvc-complex-type.2.4.g", "cvc-complex-type.2.4.h", "cvc-complex-type.2.4.i",
                    "cvc-complex-type.2.4.j" -> minOccurs(message, vocabulary);
            case "cvc-complex-type.3.1", "cvc-complex-type.3.2.1", "cvc-complex-type.3.2.2" ->
                    "carries an attribute that is not allowed";
            case "cvc-complex-type.4" -> "lacks a required attribute";
            case "cvc-elt.1.a", "cvc-elt.1.b" -> "no such element is declared by the schema";
            case "cvc-elt.3.1" -> "xsi:nil is not allowed on this element";
            case "cvc-elt.4.1", "cvc-elt.4.2", "cvc-elt.4.3" -> "its xsi:type is not a type allowed here";
            case "cvc-elt.5.2.2.2.1", "cvc-elt.5.2.2.2.2" -> "differs from the fixed value of its declaration";
            default -> "violates the schema constraint " + key;
        };
    }

    private static String pattern(String message, SchemaVocabulary vocabulary) {
        Matcher matcher = PATTERN_FACET.matcher(message);
        if (!matcher.matches()) {
            return "does not match the pattern of its type";
        }
        String pattern = matcher.group(1);
        return "does not match the pattern of " + type(matcher.group(2), vocabulary)
                + (vocabulary.hasFacet("pattern", pattern) ? " (" + pattern + ")" : "");
    }

    private static String facet(String message, SchemaVocabulary vocabulary, String facet, String text) {
        Matcher matcher = FACET.matcher(message);
        if (!matcher.matches() || !matcher.group(1).equals(facet)) {
            return text + " of its type";
        }
        String allowed = matcher.group(2);
        return text + (vocabulary.hasFacet(facet, allowed) ? " " + allowed : "") + " of "
                + type(matcher.group(3), vocabulary);
    }

    private static String digits(String message, SchemaVocabulary vocabulary, String facet, String text) {
        Matcher matcher = DIGITS.matcher(message);
        if (matcher.matches() && vocabulary.hasFacet(facet, matcher.group(1))) {
            return text + " the " + matcher.group(1) + " allowed";
        }
        return text + " its type allows";
    }

    private static String enumeration(String message, SchemaVocabulary vocabulary) {
        Matcher matcher = ENUMERATION.matcher(message);
        if (matcher.matches()) {
            String[] values = matcher.group(1).split(", ", -1);
            boolean known = true;
            for (String value : values) {
                known &= vocabulary.hasFacet("enumeration", value);
            }
            if (known && values.length <= MAX_LISTED_VALUES) {
                return "not one of the values allowed here (" + String.join(", ", values) + ")";
            }
            if (known) {
                return "not one of the " + values.length + " values allowed here";
            }
        }
        return "not one of the values allowed here";
    }

    private static String datatype(String message, SchemaVocabulary vocabulary) {
        Matcher matcher = DATATYPE.matcher(message);
        if (matcher.matches()) {
            String type = matcher.group(1);
            String text = DATATYPES.get(type);
            if (text != null) {
                return text;
            }
            if (vocabulary.isType(type)) {
                return "not a valid value of type " + type;
            }
        }
        return "not a valid value of its type";
    }

    private static String expected(String message, SchemaVocabulary vocabulary, String word) {
        Matcher matcher = EXPECTED.matcher(message);
        if (!matcher.matches()) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (String item : matcher.group(1).split(", ")) {
            String name = NAMESPACE.matcher(item.trim()).replaceFirst("");
            if (vocabulary.isElement(name) && !names.contains(name)) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            return "";
        }
        return names.size() == 1 ? "; " + word + ": " + names.get(0)
                : "; " + word + " one of: " + String.join(", ", names);
    }

    private static String maxOccurs(String message) {
        Matcher matcher = MAX_OCCURS.matcher(message);
        return matcher.matches() ? "occurs more often than the maximum of " + matcher.group(1)
                : "occurs more often than allowed";
    }

    private static String minOccurs(String message, SchemaVocabulary vocabulary) {
        Matcher matcher = MIN_OCCURS.matcher(message);
        if (matcher.matches()) {
            String name = NAMESPACE.matcher(matcher.group(1)).replaceFirst("");
            return (vocabulary.isElement(name) ? name : "an element") + " occurs fewer times than the minimum of "
                    + matcher.group(2);
        }
        return "an element occurs fewer times than required";
    }

    /** A named type of the schema by its name; an anonymous one (or one the schema does not know) as "its type". */
    private static String type(String name, SchemaVocabulary vocabulary) {
        return vocabulary.isType(name) ? "type " + name : "its type";
    }

    private static Map.Entry<Pattern, String> wf(String regex, String text) {
        return Map.entry(Pattern.compile(regex, Pattern.DOTALL), text);
    }
}
