package org.centrumhub.transform.rules;

import java.util.List;
import org.centrumhub.transform.Message;

/**
 * TR302: in a 301 a product occurs more than once only with non-overlapping periods; lines that withdraw an
 * assignment (RedenWijziging 13 deleted or 01 obsolete, Ingangsdatum = Einddatum) are left out.
 */
public final class Tr302NoOverlappingAssignedProducts extends NoOverlappingProducts {
    public Tr302NoOverlappingAssignedProducts() {
        super("TR302", "a product occurs more than once in a 301 only with non-overlapping periods", 301);
    }

    @Override
    protected List<ProductLine> lines(Message message) {
        return super.lines(message).stream().filter(line -> !withdrawn(line)).toList();
    }

    private static boolean withdrawn(ProductLine line) {
        boolean reason = line.line().text("RedenWijziging").filter(r -> r.equals("13") || r.equals("01")).isPresent();
        return reason && line.start().isPresent() && line.start().equals(line.end());
    }
}
