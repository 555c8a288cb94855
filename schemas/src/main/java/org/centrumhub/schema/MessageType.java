package org.centrumhub.schema;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The 28 messages of iJw 3.2 and iWmo 3.2, with their BerichtCode (Vektis COD002), namespace and role.
 * A retour copies the header of its heen message, so its sender side is that of the heen message.
 */
public enum MessageType {
    JW301(Standard.IJW, 301, "436", Kind.HEEN, Party.MUNICIPALITY),
    JW302(Standard.IJW, 302, "437", Kind.RETOUR, Party.MUNICIPALITY),
    JW305(Standard.IJW, 305, "438", Kind.HEEN, Party.PROVIDER),
    JW306(Standard.IJW, 306, "439", Kind.RETOUR, Party.PROVIDER),
    JW307(Standard.IJW, 307, "440", Kind.HEEN, Party.PROVIDER),
    JW308(Standard.IJW, 308, "441", Kind.RETOUR, Party.PROVIDER),
    JW315(Standard.IJW, 315, "446", Kind.HEEN, Party.PROVIDER),
    JW316(Standard.IJW, 316, "447", Kind.RETOUR, Party.PROVIDER),
    JW317(Standard.IJW, 317, "486", Kind.HEEN, Party.PROVIDER),
    JW318(Standard.IJW, 318, "487", Kind.RETOUR, Party.PROVIDER),
    JW319(Standard.IJW, 319, "488", Kind.HEEN, Party.MUNICIPALITY),
    JW320(Standard.IJW, 320, "489", Kind.RETOUR, Party.MUNICIPALITY),
    JW323(Standard.IJW, 323, "490", Kind.DECLARATION, Party.PROVIDER),
    JW325(Standard.IJW, 325, "491", Kind.DECLARATION_ANSWER, Party.MUNICIPALITY),
    WMO301(Standard.IWMO, 301, "414", Kind.HEEN, Party.MUNICIPALITY),
    WMO302(Standard.IWMO, 302, "415", Kind.RETOUR, Party.MUNICIPALITY),
    WMO305(Standard.IWMO, 305, "418", Kind.HEEN, Party.PROVIDER),
    WMO306(Standard.IWMO, 306, "419", Kind.RETOUR, Party.PROVIDER),
    WMO307(Standard.IWMO, 307, "420", Kind.HEEN, Party.PROVIDER),
    WMO308(Standard.IWMO, 308, "421", Kind.RETOUR, Party.PROVIDER),
    WMO315(Standard.IWMO, 315, "444", Kind.HEEN, Party.PROVIDER),
    WMO316(Standard.IWMO, 316, "445", Kind.RETOUR, Party.PROVIDER),
    WMO317(Standard.IWMO, 317, "480", Kind.HEEN, Party.PROVIDER),
    WMO318(Standard.IWMO, 318, "481", Kind.RETOUR, Party.PROVIDER),
    WMO319(Standard.IWMO, 319, "482", Kind.HEEN, Party.MUNICIPALITY),
    WMO320(Standard.IWMO, 320, "483", Kind.RETOUR, Party.MUNICIPALITY),
    WMO323(Standard.IWMO, 323, "484", Kind.DECLARATION, Party.PROVIDER),
    WMO325(Standard.IWMO, 325, "485", Kind.DECLARATION_ANSWER, Party.MUNICIPALITY);

    /** Role of a message in the exchange. */
    public enum Kind { HEEN, RETOUR, DECLARATION, DECLARATION_ANSWER }

    /** Who the header names as Afzender: a municipality (CBS code) or a provider (AGB code). */
    public enum Party { MUNICIPALITY, PROVIDER }

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
    private final Party headerSender;

    MessageType(Standard standard, int number, String berichtCode, Kind kind, Party headerSender) {
        this.standard = standard;
        this.number = number;
        this.berichtCode = berichtCode;
        this.kind = kind;
        this.headerSender = headerSender;
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

    /** The party type in Header/Afzender (for a retour: the heen message's sender, as the header is copied). */
    public Party headerSender() {
        return headerSender;
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
