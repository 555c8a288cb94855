package org.centrumhub.bench.hub;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Command-line options of the hub benchmarks: {@code --name value}, {@code --name=value} (the form for a value that
 * itself starts with {@code --}, e.g. {@code --hub-arg=--centrumhub.intake.consumers=8}) or a bare {@code --flag}.
 * A name may be given more than once; an unknown name is an error, so a typo does not silently measure the default.
 */
public final class Options {
    private final Map<String, List<String>> values;

    private Options(Map<String, List<String>> values) {
        this.values = values;
    }

    public static Options parse(String[] args, Set<String> known) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("options are --name value, --name=value or --flag, not " + args[i]);
            }
            String name = args[i].substring(2);
            String value = "true";
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            }
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name + "; known: " + known);
            }
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return new Options(values);
    }

    public String get(String name, String fallback) {
        List<String> given = values.get(name);
        return given == null ? fallback : given.get(given.size() - 1);
    }

    public int integer(String name, int fallback) {
        return Integer.parseInt(get(name, Integer.toString(fallback)));
    }

    public boolean flag(String name) {
        return Boolean.parseBoolean(get(name, "false"));
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** Every value of an option given more than once, in order. */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }
}
