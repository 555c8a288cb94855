package org.centrumhub.hub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.centrumhub.hub.addresses.HubAddresses;
import org.centrumhub.transform.MessageValidator;
import org.centrumhub.transform.ValidationResult;
import org.centrumhub.schema.Standard;
import org.centrumhub.transform.fixtures.TestClock;
import org.centrumhub.transform.region.Arrangement;
import org.centrumhub.transform.region.Participant;
import org.centrumhub.transform.region.Regions;
import org.centrumhub.transform.rules.RuleCatalog;
import org.centrumhub.transform.xml.MessageReader;
import org.junit.jupiter.api.Test;

/** The demo's month of traffic: the region's size, and every message valid but the few faults it means to show. */
class DemoTrafficTest {
    private static final HubAddresses ADDRESSES = new HubAddresses("hub.from-provider.", "hub.to-provider.",
            "hub.from-municipality.", "hub.to-municipality.", "hub.errors.", "hub.inbound.from-providers",
            "hub.inbound.from-municipalities", "hub.intake", "hub.dlq");
    private final MessageValidator validator =
            new MessageValidator(MessageReader.DEFAULT_MAX_BYTES, RuleCatalog.standard(), TestClock.CLOCK);

    /** The shipped arrangement, which the demo runs. */
    private static final Arrangement REGION = Regions.load(Path.of("..", "config", "regions")).named("Zuid-Limburg")
            .orElseThrow();

    @Test
    void theDemoRegistersTheShippedRegion() {
        assertThat(DemoRegion.MUNICIPALITIES.stream().map(DemoRegion.Member::code).toList()).containsExactlyInAnyOrderElementsOf(
                REGION.domain(Standard.IJW).orElseThrow().participants().stream().map(Participant::code).toList());
        assertThat(DemoRegion.MUNICIPALITIES.stream().map(DemoRegion.Member::code).toList()).containsAll(
                REGION.domain(Standard.IWMO).orElseThrow().participants().stream().map(Participant::code).toList());
    }

    @Test
    void monthIsValidApartFromItsDeliberateFaults() {
        List<List<DemoTraffic.Send>> phases = DemoTraffic.month(2026, ADDRESSES, REGION);
        assertThat(phases).hasSize(4);
        int jeugd = REGION.domain(Standard.IJW).orElseThrow().participants().size() * 12;
        int wmo = REGION.domain(Standard.IWMO).orElseThrow().participants().size() * 6;
        assertThat(phases.get(0)).hasSize(jeugd + wmo)
                .allMatch(send -> send.queue().startsWith("hub.from-municipality."));
        assertThat(phases.get(1).stream().filter(send -> text(send).contains("<jw302:BerichtCode>437</jw302:BerichtCode>")))
                .as("every assignment gets its provider's retour").hasSize(jeugd);
        assertThat(phases.get(1).stream().filter(send -> text(send).contains("<wmo302:BerichtCode>415</wmo302:BerichtCode>")))
                .hasSize(wmo);
        // declarations: both domains, all to the centre, at least one mixing the clients of several participants
        List<DemoTraffic.Send> declarations = phases.get(3);
        assertThat(declarations).allMatch(send -> text(send).contains(":Ontvanger>0935<"));
        assertThat(declarations).anyMatch(send -> text(send).contains("<wmo323:BerichtCode>484<"));
        assertThat(declarations.get(0).body()).as("the first declaration is sent twice (9056)")
                .isEqualTo(declarations.get(1).body());
        assertThat(declarations.stream().map(send -> validator.validate(send.body()).message().orElseThrow())
                .filter(m -> m.root().all("Declaratie/Clienten/Client").size() > 1)).isNotEmpty();
        int invalid = 0;
        Set<String> bsns = new HashSet<>();
        for (List<DemoTraffic.Send> phase : phases) {
            for (DemoTraffic.Send send : phase) {
                ValidationResult result = validator.validate(send.body());
                if (!result.valid()) {
                    invalid++;
                }
                result.message().flatMap(m -> m.root().text("Client/Bsn")).ifPresent(bsns::add);
            }
        }
        assertThat(invalid).as("the in-message fault and the file that is not XML").isEqualTo(2);
        assertThat(bsns).hasSizeGreaterThan(DemoRegion.MUNICIPALITIES.size() * 12);
        assertThat(DemoRegion.providers()).hasSize(240).allMatch(p -> p.code().matches("[0-9]{8}"));
        assertThat(DemoRegion.registryArguments()).hasSize(2 * (16 + 240));
    }

    private static String text(DemoTraffic.Send send) {
        return new String(send.body(), StandardCharsets.UTF_8);
    }
}
