package org.centrumhub.transform.declaration;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.centrumhub.schema.Standard;
import org.centrumhub.transform.Finding;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.crossmessage.Assignment;
import org.centrumhub.transform.crossmessage.Declaration;
import org.centrumhub.transform.crossmessage.DeclaredLine;
import org.centrumhub.transform.crossmessage.HubState;
import org.centrumhub.transform.rules.Rule;
import org.centrumhub.transform.rules.RuleContext;
import org.centrumhub.transform.xml.XmlElement;

/**
 * Judges a declaration (323) line by line (rules.md section 1 level 3, IV087): first the rules on the class
 * Declaratie (a fault there rejects every line), then each line, credits before debits (OP366), against the stores
 * and the lines of this declaration judged before it. A line is granted when no rule reports on it or on its client;
 * findings the in-message rules made with a content retourcode (9346, 9319, 8021, 8848 on the header) count the same.
 * <p>
 * Each line's responsible municipality is the one that issued the assignment it refers to (ToewijzingNummer +
 * provider + domain, among the participants of the region the declaration is addressed to, and the client's); a
 * credit's is that of the line it withdraws; else the Ontvanger.
 */
public final class DeclarationJudge {
    private final List<Rule> declarationRules;
    private final List<DeclarationLineRule> lineRules;

