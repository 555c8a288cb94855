package org.centrumhub.hub.intake;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.centrumhub.schema.Party;
import org.centrumhub.transform.fixtures.DeclarationDoc;
import org.centrumhub.transform.fixtures.DeclarationDoc.Line;
import org.centrumhub.transform.fixtures.Fixture;
import org.centrumhub.transform.fixtures.ProviderRetour;
import org.centrumhub.transform.fixtures.TestBsns;

/**
 * Test support: one client's care in the order it happens, each message as the intake receives it, for provider
 * 12345678 and municipality 0935: the assignment (301, forwarded), the provider's accepting retour (302, relayed),
 * a start of both products (305), a stop of the first (307), a request for more (315) and a declaration of three
 * lines on the assignments (323). Episode {@code n} has its own client, numbers and Identificaties.
 */
public record CareEpisode(int n) {
    public static final String PROVIDER = "12345678";
    public static final String MUNICIPALITY = "0935";
    private static final String ASSIGNED = "Client/ToegewezenProducten/ToegewezenProduct";

    /** One message on its way to be judged: from whom, its bytes, and the type it is meant as. */
    public record Inbound(String type, Party party, byte[] body) {
        /** The exchange the intake route hands its processor: the envelope headers and the body. */
        public Exchange exchange(CamelContext camel) {
            return exchange(camel, UUID.randomUUID());
        }

        /** The exchange for a delivery of the message with this hub id (the same id again: a redelivery). */
        public Exchange exchange(CamelContext camel, UUID hubId) {
            Exchange exchange = new DefaultExchange(camel);
            exchange.getMessage().setHeader(Envelope.MESSAGE_ID, hubId.toString());
            exchange.getMessage().setHeader(Envelope.PARTY_ROLE, party.role().name());
            exchange.getMessage().setHeader(Envelope.PARTY_CODE, party.code());
            exchange.getMessage().setBody(body);
            return exchange;
        }
    }

    public String bsn() {
        return TestBsns.nth(10_000 + n);
    }

    private long number(int product) {
        return 7_000_000L + 2L * n + product;
    }

    private String id(String type) {
        return "E" + n + "-" + type;
    }

    public List<Inbound> messages() {
        Party provider = new Party(Party.Role.PROVIDER, PROVIDER);
        Party municipality = new Party(Party.Role.MUNICIPALITY, MUNICIPALITY);
        List<Inbound> messages = new ArrayList<>();
        byte[] assignment = Fixture.load("ijw/jw301-valid.xml").set("Header/BerichtIdentificatie/Identificatie", id("301"))
                .set("Client/Bsn", bsn()).set(ASSIGNED + "[1]/ToewijzingNummer", Long.toString(number(0)))
                .set(ASSIGNED + "[2]/ToewijzingNummer", Long.toString(number(1))).toBytes();
        messages.add(new Inbound("JW301", municipality, assignment));
        messages.add(new Inbound("JW302", provider, ProviderRetour.accepting(assignment, id("302"))));
        messages.add(new Inbound("JW305", provider, Fixture.load("ijw/jw305-valid.xml")
                .set("Header/BerichtIdentificatie/Identificatie", id("305")).set("Client/Bsn", bsn())
                .set("Client/StartProducten/StartProduct[1]/ToewijzingNummer", Long.toString(number(0)))
                .set("Client/StartProducten/StartProduct[2]/ToewijzingNummer", Long.toString(number(1))).toBytes()));
        messages.add(new Inbound("JW307", provider, Fixture.load("ijw/jw307-valid.xml")
                .set("Header/BerichtIdentificatie/Identificatie", id("307")).set("Client/Bsn", bsn())
                .set("Client/StopProducten/StopProduct/ToewijzingNummer", Long.toString(number(0))).toBytes()));
        messages.add(new Inbound("JW315", provider, Fixture.load("ijw/jw315-valid.xml")
                .set("Header/BerichtIdentificatie/Identificatie", id("315")).set("Client/Bsn", bsn())
                .set("Client/AangevraagdeProducten/AangevraagdProduct[1]/ReferentieAanbieder", id("VOT1"))
                .set("Client/AangevraagdeProducten/AangevraagdProduct[2]/ReferentieAanbieder", id("VOT2")).toBytes()));
        YearMonth august = YearMonth.of(2026, 8);
        YearMonth october = YearMonth.of(2026, 10);
        messages.add(new Inbound("JW323", provider, DeclarationDoc.ijw(PROVIDER, MUNICIPALITY).identificatie(id("323"))
                .number("D" + n).period(october)
                .line(bsn(), Line.debit(id("L1"), number(0), "45", "45A01", august, 8, 6500))
                .line(bsn(), Line.debit(id("L2"), number(1), "45", "45A01", YearMonth.of(2026, 9), 4, 6500))
                .line(bsn(), Line.debit(id("L3"), number(1), "45", "45A01", october, 6, 6500)).bytes()));
        return messages;
    }
}
