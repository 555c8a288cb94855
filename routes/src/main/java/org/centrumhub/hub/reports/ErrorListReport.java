package org.centrumhub.hub.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.centrumhub.hub.config.HubProperties;
import org.centrumhub.hub.config.PartyRegistry;
import org.centrumhub.hub.reports.ErrorListReading.AnsweredLine;
import org.centrumhub.hub.reports.ErrorListReading.Placed;
import org.centrumhub.hub.reports.ErrorListReading.Prestatie;
import org.centrumhub.hub.store.MessageStore;
import org.centrumhub.schema.MessageType;
import org.centrumhub.schema.Standard;
import org.centrumhub.transform.Finding;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.ValidationResult;
import org.centrumhub.transform.codes.RetourCodes;
import org.centrumhub.transform.crossmessage.Assignment;
import org.centrumhub.transform.crossmessage.HubState;
import org.centrumhub.transform.intake.Intake;
import org.centrumhub.transform.intake.Outcome;
import org.centrumhub.transform.region.Participant;
import org.centrumhub.transform.region.Regions;
import org.centrumhub.transform.xml.MessageReader;
import org.centrumhub.transform.xml.XmlElement;
import org.springframework.stereotype.Component;

/**
 * The error list ("foutlijst") of a municipality for a month: every message and declaration line the hub rejected
 * that concerns it, one row per retourcode and part concerned, with what the code means and a plain hint at the
 * likely cause ({@link RetourCodes}).
 * <p>
 * What concerns a municipality:
 * <ul>
 * <li>a provider's message it is the receiver of as judged (the municipality responsible for the client's
 * assignment, else the Ontvanger), rejected on a rule (REJECTED) or invalid (INVALID, 0001);</li>
 * <li>a rejected line of a declaration it is responsible for, wherever the declaration was addressed (a centre does
 * not see its participants' lines); a declaration rejected as a whole stored no lines, so its lines are read from the
 * message and each is given the municipality the hub would have judged it for;</li>
 * <li>a message refused on transport (no retour exists for these) whose header names it as the addressee; one
 * damaged before its Ontvanger names no one and is in no list.</li>
 * </ul>
 * The BSN is read from the message (or its 325), decrypted, and shown only when the client is the municipality's
 * own: it gave the client an assignment, or no municipality did (a client unknown to the hub). Otherwise the row
 * stays, without the BSN.
 */
@Component
public class ErrorListReport implements ReportSource {
    static final String KIND = "error-list";
    static final List<Report.Column> COLUMNS = List.of(
            new Report.Column("date", Report.Type.DATE),
            new Report.Column("provider", Report.Type.TEXT),
            new Report.Column("provider_name", Report.Type.TEXT),
            new Report.Column("message_type", Report.Type.TEXT),
            new Report.Column("identificatie", Report.Type.TEXT),
            new Report.Column("retourcode", Report.Type.TEXT),
            new Report.Column("meaning", Report.Type.TEXT),
            new Report.Column("concerns", Report.Type.TEXT),
            new Report.Column("bsn", Report.Type.TEXT),
            new Report.Column("hint", Report.Type.TEXT),
            new Report.Column("hub_message_id", Report.Type.TEXT));
    private static final String IN_MESSAGE = "0001";
    private static final Set<String> NO_FAULT = Set.of("0200", "0233", "8001");
    private static final Pattern BSN = Pattern.compile("[0-9]{9}");
    private static final int MAX_IDENTIFICATIE = 12;

    /** One row before it is typed: when, from whom, what, which code on which part, whose client. */
    private record Entry(Instant receivedAt, String provider, String type, String identificatie, String code,
                         String concerns, String bsn, UUID id, long position) {
    }

    private final ErrorListStore store;
    private final MessageStore messages;
    private final Intake intake;
    private final HubState state;
    private final PartyRegistry registry;
    private final Regions regions;
    private final ZoneId zone;
    private final ObjectMapper json;

