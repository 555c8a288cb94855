package org.centrumhub.transform.rules;

import java.util.ArrayList;
import java.util.List;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** Where the recurring parts of a message sit; the same in iJw and iWmo. */
final class Paths {
    private Paths() {
    }

    /** The Client classes: one under the root in 301-317, many under Clienten in 323/325. */
    static List<XmlElement> clients(Message message) {
        List<XmlElement> result = new ArrayList<>(message.root().children("Client"));
        message.body().ifPresent(body -> result.addAll(body.all("Clienten/Client")));
        return result;
    }

    static List<XmlElement> clientBsns(Message message) {
        List<XmlElement> result = new ArrayList<>();
        for (XmlElement client : clients(message)) {
            client.child("Bsn").ifPresent(result::add);
        }
        return result;
    }

    /** Every Prestatie of a 323 or 325. */
    static List<XmlElement> prestaties(Message message) {
        return message.body().map(body -> body.all("Clienten/Client/Prestaties/Prestatie")).orElse(List.of());
    }
}
