package org.centrumhub.hub.config;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The registered municipalities (CBS code) and providers (AGB code), from config/parties.yml. */
@ConfigurationProperties("centrumhub.parties")
public record PartyRegistry(@DefaultValue List<Entry> municipalities, @DefaultValue List<Entry> providers) {

    /** One party: its code and name (its code when the registry gives no name). */
    public record Entry(String code, String name) {
        public Entry {
            if (code == null || !code.matches("[0-9]{4}|[0-9]{8}")) {
                throw new IllegalArgumentException("a party code is a 4-digit CBS or an 8-digit AGB code, not " + code);
            }
            if (name == null || name.isBlank()) {
                name = code;
            }
        }
    }

    public Set<String> municipalityCodes() {
        return municipalities.stream().map(Entry::code).collect(Collectors.toUnmodifiableSet());
    }

    public Set<String> providerCodes() {
        return providers.stream().map(Entry::code).collect(Collectors.toUnmodifiableSet());
    }
}
