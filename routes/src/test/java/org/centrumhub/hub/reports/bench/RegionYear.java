package org.centrumhub.hub.reports.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.centrumhub.hub.reports.bench.BenchRegion.Product;
import org.centrumhub.hub.reports.bench.BenchRegion.Provider;
import org.centrumhub.hub.security.MessageCipher;
import org.centrumhub.hub.store.ClientKeys;
import org.centrumhub.hub.store.MessageStore;
import org.centrumhub.hub.store.RetentionKind;
import org.centrumhub.schema.MessageType;
import org.centrumhub.schema.Party;
import org.centrumhub.schema.Standard;
import org.centrumhub.transform.Finding;
import org.centrumhub.transform.Level;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.declaration.WorkingDays;
import org.centrumhub.transform.fixtures.DeclarationDoc;
import org.centrumhub.transform.fixtures.TestBsns;
import org.centrumhub.transform.intake.Intake;
import org.centrumhub.transform.intake.Outcome;
import org.centrumhub.transform.region.Regions;
import org.centrumhub.transform.retour.RetourBuilder;
import org.centrumhub.transform.settlement.GrantedLine;
import org.centrumhub.transform.settlement.LedgerEntry;
import org.centrumhub.transform.settlement.Settlement;
import org.centrumhub.transform.xml.XmlElement;

/**
 * A year of a region's traffic, written straight into the hub's stores as the hub itself would have written it: the
 * message store (every message with its outcome, retourcodes, encrypted XML and the hub's encrypted answer, built by
 * the hub's own {@link RetourBuilder}), the TR056 register, assignments (versions), starts and stops, requests and
 * answers, declarations with every line (granted or rejected, with its responsible municipality), declarations still
 * waiting, and the settlement ledger (through the hub's own {@link Settlement}).
 * <p>
 * The year is the twelve months before the current one. Care episodes run through it: some carried over from before
 * (their assignments sent in the first month, when the region started on the hub), the rest starting during it; a
 * request may precede the assignment; the provider answers the assignment (sometimes late, sometimes rejecting it),
 * reports the start (sometimes late, sometimes wrongly first), declares every month (weekly lines for care per week),
 * and reports the stop. Faults as regions see them: rejected lines with their codes (some providers far more than
 * others), credits and corrections, invalid and refused messages, retours and stops sent late, assignments never
 * started, starts never declared, stops without a start, declarations waiting for their assignments. Seeded: the
 * same figures every run.
 */
final class RegionYear {
    /** What was generated: rows per table, and seconds per phase. */
    record Counts(Map<String, Long> rows, Map<String, Double> seconds) {
    }

    private static final String[] LINE_CODES = {"9308", "9307", "0611", "9321", "9340", "8021", "9338", "9387",
            "8017"};
    private static final double[] LINE_CODE_WEIGHTS = {12, 8, 20, 15, 10, 10, 10, 8, 7};
    private static final Pattern TOTAL = Pattern.compile("<(\\w+):TotaalIngediendBedrag>.*?</\\1:TotaalIngediendBedrag>");

    private final BenchRegion region;
    private final Regions regions;
    private final ClientKeys clientKeys;
    private final MessageCipher cipher;
    private final ZoneId zone;
    private final Random random;
    private final LocalDate today;
    private final YearMonth first;
    private final YearMonth last;
    private final int episodesPerYear;
    private final CareXml xml = new CareXml();
    private final Map<Integer, Set<LocalDate>> holidays = new HashMap<>();

    private CopyRows messages;
    private CopyRows sent;
    private CopyRows assignments;
    private CopyRows deliveries;
    private CopyRows requests;
    private CopyRows answers;
    private CopyRows declarations;
    private CopyRows lines;
    private CopyRows waiting;
    private CopyRows ledger;

    private long sequence;
    private long answerSequence;
    private int bsnSeed = 200_000;
    private int answersChecked;

    /** A client: BSN (only in the XML), client key, municipality, birth date. */
    private record Client(String bsn, String key, String municipality, LocalDate born) {
    }

    /** One product of one client at one provider, from its assignment to its stop. */
    private static final class Episode {
        Standard domain;
        Client client;
        Provider provider;
        Product product;
        long number;
        LocalDate assignedOn;
        LocalDate start;
        LocalDate end;
        int volume;
        long tariff;
        String reference;
        LocalDate begin;
        LocalDate stop;
        boolean declared = true;
        final List<DeclarationDoc.Line> granted = new ArrayList<>();
    }

    /** One line as the hub stored it, with the code it was rejected with (null: granted). */
    private record Line(Episode episode, DeclarationDoc.Line line, String code) {
    }

    RegionYear(BenchRegion region, Regions regions, ClientKeys clientKeys, MessageCipher cipher, ZoneId zone,
               LocalDate today, int episodesPerYear, long seed) {
        this.region = region;
        this.regions = regions;
        this.clientKeys = clientKeys;
        this.cipher = cipher;
        this.zone = zone;
        this.today = today;
        this.last = YearMonth.from(today).minusMonths(1);
        this.first = last.minusMonths(11);
        this.episodesPerYear = episodesPerYear;
        this.random = new Random(seed);
    }

    YearMonth first() {
        return first;
    }

    YearMonth last() {
        return last;
    }

    /** Opens a connection of its own to the hub's database, outside the hub's pool. */
    interface Connections {
        Connection open() throws SQLException;
    }

