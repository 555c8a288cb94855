package org.centrumhub.transform.retour;

import java.util.List;
import org.centrumhub.schema.MessageType;

/**
 * A built answer message.
 *
 * @param type        the answer's type (JW306, WMO302, JW325, ...)
 * @param xml         the message, UTF-8
 * @param headerCodes the retourcodes in its header (empty for a full approval of a retour)
 * @param accepted    true when the heen message was accepted as a whole
 */
public record Answer(MessageType type, byte[] xml, List<String> headerCodes, boolean accepted) {
}
