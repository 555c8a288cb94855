package org.centrumhub.hub.reports;

import java.time.YearMonth;

/** One kind of report, a Spring bean: the API, the monthly run and the dashboard find every kind by this type. */
public interface ReportSource {

    /** Its name in the API: lower case with hyphens, e.g. {@code error-list}. */
    String kind();

    /** A short human title, at most 31 characters (an XLSX sheet name). */
    String title();

    /** The report for a municipality (CBS code) and a month; never another municipality's clients. */
    Report build(String municipality, YearMonth period);
}
