package org.centrumhub.hub.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * A Zuid-Limburg-like region for the demo: 16 municipalities (real CBS codes) and a few hundred providers (test AGB
 * codes 22000001 and up).
 */
public final class DemoRegion {
    /** A member of the region: code and name. */
    public record Member(String code, String name) {
    }

    public static final List<Member> MUNICIPALITIES = List.of(
            new Member("0935", "Maastricht"), new Member("0917", "Heerlen"), new Member("1883", "Sittard-Geleen"),
            new Member("0928", "Kerkrade"), new Member("0882", "Landgraaf"), new Member("0899", "Brunssum"),
            new Member("1954", "Beekdaelen"), new Member("1903", "Eijsden-Margraten"), new Member("1729", "Gulpen-Wittem"),
            new Member("0938", "Meerssen"), new Member("0971", "Stein"), new Member("0888", "Beek"),
            new Member("0965", "Simpelveld"), new Member("0981", "Vaals"), new Member("0994", "Valkenburg aan de Geul"),
            new Member("0986", "Voerendaal"));

    public static final int PROVIDER_COUNT = 240;

    private DemoRegion() {
    }

    public static List<Member> providers() {
        List<Member> providers = new ArrayList<>(PROVIDER_COUNT);
        for (int i = 1; i <= PROVIDER_COUNT; i++) {
            providers.add(new Member(String.format("22%06d", i), String.format("Zorgaanbieder %03d", i)));
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
        List<Member> providers = providers();
        for (int i = 0; i < providers.size(); i++) {
            args.add("--centrumhub.parties.providers[" + i + "].code=" + providers.get(i).code());
            args.add("--centrumhub.parties.providers[" + i + "].name=" + providers.get(i).name());
        }
        return args;
    }
}
