package org.centrumhub.transform.region;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centrumhub.schema.Standard;

/**
 * Reads one arrangement file and checks it key by key, collecting every problem with the file name and the key's
 * path ({@code domains.jeugd.participants[3].share}), so an operator sees all mistakes at once.
 */
final class ArrangementFile {
    /** The domains' keys in the file. */
    static final Map<String, Standard> DOMAIN_KEYS = Map.of("jeugd", Standard.IJW, "wmo", Standard.IWMO);
    /** LDT_ProductCategorie per standard (JZ020 and WMO020): jointly paid categories and tariffs must use these. */
    static final Map<Standard, Set<String>> CATEGORIES = Map.of(
            Standard.IJW, Set.of("31", "32", "33", "34", "35", "36", "37", "38", "40", "41", "42", "43", "44", "45",
                    "46", "47", "48", "49", "50", "51", "52", "53", "54", "55"),
            Standard.IWMO, Set.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14",
                    "15", "16", "17", "18"));
    /** LDT_Eenheid (WJ756). */
    static final Set<String> UNITS = Set.of("01", "04", "14", "16", "82", "83", "84");
    static final int SHARE_DECIMALS = 4;

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final String file;
    private final List<String> problems;

    private ArrangementFile(String file, List<String> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The arrangement in the text, or null when it has problems (which are added to {@code problems}). */
    static Arrangement read(String file, String text, List<String> problems) {
        int before = problems.size();
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            problems.add(file + ": not valid YAML: " + e.getOriginalMessage());
            return null;
        }
        Arrangement arrangement = new ArrangementFile(file, problems).arrangement(root);
        return problems.size() == before ? arrangement : null;
    }

    private Arrangement arrangement(JsonNode root) {
        if (root == null || !root.isObject()) {
            problem("", "must be a map with the keys region, centre, domains and tariffs");
            return null;
        }
        keys(root, "", Set.of("region", "centre", "domains", "tariffs"));
        String name = text(root, "", "region", true);
        String centre = code(root, "", "centre", "[0-9]{4}", "a 4-digit CBS code");
        Map<Standard, DomainArrangement> domains = new EnumMap<>(Standard.class);
        Map<Standard, List<ContractTariff>> tariffs = tariffs(root.get("tariffs"));
        JsonNode domainsNode = root.get("domains");
        if (domainsNode == null || domainsNode.isNull() || (domainsNode.isObject() && domainsNode.isEmpty())) {
            problem("domains", "is missing: a region arranges jeugd, wmo or both");
        } else if (!domainsNode.isObject()) {
            problem("domains", "must be a map of jeugd and/or wmo");
        } else {
            for (Iterator<Map.Entry<String, JsonNode>> it = domainsNode.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                Standard standard = DOMAIN_KEYS.get(entry.getKey());
                if (standard == null) {
                    problem("domains." + entry.getKey(), "is not a domain: use jeugd or wmo");
                } else {
                    domains.put(standard, domain(standard, "domains." + entry.getKey(), entry.getValue(),
                            tariffs.getOrDefault(standard, List.of())));
                }
            }
        }
        for (Standard standard : tariffs.keySet()) {
            if (!domains.containsKey(standard)) {
                problem("tariffs", "has tariffs for " + key(standard) + ", which the region does not arrange");
            }
        }
        return new Arrangement(name, centre, domains, file);
    }

    private DomainArrangement domain(Standard standard, String path, JsonNode node, List<ContractTariff> tariffs) {
        if (node == null || !node.isObject()) {
            problem(path, "must be a map with participants and joint-categories");
            return new DomainArrangement(standard, List.of(), Set.of(), tariffs);
        }
        keys(node, path, Set.of("participants", "joint-categories"));
        List<Participant> participants = new ArrayList<>();
        JsonNode list = node.get("participants");
        if (list == null || !list.isArray() || list.isEmpty()) {
            problem(path + ".participants", "must list at least one participant");
        } else {
            Set<String> codes = new LinkedHashSet<>();
            BigDecimal sum = BigDecimal.ZERO;
            boolean sharesRead = true;
            for (int i = 0; i < list.size(); i++) {
                String at = path + ".participants[" + i + "]";
                JsonNode p = list.get(i);
                if (!p.isObject()) {
                    problem(at, "must be a map with code, name, share and advance");
                    sharesRead = false;
                    continue;
                }
                keys(p, at, Set.of("code", "name", "share", "advance"));
                String code = code(p, at, "code", "[0-9]{4}", "a 4-digit CBS code");
                if (code != null && !codes.add(code)) {
                    problem(at + ".code", code + " is listed twice");
                }
                String name = text(p, at, "name", true);
                BigDecimal share = decimal(p, at, "share", SHARE_DECIMALS);
                if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0)) {
                    problem(at + ".share", "is " + share.toPlainString() + ", must be between 0 and 1");
                }
                BigDecimal advance = decimal(p, at, "advance", 2);
                if (advance != null && advance.signum() < 0) {
                    problem(at + ".advance", "is " + advance.toPlainString() + ", must not be negative");
                }
                if (share == null) {
                    sharesRead = false;
                } else {
                    sum = sum.add(share);
                }
                participants.add(new Participant(code, name, share,
                        advance == null ? 0 : advance.movePointRight(2).longValueExact()));
            }
            if (sharesRead && sum.compareTo(BigDecimal.ONE) != 0) {
                problem(path + ".participants", "the shares add up to " + sum.toPlainString() + ", not exactly 1");
            }
        }
        Set<String> joint = new LinkedHashSet<>();
        JsonNode categories = node.get("joint-categories");
        if (categories != null && !categories.isNull()) {
            if (!categories.isArray()) {
                problem(path + ".joint-categories", "must be a list of product categories, e.g. [\"43\"]");
            } else {
                for (int i = 0; i < categories.size(); i++) {
                    String at = path + ".joint-categories[" + i + "]";
                    String category = category(categories.get(i), at, standard);
                    if (category != null && !joint.add(category)) {
                        problem(at, category + " is listed twice");
                    }
                }
            }
        }
        return new DomainArrangement(standard, participants, joint, tariffs);
    }

    private Map<Standard, List<ContractTariff>> tariffs(JsonNode list) {
        Map<Standard, List<ContractTariff>> tariffs = new EnumMap<>(Standard.class);
        if (list == null || list.isNull()) {
            return tariffs;
        }
        if (!list.isArray()) {
            problem("tariffs", "must be a list of tariffs");
            return tariffs;
        }
        Map<String, List<Integer>> seen = new HashMap<>();
        List<ContractTariff> read = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "tariffs[" + i + "]";
            JsonNode t = list.get(i);
            if (!t.isObject()) {
                problem(at, "must be a map with provider, domain, category, product, unit, tariff, from and to");
                read.add(null);
                continue;
            }
            keys(t, at, Set.of("provider", "domain", "category", "product", "unit", "tariff", "from", "to"));
            String provider = code(t, at, "provider", "[0-9]{8}", "an 8-digit AGB code");
            String domainKey = text(t, at, "domain", true);
            Standard standard = domainKey == null ? null : DOMAIN_KEYS.get(domainKey);
            if (domainKey != null && standard == null) {
                problem(at + ".domain", domainKey + " is not a domain: use jeugd or wmo");
            }
            String category = standard == null ? text(t, at, "category", true) : category(t.get("category"),
                    at + ".category", standard);
            String product = text(t, at, "product", true);
            if (product != null && !product.matches("[0-9A-Za-z]{1,5}")) {
                problem(at + ".product", product + " is not a product code (1 to 5 letters or digits)");
            }
            String unit = code(t, at, "unit", "[0-9]{2}", "a 2-digit Eenheid code");
            if (unit != null && !UNITS.contains(unit)) {
                problem(at + ".unit", unit + " is not an Eenheid of the standard (01, 04, 14, 16, 82, 83, 84)");
            }
            BigDecimal price = decimal(t, at, "tariff", 2);
            if (price != null && price.signum() <= 0) {
                problem(at + ".tariff", "is " + price.toPlainString() + ", must be more than 0");
            }
            LocalDate from = date(t, at, "from", true);
            LocalDate to = date(t, at, "to", false);
            if (from != null && to != null && from.isAfter(to)) {
                problem(at + ".to", to + " is before from " + from);
            }
            if (provider == null || standard == null || category == null || product == null || unit == null
                    || price == null || from == null) {
                read.add(null);
                continue;
            }
            ContractTariff tariff = new ContractTariff(provider, category, product, unit,
                    price.movePointRight(2).longValueExact(), from, to);
            String key = provider + "/" + domainKey + "/" + product;
            for (int j : seen.getOrDefault(key, List.of())) {
                if (read.get(j).overlaps(tariff)) {
                    problem(at, "overlaps tariffs[" + j + "] (provider " + provider + ", " + domainKey + ", product "
                            + product + "): validity periods of one product must not overlap");
                }
            }
            seen.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            read.add(tariff);
            tariffs.computeIfAbsent(standard, s -> new ArrayList<>()).add(tariff);
        }
        return tariffs;
    }

    private void keys(JsonNode node, String path, Set<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                problem(join(path, key), "is not a known key (allowed here: " + String.join(", ", allowed.stream()
                        .sorted().toList()) + ")");
            }
        }
    }

    private String text(JsonNode parent, String path, String key, boolean required) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            if (required) {
                problem(join(path, key), "is missing");
            }
            return null;
        }
        if (!node.isValueNode() || node.asText().isBlank()) {
            problem(join(path, key), "must be a non-empty text");
            return null;
        }
        return node.asText().strip();
    }

    private String code(JsonNode parent, String path, String key, String pattern, String what) {
        JsonNode node = parent.get(key);
        if (node != null && node.isNumber()) {
            problem(join(path, key), "must be " + what + " in quotes (" + node.asText()
                    + " unquoted is read as a number and loses its leading zeros)");
            return null;
        }
        String code = text(parent, path, key, true);
        if (code != null && !code.matches(pattern)) {
            problem(join(path, key), code + " is not " + what);
            return null;
        }
        return code;
    }

    private String category(JsonNode node, String path, Standard standard) {
        if (node == null || node.isNull()) {
            problem(path, "is missing");
            return null;
        }
        if (!node.isTextual()) {
            problem(path, "must be a product category in quotes, e.g. \"43\"");
            return null;
        }
        String category = node.asText();
        if (!CATEGORIES.get(standard).contains(category)) {
            problem(path, category + " is not a product category of " + key(standard));
            return null;
        }
        return category;
    }

    private BigDecimal decimal(JsonNode parent, String path, String key, int decimals) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            problem(join(path, key), "is missing");
            return null;
        }
        if (!node.isNumber()) {
            problem(join(path, key), "must be a number, not " + node.asText());
            return null;
        }
        BigDecimal value = node.decimalValue();
        if (value.stripTrailingZeros().scale() > decimals) {
            problem(join(path, key), value.toPlainString() + " has more than " + decimals + " decimals");
            return null;
        }
        return value;
    }

    private LocalDate date(JsonNode parent, String path, String key, boolean required) {
        String text = text(parent, path, key, required);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(join(path, key), text + " is not a date (YYYY-MM-DD)");
            return null;
        }
    }

    private void problem(String path, String what) {
        problems.add(file + ": " + (path.isEmpty() ? "" : path + ": ") + what);
    }

    static String key(Standard standard) {
        return standard == Standard.IJW ? "jeugd" : "wmo";
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