    /**
     * Generates the year straight into the stores: each table is one COPY over a connection of its own, so the
     * server stores while the generator makes rows; every table commits at the end, or none when generation fails.
     */
    Counts generate(Connections connections) throws Exception {
        Map<String, Double> seconds = new LinkedHashMap<>();
        long started = System.nanoTime();
        try (Connection connection = connections.open();
             var statement = connection.prepareStatement("SELECT ensure_message_partition(?)")) {
            for (YearMonth m = first.minusMonths(1); !m.isAfter(last.plusMonths(1)); m = m.plusMonths(1)) {
                statement.setObject(1, m.atDay(15).atStartOfDay(zone).toOffsetDateTime());
                statement.execute();
            }
        }
        List<CopyRows> tables = new ArrayList<>();
        try {
            messages = copy(tables, connections, "message", "id, received_at, retention_kind, party_role, party_code, "
                    + "client_message_id, bericht_code, message_type, sender, receiver, identificatie, client_key, "
                    + "client_keys, assignment_numbers, outcome, retour_codes, advice_codes, raw_xml, answer_xml, "
                    + "answered_at, notice, in_reply_to, receiver_verdict, decision_attempt");
            sent = copy(tables, connections, "sent_identificatie", "sender, bericht_code, identificatie, message_id");
            assignments = copy(tables, connections, "assignment", "domain, municipality, number, provider, client_key, "
                    + "category, code, start_date, end_date, reden_wijziging, reference, volume, unit, frequency, budget, "
                    + "assigned_at, message_id, rejected, arrived_at");
            deliveries = copy(tables, connections, "delivery", "kind, domain, provider, municipality, client_key, "
                    + "assignment_number, category, code, assignment_start, begin_date, end_date, reason, message_id");
            requests = copy(tables, connections, "request", "domain, provider, reference, municipality, client_key, "
                    + "message_number, dagtekening, message_id");
            answers = copy(tables, connections, "request_answer", "domain, municipality, provider, reference, "
                    + "verzoek_antwoord, message_id, rejected");
            declarations = copy(tables, connections, "declaration", "message_id, domain, provider, municipality, "
                    + "number, period");
            lines = copy(tables, connections, "declaration_line", "message_id, domain, provider, municipality, "
                    + "client_key, reference, previous_reference, assignment_number, category, code, begin_date, "
                    + "end_date, volume, unit, amount_cents, granted");
            waiting = copy(tables, connections, "waiting_declaration", "message_id, provider, received_at, due, "
                    + "judged_at");
            ledger = copy(tables, connections, "ledger_entry", "message_id, region, domain, provider, participant, "
                    + "responsible, category, product_code, period, amount_cents, joint, referentie_nummer, recorded_at");
            started = lap(seconds, "prepare", started);
            List<Episode> episodes = plan();
            for (Episode episode : episodes) {
                care(episode);
            }
            rejectedRequests(episodesPerYear / 40);
            stopsWithoutStart(episodes);
            refused(episodesPerYear / 40);
            started = lap(seconds, "care messages", started);
            for (YearMonth period = first.minusMonths(1); period.isBefore(last); period = period.plusMonths(1)) {
                declare(period, episodes);
            }
            started = lap(seconds, "declarations", started);
            Map<String, Long> counts = new LinkedHashMap<>();
            for (CopyRows table : tables) {
                counts.put(table.table(), table.finish());
            }
            started = lap(seconds, "COPY ends", started);
            try (Connection connection = connections.open(); var statement = connection.createStatement()) {
                statement.execute("ANALYZE");
            }
            lap(seconds, "ANALYZE", started);
            return new Counts(counts, seconds);
        } finally {
            for (CopyRows table : tables) {
                table.close();
            }
        }
    }

    private static CopyRows copy(List<CopyRows> tables, Connections connections, String table, String columns)
            throws SQLException {
        CopyRows rows = new CopyRows(connections.open(), table, columns);
        tables.add(rows);
        return rows;
    }

    private static long lap(Map<String, Double> seconds, String phase, long started) {
        long now = System.nanoTime();
        seconds.put(phase, Math.round((now - started) / 1e8) / 10.0);
        return now;
    }

    // ------------------------------------------------------------------ the episodes

    private List<Episode> plan() {
        Map<String, List<Client>> clients = new HashMap<>();
        List<Episode> episodes = new ArrayList<>();
        int carriedOver = episodesPerYear * 2 / 3;
        for (int i = 0; i < carriedOver + episodesPerYear; i++) {
            boolean carried = i < carriedOver;
            Episode e = new Episode();
            e.domain = random.nextDouble() < 0.55 ? Standard.IJW : Standard.IWMO;
            String municipality = municipality();
            List<Client> known = clients.computeIfAbsent(e.domain + municipality, k -> new ArrayList<>());
            if (known.isEmpty() || random.nextDouble() < 0.75) {
                String bsn = nextBsn();
                known.add(new Client(bsn, clientKeys.of(bsn), municipality,
                        LocalDate.of(e.domain == Standard.IJW ? 2008 + random.nextInt(16) : 1935 + random.nextInt(60),
                                1 + random.nextInt(12), 1)));
            }
            e.client = known.get(known.size() == 1 ? 0 : random.nextInt(known.size()));
            e.provider = provider(e.domain);
            e.product = product(e.provider);
            e.tariff = e.provider.tariff(e.product);
            e.number = 4_000_000L + i;
            e.volume = between(e.product.volumeMin(), e.product.volumeMax());
            int months = between(e.product.monthsMin(), e.product.monthsMax());
            boolean crisis = e.product.frequency().equals("6");
            if (carried) {
                e.assignedOn = workingDayIn(first.atDay(1), first.atDay(15));
                e.start = first.atDay(1).minusDays(1 + random.nextInt(Math.max(1, months * 30 - 15)));
                e.end = crisis ? e.start.plusDays(e.volume - 1) : e.start.plusMonths(months).minusDays(1);
                if (e.end.isBefore(first.atDay(1))) {
                    e.end = first.atDay(1).plusDays(random.nextInt(90));
                }
            } else {
                e.assignedOn = workingDayIn(first.atDay(1), last.atEndOfMonth());
                e.start = crisis ? e.assignedOn : random.nextBoolean() ? YearMonth.from(e.assignedOn).plusMonths(1).atDay(1)
                        : e.assignedOn.plusDays(1 + random.nextInt(20));
                e.end = crisis ? e.start.plusDays(e.volume - 1) : e.start.plusMonths(months).minusDays(1);
                if (random.nextDouble() < 0.45) {
                    e.reference = "V" + Long.toString(++sequence, 36).toUpperCase();
                }
            }
            // most assignments are started; some never (a signal), a few started late
            if (random.nextDouble() < 0.95) {
                LocalDate begin = e.start.plusDays(random.nextInt(8));
                e.begin = begin.isAfter(e.end) ? e.start : begin;
                e.declared = random.nextDouble() < 0.97;
                if (random.nextDouble() < 0.08) {
                    long days = ChronoUnit.DAYS.between(e.begin, e.end);
                    e.stop = days > 20 ? e.begin.plusDays(14 + random.nextInt((int) days - 14)) : e.end;
                } else {
                    e.stop = e.end;
                }
            }
            episodes.add(e);
        }
        return episodes;
    }

