package org.centrumhub.transform.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.centrumhub.transform.fixtures.Fixture;
import org.centrumhub.transform.fixtures.ProviderRetour;
import org.junit.jupiter.api.Test;

class AnswerCodesTest {
    private static final String CLIENT = "DeclaratieAntwoord/Clienten/Client";

    @Test
    void eachListedLineHasItsOwnCodesAndThoseOfItsClient() {
        // a second client rejected as a whole (8187 on the client, its line 0233); the first client's line 9339
        byte[] answer = Fixture.load("ijw/jw325-valid.xml").duplicate(CLIENT)
                .set(CLIENT + "[2]/Prestaties/Prestatie/ProductReferentie/ReferentieNummer", "P-2")
                .set(CLIENT + "[2]/Prestaties/Prestatie/RetourCodes/RetourCode", "0233")
                .set(CLIENT + "[2]/RetourCodes/RetourCode", "8187").toBytes();
        assertThat(AnswerCodes.perLine(answer)).isEqualTo(Map.of("P-2610-0004", Set.of("9339"), "P-2", Set.of("8187")));
    }

    @Test
    void aFullyGrantedAnswerListsNoLines() {
        byte[] answer = Fixture.load("ijw/jw325-valid.xml").remove("DeclaratieAntwoord/Clienten")
                .set("DeclaratieAntwoord/RetourCodes/RetourCode", "8001").toBytes();
        assertThat(AnswerCodes.perLine(answer)).isEmpty();
        assertThat(AnswerCodes.all(answer)).isEmpty();
    }

    @Test
    void everyRejectingCodeOfARetour() {
        byte[] assignment = Fixture.bytes("ijw/jw301-valid.xml");
        assertThat(AnswerCodes.all(ProviderRetour.rejecting(assignment, "R-1", "TR332", "9332",
                "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]"))).containsExactly("9332");
        assertThat(AnswerCodes.all(ProviderRetour.accepting(assignment, "R-2"))).isEmpty();
    }
}
