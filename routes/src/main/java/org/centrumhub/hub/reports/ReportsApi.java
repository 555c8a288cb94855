package org.centrumhub.hub.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.centrumhub.hub.config.PartyRegistry;
import org.centrumhub.hub.security.Callers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The municipality's products (error list, signals, monitoring, forecast) on demand: one kind as JSON, CSV or XLSX,
 * or every kind in one workbook (a sheet per kind). A municipality reads only its own; operators read all.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "reports", description = "Error lists, signals, monitoring and forecasts per municipality and month")
public class ReportsApi {
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Map<String, ReportSource> sources = new LinkedHashMap<>();
    private final PartyRegistry registry;

    public ReportsApi(List<ReportSource> sources, PartyRegistry registry) {
        sources.forEach(source -> this.sources.put(source.kind(), source));
        this.registry = registry;
    }

    @GetMapping
    @Operation(summary = "The kinds of report", description = "Each kind's name (for /api/v1/reports/{kind}) and title.")
    public List<Map<String, String>> kinds() {
        return sources.values().stream().map(s -> Map.of("kind", s.kind(), "title", s.title())).toList();
    }

    @GetMapping("/{kind}")
    @Operation(summary = "One report", description = "One kind for one municipality and month: JSON (columns with "
            + "their types, rows as objects), CSV (format=csv or Accept: text/csv) or XLSX (format=xlsx or the XLSX "
            + "media type; typed numbers and dates). With kind 'all' and XLSX: every kind, one sheet each. 404 for an "
            + "unknown kind or municipality, 400 for a bad parameter, 403 for another municipality's report.")
    public ResponseEntity<?> report(
            @PathVariable String kind,
            @Parameter(description = "CBS code of the municipality") @RequestParam(required = false) String municipality,
            @Parameter(description = "the month, YYYY-MM") @RequestParam(required = false) String period,
            @Parameter(description = "json (default), csv or xlsx; or the Accept header")
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Authentication caller) {
        if (municipality == null || municipality.isBlank()) {
            return error(HttpStatus.BAD_REQUEST, "BAD_PARAMETER", "municipality is required");
        }
        if (!registry.municipalityCodes().contains(municipality)) {
            return error(HttpStatus.NOT_FOUND, "UNKNOWN_MUNICIPALITY", "no registered municipality " + municipality);
        }
        if (!Callers.isOperator(caller) && !caller.getName().equals(municipality)) {
            return error(HttpStatus.FORBIDDEN, "NOT_YOURS", "a municipality reads only its own reports: "
                    + "municipality=" + caller.getName());
        }
        YearMonth month;
        try {
            month = YearMonth.parse(period == null ? "" : period);
        } catch (DateTimeException e) {
            return error(HttpStatus.BAD_REQUEST, "BAD_PARAMETER", "period must be a month YYYY-MM");
        }
        Optional<MediaType> type = type(format, accept);
        if (type.isEmpty()) {
            return error(HttpStatus.BAD_REQUEST, "BAD_PARAMETER", "format must be json, csv or xlsx");
        }
        String name = municipality + "-" + month;
        if (kind.equals("all")) {
            if (!type.get().equals(XLSX)) {
                return error(HttpStatus.BAD_REQUEST, "BAD_PARAMETER", "every kind at once comes as XLSX only");
            }
            List<Report> reports = sources.values().stream().map(s -> s.build(municipality, month)).toList();
            return file(XLSX, ReportFiles.xlsx(reports), "reports-" + name + ".xlsx");
        }
        ReportSource source = sources.get(kind);
        if (source == null) {
            return error(HttpStatus.NOT_FOUND, "UNKNOWN_REPORT", "no report " + kind + " (known: "
                    + String.join(", ", sources.keySet()) + ")");
        }
        Report report = source.build(municipality, month);
        if (type.get().equals(CSV)) {
            return file(CSV, ReportFiles.csv(report), kind + "-" + name + ".csv");
        }
        if (type.get().equals(XLSX)) {
            return file(XLSX, ReportFiles.xlsx(List.of(report)), kind + "-" + name + ".xlsx");
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(ReportFiles.json(report));
    }

    private static Optional<MediaType> type(String format, String accept) {
        if (format != null) {
            return switch (format) {
                case "json" -> Optional.of(MediaType.APPLICATION_JSON);
                case "csv" -> Optional.of(CSV);
                case "xlsx" -> Optional.of(XLSX);
                default -> Optional.empty();
            };
        }
        if (accept != null && accept.contains("text/csv")) {
            return Optional.of(CSV);
        }
        if (accept != null && accept.contains(XLSX.getSubtype())) {
            return Optional.of(XLSX);
        }
        return Optional.of(MediaType.APPLICATION_JSON);
    }

    private static ResponseEntity<byte[]> file(MediaType type, byte[] body, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(body);
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String code, String reason) {
        return ResponseEntity.status(status).body(Map.of("code", code, "reason", reason));
    }
}
