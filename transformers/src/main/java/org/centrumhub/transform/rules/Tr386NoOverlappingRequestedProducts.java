package org.centrumhub.transform.rules;

/** TR386: in a 315 (VOT) a product occurs more than once only with non-overlapping periods. */
public final class Tr386NoOverlappingRequestedProducts extends NoOverlappingProducts {
    public Tr386NoOverlappingRequestedProducts() {
        super("TR386", "a product occurs more than once in a 315 only with non-overlapping periods", 315);
    }
}
