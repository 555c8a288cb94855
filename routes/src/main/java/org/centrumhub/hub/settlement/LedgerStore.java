package org.centrumhub.hub.settlement;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.centrumhub.schema.Standard;
import org.centrumhub.transform.settlement.CostSum;
import org.centrumhub.transform.settlement.LedgerEntry;
import org.centrumhub.transform.settlement.ProviderMonth;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
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

    /** Writes the entries of one message in one batch; joins the caller's transaction when there is one. */
    public void record(List<LedgerEntry> entries, UUID messageId) {
        if (entries.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                INSERT INTO ledger_entry (message_id, region, domain, provider, participant, responsible, category,
                                          product_code, period, amount_cents, joint, referentie_nummer)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement statement, int i) throws SQLException {
                LedgerEntry entry = entries.get(i);
                statement.setObject(1, messageId);
                statement.setObject(2, entry.region(), Types.VARCHAR);
                statement.setString(3, entry.domain().name());
                statement.setString(4, entry.provider());
                statement.setString(5, entry.participant());
                statement.setString(6, entry.responsible());
                statement.setString(7, entry.category());
                statement.setObject(8, entry.productCode(), Types.VARCHAR);
                statement.setDate(9, Date.valueOf(entry.period().atDay(1)));
                statement.setLong(10, entry.amountCents());
                statement.setBoolean(11, entry.joint());
                statement.setObject(12, entry.referentieNummer(), Types.VARCHAR);
            }

            @Override
            public int getBatchSize() {
                return entries.size();
            }
        });
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