    public ErrorListReport(ErrorListStore store, MessageStore messages, Intake intake, HubState state,
                           PartyRegistry registry, Regions regions, HubProperties properties, ObjectMapper json) {
        this.store = store;
        this.messages = messages;
        this.intake = intake;
        this.state = state;
        this.registry = registry;
        this.regions = regions;
        this.zone = properties.timeZone();
        this.json = json;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String title() {
        return "Error list";
    }

    @Override
    public Report build(String municipality, YearMonth period) {
        Instant from = period.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = period.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        MessageReader reader = new MessageReader(intake.maxBytes());
        List<Entry> entries = new ArrayList<>();
        for (ErrorListStore.Judged message : store.rejectedMessages(municipality, from, to)) {
            entries.addAll(message(message, reader));
        }
        entries.addAll(lines(store.rejectedLines(municipality, from, to), reader));
        for (ErrorListStore.Judged declaration : store.wholeRejectedDeclarations(receivers(municipality), from, to)) {
            entries.addAll(wholeDeclaration(municipality, declaration, reader));
        }
        for (ErrorListStore.Refused refused : store.refused(from, to)) {
            entries.addAll(refused(municipality, refused));
        }
        Set<String> ownClients = ownClients(municipality, entries);
        Map<String, String> names = registry.providers().stream()
                .collect(Collectors.toMap(PartyRegistry.Entry::code, PartyRegistry.Entry::name, (a, b) -> a));
        List<List<Object>> rows = new ArrayList<>();
        entries.stream().sorted(Comparator.comparing((Entry e) -> date(e.receivedAt()))
                        .thenComparing(Entry::provider, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Entry::identificatie, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Entry::receivedAt).thenComparing(e -> e.id().toString())
                        .thenComparingLong(Entry::position).thenComparing(Entry::code))
                .forEach(e -> {
                    RetourCodes.Code code = RetourCodes.describe(e.code());
                    List<Object> row = new ArrayList<>(COLUMNS.size());
                    row.add(date(e.receivedAt()));
                    row.add(e.provider());
                    row.add(names.get(e.provider()));
                    row.add(e.type());
                    row.add(e.identificatie());
                    row.add(e.code());
                    row.add(code.meaning());
                    row.add(e.concerns());
                    row.add(e.bsn() != null && ownClients.contains(e.bsn()) ? e.bsn() : null);
                    row.add(code.hint());
                    row.add(e.id().toString());
                    rows.add(row);
                });
        return new Report(KIND, title(), municipality, period, COLUMNS, rows);
    }

    /** A provider's message (not a declaration) rejected on a rule or invalid: its codes on the parts they are on. */
    private List<Entry> message(ErrorListStore.Judged message, MessageReader reader) {
        Optional<MessageStore.Stored> stored = messages.find(message.id());
        byte[] raw = stored.map(MessageStore.Stored::raw).orElse(new byte[0]);
        if (message.outcome() == Outcome.INVALID) {
            ValidationResult read = raw.length == 0 ? null : intake.read(raw);
            List<Finding> technical = read == null ? List.of() : inMessage(read);
            String bsn = read == null ? null : read.message().flatMap(m -> m.root().text("Client/Bsn")).orElse(null);
            String concerns = technical.isEmpty() ? "the message" : ErrorListReading.findings(technical);
            return List.of(entry(message, IN_MESSAGE, concerns, bsn, 0));
        }
        String bsn = root(reader, raw).flatMap(root -> root.text("Client/Bsn")).orElse(null);
        List<Placed> placed = stored.map(MessageStore.Stored::answer).flatMap(answer -> root(reader, answer))
                .map(ErrorListReading::placedCodes).orElse(List.of());
        if (placed.isEmpty()) {
            // the answer is gone (erased): the stored codes, on the message as a whole
            placed = faults(message.retourCodes()).stream().map(code -> new Placed("the message", code)).toList();
        }
        List<Entry> entries = new ArrayList<>();
        for (Placed code : placed) {
            entries.add(entry(message, code.code(), code.concerns(), bsn, entries.size()));
        }
        return entries;
    }

    /** Rejected lines of declarations judged line by line, with their codes and BSN from each declaration's 325. */
    private List<Entry> lines(List<ErrorListStore.Line> lines, MessageReader reader) {
        Map<UUID, List<ErrorListStore.Line>> byMessage = new LinkedHashMap<>();
        lines.forEach(line -> byMessage.computeIfAbsent(line.messageId(), k -> new ArrayList<>()).add(line));
        List<Entry> entries = new ArrayList<>();
        byMessage.forEach((id, declared) -> {
            Map<String, AnsweredLine> answered = messages.answer(id).flatMap(answer -> root(reader, answer))
                    .map(ErrorListReading::answeredLines).orElse(Map.of());
            for (ErrorListStore.Line line : declared) {
                AnsweredLine answer = answered.get(line.reference());
                List<String> codes = answer != null && !answer.codes().isEmpty() ? answer.codes()
                        : faults(line.messageCodes());
                for (String code : codes) {
                    entries.add(new Entry(line.receivedAt(), line.provider(), line.type(), line.identificatie(), code,
                            ErrorListReading.line(line.reference(), line.category(), line.code()),
                            answer == null ? null : answer.bsn(), id, line.id()));
                }
            }
        });
        return entries;
    }

    /**
     * A declaration rejected as a whole (header, class Declaratie, or 0001): each of its lines this municipality is
     * responsible for, with the declaration's codes; for 0001 also the faults found in or above that line.
     */
    private List<Entry> wholeDeclaration(String municipality, ErrorListStore.Judged declaration, MessageReader reader) {
        Standard domain = MessageType.valueOf(declaration.type()).standard();
        List<String> participants = state.participants(domain, declaration.receiver());
        if (!participants.contains(municipality) && !declaration.receiver().equals(municipality)) {
            return List.of();
        }
        MessageStore.Stored stored = messages.find(declaration.id()).orElse(null);
        ValidationResult validation = stored == null || stored.raw().length == 0 ? null : intake.read(stored.raw());
        Optional<Message> read = validation == null ? Optional.empty() : validation.message();
        List<String> codes;
        List<Finding> technical = List.of();
        if (declaration.outcome() == Outcome.INVALID) {
            codes = List.of(IN_MESSAGE);
            technical = validation == null ? List.of() : inMessage(validation);
        } else {
            codes = Optional.ofNullable(stored).map(MessageStore.Stored::answer).flatMap(answer -> root(reader, answer))
                    .map(ErrorListReading::wholeCodes).filter(found -> !found.isEmpty())
                    .orElse(faults(declaration.retourCodes()));
        }
        List<Entry> entries = new ArrayList<>();
        if (read.isEmpty()) {
            // its content is gone (erased): the addressee alone is told, without lines
            if (declaration.receiver().equals(municipality)) {
                codes.forEach(code -> entries.add(entry(declaration, code, "Declaratie", null, entries.size())));
            }
            return entries;
        }
        List<Prestatie> lines = ErrorListReading.prestaties(read.get().root());
        List<String> responsible = responsible(domain, declaration, participants, lines);
        for (int i = 0; i < lines.size(); i++) {
            if (!responsible.get(i).equals(municipality)) {
                continue;
            }
            Prestatie line = lines.get(i);
            List<Finding> concerning = ErrorListReading.concerning(line, technical);
            String concerns = line.concerns()
                    + (concerning.isEmpty() ? "" : ": " + ErrorListReading.findings(concerning));
            for (String code : codes) {
                entries.add(entry(declaration, code, concerns, line.bsn(), i));
            }
        }
        return entries;
    }

    /**
     * The municipality each line would have been judged for (as the declaration judge decides it): the participant
     * that gave the assignment the line refers to (the client's own first), for a credit the municipality of the
     * line it withdraws, else the addressee.
     */
    private List<String> responsible(Standard domain, ErrorListStore.Judged declaration, List<String> participants,
                                     List<Prestatie> lines) {
        Set<Long> numbers = lines.stream().map(Prestatie::assignmentNumber).collect(Collectors.toSet());
        Map<Long, List<Assignment>> byNumber = state.assignmentsNumbered(domain, declaration.provider(), numbers);
        Map<String, String> clientKeys = new HashMap<>();
        List<String> responsible = new ArrayList<>(lines.size());
        for (Prestatie line : lines) {
            String client = line.bsn() == null ? null : clientKeys.computeIfAbsent(line.bsn(), state::clientKey);
            List<Assignment> numbered = byNumber.getOrDefault(line.assignmentNumber(), List.of()).stream()
                    .filter(a -> participants.contains(a.municipality())).toList();
            String municipality = numbered.stream().filter(a -> a.client().equals(client)).findFirst()
                    .or(() -> numbered.stream().findFirst()).map(Assignment::municipality)
                    .orElse(declaration.receiver());
            if (line.credit() && line.previousReference() != null) {
                municipality = store.municipalityOfGrantedLine(domain, declaration.provider(), line.previousReference())
                        .orElse(municipality);
            }
            responsible.add(municipality);
        }
        return responsible;
    }

    /** A message refused on transport, when its header names this municipality as its addressee. */
    private List<Entry> refused(String municipality, ErrorListStore.Refused refused) {
        MessageStore.Stored stored = messages.find(refused.id()).orElse(null);
        if (stored == null || stored.raw().length == 0) {
            return List.of();
        }
        HeaderPeek peek = HeaderPeek.of(stored.raw());
        if (!peek.addressee().filter(municipality::equals).isPresent()) {
            return List.of();
        }
        String type = refused.type() != null ? refused.type() : peek.type().map(Enum::name).orElse(null);
        String identificatie = peek.identificatie() != null && peek.identificatie().length() <= MAX_IDENTIFICATIE
                ? peek.identificatie() : null;
        String bsn = peek.bsn() != null && BSN.matcher(peek.bsn()).matches() ? peek.bsn() : null;
        String concerns = noticePaths(stored.notice());
        List<Entry> entries = new ArrayList<>();
        for (String code : refused.codes()) {
            entries.add(new Entry(refused.receivedAt(), refused.party(), type, identificatie, code, concerns, bsn,
                    refused.id(), entries.size()));
        }
        return entries;
    }

    /** The element paths (or file positions) the error notice names; never its texts, which may quote a value. */
    private String noticePaths(String notice) {
        if (notice == null) {
            return "the message";
        }
        Set<String> paths = new LinkedHashSet<>();
        try {
            for (JsonNode finding : json.readTree(notice).path("findings")) {
                JsonNode path = finding.get("path");
                paths.add(ErrorListReading.path(path == null || path.isNull() ? null : path.asText()));
            }
        } catch (JsonProcessingException e) {
            return "the message";
        }
        return paths.isEmpty() ? "the message" : String.join("; ", paths);
    }

    /**
     * The BSNs of the rows that are this municipality's own clients: it gave them an assignment, or no municipality
     * gave them one.
     */
    private Set<String> ownClients(String municipality, List<Entry> entries) {
        Map<String, String> keys = new HashMap<>();
        entries.stream().map(Entry::bsn).filter(bsn -> bsn != null).distinct()
                .forEach(bsn -> keys.put(bsn, state.clientKey(bsn)));
        Map<String, Set<String>> assigning = store.assigningMunicipalities(new TreeSet<>(keys.values()));
        Set<String> own = new HashSet<>();
        keys.forEach((bsn, key) -> {
            Set<String> municipalities = assigning.getOrDefault(key, Set.of());
            if (municipalities.isEmpty() || municipalities.contains(municipality)) {
                own.add(bsn);
            }
        });
        return own;
    }

    /** The municipalities whose addressed declarations may hold this municipality's lines: its regions' members. */
    private Collection<String> receivers(String municipality) {
        Set<String> receivers = new TreeSet<>(List.of(municipality));
        for (Standard domain : Standard.values()) {
            regions.regionOf(domain, municipality).ifPresent(region -> {
                receivers.add(region.centre());
                region.domain(domain).ifPresent(d -> d.participants().stream().map(Participant::code)
                        .forEach(receivers::add));
            });
        }
        return receivers;
    }

    private Entry entry(ErrorListStore.Judged message, String code, String concerns, String bsn, long position) {
        return new Entry(message.receivedAt(), message.provider(), message.type(), message.identificatie(), code,
                concerns, bsn, message.id(), position);
    }

    private LocalDate date(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    private static List<Finding> inMessage(ValidationResult read) {
        return read.findings().stream().filter(f -> IN_MESSAGE.equals(f.retourCode())).toList();
    }

    private static List<String> faults(List<String> codes) {
        return codes.stream().filter(code -> !NO_FAULT.contains(code)).distinct().toList();
    }

    private static Optional<XmlElement> root(MessageReader reader, byte[] document) {
        if (document == null || document.length == 0) {
            return Optional.empty();
        }
        return reader.read(document).root();
    }
}
