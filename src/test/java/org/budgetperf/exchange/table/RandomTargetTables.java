package org.budgetperf.exchange.table;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.budgetperf.budget.domain.BudgetAmounts;
import org.budgetperf.budget.domain.IndicatorLine;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.domain.TaskKind;
import org.budgetperf.budget.domain.TaskLine;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.budgetperf.budget.indicator.domain.IndicatorFramework.Entry;
import org.budgetperf.exchange.sheet.HtmlText;
import org.budgetperf.exchange.sheet.LabelText;

/**
 * Random target tables from a seeded {@link Random}, for property-style round trips. They stay within what a
 * table on the official form can be (each restriction is a limit of the form or of its readers, listed in
 * {@code docs/export.md}); everything else is drawn wide: blank and zero amounts, 18-digit amounts, long texts,
 * emoji, full-width punctuation, markup characters, tabs and line breaks inside cells, leading {@code =+-@},
 * control characters, periods present or absent, weights, framework pairs, mismatched and unknown pairs.
 *
 * <p>Restrictions (what the form cannot say, or the readers cannot tell apart):
 * <ul>
 *   <li>Texts have no white space at either end (a cell is read stripped) and are not blank (blank is null).</li>
 *   <li>No text is itself a printed label of the form ({@code 名称}, {@code 绩效指标：…}) or a name of the
 *       framework where a 三级 name stands: the readers place cells by what they say.</li>
 *   <li>No text starts like a note after the table (注1, 说明:, 填表人) or is a total (合计).</li>
 *   <li>Amounts have two decimals (the model's scale); years are 19xx/20xx; a period has both years, start ≤ end.</li>
 *   <li>The goal is paragraphs of text, each escaped in a {@code <p>}: the form prints a goal as its lines (markup
 *       and the white space a browser would not show are not carried), and a line that starts with {@code <} could
 *       be taken for HTML by the readers.</li>
 *   <li>A task has at least one non-blank cell; key tasks come before other tasks; indicators have a 三级 name,
 *       a 一级 and a 二级, and no task link (the form has no such column).</li>
 *   <li>An indicator group whose 一级 is not a name of the framework has every value on its first row: the
 *       readers can tell an unknown 一级 from a 三级 name only by counting the cells of that row.</li>
 * </ul>
 */
final class RandomTargetTables {

    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("[\\s\\u00A0]+");

    static final IndicatorFramework CENTRAL_2021 = new IndicatorFramework(
            "central-2021",
            "中央部门项目支出绩效指标框架(2021)",
            List.of(
                    new Entry("产出指标", "数量指标"),
                    new Entry("产出指标", "质量指标"),
                    new Entry("产出指标", "时效指标"),
                    new Entry("成本指标", "经济成本指标"),
                    new Entry("成本指标", "社会成本指标"),
                    new Entry("成本指标", "生态环境成本指标"),
                    new Entry("效益指标", "经济效益指标"),
                    new Entry("效益指标", "社会效益指标"),
                    new Entry("效益指标", "生态效益指标"),
                    new Entry("效益指标", "可持续影响指标"),
                    new Entry("满意度指标", "服务对象满意度指标")));

    static final List<IndicatorFramework> FRAMEWORKS = List.of(RealTables.GUANGDONG, CENTRAL_2021);

