package org.centrumhub.transform.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.centrumhub.schema.Standard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading and checking arrangement files: the shipped example, several regions, and one case per mistake. */
class RegionsTest {
    static final String VALID = """
            region: Test
            centre: "0935"
            domains:
              jeugd:
                participants:
                  - {code: "0935", name: A, share: 0.5, advance: 100.00}
                  - {code: "0917", name: B, share: 0.3, advance: 50}
                  - {code: "1883", name: C, share: 0.2, advance: 0}
                joint-categories: ["43"]
            tariffs:
              - {provider: "12345678", domain: jeugd, category: "45", product: "45A01", unit: "04", tariff: 65.00, from: 2026-01-01, to: 2026-12-31}
            """;

    @Test
    void theShippedZuidLimburgArrangementIsValid() {
        Regions regions = Regions.load(Path.of("..", "config", "regions"));
        Arrangement region = regions.named("Zuid-Limburg").orElseThrow();
        assertThat(region.centre()).isEqualTo("0935");
        assertThat(region.source()).isEqualTo("zuid-limburg.yml");
        DomainArrangement jeugd = region.domain(Standard.IJW).orElseThrow();
        assertThat(jeugd.participants()).hasSize(16);
        assertThat(jeugd.shares().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1");
        assertThat(jeugd.joint("43")).isTrue();
        assertThat(jeugd.joint("45")).isFalse();
        assertThat(jeugd.tariff("12345678", "45A01", LocalDate.of(2026, 10, 1)).orElseThrow().tariffCents())
                .isEqualTo(6500);
        assertThat(jeugd.tariff("12345678", "45A01", LocalDate.of(2025, 6, 30)).orElseThrow().tariffCents())
                .isEqualTo(6250);
        assertThat(jeugd.tariff("12345678", "45A01", LocalDate.of(2024, 12, 31))).isEmpty();
        assertThat(jeugd.tariff("12345678", "45A02", LocalDate.of(2030, 1, 1)).orElseThrow().unit()).isEqualTo("83");
        assertThat(region.domain(Standard.IWMO).orElseThrow().participants()).hasSize(6);
        assertThat(regions.regionOf(Standard.IJW, "0917")).contains(region);
        assertThat(regions.regionOf(Standard.IWMO, "0917")).isEmpty();
        assertThat(regions.regionOf(Standard.IWMO, "0935")).contains(region);
        assertThat(regions.regionOf(Standard.IJW, "0344")).isEmpty();
    }

    @Test
    void aParticipantOfADomainHasItsShareAndAdvanceInCents() {
        DomainArrangement jeugd = Regions.parse("test.yml", VALID).domain(Standard.IJW).orElseThrow();
        assertThat(jeugd.participant("0935").orElseThrow().monthlyAdvanceCents()).isEqualTo(10_000);
        assertThat(jeugd.participant("0917").orElseThrow().monthlyAdvanceCents()).isEqualTo(5_000);
        assertThat(jeugd.shares()).containsExactly(java.util.Map.entry("0935", new BigDecimal("0.5")),
                java.util.Map.entry("0917", new BigDecimal("0.3")), java.util.Map.entry("1883", new BigDecimal("0.2")));
        assertThat(jeugd.tariff("12345678", "45A01", LocalDate.of(2026, 12, 31))).isPresent();
        assertThat(jeugd.tariff("12345678", "45A01", LocalDate.of(2027, 1, 1))).isEmpty();
    }

    @Test
    void aSecondRegionIsOneMoreFile(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("a-test.yml"), VALID);
        Files.writeString(folder.resolve("b-other.yaml"), """
                region: Other
                centre: "0344"
                domains:
                  wmo:
                    participants:
                      - {code: "0344", name: Utrecht, share: 0.9, advance: 1000}
                      - {code: "0917", name: Heerlen, share: 0.1, advance: 100}
                """);
        Files.writeString(folder.resolve("notes.txt"), "not an arrangement");
        Regions regions = Regions.load(folder);
        assertThat(regions.all()).extracting(Arrangement::name).containsExactly("Test", "Other");
        assertThat(regions.regionOf(Standard.IJW, "0917").orElseThrow().name()).isEqualTo("Test");
        assertThat(regions.regionOf(Standard.IWMO, "0917").orElseThrow().name()).isEqualTo("Other");
        assertThat(regions.regionOf(Standard.IJW, "0344")).isEmpty();
    }

