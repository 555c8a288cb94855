package org.centrumhub.transform.crossmessage;

/** TR375 (9375): a change of an assignment without any product, running after 2020 (or open), has no Omvang. */
public final class Tr375NoOmvangWithoutProduct extends ChangedExtentFitsProduct {
    public Tr375NoOmvangWithoutProduct() {
        super("TR375", "9375", "if the assignment has no product (after 2020), the change has no Omvang",
                a -> a.category() == null && a.code() == null && endsAfter2020OrOpen(a), false);
    }
}
