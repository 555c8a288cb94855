package org.centrumhub.hub.settlement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.DateTimeException;
import java.time.Year;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.centrumhub.hub.security.Callers;
import org.centrumhub.transform.region.Arrangement;
import org.centrumhub.transform.region.Regions;
import org.centrumhub.transform.settlement.MonthStatement;
import org.centrumhub.transform.settlement.Settlement;
import org.centrumhub.transform.settlement.YearStatement;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The region's settlement: per month what each participant owes the centre (own costs plus its share of the jointly
 * paid categories, minus its advance) and what the centre pays each provider; per participant its year. JSON by
 * default, CSV with {@code Accept: text/csv} or {@code format=csv}, the year also as XLSX. Errors are JSON:
 * {@code code}, {@code parameter} (when one is wrong) and {@code reason}.
 */
@RestController
@RequestMapping("/api/v1/settlement")
@Tag(name = "settlement", description = "What the region's participants owe the centre and the centre pays providers")
public class SettlementApi {
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Regions regions;
    private final LedgerStore ledger;

    public SettlementApi(Regions regions, LedgerStore ledger) {
        this.regions = regions;
        this.ledger = ledger;
    }

    @GetMapping
    @Operation(summary = "A region's month", description = "Per participant and domain: own costs, share of the "
            + "jointly paid costs, advance and balance (positive: the participant still owes the centre); per provider "
            + "what the centre pays; totals (the participants' costs equal the providers' total). With municipality: "
            + "only its rows, and per provider what the centre pays for its part. Amounts are euros as strings with two "
            + "decimals, and the same in cents. 404 for an unknown region or municipality, 400 for a bad parameter.")
    public ResponseEntity<?> month(
            @Parameter(description = "the region's name, e.g. Zuid-Limburg") @RequestParam(required = false) String region,
            @Parameter(description = "the DeclaratiePeriode month, YYYY-MM") @RequestParam(required = false) String period,
            @Parameter(description = "CBS code: only this participant") @RequestParam(required = false) String municipality,
            @Parameter(description = "json (default) or csv; or use the Accept header") @RequestParam(required = false)
            String format, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            Authentication caller) {
        Optional<ResponseEntity<?>> bad = required("region", region).or(() -> required("period", period));
        if (bad.isPresent()) {
            return bad.get();
        }
        MediaType type;
        YearMonth month;
        try {
            type = type(format, accept, false);
            month = month(period);
        } catch (BadParameter e) {
            return e.response();
        }
        Optional<Arrangement> arrangement = regions.named(region);
        if (arrangement.isEmpty()) {
            return unknownRegion(region);
        }
        if (municipality != null && !member(arrangement.get(), municipality)) {
            return unknownMunicipality(arrangement.get(), municipality);
        }
        Optional<ResponseEntity<?>> refused = refused(caller, arrangement.get(), municipality);
        if (refused.isPresent()) {
            return refused.get();
        }
        MonthStatement statement = Settlement.month(arrangement.get(), month,
                ledger.costs(region, month, month, municipality), ledger.providers(region, month, municipality));
        if (municipality != null) {
            statement = new MonthStatement(statement.region(), month, statement.participants().stream()
                    .filter(p -> p.participant().equals(municipality)).toList(), statement.providers());
        }
        SettlementViews.MonthView view = SettlementViews.month(statement, municipality);
        if (type.equals(CSV)) {
            return file(CSV, SettlementFiles.monthCsv(view), "settlement-" + region + "-" + month + ".csv");
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(view);
    }

    @GetMapping("/year")
    @Operation(summary = "A participant's year", description = "Twelve months per domain it takes part in (own costs, "
            + "joint share, advance, balance), totals per domain and overall. JSON, CSV (Accept: text/csv or "
            + "format=csv) or XLSX (Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or "
            + "format=xlsx: numbers in euros, months as dates).")
    public ResponseEntity<?> year(
            @Parameter(description = "the region's name") @RequestParam(required = false) String region,
            @Parameter(description = "the year, YYYY") @RequestParam(required = false) String year,
            @Parameter(description = "CBS code of the participant") @RequestParam(required = false) String municipality,
            @Parameter(description = "json (default), csv or xlsx; or use the Accept header")
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Authentication caller) {
        Optional<ResponseEntity<?>> bad = required("region", region).or(() -> required("year", year))
                .or(() -> required("municipality", municipality));
        if (bad.isPresent()) {
            return bad.get();
        }
        MediaType type;
        if (!year.matches("[0-9]{4}")) {
            return badParameter("year", "must be a year YYYY, not " + year);
        }
        try {
            type = type(format, accept, true);
        } catch (BadParameter e) {
            return e.response();
        }
        Optional<Arrangement> arrangement = regions.named(region);
        if (arrangement.isEmpty()) {
            return unknownRegion(region);
        }
        if (!member(arrangement.get(), municipality)) {
            return unknownMunicipality(arrangement.get(), municipality);
        }
        Optional<ResponseEntity<?>> refused = refused(caller, arrangement.get(), municipality);
        if (refused.isPresent()) {
            return refused.get();
        }
        Year which = Year.of(Integer.parseInt(year));
        YearStatement statement = Settlement.year(arrangement.get(), municipality, which,
                ledger.costs(region, which.atMonth(1), which.atMonth(12), municipality));
        String name = "settlement-" + region + "-" + municipality + "-" + year;
        if (type.equals(XLSX)) {
            return file(XLSX, SettlementFiles.yearXlsx(statement), name + ".xlsx");
        }
        SettlementViews.YearView view = SettlementViews.year(statement);
        if (type.equals(CSV)) {
            return file(CSV, SettlementFiles.yearCsv(view), name + ".csv");
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(view);
    }

    private static boolean member(Arrangement region, String municipality) {
        return region.centre().equals(municipality)
                || region.domains().values().stream().anyMatch(d -> d.participates(municipality));
    }

    /** The format parameter wins over the Accept header; JSON unless CSV (or XLSX, where offered) is asked for. */
    private static MediaType type(String format, String accept, boolean xlsx) {
        if (format != null) {
            return switch (format) {
                case "json" -> MediaType.APPLICATION_JSON;
                case "csv" -> CSV;
                case "xlsx" -> {
                    if (!xlsx) {
                        throw new BadParameter("format", "must be json or csv, not xlsx");
                    }
                    yield XLSX;
                }
                default -> throw new BadParameter("format", "must be json, csv" + (xlsx ? " or xlsx" : "") + ", not "
                        + format);
            };
        }
        List<MediaType> accepted;
        try {
            accepted = accept == null ? List.of() : MediaType.parseMediaTypes(accept);
        } catch (IllegalArgumentException e) {
            throw new BadParameter("Accept", "is not a list of media types: " + accept);
        }
        MediaType.sortBySpecificityAndQuality(accepted);
        for (MediaType type : accepted) {
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()) {
                return MediaType.APPLICATION_JSON;
            }
            if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
                return CSV;
            }
            if (xlsx && type.isCompatibleWith(XLSX) && !type.isWildcardType()) {
                return XLSX;
            }
        }
        return MediaType.APPLICATION_JSON;
    }

