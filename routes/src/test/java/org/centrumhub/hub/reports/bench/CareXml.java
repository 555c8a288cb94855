package org.centrumhub.hub.reports.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.centrumhub.hub.demo.DemoMessages;
import org.centrumhub.schema.Standard;
import org.centrumhub.transform.Finding;
import org.centrumhub.transform.Level;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.retour.AnswerHeader;
import org.centrumhub.transform.retour.RetourBuilder;
import org.centrumhub.transform.rules.RuleCatalog;
import org.centrumhub.transform.xml.MessageReader;
import org.centrumhub.transform.xml.ReadOutcome;

/**
 * The XML of the care messages (301, 305, 307, 315, 317, 319) and of their answers, as the hub stores them: each
 * kind is written once with placeholder values by the demo's message builders, read by the hub's reader and
 * answered by the hub's {@link RetourBuilder}; both are then kept as templates and filled per message, which is a
 * thousand times faster than building and reading every message. The first message of every kind is also built the
 * slow way and must come out byte for byte the same, so a template can never drift from what the hub writes.
 */
final class CareXml {
    /** The kinds of care message. */
    enum Kind {
        ASSIGNMENT, ASSIGNMENT_FROM_REQUEST, ASSIGNMENT_CHANGE, START, STOP, REQUEST, CHANGE_REQUEST, ANSWER_REFUSED,
        ANSWER_INVESTIGATING
    }

    /** How the answer goes: accepted; a code on the faulty class; a code on the header; invalid (0001). */
    enum Verdict {
        NONE, CLASS, HEADER, INVALID
    }

    /** What varies per message. */
    record Values(String municipality, String provider, String identificatie, LocalDate day, String bsn, LocalDate born,
                  long number, String code, LocalDate start, LocalDate end, LocalDate begin, LocalDate stop,
                  int volume, String unit, String frequency, LocalTime time, String reference, String reason,
                  String retourCode, String answerIdentificatie, LocalDate answerDay) {
    }

    /** A message and the hub's answer (or the provider's retour) to it. */
    record Xml(byte[] message, byte[] answer) {
    }

    private static final Map<Standard, String> PLACEHOLDER_CODE = Map.of(Standard.IJW, "45Q99", Standard.IWMO, "02Q99");

    private final MessageReader reader = new MessageReader(MessageReader.DEFAULT_MAX_BYTES);
    private final RetourBuilder retours = new RetourBuilder();
    private final Map<String, Template[]> templates = new HashMap<>();

    /** The message of a kind with these values, and its answer given the verdict. */
    Xml of(Standard domain, Kind kind, Values values, Verdict verdict) {
        String key = domain + ":" + kind + ":" + verdict;
        Template[] template = templates.get(key);
        boolean check = template == null;
        if (template == null) {
            template = build(domain, kind, verdict);
            templates.put(key, template);
        }
        Map<String, String> filled = fill(values);
        Xml xml = new Xml(template[0].fill(filled), template[1].fill(filled));
        if (check) {
            Xml slow = slow(domain, kind, values, verdict);
            if (!Arrays.equals(slow.message(), xml.message()) || !Arrays.equals(slow.answer(), xml.answer())) {
                throw new IllegalStateException("the template of " + key + " does not write what the hub writes:\n"
                        + new String(slow.answer(), StandardCharsets.UTF_8) + "\n---\n"
                        + new String(xml.answer(), StandardCharsets.UTF_8));
            }
        }
        return xml;
    }

    /** Reads a message as the hub does; fails loudly when it would not be valid. */
    Message read(byte[] xml) {
        ReadOutcome read = reader.read(xml);
        if (read.root().isEmpty() || read.type().isEmpty()) {
            throw new IllegalStateException("the generator wrote a message the hub would refuse: " + read.findings());
        }
        return new Message(read.type().get(), read.root().get());
    }

