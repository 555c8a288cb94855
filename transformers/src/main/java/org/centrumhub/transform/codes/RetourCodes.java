package org.centrumhub.transform.codes;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.centrumhub.transform.ErrorCode;

/**
 * What every code the hub answers with means, and what most likely caused it, for people reading an error list: the
 * standard's retourcodes (code list WJ001, the 59 values of LDT_RetourCode, the same in iJw and iWmo) and the hub's
 * transport codes ({@link ErrorCode}), which the standard has no retour for. Meanings in our own words; the hints
 * name the usual cause and where to look, never a value from a message.
 */
public final class RetourCodes {

    /**
     * One code.
     *
     * @param code    the retourcode ({@code 9019}) or transport code ({@code XSD_INVALID})
     * @param meaning what the code says
     * @param hint    the likely cause and what to check, in plain words
     */
    public record Code(String code, String meaning, String hint) {
        public Code {
            Objects.requireNonNull(code);
            Objects.requireNonNull(meaning);
            Objects.requireNonNull(hint);
        }
    }

    /** For a code the hub does not know (a provider's retour may carry anything the XSD allows). */
    static final String GENERIC_HINT = "see the standard's explanation of this code; correct the message and send it "
            + "again with a new Identificatie";

    private static final Map<String, Code> RETOUR = new LinkedHashMap<>();
    private static final Map<ErrorCode, Code> TRANSPORT = new EnumMap<>(ErrorCode.class);