    private static YearMonth month(String period) {
        if (!period.matches("[0-9]{4}-[0-9]{2}")) {
            throw new BadParameter("period", "must be a month YYYY-MM, not " + period);
        }
        try {
            return YearMonth.parse(period);
        } catch (DateTimeException e) {
            throw new BadParameter("period", "must be a month YYYY-MM, not " + period);
        }
    }

    private static ResponseEntity<byte[]> file(MediaType type, byte[] body, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name.replace('"', '_') + "\"")
                .body(body);
    }

    private static Optional<ResponseEntity<?>> required(String parameter, String value) {
        return value == null || value.isBlank() ? Optional.of(badParameter(parameter, "is required")) : Optional.empty();
    }

    private ResponseEntity<?> unknownRegion(String region) {
        return error(HttpStatus.NOT_FOUND, "UNKNOWN_REGION", "region", "no region named " + region + " (known: "
                + String.join(", ", regions.all().stream().map(Arrangement::name).toList()) + ")");
    }

    private static ResponseEntity<?> unknownMunicipality(Arrangement region, String municipality) {
        return error(HttpStatus.NOT_FOUND, "UNKNOWN_MUNICIPALITY", "municipality", "municipality " + municipality
                + " is neither the centre nor a participant of region " + region.name());
    }

    private static ResponseEntity<?> badParameter(String parameter, String reason) {
        return error(HttpStatus.BAD_REQUEST, "BAD_PARAMETER", parameter, parameter + " " + reason);
    }

    private static ResponseEntity<?> error(HttpStatus status, String code, String parameter, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("parameter", parameter);
        body.put("reason", reason);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /** A parameter that cannot be used; becomes a 400 naming it. */
    private static final class BadParameter extends RuntimeException {
        private final String parameter;

        BadParameter(String parameter, String reason) {
            super(parameter + " " + reason);
            this.parameter = parameter;
        }

        ResponseEntity<?> response() {
            return error(HttpStatus.BAD_REQUEST, "BAD_PARAMETER", parameter, getMessage());
        }
    }

    /**
     * Operators read every region; the region's centre municipality reads all of its region; any other municipality
     * only its own rows ({@code municipality=<its code>}).
     */
    private static Optional<ResponseEntity<?>> refused(Authentication caller, Arrangement arrangement,
                                                       String municipality) {
        if (Callers.isOperator(caller) || caller.getName().equals(arrangement.centre())
                || caller.getName().equals(municipality)) {
            return Optional.empty();
        }
        return Optional.of(ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("code", "NOT_YOURS",
                "reason", "a municipality reads only its own settlement: add municipality=" + caller.getName()
                        + " (the centre municipality " + arrangement.centre() + " reads the whole region)")));
    }
}