    /** Every message of an episode but its declarations, each with what it changed in the stores. */
    private void care(Episode e) {
        LocalDate assigned = e.assignedOn;
        if (e.reference != null) {
            LocalDate asked = addWorkingDays(assigned, -(1 + random.nextInt(random.nextDouble() < 0.15 ? 12 : 5)));
            if (asked.isBefore(first.atDay(1))) {
                asked = first.atDay(1);
            }
            request(e, asked);
        }
        assignment(e, assigned, e.end, null, e.reference);
        if (random.nextDouble() < 0.04 && ChronoUnit.DAYS.between(e.start, e.end) > 90) {
            change(e);
        }
        if (e.begin == null) {
            return;
        }
        LocalDate started = addWorkingDays(later(e.begin, assigned), random.nextDouble() < 0.1 ? 4 + random.nextInt(10)
                : random.nextInt(4));
        if (!started.isBefore(today)) {
            e.begin = null;
            return;
        }
        double fault = random.nextDouble();
        if (fault < 0.03) {
            String code = pick(new String[] {"9019", "9074", "S329", "8848"});
            startOrStop(e, false, addWorkingDays(started, -1), "REJECTED", code);
        } else if (fault < 0.035) {
            startOrStop(e, false, addWorkingDays(started, -1), "INVALID", "0001");
        }
        startOrStop(e, false, started, "ACCEPTED", null);
        if (e.stop != null && !e.stop.isAfter(last.atEndOfMonth())) {
            LocalDate stopped = addWorkingDays(e.stop, random.nextDouble() < 0.12 ? 6 + random.nextInt(10)
                    : 1 + random.nextInt(4));
            if (stopped.isBefore(today)) {
                if (random.nextDouble() < 0.02) {
                    startOrStop(e, true, addWorkingDays(stopped, -1), "REJECTED", pick(new String[] {"9069", "9415"}));
                }
                startOrStop(e, true, stopped, "ACCEPTED", null);
            } else {
                e.stop = null;
            }
        } else {
            e.stop = null;
        }
    }

    /** What a care message of an episode carries. */
    private CareXml.Values values(Episode e, String identificatie, LocalDate day, LocalDate end, String reference,
                                  String reason, String code, String answerIdentificatie, LocalDate answerDay) {
        return new CareXml.Values(e.client.municipality(), e.provider.code(), identificatie, day, e.client.bsn(),
                e.client.born(), e.number, e.product.code(), e.start, end, e.begin, e.stop, e.volume, e.product.unit(),
                e.product.frequency(), LocalTime.of(8 + random.nextInt(9), random.nextInt(60)), reference, reason, code,
                answerIdentificatie, answerDay);
    }

    /** A 315 (its 316 answered by the hub) before the assignment that honours it. */
    private void request(Episode e, LocalDate day) {
        UUID id = UUID.randomUUID();
        String identificatie = identificatie("R");
        CareXml.Xml xml = this.xml.of(e.domain, CareXml.Kind.REQUEST, values(e, identificatie, day, e.end, e.reference, null,
                null, answerIdentificatie(), day), CareXml.Verdict.NONE);
        Instant at = instant(day);
        new Row(id, at, Party.provider(e.provider.code()), type(e.domain, 315), List.of(), e.provider.code(),
                e.client.municipality(), identificatie, "ACCEPTED", xml.message()).client(e.client.key())
                .answer(xml.answer(), at).write();
        requests.text(e.domain.name()).text(e.provider.code()).text(e.reference).text(e.client.municipality())
                .text(e.client.key()).number(315).date(day).uuid(id).end();
    }

    /** A 301 (forwarded to the provider) and the provider's 302 (relayed), with the assignment version it made. */
    private void assignment(Episode e, LocalDate day, LocalDate end, String reason, String reference) {
        String municipality = e.client.municipality();
        String provider = e.provider.code();
        UUID id = UUID.randomUUID();
        String identificatie = identificatie("T");
        // the provider's retour: within 3 working days mostly, late sometimes, now and then a rejection or none yet
        LocalDate answered = addWorkingDays(day, random.nextDouble() < 0.1 ? 4 + random.nextInt(6) : random.nextInt(3));
        boolean rejected = random.nextDouble() < 0.015;
        boolean retour = answered.isBefore(today) && random.nextDouble() > 0.004;
        CareXml.Kind kind = reason != null ? CareXml.Kind.ASSIGNMENT_CHANGE : reference != null
                ? CareXml.Kind.ASSIGNMENT_FROM_REQUEST : CareXml.Kind.ASSIGNMENT;
        CareXml.Values values = values(e, identificatie, day, end, reference, reason, "9332", identificatie("Q"),
                answered);
        CareXml.Xml xml = this.xml.of(e.domain, kind, values, rejected ? CareXml.Verdict.CLASS : CareXml.Verdict.NONE);
        Instant at = instant(day);
        Row forwarded = new Row(id, at, Party.municipality(municipality), type(e.domain, 301), List.of(e.number),
                municipality, provider, identificatie, "FORWARDED", xml.message()).client(e.client.key());
        forwarded.verdict = retour ? rejected ? "REJECTED" : "ACCEPTED" : null;
        forwarded.write();
        assignments.text(e.domain.name()).text(municipality).number(e.number).text(provider).text(e.client.key())
                .text(e.product.category()).text(e.product.code()).date(e.start).date(end).text(reason).text(reference)
                .number((long) e.volume).text(e.product.unit()).text(e.product.frequency()).number((Long) null)
                .timestamp(LocalDateTime.of(day, values.time().withSecond(0))).uuid(id).bool(rejected).instant(at)
                .end();
        if (retour) {
            Row relay = new Row(UUID.randomUUID(), later(instant(answered), at.plusSeconds(600)),
                    Party.provider(provider), type(e.domain, 302), List.of(e.number), provider, municipality,
                    identificatie, "RELAYED", xml.answer()).client(e.client.key());
            relay.inReplyTo = id;
            relay.write();
            if (rejected) {
                // the municipality corrects and sends the assignment again
                assignment(e, addWorkingDays(answered, 1), end, reason, reference);
            }
        }
    }

