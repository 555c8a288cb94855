package org.centrumhub.transform.rules;

import java.util.ArrayList;
import java.util.List;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** Where the 301's people sit: the client and its relations, each with a Naam and Contact classes. */
final class Persons {
    private Persons() {
    }

    /** Every Contact: the client's (Contactgegevens) and each relation's. */
    static List<XmlElement> contacts(Message message) {
        List<XmlElement> contacts = new ArrayList<>(message.root().all("Client/Contactgegevens/Contact"));
        contacts.addAll(message.root().all("Client/Relaties/Relatie/Contact"));
        return contacts;
    }

    /** Every Adres of a Contact. */
    static List<XmlElement> addresses(Message message) {
        return contacts(message).stream().flatMap(contact -> contact.child("Adres").stream()).toList();
    }

    /** The Naam of the client and of each relation (301 only: other messages carry a short name without NaamGebruik). */
    static List<XmlElement> fullNames(Message message) {
        List<XmlElement> names = new ArrayList<>(message.root().all("Client/Naam"));
        names.addAll(message.root().all("Client/Relaties/Relatie/Naam"));
        return names;
    }

    /** Every Geboortedatum: the client's and, in a 301, the relations'. */
    static List<XmlElement> birthDates(Message message) {
        List<XmlElement> dates = new ArrayList<>(message.root().all("Client/Geboortedatum"));
        dates.addAll(message.root().all("Client/Relaties/Relatie/Geboortedatum"));
        return dates;
    }
}