    private static final Set<String> FRAMEWORK_NAMES = FRAMEWORKS.stream()
            .flatMap(f -> f.entries().stream().flatMap(e -> Stream.of(e.level1(), e.level2())))
            .map(LabelText::normalise)
            .collect(Collectors.toSet());
    private static final Pattern NOTE_OR_TOTAL =
            Pattern.compile("(注|说明|备注|填表|填报|联系|负责人|单位负责人|财务负责人|审核人|合计|小计|总计).*", Pattern.DOTALL);

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}\\s*年");
    private static final String[] REAL_VALUES = {
        "≥900篇",
        "≤32个",
        "7人次",
        "100%",
        "≥95%",
        "≧95%",
        "%≥95%",
        "1",
        "0.35",
        "优",
        "持续提升",
        "项目成本不超预算",
        "根据下达任务目标要求确定",
        "举办≥2场创业就业沙龙和创业交流活动",
        "5000万元",
        "—",
        "/"
    };
    private static final String[] HOSTILE_PREFIXES = {
        "=",
        "+",
        "-",
        "@",
        "=HYPERLINK(\"http://x\",\"y\")",
        "=1+1",
        "@SUM(A1)",
        "-2+3",
        "+cmd|' /C calc'!A0",
        "\"quoted\" ",
        "'",
        "_x0041_"
    };
    private static final String[] UNKNOWN_LEVEL2 = {"服务对象", "自定义二级", "经济成本", "社会成本指标（试行）"};
    private static final String[] UNKNOWN_LEVEL1 = {"其他指标", "成本效益指标", "产出"};
    private static final String PUNCTUATION = "，。；：“”‘’（）【】、！？《》…—～·＝＋－＠";
    private static final String MARKUP = "<>&\"'/=#;%";
    private static final String[] EMOJI = {"😀", "🎉", "👍🏻", "🇨🇳", "𠀀", "𝄞"};
    private static final String[] INNER_BREAKS = {"\t", "\n", "\r\n", "\r", "\u2028", "\u0001", "\u000B", "\u3000", " "
    };

    private final Random random;

    RandomTargetTables(long seed) {
        this.random = new Random(seed);
    }

    TargetTable next(IndicatorFramework framework) {
        boolean period = chance(0.4);
        Integer start = period ? 2000 + random.nextInt(90) : null;
        Integer end = period ? start + random.nextInt(6) : null;
        List<TaskLine> tasks = new ArrayList<>();
        int keys = chance(0.1) ? 0 : random.nextInt(9);
        for (int i = 0; i < keys; i++) {
            tasks.add(task(TaskKind.KEY));
        }
        int others = chance(0.4) ? 0 : random.nextInt(4);
        for (int i = 0; i < others; i++) {
            tasks.add(task(TaskKind.OTHER));
        }
        return new TargetTable(
                chance(0.05) ? null : departmentName(),
                chance(0.1) ? null : 2000 + random.nextInt(100),
                start,
                end,
                count(),
                count(),
                amounts(),
                goal(),
                tasks,
                indicators(framework, period));
    }

    // ------------------------------------------------------------ parts

    /** Without a year in it: when the table has no year, the readers take one from the title rows and 部门名称. */
    private String departmentName() {
        return retry(() -> {
            String name = text(40, true, false);
            return YEAR.matcher(name).find() ? "" : name;
        });
    }

    private BudgetAmounts amounts() {
        return new BudgetAmounts(amount(), amount(), amount(), amount(), amount(), amount(), amount(), amount());
    }

    /** Null, 0.00, or an amount in 元 with 2 decimals and 1 to 16 integer digits (up to 18 significant digits). */
    BigDecimal amount() {
        double p = random.nextDouble();
        if (p < 0.2) {
            return null;
        }
        if (p < 0.35) {
            return new BigDecimal("0.00");
        }
        int integerDigits = 1 + random.nextInt(16);
        BigInteger unscaled = new BigInteger(integerDigits * 4, random).mod(BigInteger.TEN.pow(integerDigits + 2));
        BigDecimal amount = new BigDecimal(unscaled, 2);
        return chance(0.03) ? amount.negate() : amount;
    }

    private Integer count() {
        double p = random.nextDouble();
        return p < 0.15 ? null : p < 0.3 ? 0 : p < 0.9 ? random.nextInt(1000) : random.nextInt(1_000_000_000);
    }

    private String goal() {
        if (chance(0.1)) {
            return null;
        }
        int paragraphs = 1 + random.nextInt(8);
        StringBuilder html = new StringBuilder();
        while (html.isEmpty() || paragraphs-- > 0) {
            // A paragraph as the form carries it: one line of text, white space as a browser shows it.
            String line = WHITE_SPACE
                    .matcher(text(chance(0.05) ? 5000 : 400, false, false))
                    .replaceAll(" ")
                    .strip();
            if (!line.isEmpty() && !line.startsWith("<")) {
                html.append("<p>").append(HtmlText.escape(line)).append("</p>");
            }
        }
        return html.toString();
    }

    private TaskLine task(TaskKind kind) {
        while (true) {
            String name = chance(0.05) ? null : text(60, true, false);
            String content = chance(0.1) ? null : text(chance(0.05) ? 5000 : 300, true, true);
            BigDecimal funds = chance(0.15) ? null : chance(0.1) ? new BigDecimal("0.00") : amount();
            String outcome = kind == TaskKind.KEY
                    ? (chance(0.1) ? null : text(chance(0.05) ? 5000 : 300, true, true))
                    : chance(0.85) ? null : text(200, true, true);
            if (name != null || content != null || funds != null || outcome != null) {
                return new TaskLine(kind, name, content, funds, outcome);
            }
        }
    }

    private List<IndicatorLine> indicators(IndicatorFramework framework, boolean period) {
        List<IndicatorLine> lines = new ArrayList<>();
        List<Integer> groupStarts = new ArrayList<>();
        boolean periodValues = period || chance(0.3);
        boolean weights = chance(0.15);
        int groups = chance(0.05) ? 0 : 1 + random.nextInt(12);
        List<String> level1s = framework.level1Names();
        List<String> level2s =
                framework.entries().stream().map(Entry::level2).distinct().toList();
        for (int g = 0; g < groups; g++) {
            String level1;
            String level2;
            double p = random.nextDouble();
            if (p < 0.65) {
                Entry entry = framework
                        .entries()
                        .get(random.nextInt(framework.entries().size()));
                level1 = entry.level1();
                level2 = entry.level2();
            } else if (p < 0.8) { // mismatched: names of the framework, wrong pair (Zhanjiang's 效益指标 / 质量指标)
                level1 = level1s.get(random.nextInt(level1s.size()));
                level2 = level2s.get(random.nextInt(level2s.size()));
            } else if (p < 0.9) { // the other framework's names
                IndicatorFramework other = FRAMEWORKS.get(0) == framework ? FRAMEWORKS.get(1) : FRAMEWORKS.get(0);
                Entry entry = other.entries().get(random.nextInt(other.entries().size()));
                level1 = entry.level1();
                level2 = entry.level2();
            } else if (p < 0.97) { // unknown 二级 under a known 一级 (Zhanjiang's truncated 服务对象)
                level1 = level1s.get(random.nextInt(level1s.size()));
                level2 = pick(UNKNOWN_LEVEL2);
            } else {
                level1 = pick(UNKNOWN_LEVEL1);
                level2 = chance(0.5) ? pick(UNKNOWN_LEVEL2) : level2s.get(random.nextInt(level2s.size()));
            }
            groupStarts.add(lines.size());
            int size = 1 + random.nextInt(5);
            for (int i = 0; i < size; i++) {
                lines.add(new IndicatorLine(
                        level1,
                        level2,
                        indicatorName(),
                        periodValues && chance(0.7) ? value() : null,
                        chance(0.9) ? value() : null,
                        weights && chance(0.7) ? weight() : null,
                        null));
            }
        }
        boolean periodColumn = period || lines.stream().anyMatch(l -> l.periodValue() != null);
        boolean weightColumn = lines.stream().anyMatch(l -> l.weight() != null);
        for (int start : groupStarts) {
            IndicatorLine first = lines.get(start);
            if (!isFrameworkName(framework, first.level1())) {
                lines.set(
                        start,
                        new IndicatorLine(
                                first.level1(),
                                first.level2(),
                                first.name(),
                                periodColumn && first.periodValue() == null ? value() : first.periodValue(),
                                first.annualValue() == null ? value() : first.annualValue(),
                                weightColumn && first.weight() == null ? weight() : first.weight(),
                                null));
            }
        }
        return lines;
    }

    private String indicatorName() {
        return text(chance(0.02) ? 5000 : 40, true, false);
    }

    private String value() {
        return chance(0.6) ? pick(REAL_VALUES) : text(chance(0.02) ? 5000 : 30, true, false);
    }

    private BigDecimal weight() {
        return new BigDecimal(BigInteger.valueOf(random.nextInt(10_001)), random.nextInt(3));
    }

    private static boolean isFrameworkName(IndicatorFramework framework, String name) {
        String normalised = LabelText.normalise(name);
        return framework.entries().stream()
                .anyMatch(e -> LabelText.normalise(e.level1()).equals(normalised)
                        || LabelText.normalise(e.level2()).equals(normalised));
    }

    // ------------------------------------------------------------ text

    /**
     * A text the form can carry (see the class comment), up to {@code maxLength} characters.
     *
     * @param hostile whether it may start with a formula character
     * @param breaks whether it may contain tabs, line breaks and control characters inside
     */
    String text(int maxLength, boolean hostile, boolean breaks) {
        return retry(() -> {
            int length = maxLength > 1000 ? maxLength - random.nextInt(50) : 1 + random.nextInt(maxLength);
            StringBuilder s = new StringBuilder(length + 16);
            if (hostile && chance(0.1)) {
                s.append(pick(HOSTILE_PREFIXES));
            }
            while (s.length() < length) {
                double p = random.nextDouble();
                if (p < 0.6) {
                    s.append((char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00)));
                } else if (p < 0.75) {
                    s.append((char) ('!' + random.nextInt('~' - '!')));
                } else if (p < 0.83) {
                    s.append(PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length())));
                } else if (p < 0.9) {
                    s.append(MARKUP.charAt(random.nextInt(MARKUP.length())));
                } else if (p < 0.94) {
                    s.append(pick(EMOJI));
                } else if (p < 0.97) {
                    s.append(breaks ? pick(INNER_BREAKS) : " ");
                } else {
                    s.append(random.nextInt(1000));
                }
            }
            return s.toString();
        });
    }

    private String retry(Supplier<String> draw) {
        while (true) {
            String s = draw.get();
            if (representable(s)) {
                return s;
            }
        }
    }

    /** Whether the form can carry the text as a cell's content (see the class comment). */
    static boolean representable(String s) {
        return !s.isBlank()
                && s.equals(s.strip())
                && FormLabel.match(s).isEmpty()
                && !FRAMEWORK_NAMES.contains(LabelText.normalise(s))
                && !NOTE_OR_TOTAL.matcher(LabelText.normalise(s)).matches();
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
