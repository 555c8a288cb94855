package org.centrumhub.transform;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the standard's example messages in {@code shared/domain/examples} next to the repository, if present. */
public final class ExampleFiles {
    private ExampleFiles() {
    }

    /** The examples folder, or null when this checkout has no shared/ folder beside it. */
    public static Path folder() {
        String configured = System.getProperty("centrumhub.examples.dir");
        if (configured != null) {
            Path path = Path.of(configured);
            return Files.isDirectory(path) ? path : null;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/domain/examples");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            Path sibling = dir.resolveSibling("shared/domain/examples");
            if (dir.getParent() != null && Files.isDirectory(sibling)) {
                return sibling;
            }
        }
        return null;
    }
}