    static {
        retour("0001", "The message is rejected on a technical rule within the message itself.",
                "an in-message rule failed (e.g. a BSN that fails the eleven-test, an end date before its start, "
                        + "totals that do not add up): the concerns column names the element and rule; correct it and "
                        + "send the message again");
        retour("0200", "No remarks on this part of the message.", "nothing to do");
        retour("0233", "This part of the message was not assessed.",
                "a part above it was rejected first; see the other codes of the message");
        retour("0611", "The declared tariff is not the contract tariff.",
                "the ProductTarief differs from the contract's tariff for this product on this date: check the "
                        + "tariff or the product code");
        retour("8001", "The declaration is granted in full.", "nothing to do");
        retour("8017", "No declared debit line is known for this credit line.",
                "the credit's VorigReferentieNummer names no granted debit line: check which line it withdraws");
        retour("8021", "The ReferentieNummer of this line was delivered before.",
                "every line needs a ReferentieNummer of its own; this one was used in an earlier declaration");
        retour("8187", "The line or request does not belong to this client.",
                "the ToewijzingNummer belongs to another client: check the BSN and the assignment number");
        retour("8214", "The declared period does not follow on the previous declared period.",
                "care was declared every month before: declare the months in order, the month in between is missing");
        retour("8848", "The Dagtekening lies after the date of receipt.",
                "the message is dated in the future: check the sending system's date");
        retour("9019", "The start or stop cannot be linked to an assignment.",
                "no assignment matches this start: check ToewijzingNummer (and that the assignment was given to this "
                        + "provider for this client)");
        retour("9056", "The Identificatie was used before for this message type by this sender.",
                "a message with the same Identificatie was received before (sent twice?): send a corrected message "
                        + "with a new Identificatie");
        retour("9063", "There is no earlier delivery to delete.",
                "a deletion (StatusAanlevering 3) of a start or stop that was never received: check ToewijzingNummer "
                        + "and Begindatum");
        retour("9069", "There is no current start with the same key.",
                "a stop without a matching start: send the start first, or check ToewijzingNummer and Begindatum");
        retour("9071", "The start cannot be deleted because care has been stopped.",
                "delete the stop first, then the start");
        retour("9074", "A delivery with the same key was received before.",
                "this start or stop was already reported: to correct it, delete the earlier one first "
                        + "(StatusAanlevering 3)");
        retour("9307", "The begin date of the line is not within the assignment's period.",
                "the assignment ended before (or began after) the declared period");
        retour("9308", "The end date of the line is not within the assignment's period.",
                "the declared period ends after the assignment ended (or before it began): check the assignment's "
                        + "end date");
        retour("9319", "The line's period is not within a declared period.",
                "a line's ProductPeriode must lie within the declared month or an earlier one");
        retour("9321", "The declared volume exceeds the assigned volume.",
                "more was declared than the assignment allows for the period: check the volume, or ask for a change "
                        + "of the assignment");
        retour("9322", "The declared volumes together exceed the assigned volume.",
                "the lines on this assignment add up to more than its volume: check earlier declarations on it");
        retour("9326", "The current delivery has not been stopped.",
                "a new start while the previous one is still running: send its stop first");
        retour("9332", "The assignment number is not unique within the legal domain.",
                "the municipality used this ToewijzingNummer before for another assignment");
        retour("9333", "The DeclaratieNummer is not unique.",
                "this DeclaratieNummer was used in an earlier declaration: give each declaration a new number");
        retour("9338", "Not every line refers to an assigned product.",
                "no assignment with this ToewijzingNummer for this provider and client: check the number, or whether "
                        + "the assignment was ever sent");
        retour("9339", "The product category of the line differs from the assignment.",
                "declare the ProductCategorie the assignment names");
        retour("9340", "The product code of the line differs from the assignment.",
                "declare the ProductCode the assignment names, or ask for an assignment of this product");
        retour("9341", "The unit of the line does not fit the assigned unit.", "declare in the assignment's Eenheid");
        retour("9346", "The amount is not the volume times the tariff.",
                "recompute IngediendBedrag as GeleverdVolume x ProductTarief");
        retour("9347", "The ReferentieAanbieder is not unique for this provider.",
                "each request needs a ReferentieAanbieder of its own");
        retour("9349", "The change request does not list every current assigned product.",
                "a request for a change lists every current assignment, as unchanged or to be changed");
        retour("9350", "An unchanged product does not refer to a current assignment.",
                "check the ToewijzingNummer of the unchanged product");
        retour("9351", "A product to change does not refer to a current assignment.",
                "check the ToewijzingNummer of the product to change");
        retour("9355", "The ReferentieAanbieder of the answer occurs in no earlier request.",
                "the answer refers to a request that was never received: check the reference");
        retour("9357", "A change in the past does not start on the start date of the original assignment.",
                "a change with a desired start on or before the Dagtekening must start on the assignment's start date");
        retour("9359", "An assignment with this ReferentieAanbieder was sent before.",
                "the request was already honoured with an assignment");
        retour("9360", "An answer to this request exists already, and this one says it is under investigation.",
                "'under investigation' can only be the first answer to a request");
        retour("9361", "A product occurs more than once with overlapping periods.",
                "remove the overlap between the periods of the same product");
        retour("9365", "An answer to this request exists already that is not 'under investigation'.",
                "the request was answered already");
        retour("9366", "The ProductReferentie occurs in no declaration.",
                "the declaration answer names a line that was never declared");
        retour("9367", "A value differs from the declared line with the same ProductReferentie.",
                "the declaration answer changed a value of the declared line");
        retour("9369", "The declared volumes together exceed the assigned budget.",
                "the lines on this assignment add up to more than its budget");
        retour("9373", "A change of budget does not start on the start date of the current assignment.",
                "a budget change must start on the current assignment's start date");
        retour("9374", "A request for this client and product is still being handled.",
                "wait for the answer (an assignment or an answer message) to the earlier request");
        retour("9375", "An Omvang is given while the assignment has no product.",
                "leave out the Omvang: the assignment names a category only");
        retour("9379", "The ReferentieAanbieder refers to no request.",
                "the assignment names a request reference that was never received");
        retour("9384", "The line refers to a withdrawn assignment.",
                "the assignment was withdrawn (RedenWijziging 13): nothing can be declared on it");
        retour("9385", "The assignment has granted declaration lines and cannot be withdrawn.",
                "credit the granted lines before withdrawing the assignment");
        retour("9387", "The line does not begin on the first day of the month.",
                "declare from the first day of the month, or from the assignment's start when it starts later in "
                        + "that month");
        retour("9388", "The line does not end on the last day of the month.",
                "declare to the last day of the month, or to the assignment's end when it ends earlier in that month");
        retour("9389", "A debit line for this product and period exists already without a credit.",
                "this product and period were declared before: credit the earlier line first");
        retour("9390", "A credit with the same ProductReferentie exists already.", "the line was credited before");
        retour("9411", "The Omvang is missing while the product has a code.",
                "give the Omvang for a product with a product code");
        retour("9412", "An Omvang is given while the product has no code.",
                "leave out the Omvang for an assignment of a category only");
        retour("9413", "Reason 20 is given while another stop with the same key already has reason 20.",
                "the stop for this assignment and begin date was already reported with reason 20");
        retour("9414", "The end date is earlier than that of the current stop with the same key.",
                "an earlier end date needs the current stop deleted first");
        retour("9415", "A stop with the same key and another reason than 20 exists already.",
                "the stop was already reported: delete it first to correct it");
        retour("S300", "The municipality code is not in the CBS list.",
                "check the municipality code (the Ontvanger, or the Gemeente of Woonplaatsbeginsel)");
        retour("S329", "The product code does not belong to the product category.",
                "check the ProductCode against the ProductCategorie");

        transport(ErrorCode.MESSAGE_TOO_LARGE, "The message is larger than the hub accepts.",
                "split the declaration over several messages");
        transport(ErrorCode.EMPTY_MESSAGE, "The message is empty.", "the sending system sent no content");
        transport(ErrorCode.NOT_WELL_FORMED, "The message is not well-formed XML.",
                "the file is damaged or cut off, or was not written as XML: the concerns column gives the position");
        transport(ErrorCode.DOCTYPE_FORBIDDEN, "The message contains a DOCTYPE declaration.",
                "messages of the standard have no DOCTYPE: remove it");
        transport(ErrorCode.UNKNOWN_MESSAGE_TYPE, "The message is not one of the standard's messages.",
                "the root element's namespace is not iJw 3.2 or iWmo 3.2: check the version the system sends");
        transport(ErrorCode.TYPE_MISMATCH, "The header's BerichtCode or version does not fit the message.",
                "check BerichtCode, BerichtVersie and BerichtSubversie in the header");
        transport(ErrorCode.XSD_INVALID, "The message does not match the standard's XSD.",
                "an element is missing, misplaced or has a value the XSD does not allow: the concerns column names it");
        transport(ErrorCode.UNREADABLE, "The message could not be read.",
                "the transport message carries no XML or an encoding that is not supported");
        transport(ErrorCode.WRONG_SENDER, "The header's sender is not the party that sent it.",
                "the Afzender in the header must be the code of the party whose connection sent it");
        transport(ErrorCode.UNEXPECTED_TYPE, "This party does not send this message type to the hub.",
                "check the message type: providers send 305, 307, 315, 317, 323 and retours 302, 320");
        transport(ErrorCode.UNKNOWN_RECEIVER, "The header's receiver is not known to the hub.",
                "check the Ontvanger (a registered municipality or provider code)");
        transport(ErrorCode.UNMATCHED_RETOUR, "The retour answers no message that awaits one.",
                "the message it answers was never forwarded, or was answered already: check its Identificatie");
        transport(ErrorCode.PROCESSING_FAILED, "The hub could not process the message.",
                "a fault of the hub, not of the message: the operators look into it");
    }

    private RetourCodes() {
    }

    private static void retour(String code, String meaning, String hint) {
        RETOUR.put(code, new Code(code, meaning, hint));
    }

    private static void transport(ErrorCode code, String meaning, String hint) {
        TRANSPORT.put(code, new Code(code.name(), meaning, hint));
    }

    /** The standard's retourcodes, in the order of the code list. */
    public static Collection<Code> retourCodes() {
        return RETOUR.values();
    }

    /** A retourcode of the standard, if it is one. */
    public static Optional<Code> retourCode(String code) {
        return Optional.ofNullable(RETOUR.get(code));
    }

    /** A transport code of the hub. */
    public static Code transport(ErrorCode code) {
        return TRANSPORT.get(code);
    }

    /** Any code the hub reports: a retourcode, a transport code, or else an unknown code with a generic hint. */
    public static Code describe(String code) {
        Code retour = RETOUR.get(code);
        if (retour != null) {
            return retour;
        }
        for (Code transport : TRANSPORT.values()) {
            if (transport.code().equals(code)) {
                return transport;
            }
        }
        return new Code(code, "A code that is not in the standard's code list.", GENERIC_HINT);
    }
}
