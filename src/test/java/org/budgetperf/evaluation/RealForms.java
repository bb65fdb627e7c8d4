package org.budgetperf.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * The real forms of {@code shared/data/real/}, found next to the project ({@code ../shared}) or next to any of its
 * parents, so the tests run from the main checkout and from a worktree alike; {@code -Dreal.tables.dir=…} overrides
 * (as for the exchange tests' RealTables).
 */
final class RealForms {

    static final String YUZHONG_2021 = "yuzhong-2021-employment-self-evaluation.xlsx";

    private RealForms() {
    }

    static Path path(String name) {
        String override = System.getProperty("real.tables.dir");
        if (override != null) {
            return Paths.get(override, name);
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (Path candidate : List.of(dir.resolveSibling("shared"), dir.resolve("shared"))) {
                Path file = candidate.resolve("data/real").resolve(name);
                if (Files.isRegularFile(file)) {
                    return file;
                }
            }
        }
        throw new IllegalStateException("shared/data/real/" + name + " not found above " + Paths.get("").toAbsolutePath());
    }

    static InputStream stream(String name) {
        try {
            return Files.newInputStream(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
