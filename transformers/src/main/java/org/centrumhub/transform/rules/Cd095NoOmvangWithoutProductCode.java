package org.centrumhub.transform.rules;

/** CD095: on the 315 AangevraagdProduct, no Omvang without a Product/Code when the line ends after 2020-12-31 or is open. */
public final class Cd095NoOmvangWithoutProductCode extends NoOmvangWithoutProductCode {
    public Cd095NoOmvangWithoutProductCode() {
        super("CD095", 315);
    }
}
