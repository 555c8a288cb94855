package org.centrumhub.hub.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The detector on planted samples: it finds a BSN where logs put one and ignores numbers that only look alike. */
class BsnDetectorTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-10-01 12:00:00.123  INFO 4711 --- [main] o.c.hub.Intake : refused client 999999990 for 0935 | 999999990",
            "<jw305:Client><jw305:Bsn>999900018</jw305:Bsn> | 999900018",
            "{\"code\":\"CS002\",\"bsn\":\"999999990\",\"n\":1} | 999999990",
            "the client is 999999990. | 999999990",
            "key=client_999999990 | 999999990",
            "leading zero 012345672 | 012345672",
            "bsn=999999990,999900018 | 999999990"})
    void findsABsnInALogLineXmlAndJson(String text, String bsn) {
        assertThat(BsnDetector.find(text)).extracting(BsnDetector.Found::number).contains(bsn);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "message d9428888-122b-11e1-b85c-999999990abc stored",
            "trace 4bf92f3577b34da6a999999990e0e473",
            "at 2026-10-01T12:00:00.999999990Z",
            "took PT0.999999990S",
            "ten digits 9999999901 and 0999999990",
            "a decimal 999999990.5",
            "a number that fails the test 123456789",
            "all zeros 000000000",
            "eight 99999999 digits"})
    void ignoresUuidsHexIdsFractionsAndLongerNumbers(String text) {
        assertThat(BsnDetector.find(text)).isEmpty();
    }

    @Test
    void elevenTestAndMasking() {
        assertThat(BsnDetector.passesElevenTest("999900018")).isTrue();
        assertThat(BsnDetector.passesElevenTest("999900019")).isFalse();
        assertThat(BsnDetector.mask("999999990")).isEqualTo("99*******");
        assertThat(BsnDetector.maskAll("a 999999990 b 999900018 c 123456789"))
                .isEqualTo("a 99******* b 99******* c 123456789");
        assertThat(BsnDetector.find("x 999999990").get(0).column()).isEqualTo(2);
    }

    @Test
    void knowsTheFixturesBsns() {
        FixtureBsns fixtures = FixtureBsns.collect(Path.of("").toAbsolutePath().getParent());
        assertThat(fixtures.literal()).contains("999900018", "999900043").doesNotContain("209715200");
        assertThat(fixtures.describe("999900018")).contains("literal");
        assertThat(fixtures.describe("990000011")).as("TestBsns.candidate(1)").contains("generated");
        assertThat(fixtures.describe("012345672")).isNull();
    }
}
