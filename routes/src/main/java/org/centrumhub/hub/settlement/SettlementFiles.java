package org.centrumhub.hub.settlement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.centrumhub.hub.settlement.SettlementViews.ProviderRow;
import org.centrumhub.hub.settlement.SettlementViews.Totals;
import org.centrumhub.transform.settlement.ParticipantMonth;
import org.centrumhub.transform.settlement.YearStatement;

/** The statements as CSV (comma-separated, header row, euros with a decimal point) and the year also as XLSX. */
final class SettlementFiles {
    static final String[] MONTH_HEADER = {"row", "domain", "code", "name", "own_costs", "joint_share", "advance",
            "balance", "amount"};
    static final String[] YEAR_HEADER = {"domain", "month", "own_costs", "joint_share", "advance", "balance"};

    private SettlementFiles() {
    }

    /** Participant rows, provider rows (amount: what the centre pays), and a total row (amount: the providers' sum). */
    static byte[] monthCsv(SettlementViews.MonthView view) {
        return csv(MONTH_HEADER, printer -> {
            for (SettlementViews.Row row : view.participants()) {
                printer.printRecord("participant", row.domain(), row.municipality(), row.name(), row.ownCosts(),
                        row.jointShare(), row.advance(), row.balance(), "");
            }
            for (ProviderRow row : view.providers()) {
                printer.printRecord("provider", row.domain(), row.provider(), "", "", "", "", "", row.amount());
            }
            Totals totals = view.totals();
            printer.printRecord("total", "", "", "", totals.ownCosts(), totals.jointShare(), totals.advance(),
                    totals.balance(), totals.providers());
        });
    }

    /** Twelve months per domain, a total row per domain and one over all. */
    static byte[] yearCsv(SettlementViews.YearView view) {
        return csv(YEAR_HEADER, printer -> {
            for (SettlementViews.Row row : view.months()) {
                printer.printRecord(row.domain(), row.month(), row.ownCosts(), row.jointShare(), row.advance(),
                        row.balance());
            }
            for (SettlementViews.Row row : view.domainTotals()) {
                printer.printRecord(row.domain(), "total", row.ownCosts(), row.jointShare(), row.advance(),
                        row.balance());
            }
            Totals totals = view.totals();
            printer.printRecord("all", "total", totals.ownCosts(), totals.jointShare(), totals.advance(),
                    totals.balance());
        });
    }

    /**
     * The year as a workbook: one sheet, a header row, one row per month with a real date cell (the first of the
     * month) and amounts as numbers in euros with a two-decimal format, then the totals.
     */
    static byte[] yearXlsx(YearStatement statement) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(statement.participant() + " " + statement.year());
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle month = workbook.createCellStyle();
            month.setDataFormat(workbook.createDataFormat().getFormat("mmm yyyy"));
            CellStyle euros = workbook.createCellStyle();
            euros.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00;-#,##0.00"));
            CellStyle totalEuros = workbook.createCellStyle();
            totalEuros.cloneStyleFrom(euros);
            totalEuros.setFont(bold);

            Row head = sheet.createRow(0);
            String[] titles = {"Domain", "Month", "Own costs", "Joint share", "Advance", "Balance"};
            for (int i = 0; i < titles.length; i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(titles[i]);
                cell.setCellStyle(header);
            }
            int r = 1;
            for (ParticipantMonth m : statement.months()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(SettlementViews.key(m.domain()));
                Cell date = row.createCell(1);
                date.setCellValue(m.period().atDay(1));
                date.setCellStyle(month);
                amounts(row, m, euros);
            }
            for (var domain : statement.domains()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(SettlementViews.key(domain));
                row.createCell(1).setCellValue("Total");
                amounts(row, statement.total(domain), totalEuros);
            }
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < titles.length; i++) {
                sheet.setColumnWidth(i, 14 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void amounts(Row row, ParticipantMonth m, CellStyle style) {
        long[] cents = {m.ownCents(), m.jointCents(), m.advanceCents(), m.balanceCents()};
        for (int i = 0; i < cents.length; i++) {
            Cell cell = row.createCell(2 + i);
            cell.setCellValue(cents[i] / 100.0);
            cell.setCellStyle(style);
        }
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static byte[] csv(String[] header, Rows rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
