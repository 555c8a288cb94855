package org.centrumhub.schema;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.centrumhub.schema.Party.Role;

/**
 * The 28 messages of iJw 3.2 and iWmo 3.2, with their BerichtCode (Vektis COD002), namespace and role.
 * A retour copies the header of its heen message, so its sender side is that of the heen message. What a message
 * type is for the hub (who sends it, who receives and answers it, its retour classes, the store change it causes)
 * lives in this one table.
 */
public enum MessageType {
    //     standard      nr   code  kind                         Afzender           what it changes in the hub's stores
    JW301(Standard.IJW, 301, "436", Kind.HEEN, Role.MUNICIPALITY, StoreEffect.ASSIGNMENTS),
    JW302(Standard.IJW, 302, "437", Kind.RETOUR, Role.MUNICIPALITY, StoreEffect.RECEIVER_VERDICT),
    JW305(Standard.IJW, 305, "438", Kind.HEEN, Role.PROVIDER, StoreEffect.DELIVERIES),
    JW306(Standard.IJW, 306, "439", Kind.RETOUR, Role.PROVIDER, StoreEffect.NONE),
    JW307(Standard.IJW, 307, "440", Kind.HEEN, Role.PROVIDER, StoreEffect.DELIVERIES),
    JW308(Standard.IJW, 308, "441", Kind.RETOUR, Role.PROVIDER, StoreEffect.NONE),
    JW315(Standard.IJW, 315, "446", Kind.HEEN, Role.PROVIDER, StoreEffect.REQUESTS),
    JW316(Standard.IJW, 316, "447", Kind.RETOUR, Role.PROVIDER, StoreEffect.NONE),
    JW317(Standard.IJW, 317, "486", Kind.HEEN, Role.PROVIDER, StoreEffect.REQUESTS),
    JW318(Standard.IJW, 318, "487", Kind.RETOUR, Role.PROVIDER, StoreEffect.NONE),
    JW319(Standard.IJW, 319, "488", Kind.HEEN, Role.MUNICIPALITY, StoreEffect.REQUEST_ANSWER),
    JW320(Standard.IJW, 320, "489", Kind.RETOUR, Role.MUNICIPALITY, StoreEffect.RECEIVER_VERDICT),
    JW323(Standard.IJW, 323, "490", Kind.DECLARATION, Role.PROVIDER, StoreEffect.NONE),
    JW325(Standard.IJW, 325, "491", Kind.DECLARATION_ANSWER, Role.MUNICIPALITY, StoreEffect.NONE),
    WMO301(Standard.IWMO, 301, "414", Kind.HEEN, Role.MUNICIPALITY, StoreEffect.ASSIGNMENTS),
    WMO302(Standard.IWMO, 302, "415", Kind.RETOUR, Role.MUNICIPALITY, StoreEffect.RECEIVER_VERDICT),
    WMO305(Standard.IWMO, 305, "418", Kind.HEEN, Role.PROVIDER, StoreEffect.DELIVERIES),
    WMO306(Standard.IWMO, 306, "419", Kind.RETOUR, Role.PROVIDER, StoreEffect.NONE),
    WMO307(Standard.IWMO, 307, "420", Kind.HEEN, Role.PROVIDER, StoreEffect.DELIVERIES),
    WMO308(Standard.IWMO, 308, "421", Kind.RETOUR, Role.PROVIDER, StoreEffect.NONE),
    WMO315(Standard.IWMO, 315, "444", Kind.HEEN, Role.PROVIDER, StoreEffect.REQUESTS),
    WMO316(Standard.IWMO, 316, "445", Kind.RETOUR, Role.PROVIDER, StoreEffect.NONE),
    WMO317(Standard.IWMO, 317, "480", Kind.HEEN, Role.PROVIDER, StoreEffect.REQUESTS),
    WMO318(Standard.IWMO, 318, "481", Kind.RETOUR, Role.PROVIDER, StoreEffect.NONE),
    WMO319(Standard.IWMO, 319, "482", Kind.HEEN, Role.MUNICIPALITY, StoreEffect.REQUEST_ANSWER),
    WMO320(Standard.IWMO, 320, "483", Kind.RETOUR, Role.MUNICIPALITY, StoreEffect.RECEIVER_VERDICT),
    WMO323(Standard.IWMO, 323, "484", Kind.DECLARATION, Role.PROVIDER, StoreEffect.NONE),
    WMO325(Standard.IWMO, 325, "485", Kind.DECLARATION_ANSWER, Role.MUNICIPALITY, StoreEffect.NONE);

    /** Role of a message in the exchange. */
    public enum Kind { HEEN, RETOUR, DECLARATION, DECLARATION_ANSWER }

    /** What an accepted message changes in the hub's stores. */
    public enum StoreEffect {
        /** Nothing (yet): the hub only sends these, or keeps them in the message store only. */
        NONE,
        /** 301: a new version of each assigned product. */
        ASSIGNMENTS,
        /** 305, 307: starts and stops reported or deleted. */
        DELIVERIES,
        /** 315, 317: the provider's requests. */
        REQUESTS,
        /** 319: the municipality's answer to a request. */
        REQUEST_ANSWER,
        /** 302, 320: the provider's verdict on the message it answers; a rejection withdraws what that changed. */
        RECEIVER_VERDICT
    }

