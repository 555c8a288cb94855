package org.centrumhub.transform.crossmessage;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.centrumhub.schema.MessageType;
import org.centrumhub.schema.Standard;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** The lines of 301, 305, 307, 315, 317 and 319 as the stores see them. */
public final class Lines {
    private Lines() {
    }

    /** A start or stop line with its element, its StatusAanlevering and what it reports. */
    public record DeliveryLine(XmlElement element, String status, Delivery delivery) {
        public boolean isDelete() {
            return "3".equals(status);
        }
    }

    public static List<DeliveryLine> deliveries(Message message, HubState state) {
        boolean start = message.type().number() == 305;
        String client = state.clientKey(message.root().text("Client/Bsn").orElseThrow());
        List<DeliveryLine> lines = new ArrayList<>();
        for (XmlElement line : message.root().all(start ? "Client/StartProducten/StartProduct" : "Client/StopProducten/StopProduct")) {
            Delivery delivery = new Delivery(start ? Delivery.Kind.START : Delivery.Kind.STOP, message.type().standard(),
                    message.sender(), message.receiver(), client, line.number("ToewijzingNummer").orElse(null),
                    line.text("Product/Categorie").orElse(null), line.text("Product/Code").orElse(null),
                    line.date("ToewijzingIngangsdatum").orElse(null), line.date("Begindatum").orElseThrow(),
                    line.date("Einddatum").orElse(null), line.text("RedenBeeindiging").orElse(null));
            lines.add(new DeliveryLine(line, line.text("StatusAanlevering").orElseThrow(), delivery));
        }
        return lines;
    }

    /** A 301 line with its element and the assignment it sets. */
    public record AssignmentLine(XmlElement element, Assignment assignment) {
    }

    public static List<AssignmentLine> assignments(Message message, HubState state) {
        String client = state.clientKey(message.root().text("Client/Bsn").orElseThrow());
        List<AssignmentLine> lines = new ArrayList<>();
        for (XmlElement line : message.root().all("Client/ToegewezenProducten/ToegewezenProduct")) {
            lines.add(new AssignmentLine(line, new Assignment(message.type().standard(), message.sender(),
                    message.receiver(), client, line.number("ToewijzingNummer").orElseThrow(),
                    line.text("Product/Categorie").orElse(null), line.text("Product/Code").orElse(null),
                    line.date("Ingangsdatum").orElseThrow(), line.date("Einddatum").orElse(null),
                    line.text("RedenWijziging").orElse(null), line.text("ReferentieAanbieder").orElse(null),
                    line.number("Omvang/Volume").orElse(null), line.text("Omvang/Eenheid").orElse(null),
                    line.text("Omvang/Frequentie").orElse(null), line.number("Budget").orElse(null),
                    line.date("Toewijzingsdatum").orElseThrow().atTime(
                            LocalTime.parse(line.text("Toewijzingstijd").orElseThrow())))));
        }
        return lines;
    }

    /** A request line: a 315 AangevraagdProduct or the 317 Verzoek, with the request it makes. */
    public record RequestLine(XmlElement element, Request request) {
    }

    public static List<RequestLine> requests(Message message, HubState state) {
        String client = state.clientKey(message.root().text("Client/Bsn").orElseThrow());
        List<XmlElement> elements = message.type().number() == 315
                ? message.root().all("Client/AangevraagdeProducten/AangevraagdProduct")
                : message.root().all("Client/Verzoek");
        List<RequestLine> lines = new ArrayList<>();
        for (XmlElement element : elements) {
            lines.add(new RequestLine(element, new Request(message.type().standard(), message.sender(),
                    message.receiver(), client, element.text("ReferentieAanbieder").orElseThrow(),
                    message.type().number(), message.dagtekening())));
        }
        return lines;
    }

    /** The answer a 319 gives. */
    public static RequestAnswer answer(Message message) {
        XmlElement antwoord = message.root().at("Antwoord").orElseThrow();
        return new RequestAnswer(message.type().standard(), message.sender(), message.receiver(),
                antwoord.text("ReferentieAanbieder").orElseThrow(), antwoord.text("VerzoekAntwoord").orElseThrow());
    }

    /** What an accepted message changes in the stores (its type's {@link MessageType.StoreEffect}). */
    public static List<StateChange> changes(Message message, HubState state) {
        List<StateChange> changes = new ArrayList<>();
        switch (message.type().storeEffect()) {
            case ASSIGNMENTS -> assignments(message, state).forEach(line -> changes.add(
                    new StateChange.AssignmentVersion(line.assignment())));
            case DELIVERIES -> deliveries(message, state).forEach(line -> changes.add(line.isDelete()
                    ? new StateChange.DeliveryDeleted(line.delivery())
                    : new StateChange.DeliveryReported(line.delivery())));
            case REQUESTS -> requests(message, state).forEach(line -> changes.add(
                    new StateChange.RequestReceived(line.request())));
            case REQUEST_ANSWER -> changes.add(new StateChange.RequestAnswered(answer(message)));
            case RECEIVER_VERDICT, NONE -> {
                // a retour's verdict needs the message it answers: the intake makes that change
            }
        }
        return changes;
    }

    /**
     * The stores as the new lines of a start or stop message see them: without the deliveries its own delete lines
     * withdraw, since a correction deletes and re-sends in one message (IV008). Delete lines themselves are judged
     * against the stores as they are (TR063, TR071).
     */
    public static HubState afterOwnDeletes(Message message, HubState state) {
        List<Delivery> deleted = deliveries(message, state).stream().filter(DeliveryLine::isDelete)
                .map(DeliveryLine::delivery).toList();
        if (deleted.isEmpty()) {
            return state;
        }
        return new HubStateView(state) {
            @Override
            public List<Delivery> deliveries(Standard domain, String provider, String municipality, String client) {
                return super.deliveries(domain, provider, municipality, client).stream()
                        .filter(d -> deleted.stream().noneMatch(d::sameKey)).toList();
            }
        };
    }
}
