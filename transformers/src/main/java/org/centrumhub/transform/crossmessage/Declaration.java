package org.centrumhub.transform.crossmessage;

import java.time.YearMonth;
import org.centrumhub.schema.Standard;

/**
 * A declaration (323) that counts as sent: its number (unique per provider per legal domain, TR333) and its period,
 * per provider and addressed municipality (the succession of periods, TR318).
 */
public record Declaration(Standard domain, String provider, String municipality, String number, YearMonth period) {
}
