package org.centrumhub.transform.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * A Zuid-Limburg-like region for the demo: 16 municipalities (real CBS codes) and a few hundred providers (test AGB
 * codes 22000001 and up).
 */
public final class DemoRegion {
    /** A party of the region: code and name. */
    public record Party(String code, String name) {
    }

    public static final List<Party> MUNICIPALITIES = List.of(
            new Party("0935", "Maastricht"), new Party("0917", "Heerlen"), new Party("1883", "Sittard-Geleen"),
            new Party("0928", "Kerkrade"), new Party("0882", "Landgraaf"), new Party("0899", "Brunssum"),
            new Party("1954", "Beekdaelen"), new Party("1903", "Eijsden-Margraten"), new Party("1729", "Gulpen-Wittem"),
            new Party("0938", "Meerssen"), new Party("0971", "Stein"), new Party("0888", "Beek"),
            new Party("0965", "Simpelveld"), new Party("0981", "Vaals"), new Party("0994", "Valkenburg aan de Geul"),
            new Party("0986", "Voerendaal"));

    public static final int PROVIDER_COUNT = 240;

    private DemoRegion() {
    }

    public static List<Party> providers() {
        List<Party> providers = new ArrayList<>(PROVIDER_COUNT);
        for (int i = 1; i <= PROVIDER_COUNT; i++) {
            providers.add(new Party(String.format("22%06d", i), String.format("Zorgaanbieder %03d", i)));
        }
        return providers;
    }

    /** The region as Spring Boot command-line properties for the party registry. */
    public static List<String> registryArguments() {
        List<String> args = new ArrayList<>();
        for (int i = 0; i < MUNICIPALITIES.size(); i++) {
            args.add("--centrumhub.parties.municipalities[" + i + "].code=" + MUNICIPALITIES.get(i).code());
            args.add("--centrumhub.parties.municipalities[" + i + "].name=" + MUNICIPALITIES.get(i).name());
        }
        List<Party> providers = providers();
        for (int i = 0; i < providers.size(); i++) {
            args.add("--centrumhub.parties.providers[" + i + "].code=" + providers.get(i).code());
            args.add("--centrumhub.parties.providers[" + i + "].name=" + providers.get(i).name());
        }
        return args;
    }
}
