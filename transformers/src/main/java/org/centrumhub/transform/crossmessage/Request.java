package org.centrumhub.transform.crossmessage;

import java.time.LocalDate;
import org.centrumhub.schema.Standard;

/** A provider's request for an assignment (315, VOT) or for a change (317, VOW), by its ReferentieAanbieder. */
public record Request(Standard domain, String provider, String municipality, String client, String reference,
                      int messageNumber, LocalDate dagtekening) {
}
