package org.centrumhub.transform.rules;

/** CD096: on the 317 NieuwProduct, no Omvang without a Product/Code when the line ends after 2020-12-31 or is open. */
public final class Cd096NoOmvangWithoutProductCode extends NoOmvangWithoutProductCode {
    public Cd096NoOmvangWithoutProductCode() {
        super("CD096", 317);
    }
}
