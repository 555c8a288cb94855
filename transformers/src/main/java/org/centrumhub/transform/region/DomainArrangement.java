package org.centrumhub.transform.region;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.centrumhub.schema.Standard;

/**
 * What a region agreed for one domain (youth care or social support): who takes part with which share and advance,
 * which product categories they pay jointly, and the contracted tariffs.
 */
public record DomainArrangement(Standard domain, List<Participant> participants, Set<String> jointCategories,
                                List<ContractTariff> tariffs) {

    public DomainArrangement {
        participants = List.copyOf(participants);
        jointCategories = Set.copyOf(jointCategories);
        tariffs = List.copyOf(tariffs);
    }

    public boolean participates(String cbs) {
        return participant(cbs).isPresent();
    }

    public Optional<Participant> participant(String cbs) {
        return participants.stream().filter(p -> p.code().equals(cbs)).findFirst();
    }

    /** Participant code to share, in the order of the arrangement file (which breaks ties when costs are spread). */
    public Map<String, BigDecimal> shares() {
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        participants.forEach(p -> shares.put(p.code(), p.share()));
        return Collections.unmodifiableMap(shares);
    }

    public boolean joint(String category) {
        return jointCategories.contains(category);
    }

    public Optional<ContractTariff> tariff(String provider, String productCode, LocalDate on) {
        return tariffs.stream()
                .filter(t -> t.provider().equals(provider) && t.productCode().equals(productCode) && t.validOn(on))
                .findFirst();
    }
}
