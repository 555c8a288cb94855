package org.centrumhub.transform.crossmessage;

/** TR412 (9412): a change of a category-only assignment running after 2020 (or open) has no Omvang. */
public final class Tr412NoOmvangForCategoryOnly extends ChangedExtentFitsProduct {
    public Tr412NoOmvangForCategoryOnly() {
        super("TR412", "9412", "if the assignment's product has no code (after 2020), the change has no Omvang",
                a -> a.category() != null && a.code() == null && endsAfter2020OrOpen(a), false);
    }
}
