package org.centrumhub.hub.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.centrumhub.hub.config.PartyRegistry;
import org.centrumhub.hub.config.PartyRegistry.Entry;
import org.centrumhub.hub.config.RegionConfiguration;
import org.centrumhub.schema.Standard;
import org.centrumhub.transform.region.ArrangementException;
import org.centrumhub.transform.region.Regions;
import org.junit.jupiter.api.Test;

/** The regions bean: loaded from the folder, every municipality in it registered, or the start stops. */
class RegionConfigurationTest {
    static final Path FOLDER = Path.of("src", "test", "resources", "regions");

    @Test
    void theRegionsOfTheFolderAreLoadedWhenAllTheirMunicipalitiesAreRegistered() {
        Regions regions = new RegionConfiguration().regions(new RegionConfiguration.Properties(FOLDER),
                registry("0935", "0917", "1883"));
        assertThat(regions.regionOf(Standard.IJW, "1883").orElseThrow().name()).isEqualTo("Proefregio");
    }

    @Test
    void anUnregisteredParticipantStopsTheStartNamingFileAndCode() {
        assertThatThrownBy(() -> new RegionConfiguration().regions(new RegionConfiguration.Properties(FOLDER),
                registry("0935")))
                .isInstanceOf(ArrangementException.class)
                .hasMessageContaining("proefregio.yml: domains.jeugd.participants[1].code: 0917 (Heerlen) is not a "
                        + "registered municipality")
                .hasMessageContaining("participants[2].code: 1883");
    }

    @Test
    void anUnregisteredCentreStopsTheStart() {
        assertThatThrownBy(() -> new RegionConfiguration().regions(new RegionConfiguration.Properties(FOLDER),
                registry("0917", "1883")))
                .hasMessageContaining("proefregio.yml: centre: 0935 is not a registered municipality");
    }

    @Test
    void noFolderMeansNoRegions() {
        assertThat(new RegionConfiguration().regions(new RegionConfiguration.Properties(Path.of("target", "no-regions")),
                registry()).all()).isEmpty();
    }

    private static PartyRegistry registry(String... municipalities) {
        return new PartyRegistry(List.of(municipalities).stream().map(code -> new Entry(code, "M" + code)).toList(),
                List.of());
    }
}
