package org.budgetperf.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.budgetperf.indicator.domain.IndicatorFramework;
import org.budgetperf.indicator.domain.IndicatorFramework.Entry;

/**
 * The real tables of {@code shared/data/real/} and the Guangdong framework they use. The folder is
 * found next to the project ({@code ../shared}) or next to any of its parents, so the tests run from
 * the main checkout and from a worktree alike; {@code -Dreal.tables.dir=…} overrides.
 */
final class RealTables {

    static final String DONGGUAN_2024 = "dongguan-2024-overseas-chinese-federation.txt";
    static final String ZHANJIANG_2023 = "zhanjiang-2023-hrss.xlsx";
    static final String ZHANJIANG_2024 = "zhanjiang-2024-hrss.xlsx";

    /** As seeded by 2026-11-25-02-guangdong-framework.sql. */
    static final IndicatorFramework GUANGDONG = new IndicatorFramework("guangdong-city-2024", "广东省市级部门整体绩效指标框架",
            List.of(new Entry("产出指标", "数量指标"), new Entry("产出指标", "质量指标"), new Entry("产出指标", "时效指标"),
                    new Entry("产出指标", "成本指标"), new Entry("效益指标", "经济效益指标"), new Entry("效益指标", "社会效益指标"),
                    new Entry("效益指标", "生态效益指标"), new Entry("效益指标", "可持续影响指标"),
                    new Entry("满意度指标", "服务对象满意度指标")));

    private RealTables() {
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

    static String text(String name) {
        try {
            return Files.readString(path(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream stream(String name) {
        try {
            return Files.newInputStream(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
