package org.budgetperf.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The published tables the tests read, kept in {@code src/test/resources/real/} (see the README there for
 * their content, sources and licences) and loaded from the test classpath as {@code /real/<name>}. A missing
 * file fails the test that asks for it; nothing is skipped.
 */
public final class RealData {

    /** 东莞市归国华侨联合会 2024 部门整体预算绩效目标表, tab-separated text. */
    public static final String DONGGUAN_2024 = "dongguan-2024-overseas-chinese-federation.txt";
    /** 湛江市人力资源和社会保障局 2023 市级部门整体预算绩效目标表. */
    public static final String ZHANJIANG_2023 = "zhanjiang-2023-hrss.xlsx";
    /** 湛江市人力资源和社会保障局 2024 市级部门整体预算绩效目标表. */
    public static final String ZHANJIANG_2024 = "zhanjiang-2024-hrss.xlsx";
    /** 渝中区就业补助资金 2021年度项目支出绩效自评表, filled in. */
    public static final String YUZHONG_2021 = "yuzhong-2021-employment-self-evaluation.xlsx";

    private RealData() {}

    /** The file itself, for code that needs a path (the test resources are a directory on the classpath). */
    public static Path path(String name) {
        URL url = url(name);
        if (!"file".equals(url.getProtocol())) {
            throw new IllegalStateException(resource(name) + " is not a plain file on the test classpath: " + url);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(url.toString(), e);
        }
    }

    public static InputStream stream(String name) {
        try {
            return url(name).openStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(String name) {
        try (InputStream in = stream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file as UTF-8 text. */
    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    private static URL url(String name) {
        URL url = RealData.class.getResource(resource(name));
        if (url == null) {
            throw new IllegalStateException(
                    resource(name) + " not found on the test classpath (src/test/resources" + resource(name) + ")");
        }
        return url;
    }

    private static String resource(String name) {
        return "/real/" + name;
    }
}
