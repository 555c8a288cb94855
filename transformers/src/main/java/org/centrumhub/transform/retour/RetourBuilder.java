package org.centrumhub.transform.retour;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centrumhub.schema.MessageType;
import org.centrumhub.transform.Finding;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/**
 * Builds the standard's answer to a received heen message from its findings (rules.md section 1, IV028, IV087):
 * <ul>
 * <li>no findings: a retour with the copied header and no RetourCodes;</li>
 * <li>an in-message rule failed (0001): the header only, with RetourCode 0001 and XsltVersie;</li>
 * <li>otherwise codes on the header (header findings such as TR135's 8848), and when a message class is faulty the
 * whole client again, every class ending in RetourCodes: the rule codes on the faulty class, 0233 (not assessed)
 * below it, 0200 (no remarks) elsewhere; the header then says 0200 unless it has codes of its own.</li>
 * </ul>
 * A 323 is answered by a 325 whose header is the municipality's own; rejected on an in-message rule it is the header
 * only with 0001, otherwise it lists the rejected clients and lines with the granted total (TR342).
 */
public final class RetourBuilder {
    static final String IN_MESSAGE = "0001";
    static final String NO_REMARKS = "0200";
    static final String NOT_ASSESSED = "0233";
    static final String FULLY_GRANTED = "8001";

    /** Builds the answer; every finding must carry a retourcode (XSD errors have none and get no retour). */
    public Answer build(Message heen, List<Finding> findings, AnswerHeader header) {
        MessageType answerType = heen.type().answer().orElseThrow(() -> new IllegalArgumentException(
                heen.type() + " is not answered with a retour message"));
        for (Finding finding : findings) {
            if (finding.retourCode() == null) {
                throw new IllegalArgumentException("finding " + finding.code()
                        + " has no retourcode: errors below the rules level are answered on the transport channel");
            }
        }
        boolean inMessage = findings.stream().anyMatch(f -> IN_MESSAGE.equals(f.retourCode()));
        Placement placement = inMessage ? Placement.EMPTY : place(heen, findings);
        if (heen.type().kind() == MessageType.Kind.DECLARATION) {
            return new DeclarationAnswer(heen, answerType, header, inMessage, placement).build();
        }
        return retour(heen, answerType, header, inMessage, placement);
    }

    private Answer retour(Message heen, MessageType type, AnswerHeader header, boolean inMessage, Placement placement) {
        List<String> headerCodes = new ArrayList<>();
        if (inMessage) {
            headerCodes.add(IN_MESSAGE);
        } else {
            headerCodes.addAll(placement.headerCodes);
            if (headerCodes.isEmpty() && !placement.classCodes.isEmpty()) {
                headerCodes.add(NO_REMARKS);
            }
        }
        AnswerWriter out = new AnswerWriter(type);
        out.startMessage("Header");
        for (XmlElement field : heen.header().children()) {
            if (field.name().equals("BerichtCode")) {
                out.messageElement("BerichtCode", type.berichtCode());
            } else {
                copy(out, field, Map.of(), Set.of(), false);
            }
        }
        out.messageElement("IdentificatieRetour", header.identificatie());
        out.messageElement("DagtekeningRetour", header.dagtekening().toString());
        if (inMessage) {
            out.messageElement("XsltVersie", header.xsltVersion());
        }
        writeVersion(out, "XsdVersieRetour", type);
        if (!headerCodes.isEmpty()) {
            out.retourCodes(headerCodes);
        }
        out.end();
        if (!placement.classCodes.isEmpty()) {
            heen.body().ifPresent(body -> copy(out, body, placement.classCodes, classesOf(heen), false));
        }
        return new Answer(type, out.finish(), List.copyOf(headerCodes), headerCodes.isEmpty());
    }

    /**
     * Writes an element of the heen message into the answer (message namespace mapped to the answer's), appending
     * RetourCodes to every class element.
     */
    static void copy(AnswerWriter out, XmlElement element, Map<XmlElement, List<String>> classCodes,
                     Set<String> classes, boolean ancestorFaulty) {
        boolean basis = element.namespace().endsWith("/basisschema/schema");
        out.start(basis, element.name());
        if (element.children().isEmpty()) {
            out.text(element.text());
        } else {
            boolean isClass = classes.contains(plainPath(element));
            List<String> own = classCodes.get(element);
            boolean faulty = ancestorFaulty || (isClass && own != null);
            for (XmlElement child : element.children()) {
                copy(out, child, classCodes, classes, faulty);
            }
            if (isClass) {
                out.retourCodes(own != null ? own : List.of(ancestorFaulty ? NOT_ASSESSED : NO_REMARKS));
            }
        }
        out.end();
    }

    static void writeVersion(AnswerWriter out, String name, MessageType type) {
        out.startMessage(name);
        out.simple(true, "BasisschemaXsdVersie", type.standard().xsdVersion());
        out.simple(true, "BerichtXsdVersie", type.standard().xsdVersion());
        out.end();
    }

    /** Where each finding goes: on the header, or on the class element that holds the faulty element. */
    static Placement place(Message heen, List<Finding> findings) {
        Set<String> classes = classesOf(heen);
        Map<String, XmlElement> byPath = new HashMap<>();
        index(heen.root(), byPath);
        Set<String> headerCodes = new LinkedHashSet<>();
        Map<XmlElement, Set<String>> classCodes = new HashMap<>();
        for (Finding finding : findings) {
            XmlElement element = finding.path() == null ? null : byPath.get(finding.path());
            XmlElement owner = element == null ? null : owningClass(element, classes);
            if (owner == null) {
                headerCodes.add(finding.retourCode());
            } else {
                classCodes.computeIfAbsent(owner, k -> new LinkedHashSet<>()).add(finding.retourCode());
            }
        }
        Map<XmlElement, List<String>> result = new HashMap<>();
        classCodes.forEach((element, codes) -> result.put(element, List.copyOf(codes)));
        return new Placement(List.copyOf(headerCodes), result);
    }

    record Placement(List<String> headerCodes, Map<XmlElement, List<String>> classCodes) {
        static final Placement EMPTY = new Placement(List.of(), Map.of());
    }

    static Set<String> classesOf(Message heen) {
        return heen.type().retourClasses();
    }

    private static XmlElement owningClass(XmlElement element, Set<String> classes) {
        for (XmlElement current = element; current != null; current = current.parent().orElse(null)) {
            if (classes.contains(plainPath(current))) {
                return current;
            }
        }
        return null;
    }

    private static void index(XmlElement element, Map<String, XmlElement> byPath) {
        byPath.put(element.path(), element);
        element.children().forEach(child -> index(child, byPath));
    }

    /** Path below Bericht without positions: {@code Client/StartProducten/StartProduct}. */
    static String plainPath(XmlElement element) {
        StringBuilder path = new StringBuilder();
        for (XmlElement current = element; current.parent().isPresent(); current = current.parent().get()) {
            path.insert(0, path.length() == 0 ? current.name() : current.name() + "/");
        }
        return path.toString();
    }
}