    /** The hub's answer to a message. */
    byte[] answer(Message message, List<Finding> findings, String identificatie, LocalDate day) {
        return retours.build(message, findings, new AnswerHeader(identificatie, day, RuleCatalog.VERSION)).xml();
    }

    private Xml slow(Standard domain, Kind kind, Values values, Verdict verdict) {
        byte[] message = message(domain, kind, values);
        Message read = read(message);
        return new Xml(message, answer(read, findings(kind, read, verdict, values.retourCode()),
                values.answerIdentificatie(), values.answerDay()));
    }

    private Template[] build(Standard domain, Kind kind, Verdict verdict) {
        Values placeholders = new Values("9901", "99000001", "IDPH000001", LocalDate.of(2001, 1, 1), "999999990",
                LocalDate.of(2001, 1, 7), 987654321L, PLACEHOLDER_CODE.get(domain), LocalDate.of(2001, 1, 3),
                LocalDate.of(2001, 1, 4), LocalDate.of(2001, 1, 5), LocalDate.of(2001, 1, 8), 77, "04", "2",
                LocalTime.of(1, 2, 3), "REFPH01", kind == Kind.STOP ? "31" : "04", "9999", "AIDPH00001",
                LocalDate.of(2001, 1, 6));
        Xml xml = slow(domain, kind, placeholders, verdict);
        return new Template[] {Template.of(tokens(xml.message(), domain)), Template.of(tokens(xml.answer(), domain))};
    }

    /** The placeholders as tokens: each is written only where its element is, so a plain replace finds it. */
    private static String tokens(byte[] xml, Standard domain) {
        String category = PLACEHOLDER_CODE.get(domain).substring(0, 2);
        String text = new String(xml, StandardCharsets.UTF_8)
                .replace(">9901<", ">@MUNICIPALITY@<").replace(">99000001<", ">@PROVIDER@<")
                .replace(">IDPH000001<", ">@ID@<").replace(">2001-01-01<", ">@DAY@<").replace(">999999990<", ">@BSN@<")
                .replace(">2001-01-07<", ">@BORN@<").replace(">987654321<", ">@NUMBER@<")
                .replace("Categorie>" + category + "<", "Categorie>@CATEGORY@<")
                .replace(">" + PLACEHOLDER_CODE.get(domain) + "<", ">@CODE@<").replace(">2001-01-03<", ">@START@<")
                .replace(">2001-01-04<", ">@END@<").replace(">2001-01-05<", ">@BEGIN@<").replace(">2001-01-08<", ">@STOP@<")
                .replace("Volume>77<", "Volume>@VOLUME@<").replace("Eenheid>04<", "Eenheid>@UNIT@<")
                .replace("Frequentie>2<", "Frequentie>@FREQUENCY@<").replace(">01:02:03<", ">@TIME@<")
                .replace(">REFPH01<", ">@REFERENCE@<").replace("RedenBeeindiging>31<", "RedenBeeindiging>@REASON@<")
                .replace("RedenWijziging>04<", "RedenWijziging>@REASON@<").replace(">9999<", ">@CODE9@<")
                .replace(">AIDPH00001<", ">@AID@<").replace(">2001-01-06<", ">@ADAY@<");
        if (text.contains("2001-01-") || text.contains("9901") || text.contains("PH0")) {
            throw new IllegalStateException("a placeholder was not made a token:\n" + text);
        }
        return text;
    }

