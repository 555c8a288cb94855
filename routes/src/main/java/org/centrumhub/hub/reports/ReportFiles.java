package org.centrumhub.hub.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A report as JSON-ready maps, CSV (commons-csv) and XLSX (POI: a header row, typed cells, one sheet per report). */
public final class ReportFiles {
    private ReportFiles() {
    }

    /** The report as a JSON-ready map: kind, title, municipality, period, columns with types, rows as objects. */
    public static Map<String, Object> json(Report report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", report.kind());
        json.put("title", report.title());
        json.put("municipality", report.municipality());
        json.put("period", report.period().toString());
        json.put("columns", report.columns().stream()
                .map(c -> Map.of("name", c.name(), "type", c.type().name())).toList());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<Object> row : report.rows()) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < row.size(); i++) {
                object.put(report.columns().get(i).name(), jsonValue(row.get(i)));
            }
            rows.add(object);
        }
        json.put("rows", rows);
        return json;
    }

    private static Object jsonValue(Object value) {
        if (value instanceof LocalDate || value instanceof Instant) {
            return value.toString();
        }
        return value;
    }

    /** The report as CSV: a header row of the column names, amounts with two decimals, dates as YYYY-MM-DD. */
    public static byte[] csv(Report report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                     .setHeader(report.columns().stream().map(Report.Column::name).toArray(String[]::new)).get())) {
            for (List<Object> row : report.rows()) {
                List<String> cells = new ArrayList<>(row.size());
                for (Object value : row) {
                    cells.add(text(value));
                }
                csv.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A value as the CSV (and the XLSX's text cells) write it. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal amount) {
            return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        }
        return value.toString();
    }

    /** The reports as one workbook, one sheet per report, each with a header row and typed cells. */
    public static byte[] xlsx(List<Report> reports) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            CreationHelper helper = workbook.getCreationHelper();
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle amount = workbook.createCellStyle();
            amount.setDataFormat(helper.createDataFormat().getFormat("#,##0.00"));
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(helper.createDataFormat().getFormat("0.0"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle timestamp = workbook.createCellStyle();
            timestamp.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            for (Report report : reports) {
                Sheet sheet = workbook.createSheet(report.title());
                Row head = sheet.createRow(0);
                for (int i = 0; i < report.columns().size(); i++) {
                    Cell cell = head.createCell(i);
                    cell.setCellValue(report.columns().get(i).name());
                    cell.setCellStyle(header);
                }
                int r = 1;
                for (List<Object> values : report.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < values.size(); i++) {
                        Object value = values.get(i);
                        if (value == null) {
                            continue;
                        }
                        Cell cell = row.createCell(i);
                        switch (report.columns().get(i).type()) {
                            case INTEGER -> cell.setCellValue(((Long) value).doubleValue());
                            case AMOUNT -> {
                                cell.setCellValue(((BigDecimal) value).doubleValue());
                                cell.setCellStyle(amount);
                            }
                            case PERCENT -> {
                                cell.setCellValue((Double) value);
                                cell.setCellStyle(percent);
                            }
                            case DATE -> {
                                cell.setCellValue((LocalDate) value);
                                cell.setCellStyle(date);
                            }
                            case TIMESTAMP -> {
                                cell.setCellValue(((Instant) value).atOffset(ZoneOffset.UTC).toLocalDateTime());
                                cell.setCellStyle(timestamp);
                            }
                            case TEXT -> cell.setCellValue((String) value);
                        }
                    }
                }
                sheet.createFreezePane(0, 1);
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
