package org.centrumhub.transform.crossmessage;

import org.centrumhub.schema.Standard;

/** A municipality's answer (319) to a request: VerzoekAntwoord 1 rejected, 2 under investigation. */
public record RequestAnswer(Standard domain, String municipality, String provider, String reference,
                            String verzoekAntwoord) {

    public boolean rejected() {
        return "1".equals(verzoekAntwoord);
    }
}
