package org.centrumhub.hub.reports.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.centrumhub.schema.Standard;

/**
 * The region the report benchmark generates a year for: the 16 municipalities of Jeugdzorgregio Zuid-Limburg
 * (Maastricht the centre; all 16 in iJw, six in iWmo, shares by population as in config/regions/zuid-limburg.yml),
 * 250 providers (150 youth care, 100 Wmo) of very different sizes, each contracting a few products, and the region
 * arrangement (participants, advances, joint categories, contract tariffs) as the hub reads it.
 */
final class BenchRegion {
    static final String CENTRE = "0935";
    static final String NAME = "Zuid-Limburg";

    /** A municipality: its youth-care share, and its Wmo share when it takes part in the Wmo region. */
    record Municipality(String code, String name, BigDecimal share, BigDecimal wmoShare) {
    }

    /**
     * A product as providers deliver it: category, code, the standard's Eenheid and Frequentie, the assigned volume
     * range, the typical tariff in cents, the typical length of an assignment in months and how common it is.
     */
    record Product(Standard domain, String category, String code, String unit, String frequency, int volumeMin,
                   int volumeMax, long tariffCents, int monthsMin, int monthsMax, double weight) {
        /** Declared per week (one line per week), not per month. */
        boolean weekly() {
            return frequency.equals("2");
        }
    }

    /** A provider: AGB code, domain, its products with its contract tariff each, and its size. */
    record Provider(String code, Standard domain, List<Product> products, List<Long> tariffs, double weight) {
        long tariff(Product product) {
            return tariffs.get(products.indexOf(product));
        }
    }

    static final List<Municipality> MUNICIPALITIES = List.of(
            new Municipality("0935", "Maastricht", new BigDecimal("0.2056"), new BigDecimal("0.5897")),
            new Municipality("0917", "Heerlen", new BigDecimal("0.1475"), null),
            new Municipality("1883", "Sittard-Geleen", new BigDecimal("0.1534"), null),
            new Municipality("0928", "Kerkrade", new BigDecimal("0.0758"), null),
            new Municipality("0882", "Landgraaf", new BigDecimal("0.0623"), null),
            new Municipality("0899", "Brunssum", new BigDecimal("0.0463"), null),
            new Municipality("1954", "Beekdaelen", new BigDecimal("0.0598"), null),
            new Municipality("1903", "Eijsden-Margraten", new BigDecimal("0.0430"), new BigDecimal("0.1232")),
            new Municipality("1729", "Gulpen-Wittem", new BigDecimal("0.0236"), new BigDecimal("0.0677")),
            new Municipality("0938", "Meerssen", new BigDecimal("0.0320"), new BigDecimal("0.0918")),
            new Municipality("0971", "Stein (L.)", new BigDecimal("0.0413"), null),
            new Municipality("0888", "Beek (L.)", new BigDecimal("0.0265"), null),
            new Municipality("0965", "Simpelveld", new BigDecimal("0.0177"), null),
            new Municipality("0981", "Vaals", new BigDecimal("0.0167"), new BigDecimal("0.0479")),
            new Municipality("0994", "Valkenburg aan de Geul", new BigDecimal("0.0278"), new BigDecimal("0.0797")),
            new Municipality("0986", "Voerendaal", new BigDecimal("0.0207"), null));

    static final List<String> JOINT_JEUGD = List.of("43", "46");
    static final List<String> JOINT_WMO = List.of("15", "16");

    static final List<Product> JEUGD_PRODUCTS = List.of(
            new Product(Standard.IJW, "45", "45A01", "04", "2", 2, 6, 6500, 3, 12, 10),
            new Product(Standard.IJW, "45", "45A02", "04", "2", 1, 4, 7250, 3, 12, 6),
            new Product(Standard.IJW, "45", "45B01", "04", "2", 1, 3, 9200, 2, 9, 3),
            new Product(Standard.IJW, "54", "54A01", "01", "4", 240, 900, 160, 2, 6, 4),
            new Product(Standard.IJW, "41", "41A01", "16", "2", 2, 5, 7000, 3, 9, 2),
            new Product(Standard.IJW, "43", "43A03", "14", "4", 28, 31, 24500, 6, 24, 0.6),
            new Product(Standard.IJW, "46", "46A01", "14", "6", 7, 28, 35000, 1, 1, 0.3));
    static final List<Product> WMO_PRODUCTS = List.of(
            new Product(Standard.IWMO, "01", "01A01", "04", "2", 2, 4, 3820, 6, 36, 10),
            new Product(Standard.IWMO, "02", "02A01", "04", "2", 1, 5, 6500, 3, 12, 7),
            new Product(Standard.IWMO, "07", "07A01", "16", "2", 2, 6, 5200, 6, 24, 3),
            new Product(Standard.IWMO, "15", "15A01", "14", "4", 28, 31, 15000, 12, 36, 0.5),
            new Product(Standard.IWMO, "16", "16A01", "14", "4", 28, 31, 12000, 1, 6, 0.3));

