package org.centrumhub.transform.crossmessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** The lines of a 317 that refer to assignments (OngewijzigdProduct, TeWijzigenProduct), with those assignments. */
final class VowLines {
    private VowLines() {
    }

    /** A referring line and the assignment its number names, if the municipality has one with that number. */
    record Line(XmlElement element, boolean toChange, long number, Optional<Assignment> assignment) {
    }

    static String client(Message message, HubState state) {
        return state.clientKey(message.root().text("Client/Bsn").orElseThrow());
    }

    static List<Line> of(Message message, HubState state) {
        List<Line> lines = new ArrayList<>();
        add(lines, message, state, "Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct", false);
        add(lines, message, state, "Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct", true);
        return lines;
    }

    /** The TeWijzigenProduct lines whose assignment exists for this provider and client. */
    static List<Line> changesOfOwnAssignments(Message message, HubState state) {
        String client = client(message, state);
        return of(message, state).stream().filter(Line::toChange)
                .filter(line -> line.assignment().filter(a -> a.client().equals(client)
                        && a.provider().equals(message.sender())).isPresent())
                .toList();
    }

    private static void add(List<Line> lines, Message message, HubState state, String path, boolean toChange) {
        for (XmlElement element : message.root().all(path)) {
            long number = element.number("ToewijzingNummer").orElseThrow();
            lines.add(new Line(element, toChange, number,
                    state.assignment(message.type().standard(), message.receiver(), number)));
        }
    }
}
