package org.centrumhub.hub.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what looks like a BSN in text: a 9-digit number standing as a token that passes the BSN eleven-test
 * (9·d1 + 8·d2 + ... + 2·d8 − 1·d9 ≡ 0 mod 11, not all zeros). A token is not part of a longer run of digits or
 * letters (so not inside a UUID, a hex id or a 10-digit number) and not the fraction of a decimal number (a
 * timestamp's nanoseconds, {@code 0.123456789}) nor its whole part ({@code 123456789.5}).
 */
public final class BsnDetector {
    private static final Pattern TOKEN = Pattern.compile(
            "(?<![0-9A-Za-z])(?<![0-9]\\.)([0-9]{9})(?![0-9A-Za-z])(?!\\.[0-9])");

    private BsnDetector() {
    }

    /** A number found: where it starts on its line (0-based) and the nine digits. */
    public record Found(int column, String number) {
        /** The first two digits, the rest masked: {@code 99*******}. */
        public String masked() {
            return mask(number);
        }

        /** Masked, should a found number be printed. */
        @Override
        public String toString() {
            return "Found[column=" + column + ", number=" + masked() + "]";
        }
    }

    /** Every eleven-test 9-digit token in the text, in order. */
    public static List<Found> find(CharSequence text) {
        List<Found> found = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            if (passesElevenTest(matcher.group(1))) {
                found.add(new Found(matcher.start(1), matcher.group(1)));
            }
        }
        return found;
    }

    /** The BSN eleven-test on nine digits; 000000000 does not pass. */
    public static boolean passesElevenTest(String nine) {
        if (nine == null || nine.length() != 9 || nine.equals("000000000")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            char c = nine.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * (i < 8 ? 9 - i : -1);
        }
        return sum % 11 == 0;
    }

    /** The first two digits, the rest masked. */
    public static String mask(String number) {
        return number.substring(0, 2) + "*".repeat(number.length() - 2);
    }

    /** A line with every eleven-test 9-digit token masked. */
    public static String maskAll(String line) {
        StringBuilder out = new StringBuilder(line);
        for (Found found : find(line)) {
            out.replace(found.column(), found.column() + 9, found.masked());
        }
        return out.toString();
    }
}