    private static Map<String, String> fill(Values v) {
        Map<String, String> values = new HashMap<>(32);
        values.put("MUNICIPALITY", v.municipality());
        values.put("PROVIDER", v.provider());
        values.put("ID", v.identificatie());
        values.put("DAY", v.day().toString());
        values.put("BSN", v.bsn());
        values.put("BORN", v.born().toString());
        values.put("NUMBER", Long.toString(v.number()));
        values.put("CATEGORY", v.code().substring(0, 2));
        values.put("CODE", v.code());
        values.put("START", v.start().toString());
        values.put("END", v.end().toString());
        values.put("BEGIN", v.begin() == null ? "" : v.begin().toString());
        values.put("STOP", v.stop() == null ? "" : v.stop().toString());
        values.put("VOLUME", Integer.toString(v.volume()));
        values.put("UNIT", v.unit());
        values.put("FREQUENCY", v.frequency());
        values.put("TIME", v.time().toString().length() == 5 ? v.time() + ":00" : v.time().toString());
        values.put("REFERENCE", v.reference() == null ? "" : v.reference());
        values.put("REASON", v.reason() == null ? "" : v.reason());
        values.put("CODE9", v.retourCode() == null ? "" : v.retourCode());
        values.put("AID", v.answerIdentificatie());
        values.put("ADAY", v.answerDay().toString());
        return values;
    }

    /** The message itself, from the demo's builders (iJw, then in the domain's standard). */
    private static byte[] message(Standard domain, Kind kind, Values v) {
        DemoMessages.Client client = new DemoMessages.Client(v.bsn(), v.born());
        String omvang = "<ijw:Volume>" + v.volume() + "</ijw:Volume><ijw:Eenheid>" + v.unit()
                + "</ijw:Eenheid><ijw:Frequentie>" + v.frequency() + "</ijw:Frequentie>";
        String demoOmvang = "<ijw:Volume>4</ijw:Volume><ijw:Eenheid>04</ijw:Eenheid><ijw:Frequentie>2</ijw:Frequentie>";
        String jw = switch (kind) {
            case ASSIGNMENT, ASSIGNMENT_FROM_REQUEST, ASSIGNMENT_CHANGE -> text(DemoMessages.jw301(v.identificatie(),
                    v.day(), v.municipality(), v.provider(), client, v.number(), v.code(), v.start(), v.end()))
                    .replace(demoOmvang, omvang)
                    .replace("Toewijzingstijd>09:00:00<", "Toewijzingstijd>" + fill(v).get("TIME") + "<")
                    .replace("</jw301:ToewijzingNummer>", "</jw301:ToewijzingNummer>" + (kind == Kind.ASSIGNMENT ? ""
                            : "<jw301:ReferentieAanbieder>" + v.reference() + "</jw301:ReferentieAanbieder>"))
                    .replace("</jw301:Einddatum>", "</jw301:Einddatum>" + (kind == Kind.ASSIGNMENT_CHANGE
                            ? "<jw301:RedenWijziging>" + v.reason() + "</jw301:RedenWijziging>" : ""));
            case START -> text(DemoMessages.jw305(v.identificatie(), v.day(), v.provider(), v.municipality(), client,
                    v.number(), v.code(), v.start(), v.begin()));
            case STOP -> text(DemoMessages.jw307(v.identificatie(), v.day(), v.provider(), v.municipality(), client,
                    v.number(), v.code(), v.start(), v.begin(), v.stop()))
                    .replace("RedenBeeindiging>31<", "RedenBeeindiging>" + v.reason() + "<");
            case REQUEST -> text(DemoMessages.jw315(v.identificatie(), v.day(), v.provider(), v.municipality(), client,
                    v.reference(), v.code(), v.start(), v.end()))
                    .replace("<ijw:Volume>2</ijw:Volume><ijw:Eenheid>04</ijw:Eenheid><ijw:Frequentie>2</ijw:Frequentie>",
                            omvang);
            case CHANGE_REQUEST -> jw317(v, omvang);
            case ANSWER_REFUSED, ANSWER_INVESTIGATING -> text(DemoMessages.jw319(v.identificatie(), v.day(),
                    v.municipality(), v.provider(), v.reference(), kind == Kind.ANSWER_REFUSED));
        };
        return DemoMessages.inStandard(domain, jw.getBytes(StandardCharsets.UTF_8));
    }

