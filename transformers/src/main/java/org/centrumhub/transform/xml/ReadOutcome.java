package org.centrumhub.transform.xml;

import java.util.List;
import java.util.Optional;
import org.centrumhub.schema.MessageType;
import org.centrumhub.transform.Finding;
import org.centrumhub.transform.Level;

/**
 * Result of reading one document up to and including XSD validation.
 *
 * @param type     the detected message type, if the root namespace is one of the standard's
 * @param level    the last level reached: {@code XML} when parsing or type detection failed, else {@code XSD}
 * @param findings what was wrong; empty when the document is schema-valid
 * @param root     the element tree, present only when the document is schema-valid
 */
public record ReadOutcome(Optional<MessageType> type, Level level, List<Finding> findings, Optional<XmlElement> root) {
    public boolean schemaValid() {
        return root.isPresent();
    }
}
