package org.centrumhub.transform.rules;

/** TR410: among the 317 NieuwProduct lines a product occurs more than once only with non-overlapping periods. */
public final class Tr410NoOverlappingNewProducts extends NoOverlappingProducts {
    public Tr410NoOverlappingNewProducts() {
        super("TR410", "a product occurs more than once among the 317 NieuwProduct lines only without overlap", 317);
    }
}