    @Test
    void aMunicipalityIsInAtMostOneRegionPerDomain(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("a.yml"), VALID);
        Files.writeString(folder.resolve("b.yml"), VALID.replace("region: Test", "region: Twin")
                .replace("\"0935\", name: A", "\"0344\", name: A").replace("centre: \"0935\"", "centre: \"0344\""));
        assertThatThrownBy(() -> Regions.load(folder)).isInstanceOf(ArrangementException.class)
                .hasMessageContaining("b.yml: domains.jeugd: municipality 0917 is already in region Test (a.yml)")
                .hasMessageContaining("municipality 1883");
    }

    @Test
    void regionNamesAreUnique(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("a.yml"), VALID);
        Files.writeString(folder.resolve("b.yml"), VALID.replace("domains:\n  jeugd:", "domains:\n  wmo:")
                .replace("\"43\"", "\"15\"").replace("domain: jeugd, category: \"45\"", "domain: wmo, category: \"02\""));
        assertThatThrownBy(() -> Regions.load(folder))
                .hasMessageContaining("b.yml: region: Test is also the name of the region in a.yml");
    }

    @Test
    void noFolderMeansNoRegions(@TempDir Path folder) {
        assertThat(Regions.load(folder.resolve("missing")).all()).isEmpty();
        assertThat(Regions.none().regionOf(Standard.IJW, "0935")).isEmpty();
    }

    @Test
    void everyProblemOfEveryFileIsReportedAtOnce(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("a.yml"), VALID.replace("share: 0.5", "share: 0.55").replace("centre: \"0935\"",
                "centre: \"935\""));
        Files.writeString(folder.resolve("b.yml"), VALID.replace("unit: \"04\"", "unit: \"4\""));
        assertThatThrownBy(() -> Regions.load(folder)).isInstanceOfSatisfying(ArrangementException.class,
                e -> assertThat(e.problems()).containsExactly(
                        "a.yml: centre: 935 is not a 4-digit CBS code",
                        "a.yml: domains.jeugd.participants: the shares add up to 1.05, not exactly 1",
                        "b.yml: tariffs[0].unit: 4 is not a 2-digit Eenheid code"));
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("region missing", "region: Test\n", "", "region", "is missing"),
                Arguments.of("centre not 4 digits", "centre: \"0935\"", "centre: \"09355\"", "centre",
                        "09355 is not a 4-digit CBS code"),
                Arguments.of("centre unquoted", "centre: \"0935\"", "centre: 935", "centre",
                        "must be a 4-digit CBS code in quotes"),
                Arguments.of("unknown top key", "region: Test", "region: Test\nregio: Test", "regio",
                        "is not a known key"),
                Arguments.of("unknown domain", "  jeugd:\n", "  jeugdzorg:\n", "domains.jeugdzorg",
                        "is not a domain: use jeugd or wmo"),
                Arguments.of("unknown domain key", "    joint-categories:", "    joint-category:",
                        "domains.jeugd.joint-category", "is not a known key"),
                Arguments.of("no participants", "    participants:\n      - {code: \"0935\", name: A, share: 0.5, "
                        + "advance: 100.00}\n      - {code: \"0917\", name: B, share: 0.3, advance: 50}\n      - {code: "
                        + "\"1883\", name: C, share: 0.2, advance: 0}\n", "    participants: []\n",
                        "domains.jeugd.participants", "must list at least one participant"),
                Arguments.of("participant code 3 digits", "code: \"1883\"", "code: \"188\"",
                        "domains.jeugd.participants[2].code", "188 is not a 4-digit CBS code"),
                Arguments.of("participant twice", "code: \"1883\"", "code: \"0917\"",
                        "domains.jeugd.participants[2].code", "0917 is listed twice"),
                Arguments.of("unknown participant key", "name: C,", "nam: C,", "domains.jeugd.participants[2].nam",
                        "is not a known key"),
                Arguments.of("participant name missing", "name: C, ", "", "domains.jeugd.participants[2].name",
                        "is missing"),
                Arguments.of("share over 1", "share: 0.5", "share: 1.5", "domains.jeugd.participants[0].share",
                        "is 1.5, must be between 0 and 1"),
                Arguments.of("share negative", "share: 0.2", "share: -0.2", "domains.jeugd.participants[2].share",
                        "is -0.2, must be between 0 and 1"),
                Arguments.of("share 5 decimals", "share: 0.2", "share: 0.19999", "domains.jeugd.participants[2].share",
                        "0.19999 has more than 4 decimals"),
                Arguments.of("share quoted", "share: 0.2", "share: \"0.2\"", "domains.jeugd.participants[2].share",
                        "must be a number"),
                Arguments.of("shares not 1", "share: 0.2", "share: 0.2001", "domains.jeugd.participants",
                        "the shares add up to 1.0001, not exactly 1"),
                Arguments.of("advance negative", "advance: 50", "advance: -50", "domains.jeugd.participants[1].advance",
                        "is -50, must not be negative"),
                Arguments.of("advance 3 decimals", "advance: 50", "advance: 50.005",
                        "domains.jeugd.participants[1].advance", "50.005 has more than 2 decimals"),
                Arguments.of("joint category unknown", "[\"43\"]", "[\"02\"]", "domains.jeugd.joint-categories[0]",
                        "02 is not a product category of jeugd"),
                Arguments.of("joint category unquoted", "[\"43\"]", "[43]", "domains.jeugd.joint-categories[0]",
                        "must be a product category in quotes"),
                Arguments.of("provider not AGB", "provider: \"12345678\"", "provider: \"1234567\"", "tariffs[0].provider",
                        "1234567 is not an 8-digit AGB code"),
                Arguments.of("tariff domain unknown", "domain: jeugd,", "domain: zorg,", "tariffs[0].domain",
                        "zorg is not a domain"),
                Arguments.of("tariff domain not arranged", "domain: jeugd, category: \"45\"",
                        "domain: wmo, category: \"02\"", "tariffs", "has tariffs for wmo, which the region does not arrange"),
                Arguments.of("tariff category of other domain", "category: \"45\"", "category: \"02\"",
                        "tariffs[0].category", "02 is not a product category of jeugd"),
                Arguments.of("unit not 2 digits", "unit: \"04\"", "unit: \"004\"", "tariffs[0].unit",
                        "004 is not a 2-digit Eenheid code"),
                Arguments.of("unit not in codelist", "unit: \"04\"", "unit: \"05\"", "tariffs[0].unit",
                        "05 is not an Eenheid of the standard"),
                Arguments.of("product code too long", "product: \"45A01\"", "product: \"45A012\"", "tariffs[0].product",
                        "45A012 is not a product code"),
                Arguments.of("tariff zero", "tariff: 65.00", "tariff: 0", "tariffs[0].tariff", "is 0, must be more than 0"),
                Arguments.of("tariff 3 decimals", "tariff: 65.00", "tariff: 65.001", "tariffs[0].tariff",
                        "65.001 has more than 2 decimals"),
                Arguments.of("from missing", "from: 2026-01-01, ", "", "tariffs[0].from", "is missing"),
                Arguments.of("from not a date", "from: 2026-01-01", "from: 2026-13-01", "tariffs[0].from",
                        "2026-13-01 is not a date (YYYY-MM-DD)"),
                Arguments.of("to before from", "to: 2026-12-31", "to: 2025-12-31", "tariffs[0].to",
                        "2025-12-31 is before from 2026-01-01"),
                Arguments.of("unknown tariff key", "unit: \"04\"", "units: \"04\"", "tariffs[0].units",
                        "is not a known key"),
                Arguments.of("overlapping periods", "to: 2026-12-31}", "to: 2026-12-31}\n  - {provider: \"12345678\", "
                        + "domain: jeugd, category: \"45\", product: \"45A01\", unit: \"04\", tariff: 70.00, "
                        + "from: 2026-12-01}", "tariffs[1]", "overlaps tariffs[0] (provider 12345678, jeugd, product 45A01)"),
                Arguments.of("duplicate key", "region: Test", "region: Test\nregion: Again", "",
                        "not valid YAML: Duplicate field 'region'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachMistakeNamesFileKeyAndProblem(String name, String from, String to, String key, String problem) {
        String text = VALID.replace(from, to);
        assertThat(text).as("the case changes the file").isNotEqualTo(VALID);
        assertThatThrownBy(() -> Regions.parse("test.yml", text)).isInstanceOf(ArrangementException.class)
                .hasMessageContaining("test.yml: " + (key.isEmpty() ? "" : key + ": ") + problem);
    }

    @Test
    void consecutivePeriodsOfOneProductDoNotOverlap() {
        String text = VALID.replace("to: 2026-12-31}", "to: 2026-12-31}\n  - {provider: \"12345678\", domain: jeugd, "
                + "category: \"45\", product: \"45A01\", unit: \"04\", tariff: 70.00, from: 2027-01-01}");
        DomainArrangement jeugd = Regions.parse("test.yml", text).domain(Standard.IJW).orElseThrow();
        assertThat(jeugd.tariff("12345678", "45A01", LocalDate.of(2031, 5, 1)).orElseThrow().tariffCents())
                .isEqualTo(7000);
    }
}
