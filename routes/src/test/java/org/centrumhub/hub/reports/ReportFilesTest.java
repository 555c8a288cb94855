package org.centrumhub.hub.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.centrumhub.hub.reports.Report.Column;
import org.centrumhub.hub.reports.Report.Type;
import org.junit.jupiter.api.Test;

/** One report, three renderings that hold the same rows: JSON, CSV, and XLSX read back with Apache POI. */
class ReportFilesTest {
    private static final List<Column> COLUMNS = List.of(new Column("date", Type.DATE), new Column("provider", Type.TEXT),
            new Column("lines", Type.INTEGER), new Column("amount", Type.AMOUNT), new Column("share", Type.PERCENT),
            new Column("at", Type.TIMESTAMP));
    private static final Report REPORT = new Report("example", "Example", "0935", YearMonth.of(2026, 10), COLUMNS,
            List.of(Arrays.asList(LocalDate.of(2026, 10, 5), "12345678", 3L, new BigDecimal("1234.5"), 12.5,
                            Instant.parse("2026-10-05T08:30:00Z")),
                    Arrays.asList(LocalDate.of(2026, 10, 31), "Zorg, \"en\" zo", 0L, new BigDecimal("0.00"), 0.0, null)));

    @Test
    void theXlsxHoldsTheSameRowsAsTheCsvWithTypedCells() throws Exception {
        List<List<String>> csv = csv(ReportFiles.csv(REPORT));
        assertThat(csv.get(0)).containsExactly("date", "provider", "lines", "amount", "share", "at");
        assertThat(csv.get(1)).containsExactly("2026-10-05", "12345678", "3", "1234.50", "12.5", "2026-10-05T08:30:00Z");
        assertThat(csv.get(2)).containsExactly("2026-10-31", "Zorg, \"en\" zo", "0", "0.00", "0.0", "");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ReportFiles.xlsx(List.of(REPORT))))) {
            Sheet sheet = workbook.getSheet("Example");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(csv.size() - 1);
            for (int r = 0; r < csv.size(); r++) {
                assertThat(cells(sheet.getRow(r), COLUMNS.size())).as("row " + r).isEqualTo(csv.get(r));
            }
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(0))).isTrue();
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(1234.5);
            assertThat(first.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        }
    }

    @Test
    void jsonKeepsTheTypesAndNamesEveryColumn() {
        Map<String, Object> json = ReportFiles.json(REPORT);
        assertThat(json).containsEntry("kind", "example").containsEntry("period", "2026-10");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) json.get("rows");
        assertThat(rows.get(0)).containsEntry("date", "2026-10-05").containsEntry("lines", 3L)
                .containsEntry("amount", new BigDecimal("1234.5")).containsEntry("at", "2026-10-05T08:30:00Z");
        assertThat(rows.get(1)).containsKey("at").containsEntry("at", null);
    }

    @Test
    void aValueOfTheWrongTypeIsRefused() {
        assertThatThrownBy(() -> new Report("bad", "Bad", "0935", YearMonth.of(2026, 10),
                List.of(new Column("lines", Type.INTEGER)), List.of(List.of("three"))))
                .hasMessageContaining("column lines is INTEGER");
    }

    private static List<List<String>> csv(byte[] bytes) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (var parser = CSVFormat.DEFAULT.parse(new InputStreamReader(new ByteArrayInputStream(bytes),
                StandardCharsets.UTF_8))) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        }
        return rows;
    }

    /** A row's cells as the CSV writes them, from the typed cells. */
    private static List<String> cells(Row row, int columns) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            Cell cell = row.getCell(i);
            if (cell == null) {
                cells.add("");
            } else if (cell.getCellType() == CellType.STRING) {
                cells.add(cell.getStringCellValue());
            } else if (DateUtil.isCellDateFormatted(cell)) {
                var value = cell.getLocalDateTimeCellValue();
                cells.add(value.toLocalTime().toSecondOfDay() == 0 && !"yyyy-mm-dd hh:mm:ss".equals(
                        cell.getCellStyle().getDataFormatString()) ? value.toLocalDate().toString()
                        : value.toInstant(ZoneOffset.UTC).toString());
            } else {
                String format = cell.getCellStyle().getDataFormatString();
                double number = cell.getNumericCellValue();
                cells.add(switch (format) {
                    case "#,##0.00" -> BigDecimal.valueOf(number).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
                    case "0.0" -> Double.toString(number);
                    default -> Long.toString((long) number);
                });
            }
        }
        return cells;
    }
}
