package org.centrumhub.hub.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.centrumhub.schema.Standard;
import org.centrumhub.transform.region.Arrangement;
import org.centrumhub.transform.region.ArrangementException;
import org.centrumhub.transform.region.Participant;
import org.centrumhub.transform.region.Regions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The region arrangements, read once at start-up from {@code centrumhub.regions.folder}. A file with mistakes, or a
 * centre or participant that is not a registered municipality, stops the start with the file, key and problem.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegionConfiguration.Properties.class)
public class RegionConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(RegionConfiguration.class);

    /** @param folder the folder of the arrangement files ({@code *.yml}, {@code *.yaml}); no folder means no regions */
    @ConfigurationProperties("centrumhub.regions")
    public record Properties(@DefaultValue("config/regions") Path folder) {
    }

    @Bean
    public Regions regions(Properties properties, PartyRegistry registry) {
        Path folder = properties.folder().toAbsolutePath().normalize();
        Regions regions = Regions.load(folder);
        requireRegistered(regions, registry.municipalityCodes());
        if (regions.all().isEmpty()) {
            LOG.info("no region arrangements in {}: settlement has no regions", folder);
        }
        for (Arrangement region : regions.all()) {
            LOG.info("region {} ({}): centre {}, {}", region.name(), region.source(), region.centre(),
                    region.domains().entrySet().stream().map(d -> d.getValue().participants().size()
                            + " participants for " + domainKey(d.getKey())).collect(Collectors.joining(", ")));
        }
        return regions;
    }

    private static void requireRegistered(Regions regions, Set<String> municipalities) {
        List<String> problems = new ArrayList<>();
        for (Arrangement region : regions.all()) {
            if (!municipalities.contains(region.centre())) {
                problems.add(region.source() + ": centre: " + region.centre() + " is not a registered municipality "
                        + "(centrumhub.parties.municipalities)");
            }
            region.domains().forEach((standard, domain) -> {
                for (int i = 0; i < domain.participants().size(); i++) {
                    Participant participant = domain.participants().get(i);
                    if (!municipalities.contains(participant.code())) {
                        problems.add(region.source() + ": domains." + domainKey(standard) + ".participants[" + i
                                + "].code: " + participant.code() + " (" + participant.name() + ") is not a registered "
                                + "municipality (centrumhub.parties.municipalities)");
                    }
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new ArrangementException(problems);
        }
    }

    private static String domainKey(Standard standard) {
        return standard == Standard.IJW ? "jeugd" : "wmo";
    }
}
