package org.centrumhub.transform.rules;

import static org.centrumhub.transform.fixtures.RuleCase.fails;
import static org.centrumhub.transform.fixtures.RuleCase.passes;

import java.util.List;
import org.centrumhub.transform.fixtures.RuleCase;

/** Rows for the header, client and whole-message rules. */
final class CommonRuleCases {
    private CommonRuleCases() {
    }

    static List<RuleCase> cases() {
        return List.of(
                passes("TR135", "Dagtekening before today", "ijw/jw305-valid.xml", f -> f),
                passes("TR135", "Dagtekening is today", "iwmo/wmo305-valid.xml",
                        f -> f.set("Header/BerichtIdentificatie/Dagtekening", "2026-11-22")
                                .set("Client/StartProducten/StartProduct[2]/Begindatum", "2026-11-22")),
                fails("TR135", "Dagtekening tomorrow", "ijw/jw305-valid.xml",
                        f -> f.set("Header/BerichtIdentificatie/Dagtekening", "2026-11-23")),
                fails("TR135", "Dagtekening next year", "iwmo/wmo307-valid.xml",
                        f -> f.set("Header/BerichtIdentificatie/Dagtekening", "2027-01-05")),

                passes("CS002", "test BSN 999900018", "ijw/jw307-valid.xml", f -> f),
                passes("CS002", "test BSN 999900006", "iwmo/wmo305-valid.xml", f -> f.set("Client/Bsn", "999900006")),
                fails("CS002", "last digit off by one", "ijw/jw305-valid.xml", f -> f.set("Client/Bsn", "999900019")),
                fails("CS002", "all zeros", "iwmo/wmo307-valid.xml", f -> f.set("Client/Bsn", "000000000")),

                passes("TR002", "birth date 120 years minus a day before Dagtekening", "ijw/jw305-valid.xml",
                        f -> f.set("Client/Geboortedatum/Datum", "1906-06-11").remove("Client/Geboortedatum/DatumGebruik")),
                passes("TR002", "unknown birth date 1900-01-01 with DatumGebruik 3", "iwmo/wmo307-valid.xml",
                        f -> f.set("Client/Geboortedatum/Datum", "1900-01-01").set("Client/Geboortedatum/DatumGebruik", "3")),
                fails("TR002", "birth date more than 120 years back", "ijw/jw307-valid.xml",
                        f -> f.set("Client/Geboortedatum/Datum", "1906-09-01")),
                fails("TR002", "1900-01-01 without DatumGebruik 3", "iwmo/wmo305-valid.xml",
                        f -> f.set("Client/Geboortedatum/Datum", "1900-01-01").remove("Client/Geboortedatum/DatumGebruik")),

                passes("TR101", "two starts with different assignments", "ijw/jw305-valid.xml", f -> f),
                passes("TR101", "same assignment, different Begindatum", "iwmo/wmo305-valid.xml",
                        f -> f.set("Client/StartProducten/StartProduct[2]/ToewijzingNummer", "700101")
                                .set("Client/StartProducten/StartProduct[2]/Product/Code", "02A01")),
                fails("TR101", "start line repeated", "ijw/jw305-valid.xml",
                        f -> f.duplicate("Client/StartProducten/StartProduct[1]")),
                fails("TR101", "ToewijzingNummer 0700101 equals 700101", "iwmo/wmo307-valid.xml",
                        f -> f.duplicate("Client/StopProducten/StopProduct")
                                .set("Client/StopProducten/StopProduct[2]/ToewijzingNummer", "0700101")),

                passes("TR134", "dates before the Dagtekening", "ijw/jw301-valid.xml", f -> f),
                passes("TR134", "start on the Dagtekening", "iwmo/wmo305-valid.xml",
                        f -> f.set("Client/StartProducten/StartProduct[2]/Begindatum", "2026-06-10")),
                fails("TR134", "assignment decided the day after the Dagtekening", "ijw/jw301-valid.xml",
                        f -> f.set("Client/ToegewezenProducten/ToegewezenProduct[1]/Toewijzingsdatum", "2026-05-29")),
                fails("TR134", "relation born after the Dagtekening", "iwmo/wmo301-valid.xml",
                        f -> f.set("Client/Relaties/Relatie/Geboortedatum/Datum", "2027-01-01")),
                fails("TR134", "start after the Dagtekening", "ijw/jw305-valid.xml",
                        f -> f.set("Client/StartProducten/StartProduct[2]/Begindatum", "2026-06-11")),
                fails("TR134", "stop after the Dagtekening", "iwmo/wmo307-valid.xml",
                        f -> f.set("Client/StopProducten/StopProduct/Einddatum", "2026-09-03")));
    }
}
