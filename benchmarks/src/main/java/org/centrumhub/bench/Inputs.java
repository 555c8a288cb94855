package org.centrumhub.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.centrumhub.transform.fixtures.LargeDeclaration;

/** The two benchmark messages: a small start of care and a large declaration, both valid at every level. */
final class Inputs {
    /** About 5 MB: 2,000 clients with 4 lines each. */
    static final int LARGE_CLIENTS = 2000;
    static final int LARGE_LINES_PER_CLIENT = 4;

    private Inputs() {
    }

    /** The JW305 fixture (two start lines, about 2 KB). */
    static byte[] jw305() {
        try (InputStream in = Inputs.class.getResourceAsStream("/fixtures/ijw/jw305-valid.xml")) {
            if (in == null) {
                throw new IllegalStateException("fixtures/ijw/jw305-valid.xml not on the classpath (transformers test-jar)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] jw323() {
        return LargeDeclaration.jw323(LARGE_CLIENTS, LARGE_LINES_PER_CLIENT);
    }
}
