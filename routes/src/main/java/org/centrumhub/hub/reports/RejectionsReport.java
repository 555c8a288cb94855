package org.centrumhub.hub.reports;

import static org.centrumhub.hub.reports.MonitoringMonth.euros;
import static org.centrumhub.hub.reports.MonitoringMonth.percent;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.centrumhub.hub.config.HubProperties;
import org.centrumhub.hub.reports.Report.Column;
import org.centrumhub.hub.reports.Report.Type;
import org.centrumhub.hub.store.MessageStore;
import org.centrumhub.transform.monitoring.AnswerCodes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A municipality's rejections in a month by retourcode. A rejection is one of:
 * <ul>
 * <li>a declaration line it is responsible for, in a declaration of the month (DeclaratiePeriode), that was not
 * granted; its codes are those the 325 gives the line and its client;</li>
 * <li>a message received in the month that concerns it and was rejected as a whole: addressed to it and rejected by
 * the hub (a 305, 307, 315, 317, or a declaration rejected before its lines were judged, e.g. 9056), or sent by it
 * and rejected by the hub on an in-message rule (0001) or by the provider's retour (a 302, 320 with codes).</li>
 * </ul>
 * Per code: {@code lines} the rejected lines with it, {@code messages} the messages with it (a declaration once, for
 * however many of its lines), {@code amount} the signed amount of those lines, {@code share} the percentage of the
 * month's rejections (lines, and messages rejected as a whole) that carry it; a rejection with two codes counts for
 * both, so the shares can add up to more than 100. The per-provider rejection rate is in the monitoring report.
 */
@Component
public class RejectionsReport implements ReportSource {
    static final List<Column> COLUMNS = List.of(new Column("retourcode", Type.TEXT), new Column("lines", Type.INTEGER),
            new Column("messages", Type.INTEGER), new Column("amount", Type.AMOUNT), new Column("share", Type.PERCENT));

    private final JdbcTemplate jdbc;
    private final MessageStore messages;
    private final HubProperties properties;

    public RejectionsReport(JdbcTemplate jdbc, MessageStore messages, HubProperties properties) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.properties = properties;
    }

    @Override
    public String kind() {
        return "rejections";
    }

    @Override
    public String title() {
        return "Rejections by code";
    }

    private static final class Code {
        long lines;
        long wholeMessages;
        long amount;
        final Set<UUID> messages = new HashSet<>();
    }

    private record Line(String reference, long amountCents) {
    }

    /** A message rejected as a whole: by the hub with its codes, or by the provider's retour. */
    private record Whole(UUID id, String[] hubCodes, UUID rejectingRetour) {
    }

    @Override
    public Report build(String municipality, YearMonth period) {
        MonitoringMonth month = new MonitoringMonth(period, properties.timeZone());
        Map<String, Code> codes = new LinkedHashMap<>();
        Map<UUID, List<Line>> rejectedLines = new LinkedHashMap<>();
        jdbc.query("""
                SELECT l.message_id, l.reference, l.amount_cents
                FROM declaration d JOIN declaration_line l ON l.message_id = d.message_id
                WHERE d.period = ? AND l.municipality = ? AND NOT l.granted ORDER BY l.id""",
                rs -> {
                    rejectedLines.computeIfAbsent(rs.getObject("message_id", UUID.class), id -> new ArrayList<>())
                            .add(new Line(rs.getString("reference"), rs.getLong("amount_cents")));
                }, month.firstDay(), municipality);
        long rejections = 0;
        for (Map.Entry<UUID, List<Line>> declaration : rejectedLines.entrySet()) {
            UUID id = declaration.getKey();
            Map<String, Set<String>> perLine = messages.answer(id).map(AnswerCodes::perLine).orElse(Map.of());
            for (Line line : declaration.getValue()) {
                rejections++;
                Set<String> lineCodes = perLine.getOrDefault(line.reference(), Set.of());
                if (lineCodes.isEmpty()) {
                    lineCodes = messageCodes(id);
                }
                for (String code : lineCodes) {
                    Code figures = codes.computeIfAbsent(code, c -> new Code());
                    figures.lines++;
                    figures.amount += line.amountCents();
                    figures.messages.add(id);
                }
            }
        }
        List<Whole> whole = jdbc.query("""
                SELECT m.id, m.retour_codes, m.receiver_verdict,
                       (SELECT r.id FROM message r WHERE r.in_reply_to = m.id ORDER BY r.received_at LIMIT 1) AS retour
                FROM message m
                WHERE m.received_at >= ? AND m.received_at < ?
                AND ((m.party_role = 'PROVIDER' AND m.receiver = ? AND m.outcome IN ('REJECTED', 'INVALID')
                      AND NOT EXISTS (SELECT 1 FROM declaration d WHERE d.message_id = m.id))
                  OR (m.party_role = 'MUNICIPALITY' AND m.sender = ?
                      AND (m.outcome = 'INVALID' OR m.receiver_verdict = 'REJECTED')))""",
                (rs, row) -> new Whole(rs.getObject("id", UUID.class),
                        (String[]) rs.getArray("retour_codes").getArray(),
                        "REJECTED".equals(rs.getString("receiver_verdict")) ? rs.getObject("retour", UUID.class)
                                : null),
                month.from(), month.until(), municipality, municipality);
        for (Whole message : whole) {
            Set<String> messageCodes = message.rejectingRetour() != null ? retourCodes(message.rejectingRetour())
                    : rejecting(message.hubCodes());
            rejections++;
            for (String code : messageCodes) {
                Code figures = codes.computeIfAbsent(code, c -> new Code());
                figures.wholeMessages++;
                figures.messages.add(message.id());
            }
        }
        long all = rejections;
        List<List<Object>> rows = new ArrayList<>();
        codes.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Code> e) -> e.getValue().lines
                        + e.getValue().wholeMessages).reversed().thenComparing(Map.Entry::getKey))
                .forEach(e -> rows.add(Arrays.asList(e.getKey(), e.getValue().lines,
                        (long) e.getValue().messages.size(), euros(e.getValue().amount),
                        percent(e.getValue().lines + e.getValue().wholeMessages, all))));
        return new Report(kind(), title(), municipality, period, COLUMNS, rows);
    }

    /** A declaration's own rejecting codes, for a line its 325 does not list (an answer erased, say). */
    private Set<String> messageCodes(UUID declaration) {
        return messages.summary(declaration).map(s -> rejecting(s.retourCodes().toArray(String[]::new)))
                .orElse(Set.of());
    }

    /** The codes of a provider's retour that rejected a forwarded message (none when its content was erased). */
    private Set<String> retourCodes(UUID retour) {
        return messages.find(retour).filter(m -> m.raw().length > 0).map(m -> AnswerCodes.all(m.raw()))
                .orElse(Set.of());
    }

    private static Set<String> rejecting(String[] codes) {
        Set<String> rejecting = new LinkedHashSet<>(Arrays.asList(codes));
        rejecting.removeAll(AnswerCodes.NO_REJECTION);
        return rejecting;
    }
}
