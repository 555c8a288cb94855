package org.centrumhub.hub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A dead letter's reason says what failed and never quotes a BSN. */
class DeadLettersTest {

    @Test
    void theReasonNamesTheFailureAndMasksAnythingLikeABsn() {
        String reason = DeadLetters.reason(new IllegalStateException("no row for client 999900043 in batch 1234567890"));
        assertThat(reason).isEqualTo("IllegalStateException: no row for client ********* in batch 1234567890");
    }

    @Test
    void aFailureWithoutMessageStillHasAReason() {
        assertThat(DeadLetters.reason(new NullPointerException())).startsWith("NullPointerException");
        assertThat(DeadLetters.reason(null)).isEqualTo("unknown failure");
    }
}
