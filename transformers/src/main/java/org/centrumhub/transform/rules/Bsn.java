package org.centrumhub.transform.rules;

/** The BSN eleven-test (elfproef) of rules.md section 9. */
public final class Bsn {
    private Bsn() {
    }

    /**
     * True when the value is nine digits whose weighted sum (9..2 for d1..d8, -1 for d9) is a multiple of 11.
     * {@code 000000000} passes the arithmetic but is no citizen's number, so it is refused explicitly.
     */
    public static boolean passesElevenTest(String bsn) {
        if (bsn == null || bsn.length() != 9) {
            return false;
        }
        int sum = 0;
        boolean allZero = true;
        for (int i = 0; i < 9; i++) {
            char c = bsn.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int digit = c - '0';
            allZero &= digit == 0;
            sum += i < 8 ? (9 - i) * digit : -digit;
        }
        return !allZero && sum % 11 == 0;
    }
}
