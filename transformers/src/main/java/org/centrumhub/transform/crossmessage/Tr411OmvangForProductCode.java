package org.centrumhub.transform.crossmessage;

/** TR411 (9411): a change of an assignment with a product code has an Omvang. */
public final class Tr411OmvangForProductCode extends ChangedExtentFitsProduct {
    public Tr411OmvangForProductCode() {
        super("TR411", "9411", "if the assignment's product has a code, the change has an Omvang",
                a -> a.code() != null, true);
    }
}