    /** A 317 asking for more, answered by a new assignment version (extended) or a 319 that refuses it. */
    private void change(Episode e) {
        LocalDate asked = e.start.plusDays(30 + random.nextInt((int) Math.max(1, ChronoUnit.DAYS.between(e.start,
                e.end) - 60)));
        asked = later(asked, e.assignedOn.plusDays(7));
        if (!asked.isBefore(last.atEndOfMonth())) {
            return;
        }
        String reference = "W" + Long.toString(++sequence, 36).toUpperCase();
        LocalDate end = e.end.plusMonths(3 + random.nextInt(4));
        UUID id = UUID.randomUUID();
        String identificatie = identificatie("C");
        CareXml.Xml xml = this.xml.of(e.domain, CareXml.Kind.CHANGE_REQUEST, values(e, identificatie, asked, end,
                reference, null, null, answerIdentificatie(), asked), CareXml.Verdict.NONE);
        Instant at = instant(asked);
        new Row(id, at, Party.provider(e.provider.code()), type(e.domain, 317), List.of(e.number), e.provider.code(),
                e.client.municipality(), identificatie, "ACCEPTED", xml.message()).client(e.client.key())
                .answer(xml.answer(), at).write();
        requests.text(e.domain.name()).text(e.provider.code()).text(reference).text(e.client.municipality())
                .text(e.client.key()).number(317).date(asked).uuid(id).end();
        LocalDate decided = addWorkingDays(asked, 1 + random.nextInt(random.nextDouble() < 0.15 ? 12 : 5));
        if (!decided.isBefore(today)) {
            return;
        }
        if (random.nextDouble() < 0.8) {
            if (e.stop != null && e.stop.equals(e.end)) {
                e.stop = end;
            }
            e.end = end;
            assignment(e, decided, end, "04", reference);
        } else {
            answer319(e, decided, reference, true);
        }
    }

    /** A 319 from the municipality (forwarded) and the provider's 320 (relayed), with the answer it stored. */
    private void answer319(Episode e, LocalDate day, String reference, boolean refused) {
        String municipality = e.client.municipality();
        String provider = e.provider.code();
        UUID id = UUID.randomUUID();
        String identificatie = identificatie("A");
        LocalDate answered = addWorkingDays(day, random.nextInt(3));
        boolean retour = answered.isBefore(today);
        CareXml.Xml xml = this.xml.of(e.domain, refused ? CareXml.Kind.ANSWER_REFUSED : CareXml.Kind.ANSWER_INVESTIGATING,
                values(e, identificatie, day, e.end, reference, null, null, identificatie("Q"), answered),
                CareXml.Verdict.NONE);
        Instant at = instant(day);
        Row forwarded = new Row(id, at, Party.municipality(municipality), type(e.domain, 319), List.of(), municipality,
                provider, identificatie, "FORWARDED", xml.message());
        forwarded.verdict = retour ? "ACCEPTED" : null;
        forwarded.write();
        answers.text(e.domain.name()).text(municipality).text(provider).text(reference).text(refused ? "1" : "2")
                .uuid(id).bool(false).end();
        if (retour) {
            Row relay = new Row(UUID.randomUUID(), later(instant(answered), at.plusSeconds(600)),
                    Party.provider(provider), type(e.domain, 320), List.of(), provider, municipality, identificatie,
                    "RELAYED", xml.answer());
            relay.inReplyTo = id;
            relay.write();
        }
    }

    /** Requests the municipality refuses with a 319: no assignment follows. */
    private void rejectedRequests(int count) {
        for (int i = 0; i < count; i++) {
            Episode e = new Episode();
            e.domain = random.nextBoolean() ? Standard.IJW : Standard.IWMO;
            String bsn = nextBsn();
            e.client = new Client(bsn, clientKeys.of(bsn), municipality(), LocalDate.of(2012, 1 + random.nextInt(12), 1));
            e.provider = provider(e.domain);
            e.product = product(e.provider);
            e.number = 8_000_000L + i;
            e.volume = e.product.volumeMin();
            e.start = workingDayIn(first.atDay(1), last.atEndOfMonth()).plusDays(14);
            e.end = e.start.plusMonths(6);
            e.reference = "V" + Long.toString(++sequence, 36).toUpperCase();
            LocalDate asked = workingDayIn(first.atDay(1), last.atEndOfMonth().minusDays(10));
            request(e, asked);
            LocalDate decided = addWorkingDays(asked, 1 + random.nextInt(8));
            if (decided.isBefore(today)) {
                answer319(e, decided, e.reference, true);
            }
        }
    }

    /** Stops of care that never started: rejected by the hub (TR382: no current start). */
    private void stopsWithoutStart(List<Episode> episodes) {
        for (Episode e : episodes) {
            if (e.begin == null && e.end.isBefore(last.atDay(1)) && random.nextDouble() < 0.05) {
                e.begin = e.start;
                e.stop = e.end;
                startOrStop(e, true, addWorkingDays(e.end, 2), "REJECTED", "9069");
                e.begin = null;
                e.stop = null;
            }
        }
    }

