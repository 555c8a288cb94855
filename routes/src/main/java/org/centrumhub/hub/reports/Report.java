package org.centrumhub.hub.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * One report for one municipality and month: its columns with their types and its rows. Every rendering (JSON, CSV,
 * XLSX, the dashboard) is made from this one object, so they cannot disagree.
 *
 * @param kind         the report's name in the API ({@code error-list}, {@code signals}, ...)
 * @param title        a human title (the XLSX sheet's name, the dashboard's heading)
 * @param municipality the CBS code it is for
 * @param period       the month it covers
 * @param columns      the columns, in order
 * @param rows         the rows; each holds one value per column, of the column's type, or null
 */
public record Report(String kind, String title, String municipality, YearMonth period, List<Column> columns,
                     List<List<Object>> rows) {

    public Report {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(kind + ": a row of " + row.size() + " values for " + columns.size()
                        + " columns");
            }
            for (int i = 0; i < row.size(); i++) {
                Object value = row.get(i);
                if (value != null && !columns.get(i).type().holds(value)) {
                    throw new IllegalArgumentException(kind + ": column " + columns.get(i).name() + " is "
                            + columns.get(i).type() + ", not " + value.getClass().getSimpleName());
                }
            }
        }
    }

    /** A column: its name (also the CSV header and the JSON key) and the type of its values. */
    public record Column(String name, Type type) {
        public Column {
            Objects.requireNonNull(name);
            Objects.requireNonNull(type);
        }
    }

    /** The types a value may have; numbers stay numbers and dates stay dates in every format. */
    public enum Type {
        /** a String */
        TEXT(String.class),
        /** a Long (counts, days) */
        INTEGER(Long.class),
        /** a BigDecimal in euros, two decimals */
        AMOUNT(BigDecimal.class),
        /** a Double between 0 and 100 */
        PERCENT(Double.class),
        /** a LocalDate */
        DATE(LocalDate.class),
        /** an Instant */
        TIMESTAMP(Instant.class);

        private final Class<?> javaType;

        Type(Class<?> javaType) {
            this.javaType = javaType;
        }

        boolean holds(Object value) {
            return javaType.isInstance(value);
        }
    }
}