    final List<Provider> providers;

    BenchRegion(int jeugdProviders, int wmoProviders, long seed) {
        Random random = new Random(seed);
        List<Provider> all = new ArrayList<>();
        for (int i = 0; i < jeugdProviders + wmoProviders; i++) {
            boolean jeugd = i < jeugdProviders;
            int rank = jeugd ? i : i - jeugdProviders;
            List<Product> offered = new ArrayList<>();
            List<Product> catalogue = jeugd ? JEUGD_PRODUCTS : WMO_PRODUCTS;
            // every provider has the domain's most common product; some the rarer ones (stay, crisis: few providers)
            offered.add(catalogue.get(0));
            for (Product product : catalogue.subList(1, catalogue.size())) {
                if (random.nextDouble() < Math.min(0.6, product.weight() / 12)) {
                    offered.add(product);
                }
            }
            List<Long> tariffs = new ArrayList<>();
            for (Product product : offered) {
                // contract tariffs differ per provider by a few per cent, rounded to 5 cents (1 cent per minute)
                long step = product.unit().equals("01") ? 1 : 5;
                long tariff = Math.round(product.tariffCents() * (0.94 + 0.12 * random.nextDouble()) / step) * step;
                tariffs.add(tariff);
            }
            all.add(new Provider(String.format("3%07d", i + 1), jeugd ? Standard.IJW : Standard.IWMO,
                    List.copyOf(offered), List.copyOf(tariffs), 1 / Math.pow(rank + 1, 0.8)));
        }
        this.providers = List.copyOf(all);
    }

    /** The region arrangement file, with every provider's contract tariffs valid {@code from}..{@code to}. */
    void writeArrangement(Path folder, LocalDate from, LocalDate to) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("# generated by the report benchmark (ReportBenchmark)\n");
        yaml.append("region: ").append(NAME).append("\ncentre: \"").append(CENTRE).append("\"\ndomains:\n");
        yaml.append("  jeugd:\n    participants:\n");
        for (Municipality m : MUNICIPALITIES) {
            participant(yaml, m, m.share(), 20_000_000);
        }
        yaml.append("    joint-categories: [").append(quoted(JOINT_JEUGD)).append("]\n");
        yaml.append("  wmo:\n    participants:\n");
        for (Municipality m : MUNICIPALITIES) {
            if (m.wmoShare() != null) {
                participant(yaml, m, m.wmoShare(), 4_000_000);
            }
        }
        yaml.append("    joint-categories: [").append(quoted(JOINT_WMO)).append("]\n");
        yaml.append("tariffs:\n");
        for (Provider provider : providers) {
            for (Product product : provider.products()) {
                yaml.append("  - {provider: \"").append(provider.code()).append("\", domain: ")
                        .append(provider.domain() == Standard.IJW ? "jeugd" : "wmo").append(", category: \"")
                        .append(product.category()).append("\", product: \"").append(product.code())
                        .append("\", unit: \"").append(product.unit()).append("\", tariff: ")
                        .append(euros(provider.tariff(product))).append(", from: ").append(from).append(", to: ")
                        .append(to).append("}\n");
            }
        }
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("zuid-limburg.yml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void participant(StringBuilder yaml, Municipality m, BigDecimal share, long monthlyEuros) {
        yaml.append("      - {code: \"").append(m.code()).append("\", name: \"").append(m.name()).append("\", share: ")
                .append(share.toPlainString()).append(", advance: ")
                .append(share.multiply(BigDecimal.valueOf(monthlyEuros)).setScale(2, RoundingMode.HALF_UP)
                        .toPlainString()).append("}\n");
    }

    private static String quoted(List<String> codes) {
        return String.join(", ", codes.stream().map(c -> "\"" + c + "\"").toList());
    }

    private static String euros(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }
}