    /** A 305 or 307 judged by the hub: its 306 or 308, and the delivery it records when accepted. */
    private void startOrStop(Episode e, boolean stop, LocalDate day, String outcome, String code) {
        String municipality = e.client.municipality();
        String provider = e.provider.code();
        UUID id = UUID.randomUUID();
        String identificatie = identificatie(stop ? "E" : "S");
        String reason = stop ? stopReason(e) : null;
        CareXml.Verdict verdict = code == null ? CareXml.Verdict.NONE : code.equals("0001") ? CareXml.Verdict.INVALID
                : code.equals("8848") ? CareXml.Verdict.HEADER : CareXml.Verdict.CLASS;
        CareXml.Xml xml = this.xml.of(e.domain, stop ? CareXml.Kind.STOP : CareXml.Kind.START, values(e, identificatie,
                day, e.end, null, reason, code, answerIdentificatie(), day), verdict);
        Instant at = instant(day);
        new Row(id, at, Party.provider(provider), type(e.domain, stop ? 307 : 305), List.of(e.number), provider,
                municipality, identificatie, outcome, xml.message()).client(e.client.key())
                .codes(code == null ? List.of() : List.of(code)).answer(xml.answer(), at).write();
        if (code == null) {
            deliveries.text(stop ? "STOP" : "START").text(e.domain.name()).text(provider).text(municipality)
                    .text(e.client.key()).number(e.number).text(e.product.category()).text(e.product.code())
                    .date(e.start).date(e.begin).date(stop ? e.stop : null).text(reason).uuid(id).end();
        }
    }

    private String stopReason(Episode e) {
        boolean planned = e.stop != null && e.stop.equals(e.end);
        if (e.domain == Standard.IJW) {
            return planned ? "31" : pick(new String[] {"32", "33", "34", "38"});
        }
        return planned ? "19" : pick(new String[] {"21", "22", "23", "31"});
    }

    /** Messages refused on transport: not XML, or a message from a party that may not send it. */
    private void refused(int count) {
        for (int i = 0; i < count; i++) {
            Provider provider = region.providers.get(random.nextInt(region.providers.size()));
            LocalDate day = workingDayIn(first.atDay(1), last.atEndOfMonth());
            UUID id = UUID.randomUUID();
            boolean xml = random.nextBoolean();
            String code = xml ? "XSD_INVALID" : "NOT_WELL_FORMED";
            byte[] raw = (xml ? "<jw305:Bericht xmlns:jw305=\"http://www.istandaarden.nl/ijw/3_2/jw305/schema\">"
                    + "<jw305:Header><jw305:BerichtCode>438</jw305:BerichtCode></jw305:Header></jw305:Bericht>"
                    : "%PDF-1.4 a file that is not a message " + i).getBytes(StandardCharsets.UTF_8);
            String notice = "{\"messageId\":\"ID:" + id + "\",\"hubMessageId\":\"" + id + "\",\"type\":"
                    + (xml ? "\"JW305\"" : "null") + ",\"code\":\"" + code + "\",\"reason\":\"" + (xml
                    ? "the message is not valid against its XSD" : "the message is not well-formed XML")
                    + "\",\"findings\":[]}";
            Instant at = instant(day);
            messages.uuid(id).instant(at).text(RetentionKind.REFUSED.column()).text("PROVIDER").text(provider.code())
                    .text("ID:" + id).number(xml ? 438L : null).text(xml ? "JW305" : null).text(provider.code())
                    .text(null).text(null).text(null).array(List.of()).array(List.of()).text("REFUSED")
                    .array(List.of(code)).array(List.of()).bytes(seal(raw, id, "raw_xml")).bytes(null).instant(null)
                    .bytes(cipher.sealText(notice, MessageStore.context(id, "notice"))).uuid(null).text(null)
                    .uuid(null).end();
        }
    }

    // ------------------------------------------------------------------ declarations

    /** Every provider's declarations of one period, received in the month after it. */
    private void declare(YearMonth period, List<Episode> episodes) {
        Map<String, List<Line>> byDeclaration = new LinkedHashMap<>();
        LocalDate from = period.atDay(1);
        LocalDate to = period.atEndOfMonth();
        for (Episode e : episodes) {
            if (e.begin == null || !e.declared || e.begin.isAfter(to)) {
                continue;
            }
            LocalDate careEnd = e.stop != null ? e.stop : e.end;
            if (careEnd.isBefore(from)) {
                continue;
            }
            LocalDate begin = later(e.begin, from);
            LocalDate end = careEnd.isBefore(to) ? careEnd : to;
            String key = e.domain + ":" + e.provider.code() + ":" + addressee(e);
            List<Line> declared = byDeclaration.computeIfAbsent(key, k -> new ArrayList<>());
            for (LocalDate[] segment : segments(e.product, begin, end)) {
                declared.add(line(e, period, segment[0], segment[1]));
            }
            if (!e.granted.isEmpty() && random.nextDouble() < 0.015) {
                // a correction: the credit of an earlier granted line and its corrected debit
                DeclarationDoc.Line earlier = e.granted.remove(random.nextInt(e.granted.size()));
                declared.add(new Line(e, earlier.creditAs(reference()), random.nextDouble() < 0.03 ? "9390" : null));
                declared.add(new Line(e, earlier.reference(reference()).volume(Math.max(1, earlier.volume() - 1),
                        earlier.unit()).tariff(earlier.tariff()), null));
            }
        }
        for (Map.Entry<String, List<Line>> entry : byDeclaration.entrySet()) {
            String[] key = entry.getKey().split(":");
            declaration(Standard.valueOf(key[0]), providerOf(key[1]), key[2], period, entry.getValue());
        }
    }

