package org.centrumhub.hub.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centrumhub.hub.config.PartyRegistry;
import org.centrumhub.hub.security.Callers;
import org.centrumhub.transform.region.Arrangement;
import org.centrumhub.transform.region.Participant;
import org.centrumhub.transform.region.Regions;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which municipalities one may ask reports for, grouped by region: the dashboard's selectors. An operator sees every
 * registered municipality; a municipality sees only itself (the report API would refuse it the others).
 */
@RestController
@Tag(name = "reports")
public class ReportRegionsApi {
    private final PartyRegistry registry;
    private final Regions regions;

    public ReportRegionsApi(PartyRegistry registry, Regions regions) {
        this.registry = registry;
        this.regions = regions;
    }

    /** A region: its centre and its municipalities (the centre first, then the participants of each domain). */
    public record Region(String name, String centre, List<Municipality> municipalities) {
    }

    /** A registered municipality: CBS code and name. */
    public record Municipality(String code, String name) {
    }

    /** The regions, and the registered municipalities that are in none. */
    public record Scope(List<Region> regions, List<Municipality> outside) {
    }

    @GetMapping("/api/v1/reports/regions")
    @Operation(summary = "The municipalities to ask reports for, by region", description = "Every region with its "
            + "centre and municipalities (centre first), and the registered municipalities outside any region. A "
            + "municipality sees only itself.")
    public Scope regions(Authentication caller) {
        Map<String, String> names = new LinkedHashMap<>();
        registry.municipalities().forEach(entry -> names.put(entry.code(), entry.name()));
        if (!Callers.isOperator(caller)) {
            names.keySet().retainAll(Set.of(caller.getName()));
        }
        Set<String> placed = new LinkedHashSet<>();
        List<Region> grouped = new ArrayList<>();
        for (Arrangement region : regions.all()) {
            Set<String> codes = new LinkedHashSet<>();
            codes.add(region.centre());
            region.domains().values().forEach(domain -> domain.participants().stream().map(Participant::code)
                    .forEach(codes::add));
            List<Municipality> members = codes.stream().filter(names::containsKey)
                    .map(code -> new Municipality(code, names.get(code))).toList();
            if (!members.isEmpty()) {
                grouped.add(new Region(region.name(), region.centre(), members));
                codes.forEach(placed::add);
            }
        }
        List<Municipality> outside = names.entrySet().stream().filter(e -> !placed.contains(e.getKey()))
                .map(e -> new Municipality(e.getKey(), e.getValue())).toList();
        return new Scope(grouped, outside);
    }
}