    public DeclarationJudge(List<? extends Rule> rules) {
        List<Rule> declaration = new ArrayList<>();
        List<DeclarationLineRule> lines = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule instanceof DeclarationLineRule line) {
                lines.add(line);
            } else {
                declaration.add(rule);
            }
        }
        this.declarationRules = List.copyOf(declaration);
        this.lineRules = List.copyOf(lines);
    }

    /**
     * @param earlier the in-message findings with a content retourcode (not 0001), already reported elsewhere
     */
    public Judgement judge(Message declaration, HubState state, RuleContext context, List<Finding> earlier) {
        Standard domain = declaration.type().standard();
        String provider = declaration.sender();
        XmlElement body = declaration.body().orElseThrow();
        List<String> participants = state.participants(domain, declaration.addressee());
        List<DeclarationLine> read = new ArrayList<>();
        for (XmlElement client : body.all("Clienten/Client")) {
            String clientKey = state.clientKey(client.text("Bsn").orElseThrow());
            for (XmlElement prestatie : client.all("Prestaties/Prestatie")) {
                read.add(DeclarationLine.read(prestatie, clientKey));
            }
        }
        // what the stores know of these lines, read once for the whole declaration
        Set<Long> numbers = new HashSet<>();
        Set<String> references = new HashSet<>();
        read.forEach(line -> {
            numbers.add(line.assignmentNumber());
            references.add(line.reference());
        });
        Map<Long, List<Assignment>> byNumber = state.assignmentsNumbered(domain, provider, numbers);
        Scope scope = new Scope(declaration, domain, provider, state,
                state.usedReferences(domain, provider, references),
                state.declaredOnAssignments(domain, provider, numbers));

        Map<String, DeclarationLine> linesByPath = new HashMap<>();
        Map<String, List<DeclarationLine>> linesByClientPath = new HashMap<>();
        List<DeclarationLine> lines = new ArrayList<>(read.size());
        for (DeclarationLine unresolved : read) {
            List<Assignment> numbered = byNumber.getOrDefault(unresolved.assignmentNumber(), List.of()).stream()
                    .filter(a -> participants.contains(a.municipality())).toList();
            Optional<Assignment> own = numbered.stream().filter(a -> a.client().equals(unresolved.client())).findFirst();
            Optional<Assignment> other = own.isPresent() ? Optional.empty() : numbered.stream().findFirst();
            String responsible = own.or(() -> other).map(Assignment::municipality).orElse(declaration.addressee());
            if (unresolved.credit() && unresolved.previousReference() != null) {
                responsible = scope.line(unresolved.previousReference()).map(DeclaredLine::municipality)
                        .orElse(responsible);
            }
            DeclarationLine line = unresolved.resolved(own, other, responsible);
            lines.add(line);
            linesByPath.put(line.element().path(), line);
            linesByClientPath.computeIfAbsent(line.element().parent().flatMap(XmlElement::parent).orElseThrow().path(),
                    k -> new ArrayList<>()).add(line);
        }

        Set<XmlElement> rejected = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        boolean whole = false;
        for (Finding finding : earlier) {
            whole |= !reject(finding.path(), linesByPath, linesByClientPath, rejected);
        }
        int before = context.findingCount();
        if (!whole) {
            for (Rule rule : declarationRules) {
                context.run(rule, declaration);
            }
            whole = context.findingCount() > before;
        }
        if (!whole) {
            List<DeclarationLine> order = new ArrayList<>(lines.size());
            lines.stream().filter(DeclarationLine::credit).forEach(order::add);
            lines.stream().filter(line -> !line.credit()).forEach(order::add);
            for (DeclarationLine line : order) {
                int found = context.findingCount();
                for (DeclarationLineRule rule : lineRules) {
                    if (rule.judges(line)) {
                        context.as(rule, () -> rule.check(line, scope, context));
                    }
                }
                if (context.findingCount() > found) {
                    rejected.add(line.element());
                }
                scope.add(line.stored(domain, provider, !rejected.contains(line.element())));
            }
        }
        List<Finding> findings = new ArrayList<>(earlier);
        findings.addAll(context.findings().subList(before, context.findingCount()));
        boolean waits = !whole && lines.stream().anyMatch(line -> !line.credit() && line.assignment().isEmpty()
                && line.otherClientsAssignment().isEmpty());
        Declaration stored = new Declaration(domain, provider, declaration.addressee(),
                body.text("DeclaratieNummer").orElseThrow(),
                YearMonth.from(body.date("DeclaratiePeriode/Begindatum").orElseThrow()));
        return new Judgement(declaration, stored, List.copyOf(findings), List.copyOf(lines), rejected, whole, waits);
    }

    /** Marks what a finding rejects; false when it is on the header or the class Declaratie (everything). */
    private static boolean reject(String path, Map<String, DeclarationLine> lines,
                                  Map<String, List<DeclarationLine>> clients, Set<XmlElement> rejected) {
        String at = path;
        while (at != null && at.lastIndexOf('/') > 0) {
            DeclarationLine line = lines.get(at);
            if (line != null) {
                rejected.add(line.element());
                return true;
            }
            List<DeclarationLine> client = clients.get(at);
            if (client != null) {
                client.forEach(l -> rejected.add(l.element()));
                return true;
            }
            at = at.substring(0, at.lastIndexOf('/'));
        }
        return false;
    }

    /** The stores (as read for this declaration) plus the lines of this declaration judged so far. */
    private static final class Scope implements DeclarationScope {
        private final Message declaration;
        private final Standard domain;
        private final String provider;
        private final HubState state;
        private final Set<String> usedBefore;
        private final Map<String, DeclaredLine> lines = new HashMap<>();
        private final Map<String, DeclaredLine> credits = new HashMap<>();
        private final Map<String, List<DeclaredLine>> granted = new HashMap<>();

        Scope(Message declaration, Standard domain, String provider, HubState state, Set<String> usedBefore,
              List<DeclaredLine> stored) {
            this.declaration = declaration;
            this.domain = domain;
            this.provider = provider;
            this.state = state;
            this.usedBefore = usedBefore;
            stored.forEach(this::add);
        }

        void add(DeclaredLine line) {
            lines.putIfAbsent(line.reference(), line);
            if (line.granted()) {
                if (line.credit() && line.previousReference() != null) {
                    credits.putIfAbsent(line.previousReference(), line);
                }
                onAssignment(line.municipality(), line.assignmentNumber()).add(line);
            }
        }

        @Override
        public Message declaration() {
            return declaration;
        }

        @Override
        public Standard domain() {
            return domain;
        }

        @Override
        public String provider() {
            return provider;
        }

        @Override
        public HubState state() {
            return state;
        }

        @Override
        public boolean usedBefore(String reference) {
            return usedBefore.contains(reference);
        }

        @Override
        public Optional<DeclaredLine> line(String reference) {
            return Optional.ofNullable(lines.get(reference));
        }

        @Override
        public Optional<DeclaredLine> creditOf(String reference) {
            return Optional.ofNullable(credits.get(reference));
        }

        @Override
        public List<DeclaredLine> onAssignment(String municipality, long number) {
            return granted.computeIfAbsent(municipality + ":" + number, key -> new ArrayList<>());
        }
    }
}