    /** The ProductPeriodes of a month's care: one per week for care per week, else the month's part. */
    private static List<LocalDate[]> segments(Product product, LocalDate begin, LocalDate end) {
        List<LocalDate[]> segments = new ArrayList<>();
        if (!product.weekly()) {
            segments.add(new LocalDate[] {begin, end});
            return segments;
        }
        LocalDate day = begin;
        while (!day.isAfter(end)) {
            LocalDate sunday = day.plusDays(DayOfWeek.SUNDAY.getValue() - day.getDayOfWeek().getValue());
            LocalDate segmentEnd = sunday.isBefore(end) ? sunday : end;
            segments.add(new LocalDate[] {day, segmentEnd});
            day = segmentEnd.plusDays(1);
        }
        return segments;
    }

    /** One debit line of an episode, and whether (and why) the hub rejected it. */
    private Line line(Episode e, YearMonth period, LocalDate begin, LocalDate end) {
        long days = ChronoUnit.DAYS.between(begin, end) + 1;
        long volume = switch (e.product.unit()) {
            case "14" -> days;
            case "01" -> Math.max(30, Math.round(between(e.product.volumeMin(), e.volume) * days
                    / (double) period.lengthOfMonth()));
            default -> Math.max(1, Math.round(e.volume * days / 7.0) + random.nextInt(3) - 1);
        };
        DeclarationDoc.Line line = DeclarationDoc.Line.debit(reference(), e.number, e.product.category(),
                e.product.code(), period, volume, e.tariff).period(begin, end).volume(volume, e.product.unit());
        String code = null;
        if (random.nextDouble() < errorRate(e.provider)) {
            code = weighted(LINE_CODES, LINE_CODE_WEIGHTS);
            line = switch (code) {
                case "0611" -> line.tariff(Math.round(e.tariff * 1.07));
                case "9321" -> line.volume(volume * 3, e.product.unit());
                case "9340" -> line.code(e.product.code().substring(0, 4) + "9");
                case "9338" -> line.assignment(9_000_000L + random.nextInt(100_000));
                case "8017" -> line.creditAs(reference());
                default -> line;
            };
        } else if (!e.product.weekly() || random.nextDouble() < 0.25) {
            e.granted.add(line);
        }
        return new Line(e, line, code);
    }

    /** How often a provider's lines are rejected: most rarely, some often. */
    private double errorRate(Provider provider) {
        int hash = Math.floorMod(provider.code().hashCode() * 31 + 7, 100);
        return hash < 60 ? 0.01 : hash < 90 ? 0.04 : 0.12;
    }

    /** One 323 with its 325, the declaration and its lines, and the ledger entries of its granted lines. */
    private void declaration(Standard domain, Provider provider, String addressee, YearMonth period, List<Line> all) {
        LocalDate received = receivedOn(provider, period.plusMonths(1));
        // a few of the last ones arrived in the last days and wait for an assignment that has not come yet
        boolean waits = period.plusMonths(1).equals(last) && random.nextDouble() < 0.03;
        if (waits) {
            received = addWorkingDays(today, -(1 + random.nextInt(7)));
        }
        if (!received.isBefore(today)) {
            return;
        }
        if (!waits && random.nextDouble() < 0.003) {
            // first sent with an in-message fault (0001): answered, stored as invalid, then sent again corrected
            invalidDeclaration(domain, provider, addressee, period, all, received);
            received = addWorkingDays(received, 1 + random.nextInt(3));
        }
        UUID id = UUID.randomUUID();
        String identificatie = identificatie("D");
        String number = "N" + Long.toString(sequence, 36).toUpperCase();
        // the document groups the lines by client, in the order the clients first appear
        Map<String, List<Line>> byClient = new LinkedHashMap<>();
        all.forEach(line -> byClient.computeIfAbsent(line.episode().client.bsn(), k -> new ArrayList<>()).add(line));
        List<Line> ordered = byClient.values().stream().flatMap(List::stream).toList();
        byte[] raw = declarationXml(domain, provider, addressee, identificatie, number, period, received, ordered);
        Instant at = instant(received);
        Set<String> clientKeys = new TreeSet<>();
        Set<Long> numbers = new LinkedHashSet<>();
        List<Line> rejected = new ArrayList<>();
        for (Line line : ordered) {
            clientKeys.add(line.episode().client.key());
            numbers.add(line.line().assignment());
            if (line.code() != null) {
                rejected.add(line);
            }
        }
        List<String> codes = rejected.stream().map(Line::code).distinct().toList();
        if (waits) {
            // waiting for its assignments: not answered yet, nothing stored but the message and its place in the queue
            Row row = new Row(id, at, Party.provider(provider.code()), type(domain, 323), List.copyOf(numbers),
                    provider.code(), addressee, identificatie, "WAITING", raw).codes(List.of("9338"));
            row.clientKeys = List.copyOf(clientKeys);
            row.write();
            waiting.uuid(id).text(provider.code()).instant(at).date(addWorkingDays(received, 10)).instant(at).end();
            return;
        }
        String outcome = rejected.isEmpty() ? "ACCEPTED" : rejected.size() < all.size() ? "PARTIAL" : "REJECTED";
        // some waited for their assignments first and were decided days later by another judgement
        boolean waited = random.nextDouble() < 0.02;
        LocalDate decided = waited ? addWorkingDays(received, 2 + random.nextInt(12)) : received;
        if (!decided.isBefore(today)) {
            decided = received;
            waited = false;
        }
        byte[] answer = declarationAnswer(domain, provider, addressee, identificatie, number, period, received,
                ordered, rejected, decided, raw);
        Instant answeredAt = waited ? instant(decided) : at;
        Row row = new Row(id, at, Party.provider(provider.code()), type(domain, 323), List.copyOf(numbers),
                provider.code(), addressee, identificatie, outcome, raw).codes(codes).answer(answer, answeredAt);
        row.clientKeys = List.copyOf(clientKeys);
        row.decisionAttempt = waited ? UUID.randomUUID() : null;
        row.write();
        declarations.uuid(id).text(domain.name()).text(provider.code()).text(addressee).text(number)
                .date(period.atDay(1)).end();
        for (Line line : ordered) {
            DeclarationDoc.Line l = line.line();
            String responsible = "9338".equals(line.code()) ? addressee : line.episode().client.municipality();
            lines.uuid(id).text(domain.name()).text(provider.code()).text(responsible)
                    .text(line.episode().client.key()).text(l.reference()).text(l.previous()).number(l.assignment())
                    .text(l.category()).text(l.code()).date(l.begin()).date(l.end()).number(l.volume()).text(l.unit())
                    .number(l.signed()).bool(line.code() == null).end();
            if (line.code() == null) {
                GrantedLine grantedLine = new GrantedLine(domain, provider.code(), responsible, l.category(), l.code(),
                        period, l.begin(), l.signed(), l.reference());
                for (LedgerEntry entry : Settlement.entries(regions.regionOf(domain, responsible).orElse(null),
                        grantedLine)) {
                    ledger.uuid(id).text(entry.region()).text(entry.domain().name()).text(entry.provider())
                            .text(entry.participant()).text(entry.responsible()).text(entry.category())
                            .text(entry.productCode()).date(entry.period().atDay(1)).number(entry.amountCents())
                            .bool(entry.joint()).text(entry.referentieNummer()).instant(answeredAt).end();
                }
            }
        }
    }

