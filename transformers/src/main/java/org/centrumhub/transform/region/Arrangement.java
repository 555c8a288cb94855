package org.centrumhub.transform.region;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.centrumhub.schema.Standard;

/**
 * One region: a centre municipality that buys and pays care for the participants of each of its domains.
 *
 * @param name    the region's name, unique among the hub's regions
 * @param centre  CBS code of the centre municipality
 * @param domains what was agreed per domain; a region may arrange one domain or both
 * @param source  the file it was read from (for messages)
 */
public record Arrangement(String name, String centre, Map<Standard, DomainArrangement> domains, String source) {

    public Arrangement {
        // in the standards' order (jeugd, wmo), so logs and statements list the domains the same way every time
        EnumMap<Standard, DomainArrangement> ordered = new EnumMap<>(Standard.class);
        ordered.putAll(domains);
        domains = Collections.unmodifiableMap(ordered);
    }

    public Optional<DomainArrangement> domain(Standard standard) {
        return Optional.ofNullable(domains.get(standard));
    }

    /** Whether the municipality belongs to this region for the domain: its centre or one of its participants. */
    public boolean covers(Standard standard, String municipality) {
        return domain(standard).map(d -> centre.equals(municipality) || d.participates(municipality)).orElse(false);
    }
}
