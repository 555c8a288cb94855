package org.centrumhub.transform.crossmessage;

/** A contract tariff for a product: the unit it is agreed in (WJ756 Eenheid) and the amount per unit in cents. */
public record Tariff(String unit, long cents) {
    public static final String MINUTE = "01";
    public static final String HOUR = "04";
}