    /** The 323 as the provider sent it. */
    private static byte[] declarationXml(Standard domain, Provider provider, String addressee, String identificatie,
                                         String number, YearMonth period, LocalDate sent, List<Line> lines) {
        DeclarationDoc doc = domain == Standard.IJW ? DeclarationDoc.ijw(provider.code(), addressee)
                : DeclarationDoc.wmo(provider.code(), addressee);
        doc.identificatie(identificatie).number(number).period(period);
        for (Line line : lines) {
            doc.line(line.episode().client.bsn(), line.line());
        }
        // DeclarationDoc dates every declaration 2026-11-05: BerichtIdentificatie and DeclaratieDagtekening
        return new String(doc.bytes(), StandardCharsets.UTF_8).replace("Dagtekening>2026-11-05<",
                "Dagtekening>" + sent + "<").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The hub's 325, from the hub's own {@link RetourBuilder}. It lists only the
     * rejected lines, so it is built from a copy of the declaration that holds only those (or one line, when none
     * is rejected) and the whole declaration's submitted total: reading a large declaration whole for each answer
     * would take most of the generation's time. The first answers are also made from the whole declaration and
     * must come out the same.
     */
    private byte[] declarationAnswer(Standard domain, Provider provider, String addressee, String identificatie,
                                     String number, YearMonth period, LocalDate sent, List<Line> ordered,
                                     List<Line> rejected, LocalDate decided, byte[] whole) {
        byte[] part = declarationXml(domain, provider, addressee, identificatie, number, period, sent,
                rejected.isEmpty() ? ordered.subList(0, 1) : rejected);
        Matcher total = TOTAL.matcher(new String(whole, StandardCharsets.UTF_8));
        if (!total.find()) {
            throw new IllegalStateException("a declaration without its total");
        }
        part = TOTAL.matcher(new String(part, StandardCharsets.UTF_8)).replaceFirst(Matcher.quoteReplacement(
                total.group())).getBytes(StandardCharsets.UTF_8);
        String answerId = answerIdentificatie();
        Message read = xml.read(part);
        byte[] answer = xml.answer(read, findings(read, rejected), answerId, decided);
        if (answersChecked < 5 && (answersChecked < 4 ? !rejected.isEmpty() : rejected.isEmpty())) {
            answersChecked++;
            Message all = xml.read(whole);
            if (!Arrays.equals(answer, xml.answer(all, findings(all, rejected), answerId, decided))) {
                throw new IllegalStateException("the 325 made from the rejected lines differs from the hub's");
            }
        }
        return answer;
    }


    /** A finding on each rejected line (its Prestatie), with the line's code. */
    private static List<Finding> findings(Message declaration, List<Line> rejected) {
        Map<String, XmlElement> byReference = new HashMap<>();
        for (XmlElement line : declaration.root().all("Declaratie/Clienten/Client/Prestaties/Prestatie")) {
            byReference.put(line.text("ProductReferentie/ReferentieNummer").orElseThrow(), line);
        }
        List<Finding> findings = new ArrayList<>();
        for (Line line : rejected) {
            findings.add(new Finding(Level.RULES, "TR" + line.code(), line.code(),
                    byReference.get(line.line().reference()).child("ToewijzingNummer").orElseThrow().path(),
                    "rejected line"));
        }
        return findings;
    }

    private void invalidDeclaration(Standard domain, Provider provider, String addressee, YearMonth period,
                                    List<Line> all, LocalDate received) {
        UUID id = UUID.randomUUID();
        String identificatie = identificatie("D");
        List<Line> some = all.subList(0, Math.min(all.size(), 20));
        byte[] raw = declarationXml(domain, provider, addressee, identificatie,
                "X" + Long.toString(sequence, 36).toUpperCase(), period, received, some);
        Message message = xml.read(raw);
        byte[] answer = xml.answer(message, List.of(new Finding(Level.RULES, "TR358", "0001",
                "/Bericht/Declaratie/TotaalIngediendBedrag", "the total is not the sum of the lines")),
                answerIdentificatie(), received);
        Set<String> keys = new TreeSet<>();
        some.forEach(l -> keys.add(l.episode().client.key()));
        Instant at = instant(received);
        Row row = new Row(id, at, Party.provider(provider.code()), type(domain, 323),
                Intake.assignmentNumbers(message), provider.code(), addressee,
                identificatie, "INVALID", raw).codes(List.of("0001")).answer(answer, at);
        row.clientKeys = List.copyOf(keys);
        row.write();
    }

    /** Youth care is declared to the centre; Wmo to the centre for its participants, else to the municipality. */
    private static String addressee(Episode e) {
        if (e.domain == Standard.IJW) {
            return BenchRegion.CENTRE;
        }
        return BenchRegion.MUNICIPALITIES.stream().filter(m -> m.code().equals(e.client.municipality()))
                .anyMatch(m -> m.wmoShare() != null) ? BenchRegion.CENTRE : e.client.municipality();
    }

    /** The day a provider sends its declarations: its own habit, early in the month. */
    private LocalDate receivedOn(Provider provider, YearMonth month) {
        int habit = 2 + Math.floorMod(provider.code().hashCode(), 12);
        LocalDate day = month.atDay(Math.min(month.lengthOfMonth(), habit + random.nextInt(4)));
        while (!workingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    // ------------------------------------------------------------------ rows

    /** A message row being made: what every message has, then what only some have. */
    private final class Row {
        final UUID id;
        final Instant at;
        final Party party;
        final MessageType type;
        final String sender;
        final String receiver;
        final String identificatie;
        final String outcome;
        final byte[] raw;
        String clientKey;
        List<String> clientKeys = List.of();
        final List<Long> numbers;
        List<String> codes = List.of();
        byte[] answer;
        Instant answeredAt;
        UUID inReplyTo;
        String verdict;
        UUID decisionAttempt;

        Row(UUID id, Instant at, Party party, MessageType type, List<Long> numbers, String sender, String receiver,
            String identificatie, String outcome, byte[] raw) {
            this.id = id;
            this.at = at;
            this.party = party;
            this.type = type;
            this.sender = sender;
            this.receiver = receiver;
            this.identificatie = identificatie;
            this.outcome = outcome;
            this.raw = raw;
            this.numbers = numbers;
        }

        /** The one client of a message that is not a declaration. */
        Row client(String key) {
            clientKey = key;
            clientKeys = key == null ? List.of() : List.of(key);
            return this;
        }

        Row codes(List<String> value) {
            codes = value;
            return this;
        }

        /** The hub's answer, sent when the message was judged (or later, for a declaration that waited). */
        Row answer(byte[] value, Instant at) {
            answer = value;
            answeredAt = at;
            return this;
        }

        void write() {
            Outcome judged = Outcome.valueOf(outcome);
            messages.uuid(id).instant(at).text(RetentionKind.of(type.name(), judged).column()).text(party.role().name())
                    .text(party.code()).text("ID:" + UUID.randomUUID()).number(Long.parseLong(type.berichtCode()))
                    .text(type.name()).text(sender).text(receiver).text(identificatie).text(clientKey)
                    .array(clientKeys).array(numbers).text(outcome).array(codes).array(List.of())
                    .bytes(seal(raw, id, "raw_xml")).bytes(answer == null ? null : seal(answer, id, "answer_xml"))
                    .instant(answeredAt).bytes(null).uuid(inReplyTo).text(verdict).uuid(decisionAttempt).end();
            if (judged.countsAsSent()) {
                sent.text(sender).number(Long.parseLong(type.berichtCode())).text(identificatie).uuid(id).end();
            }
        }
    }

    private byte[] seal(byte[] value, UUID id, String column) {
        return cipher.seal(value, MessageStore.context(id, column));
    }

    private static MessageType type(Standard domain, int number) {
        return MessageType.valueOf((domain == Standard.IJW ? "JW" : "WMO") + number);
    }

    // ------------------------------------------------------------------ choices and days

    private String municipality() {
        double r = random.nextDouble();
        for (BenchRegion.Municipality m : BenchRegion.MUNICIPALITIES) {
            r -= m.share().doubleValue();
            if (r < 0) {
                return m.code();
            }
        }
        return BenchRegion.CENTRE;
    }

    private Provider provider(Standard domain) {
        List<Provider> candidates = region.providers.stream().filter(p -> p.domain() == domain).toList();
        double total = candidates.stream().mapToDouble(Provider::weight).sum();
        double r = random.nextDouble() * total;
        for (Provider p : candidates) {
            r -= p.weight();
            if (r < 0) {
                return p;
            }
        }
        return candidates.get(0);
    }

    private Provider providerOf(String code) {
        return region.providers.get(Integer.parseInt(code.substring(1)) - 1);
    }

    private Product product(Provider provider) {
        double total = provider.products().stream().mapToDouble(Product::weight).sum();
        double r = random.nextDouble() * total;
        for (Product p : provider.products()) {
            r -= p.weight();
            if (r < 0) {
                return p;
            }
        }
        return provider.products().get(0);
    }

    private String weighted(String[] values, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[0];
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private String nextBsn() {
        String bsn;
        do {
            bsn = TestBsns.candidate(bsnSeed++);
        } while (bsn == null);
        return bsn;
    }

    private String identificatie(String prefix) {
        return prefix + String.format("%09d", ++sequence);
    }

    private String answerIdentificatie() {
        return "CH" + String.format("%010d", ++answerSequence);
    }

    private String reference() {
        return "P" + Long.toString(++sequence, 36).toUpperCase();
    }

    private LocalDate workingDayIn(LocalDate from, LocalDate to) {
        LocalDate day = from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
        while (!workingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** An instant on a working day's office hours, Dutch time. */
    private Instant instant(LocalDate day) {
        return day.atTime(7, 30).plusSeconds(random.nextInt(10 * 3600 + 1800)).atZone(zone).toInstant();
    }

    private boolean workingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY
                && !holidays.computeIfAbsent(date.getYear(), WorkingDays::holidays).contains(date);
    }

    private LocalDate addWorkingDays(LocalDate from, int days) {
        LocalDate date = from;
        int step = days < 0 ? -1 : 1;
        for (int left = Math.abs(days); left > 0; ) {
            date = date.plusDays(step);
            if (workingDay(date)) {
                left--;
            }
        }
        return date;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