    /** A 317 asking to change one assigned product (to end at {@code end}). */
    private static String jw317(Values v, String omvang) {
        String m = "jw317";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<jw317:Bericht xmlns:jw317=\"http://www.istandaarden.nl/"
                + "ijw/3_2/jw317/schema\" xmlns:ijw=\"http://www.istandaarden.nl/ijw/3_2/basisschema/schema\">"
                + el(m, "Header", el(m, "BerichtCode", "486") + el(m, "BerichtVersie", "3")
                + el(m, "BerichtSubversie", "2") + el(m, "Afzender", v.provider()) + el(m, "Ontvanger", v.municipality())
                + el(m, "BerichtIdentificatie", el("ijw", "Identificatie", v.identificatie())
                + el("ijw", "Dagtekening", v.day().toString())) + el(m, "XsdVersie",
                el("ijw", "BasisschemaXsdVersie", "0.1.0") + el("ijw", "BerichtXsdVersie", "0.1.0")))
                + el(m, "Client", el(m, "Bsn", v.bsn()) + el(m, "Verzoek", el(m, "ReferentieAanbieder", v.reference())
                + el(m, "RedenVerzoek", "1") + el(m, "TeWijzigenProducten", el(m, "TeWijzigenProduct",
                el(m, "ToewijzingNummer", Long.toString(v.number())) + el(m, "GewensteIngangsdatum", v.start().toString())
                + el(m, "Einddatum", v.end().toString()) + el(m, "Omvang", omvang)))))
                + "</jw317:Bericht>";
    }

    /** The findings the verdict stands for: the code on the message's first product class, or on its header. */
    private static List<Finding> findings(Kind kind, Message message, Verdict verdict, String code) {
        String product = switch (kind) {
            case ASSIGNMENT, ASSIGNMENT_FROM_REQUEST, ASSIGNMENT_CHANGE ->
                    "Client/ToegewezenProducten/ToegewezenProduct/ToewijzingNummer";
            case START -> "Client/StartProducten/StartProduct/ToewijzingNummer";
            case STOP -> "Client/StopProducten/StopProduct/ToewijzingNummer";
            case REQUEST -> "Client/AangevraagdeProducten/AangevraagdProduct/ReferentieAanbieder";
            case CHANGE_REQUEST -> "Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct/ToewijzingNummer";
            case ANSWER_REFUSED, ANSWER_INVESTIGATING -> "Antwoord/ReferentieAanbieder";
        };
        return switch (verdict) {
            case NONE -> List.of();
            case CLASS -> List.of(new Finding(Level.RULES, "TR" + code, code,
                    message.root().all(product).get(0).path(), "cross-message rule"));
            case HEADER -> List.of(new Finding(Level.RULES, "TR135", code,
                    "/Bericht/Header/BerichtIdentificatie/Dagtekening", "header rule"));
            case INVALID -> List.of(new Finding(Level.RULES, "CS002", "0001", "/Bericht/Header", "in-message rule"));
        };
    }

    private static String text(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }

    private static String el(String prefix, String name, String content) {
        return "<" + prefix + ":" + name + ">" + content + "</" + prefix + ":" + name + ">";
    }

    /** A text with @TOKEN@ places, filled by name. */
    private record Template(List<String> parts, List<String> tokens) {
        private static final Pattern TOKEN = Pattern.compile("@([A-Z0-9]+)@");

        static Template of(String text) {
            List<String> parts = new ArrayList<>();
            List<String> tokens = new ArrayList<>();
            Matcher matcher = TOKEN.matcher(text);
            int at = 0;
            while (matcher.find()) {
                parts.add(text.substring(at, matcher.start()));
                tokens.add(matcher.group(1));
                at = matcher.end();
            }
            parts.add(text.substring(at));
            return new Template(parts, tokens);
        }

        byte[] fill(Map<String, String> values) {
            StringBuilder out = new StringBuilder(parts.stream().mapToInt(String::length).sum() + 256);
            for (int i = 0; i < tokens.size(); i++) {
                out.append(parts.get(i)).append(values.get(tokens.get(i)));
            }
            return out.append(parts.get(parts.size() - 1)).toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}
