package org.centrumhub.transform.xml;

import java.io.IOException;

/** The input passed the configured size limit; reading stopped there. */
final class SizeLimitExceeded extends IOException {
    SizeLimitExceeded() {
        super("size limit exceeded");
    }
}
