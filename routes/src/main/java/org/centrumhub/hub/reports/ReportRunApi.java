package org.centrumhub.hub.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The monthly reports run, now, for a month: for operators ({@code /api/v1/admin/**}). */
@RestController
@RequestMapping("/api/v1/admin/reports")
@Tag(name = "reports", description = "Error lists, signals, monitoring and forecasts per municipality and month")
public class ReportRunApi {
    private final MonthlyReports monthly;
    private final Clock clock;

    public ReportRunApi(MonthlyReports monthly, Clock clock) {
        this.monthly = monthly;
        this.clock = clock;
    }

    @PostMapping("/run")
    @Operation(summary = "Run the monthly reports now", description = "Writes every registered municipality's "
            + "reports for the month under <data dir>/reports/<CBS>/<YYYY-MM>/ and announces them on its outbound "
            + "queue, as the monthly run does; a municipality whose month was announced before is left alone "
            + "(ALREADY_ANNOUNCED), one another hub node is writing is skipped (BUSY). Answers per municipality what "
            + "became of it and the files written. 400 for a bad or future month.")
    public ResponseEntity<?> run(@Parameter(description = "the month, YYYY-MM") @RequestParam(required = false)
                                 String period) {
        YearMonth month;
        try {
            month = YearMonth.parse(period == null ? "" : period);
        } catch (DateTimeException e) {
            return ResponseEntity.badRequest().body(Map.of("code", "BAD_PARAMETER",
                    "reason", "period must be a month YYYY-MM"));
        }
        if (month.isAfter(YearMonth.now(clock))) {
            return ResponseEntity.badRequest().body(Map.of("code", "BAD_PARAMETER",
                    "reason", "period " + month + " has not begun"));
        }
        return ResponseEntity.ok(monthly.run(month));
    }
}
