package org.centrumhub.transform.rules;

/** CD080: on the 301 ToegewezenProduct, no Omvang without a Product/Code when the line ends after 2020-12-31 or is open. */
public final class Cd080NoOmvangWithoutProductCode extends NoOmvangWithoutProductCode {
    public Cd080NoOmvangWithoutProductCode() {
        super("CD080", 301);
    }
}