    /**
     * The classes of each heen message: the elements that carry RetourCodes in its retour (the same in both
     * standards, by message number).
     */
    private static final Map<Integer, Set<String>> RETOUR_CLASSES = Map.of(
            301, Set.of("Client", "Client/Relaties/Relatie", "Client/Relaties/Relatie/Contact",
                    "Client/Contactgegevens/Contact", "Client/ToegewezenProducten/ToegewezenProduct"),
            305, Set.of("Client", "Client/StartProducten/StartProduct"),
            307, Set.of("Client", "Client/StopProducten/StopProduct"),
            315, Set.of("Client", "Client/AangevraagdeProducten/AangevraagdProduct"),
            317, Set.of("Client", "Client/Verzoek", "Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct",
                    "Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct", "Client/Verzoek/NieuweProducten/NieuwProduct"),
            319, Set.of("Antwoord", "Antwoord/Woonplaatsbeginsel"),
            323, Set.of("Declaratie", "Declaratie/Clienten/Client", "Declaratie/Clienten/Client/Prestaties/Prestatie"));

    /** BerichtVersie and BerichtSubversie of every message of both standards (CS025, CS015). */
    public static final String VERSION = "3";
    public static final String SUBVERSION = "2";

    private static final Map<String, MessageType> BY_NAMESPACE = new HashMap<>();
    private static final Map<String, MessageType> BY_CODE = new HashMap<>();

    static {
        for (MessageType type : values()) {
            BY_NAMESPACE.put(type.namespace(), type);
            BY_CODE.put(type.berichtCode, type);
        }
    }

    private final Standard standard;
    private final int number;
    private final String berichtCode;
    private final Kind kind;
    private final Role headerSender;
    private final StoreEffect storeEffect;

    MessageType(Standard standard, int number, String berichtCode, Kind kind, Role headerSender, StoreEffect storeEffect) {
        this.standard = standard;
        this.number = number;
        this.berichtCode = berichtCode;
        this.kind = kind;
        this.headerSender = headerSender;
        this.storeEffect = storeEffect;
    }

    public static Optional<MessageType> fromNamespace(String namespace) {
        return Optional.ofNullable(BY_NAMESPACE.get(namespace));
    }

    public static Optional<MessageType> fromBerichtCode(String berichtCode) {
        return Optional.ofNullable(BY_CODE.get(berichtCode));
    }

    public static Optional<MessageType> of(Standard standard, int number) {
        for (MessageType type : values()) {
            if (type.standard == standard && type.number == number) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public Standard standard() {
        return standard;
    }

    /** The number shared by both standards: 301, 305, ... 325. */
    public int number() {
        return number;
    }

    public String berichtCode() {
        return berichtCode;
    }

    public Kind kind() {
        return kind;
    }

    /** The role in Header/Afzender (for a retour: the heen message's sender, as the header is copied). */
    public Role headerSender() {
        return headerSender;
    }

    /** The role that sends this message: for a retour, the receiver of the heen message it answers. */
    public Role sender() {
        return kind == Kind.RETOUR ? headerSender.counterpart() : headerSender;
    }

    /** The role this message is for. */
    public Role receiver() {
        return sender().counterpart();
    }

    /**
     * Whether the hub judges and answers this message itself: it is the receiver for the region's municipalities
     * (305, 307, 315, 317, 323). A message for a provider (301, 319) is judged by that provider, whose retour the hub
     * relays.
     */
    public boolean answeredByHub() {
        return (kind == Kind.HEEN || kind == Kind.DECLARATION) && receiver() == Role.MUNICIPALITY;
    }

    /** The elements of this heen message (or 323) that carry RetourCodes in its answer; empty for other kinds. */
    public Set<String> retourClasses() {
        return RETOUR_CLASSES.getOrDefault(number, Set.of());
    }

    /** What this message changes in the hub's stores when it is accepted. */
    public StoreEffect storeEffect() {
        return storeEffect;
    }

    public String namespace() {
        return "http://www.istandaarden.nl/" + standard.folder() + "/3_2/" + name().toLowerCase(Locale.ROOT) + "/schema";
    }

    public String xsdFileName() {
        return name() + ".xsd";
    }

    /** Package of the JAXB classes generated from this message's XSD. */
    public String jaxbPackage() {
        return "org.centrumhub.schema." + standard.folder() + "." + name().toLowerCase(Locale.ROOT);
    }

    /** The retour that answers this heen message (302 for 301, ...), or the 325 for a 323. */
    public Optional<MessageType> answer() {
        return switch (kind) {
            case HEEN -> of(standard, number + 1);
            case DECLARATION -> of(standard, 325);
            default -> Optional.empty();
        };
    }

    /** For a retour: the heen message it answers; for a 325: the 323. */
    public Optional<MessageType> answers() {
        return switch (kind) {
            case RETOUR -> of(standard, number - 1);
            case DECLARATION_ANSWER -> of(standard, 323);
            default -> Optional.empty();
        };
    }
}
