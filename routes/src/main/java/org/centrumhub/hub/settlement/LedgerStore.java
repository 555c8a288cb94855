package org.centrumhub.hub.settlement;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.centrumhub.hub.store.Writes;
import org.centrumhub.schema.Standard;
import org.centrumhub.transform.settlement.CostSum;
import org.centrumhub.transform.settlement.LedgerEntry;
import org.centrumhub.transform.settlement.ProviderMonth;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The settlement ledger in PostgreSQL: entries are written with the judged declaration (in its transaction) and
 * read back as sums per participant or provider and month, from which {@code Settlement} makes the statements.
 */
@Repository
public class LedgerStore {
    private final JdbcTemplate jdbc;

    public LedgerStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the entries of one message in one statement; joins the caller's transaction when there is one. */
    public void record(List<LedgerEntry> entries, UUID messageId) {
        Writes writes = new Writes();
        record(entries, messageId, writes);
        writes.send(jdbc);
    }

    /**
     * {@link #record(List, UUID)} among the message's other writes: one statement however many entries, their values
     * as one array per column, unnested into rows in their order.
     */
    public void record(List<LedgerEntry> entries, UUID messageId, Writes writes) {
        if (entries.isEmpty()) {
            return;
        }
        writes.add("""
                INSERT INTO ledger_entry (message_id, region, domain, provider, participant, responsible, category,
                                          product_code, period, amount_cents, joint, referentie_nummer)
                SELECT ?::uuid, region, domain, provider, participant, responsible, category, product_code, period,
                       amount_cents, joint, referentie_nummer
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::date[],
                            ?::bigint[], ?::boolean[], ?::text[])
                     WITH ORDINALITY AS entry (region, domain, provider, participant, responsible, category,
                                               product_code, period, amount_cents, joint, referentie_nummer, n)
                ORDER BY n""", messageId, column(entries, LedgerEntry::region),
                column(entries, e -> e.domain().name()), column(entries, LedgerEntry::provider),
                column(entries, LedgerEntry::participant), column(entries, LedgerEntry::responsible),
                column(entries, LedgerEntry::category), column(entries, LedgerEntry::productCode),
                column(entries, e -> e.period().atDay(1).toString()),
                entries.stream().map(LedgerEntry::amountCents).toArray(Long[]::new),
                entries.stream().map(LedgerEntry::joint).toArray(Boolean[]::new),
                column(entries, LedgerEntry::referentieNummer));
    }

    private static String[] column(List<LedgerEntry> entries, Function<LedgerEntry, String> value) {
        return entries.stream().map(value).toArray(String[]::new);
    }

    /** The entries written for one message, in the order they were written. */
    public List<LedgerEntry> entries(UUID messageId) {
        return jdbc.query("SELECT * FROM ledger_entry WHERE message_id = ? ORDER BY id", (rs, row) -> new LedgerEntry(
                rs.getString("region"), Standard.valueOf(rs.getString("domain")), rs.getString("provider"),
                rs.getString("participant"), rs.getString("responsible"), rs.getString("category"),
                rs.getString("product_code"), YearMonth.from(rs.getDate("period").toLocalDate()),
                rs.getLong("amount_cents"), rs.getBoolean("joint"), rs.getString("referentie_nummer")), messageId);
    }

    /** A region's cost sums per participant, domain, month and own/joint, for the months from..to. */
    public List<CostSum> costs(String region, YearMonth from, YearMonth to, String participant) {
        List<Object> args = new ArrayList<>(List.of(region, Date.valueOf(from.atDay(1)), Date.valueOf(to.atDay(1))));
        String filter = "";
        if (participant != null) {
            filter = " AND participant = ?";
            args.add(participant);
        }
        return jdbc.query("SELECT participant, domain, period, joint, sum(amount_cents) AS cents FROM ledger_entry "
                + "WHERE region = ? AND period BETWEEN ? AND ?" + filter + " GROUP BY participant, domain, period, joint",
                (rs, row) -> new CostSum(rs.getString("participant"), Standard.valueOf(rs.getString("domain")),
                        YearMonth.from(rs.getDate("period").toLocalDate()), rs.getBoolean("joint"), rs.getLong("cents")),
                args.toArray());
    }

    /** What the centre pays each provider in a month for the region (or for one participant's part of it). */
    public List<ProviderMonth> providers(String region, YearMonth period, String participant) {
        List<Object> args = new ArrayList<>(List.of(region, Date.valueOf(period.atDay(1))));
        String filter = "";
        if (participant != null) {
            filter = " AND participant = ?";
            args.add(participant);
        }
        return jdbc.query("SELECT provider, domain, sum(amount_cents) AS cents FROM ledger_entry "
                + "WHERE region = ? AND period = ?" + filter + " GROUP BY provider, domain",
                (rs, row) -> new ProviderMonth(rs.getString("provider"), Standard.valueOf(rs.getString("domain")),
                        period, rs.getLong("cents")), args.toArray());
    }
}
