package org.centrumhub.transform.region;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.centrumhub.schema.Standard;

/**
 * The hub's regions, one arrangement file each. A municipality belongs to at most one region per domain, so the
 * region of a message follows from its municipality and standard.
 */
public final class Regions {
    private static final Regions NONE = new Regions(List.of());

    private final List<Arrangement> arrangements;
    private final Map<Standard, Map<String, Arrangement>> byMunicipality = new HashMap<>();

    private Regions(List<Arrangement> arrangements) {
        this.arrangements = List.copyOf(arrangements);
        for (Arrangement arrangement : this.arrangements) {
            arrangement.domains().forEach((standard, domain) -> {
                Map<String, Arrangement> members = byMunicipality.computeIfAbsent(standard, s -> new HashMap<>());
                members.put(arrangement.centre(), arrangement);
                domain.participants().forEach(p -> members.put(p.code(), arrangement));
            });
        }
    }

    public static Regions none() {
        return NONE;
    }

    /** The regions, checked: names unique, and a municipality in at most one region per domain. */
    public static Regions of(List<Arrangement> arrangements) {
        List<String> problems = new ArrayList<>();
        Map<String, Arrangement> names = new HashMap<>();
        Map<Standard, Map<String, Arrangement>> members = new HashMap<>();
        for (Arrangement arrangement : arrangements) {
            Arrangement sameName = names.putIfAbsent(arrangement.name(), arrangement);
            if (sameName != null) {
                problems.add(arrangement.source() + ": region: " + arrangement.name() + " is also the name of the "
                        + "region in " + sameName.source());
            }
            arrangement.domains().forEach((standard, domain) -> {
                Map<String, Arrangement> seen = members.computeIfAbsent(standard, s -> new HashMap<>());
                List<String> codes = new ArrayList<>();
                codes.add(arrangement.centre());
                domain.participants().forEach(p -> codes.add(p.code()));
                for (String code : codes.stream().distinct().toList()) {
                    Arrangement other = seen.putIfAbsent(code, arrangement);
                    if (other != null) {
                        problems.add(arrangement.source() + ": domains." + ArrangementFile.key(standard) + ": "
                                + "municipality " + code + " is already in region " + other.name() + " ("
                                + other.source() + ") for " + ArrangementFile.key(standard));
                    }
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new ArrangementException(problems);
        }
        return arrangements.isEmpty() ? NONE : new Regions(arrangements);
    }

    /** Every {@code *.yml} and {@code *.yaml} file of the folder, in name order; no folder means no regions. */
    public static Regions load(Path folder) {
        if (!Files.isDirectory(folder)) {
            return NONE;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().matches(".*\\.ya?ml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the region folder " + folder, e);
        }
        List<String> problems = new ArrayList<>();
        List<Arrangement> arrangements = new ArrayList<>();
        for (Path file : files) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                problems.add(file.getFileName() + ": cannot be read: " + e.getMessage());
                continue;
            }
            Arrangement arrangement = ArrangementFile.read(file.getFileName().toString(), text, problems);
            if (arrangement != null) {
                arrangements.add(arrangement);
            }
        }
        if (!problems.isEmpty()) {
            throw new ArrangementException(problems);
        }
        return of(arrangements);
    }

    /** One arrangement from its text; {@code source} names it in messages. */
    public static Arrangement parse(String source, String text) {
        List<String> problems = new ArrayList<>();
        Arrangement arrangement = ArrangementFile.read(source, text, problems);
        if (!problems.isEmpty()) {
            throw new ArrangementException(problems);
        }
        return arrangement;
    }

    /** The region the municipality belongs to for the domain: as its centre or as a participant. */
    public Optional<Arrangement> regionOf(Standard domain, String municipality) {
        return Optional.ofNullable(byMunicipality.getOrDefault(domain, Map.of()).get(municipality));
    }

    public List<Arrangement> all() {
        return arrangements;
    }

    public Optional<Arrangement> named(String name) {
        return arrangements.stream().filter(a -> a.name().equals(name)).findFirst();
    }
}
