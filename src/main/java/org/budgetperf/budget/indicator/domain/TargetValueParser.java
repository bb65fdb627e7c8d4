package org.budgetperf.budget.indicator.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a target value (指标值) as departments write it. Pure and total: it depends on nothing but
 * {@code java.*} and never throws; what it cannot read becomes {@link ValueKind#QUALITATIVE}, plus a
 * finding when the text looked like an attempt at a number.
 *
 * <h2>Grammar (domain.md §3)</h2>
 * <pre>
 *   value      = blank | grade | deferral | quantity | range | sentence
 *   quantity   = ["%"] [prefix-op] number [unit] [suffix-op]
 *   prefix-op  = ≥ ≤ = &gt; &lt;  | &gt;= &lt;= ≧ ≦ ⩾ ⩽ ＝ ﹦ ＞ ＜ ﹥ ﹤ | 不低于 不少于 不小于 大于等于 (≥) | 不高于 不超过 不多于
 *                不大于 小于等于 (≤) | 大于 高于 超过 多于 (&gt;) | 小于 低于 少于 (&lt;) | 等于 (=)
 *   suffix-op  = 以上 及以上 (≥) | 以下 及以下 以内 (≤)
 *   number     = [+-] up to 18 digits, optionally grouped by thousands with ",", and up to 12 decimals after "."
 *   unit       = "%" | 1–6 characters that are not digits, operators, separators or punctuation
 *   range      = number [unit] ( - ~ — 至 到 ) number [unit]
 *   grade      = 优 优秀 良 良好 中 中等 差 较差
 *   deferral   = (根据|依据|依照|按照|按|视|以|待|由) … (确定|为准|核定|而定|另定|待定) | 待定 | 另行确定 | 不适用 | / | - | —
 * </pre>
 * Before matching, full-width forms are folded onto ASCII character by character (digits, ％ ，．＋－
 * ＞＜＝ ≧ ≦ …, ideographic space), surrounding blanks, control and format characters are trimmed, and
 * trailing sentence punctuation (。 , ; 、) is dropped. Folding is one character for one character so that
 * positions in the folded text still point at the spelling the department used; that is how a variant
 * operator is told apart from a canonical one and reported ({@link ValueFindingCode#OPERATOR_NORMALISED}).
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li>Word operators (不低于, 不超过, 以上 …) are accepted because they are the usual alternative to symbols in local
 *     tables; like ≧ they are variants, reported so that the stored table can be brought to the canonical symbol.
 *     Without a number after them ({@code 不低于上年度水平}) the text stays qualitative.</li>
 * <li>No operator means {@link Operator#EQ}: {@code 7人次} is a count to meet, scored as ≥ except for 0 (R-SCO-5).</li>
 * <li>A unit is at most {@value #MAX_UNIT_LENGTH} characters ({@code 元每人每月} is the longest real one): a longer
 *     tail is a sentence. Units are kept as written, never inferred from the indicator name ("（人）").</li>
 * <li>A stray % ({@code %≥95%}, {@code %95}, {@code 95%%}) is read as the evident percentage and flagged MALFORMED,
 *     because the intent is unambiguous but the form must still be corrected.</li>
 * <li>A unit-less number in (0, 1] on a rate indicator (name ends in 率, 比例, 占比 or 比重, ignoring a trailing
 *     bracketed unit such as （%）) is kept as written and flagged FRACTION_FOR_RATE with the percentage it most
 *     likely means: Excel shows 100% but stores 1, and guessing silently would change the department's table.</li>
 * <li>A sentence with exactly one comparison ({@code 举办≥2场创业就业沙龙…}) yields that comparison, flagged
 *     EMBEDDED_COMPARISON. Its unit is taken only from a closed list of measure words (场 次 个 人次 万元 % …),
 *     because in running text the characters after a number are as often the next word as a unit. Two or more
 *     comparisons cannot be scored against one actual value: QUALITATIVE with UNPARSED_TEXT.</li>
 * <li>A range ({@code 90%-95%}) is read as ≥ its lower bound and flagged RANGE: the lower bound is what most ranges
 *     in these tables promise, and a quantitative reading lets scoring work, but the direction must be confirmed by
 *     the reviewer (for a time limit like {@code 10-20天} ≤ upper bound would be right).</li>
 * <li>Text that starts like a number or a comparison but matches nothing above ({@code 1:1:1}, {@code ≥优},
 *     {@code 100%完成}), or holds comparisons that cannot be used (two of them, or {@code ≥95%以下}), is QUALITATIVE
 *     with UNPARSED_TEXT; other text ({@code 持续提升}, {@code 完成2024年度…任务}) is QUALITATIVE without a finding.</li>
 * <li>合格/不合格 is QUALITATIVE, not GRADE: it is pass/fail and has no place in the 优/良/中/差 bands of R-SCO-7.</li>
 * <li>Numbers lose trailing zeros ({@code 95.0} → 95) so that equal targets compare equal.</li>
 * </ul>
 */
public final class TargetValueParser {

    /** Longer tails are sentences, not units; the longest unit in the real tables is 元每人每月 (5). */
    private static final int MAX_UNIT_LENGTH = 6;

    private static final Set<String> CANONICAL_OPERATORS = Set.of("≥", "≤", "=", ">", "<");

    /** Keys are folded spellings; ≧ and its kin need no entry because they fold onto ≥ etc. */
    private static final Map<String, Operator> PREFIX_OPERATORS = longestFirst(Map.ofEntries(
            Map.entry("≥", Operator.GE),
            Map.entry("≤", Operator.LE),
            Map.entry("=", Operator.EQ),
            Map.entry(">", Operator.GT),
            Map.entry("<", Operator.LT),
            Map.entry(">=", Operator.GE),
            Map.entry("<=", Operator.LE),
            Map.entry("大于等于", Operator.GE),
            Map.entry("不低于", Operator.GE),
            Map.entry("不少于", Operator.GE),
            Map.entry("不小于", Operator.GE),
            Map.entry("小于等于", Operator.LE),
            Map.entry("不高于", Operator.LE),
            Map.entry("不超过", Operator.LE),
            Map.entry("不多于", Operator.LE),
            Map.entry("不大于", Operator.LE),
            Map.entry("大于", Operator.GT),
            Map.entry("高于", Operator.GT),
            Map.entry("超过", Operator.GT),
            Map.entry("多于", Operator.GT),
            Map.entry("小于", Operator.LT),
            Map.entry("低于", Operator.LT),
            Map.entry("少于", Operator.LT),
            Map.entry("等于", Operator.EQ)));

    private static final Map<String, Operator> SUFFIX_OPERATORS = longestFirst(
            Map.of("及以上", Operator.GE, "以上", Operator.GE, "及以下", Operator.LE, "以下", Operator.LE, "以内", Operator.LE));

    /** Measure words accepted as the unit of an embedded comparison (see class comment). */
    private static final List<String> MEASURE_WORDS = longestFirst(List.of(
            "%",
            "‰", "个/次", "人/次", "万人次", "人次", "篇次", "户次", "场次", "万人", "万元", "亿元", "千元", "元", "万", "课时", "小时", "工作日", "场",
            "次", "个", "篇", "家", "人", "户", "件", "项", "名", "所", "期", "批", "天", "日", "月", "年", "册", "份", "条", "本", "台",
            "套", "处", "位", "部", "页", "座"));

    private static final Set<String> GRADES = Set.of("优", "优秀", "良", "良好", "中", "中等", "差", "较差");

    private static final String OP =
            PREFIX_OPERATORS.keySet().stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    /**
     * At most 18 integer digits either way, so that the canonical form reads back; bounded repetitions also keep the
     * regex engine from recursing deeply on hostile input. The lookahead stops a longer number being cut short.
     */
    private static final String NUM = "[+-]?(?:\\d{1,3}(?:,\\d{3}){1,5}|\\d{1,18})(?:\\.\\d{1,12})?(?![.,]?\\d)";

    private static final String UNIT = "(?:%+|[^\\d\\s%+\\-=<>≥≤~,.;:、。]{1," + MAX_UNIT_LENGTH + "})";

    private static final Pattern SIMPLE =
            Pattern.compile("(?<pct>%)?\\s*(?<op>" + OP + ")?\\s*(?<num>" + NUM + ")\\s*(?<unit>" + UNIT + ")?");
    private static final Pattern RANGE = Pattern.compile("(?<n1>" + NUM + ")\\s*(?<u1>" + UNIT
            + ")?\\s*(?:-|~|—{1,2}|至|到)\\s*(?<n2>" + NUM + ")\\s*(?<u2>" + UNIT + ")?");
    private static final Pattern COMPARISON = Pattern.compile("(?<op>" + OP + ")\\s*(?<num>" + NUM + ")");
    private static final Pattern LOOKS_NUMERIC = Pattern.compile("%*\\s*(?:[≥≤=<>]|[+-]?\\d)");
    private static final Pattern DEFERRAL = Pattern.compile(
            "(?:根据|依据|依照|按照|按|视|以|待|由).*(?:确定|为准|核定|而定|另定|待定)|待定|另行确定|不适用|/|-{1,2}|—{1,2}", Pattern.DOTALL);
    private static final Pattern RATE_NAME =
            Pattern.compile(".*(?:率|比例|占比|比重)(?:\\s*[(（][^()（）]*[)）]){0,3}\\s*", Pattern.DOTALL);

    private TargetValueParser() {}

    /**
     * Parses one target value.
     *
     * @param raw           the cell as written; may be null, blank or anything else
     * @param indicatorName the 三级 indicator name, used only to recognise rates; may be null
     * @return the reading; never null, {@code raw} is kept as given
     */
    public static TargetValue parse(String raw, String indicatorName) {
        FoldedText text = FoldedText.of(raw);
        if (text.folded.isEmpty()) {
            return unquantified(raw, ValueKind.BLANK);
        }
        String value = text.folded;
        if (GRADES.contains(value)) {
            return unquantified(raw, ValueKind.GRADE);
        }
        if (DEFERRAL.matcher(value).matches()) {
            return unquantified(
                    raw,
                    ValueKind.NOT_A_TARGET,
                    finding(
                            ValueFindingCode.NOT_A_TARGET,
                            "%s defers the target instead of stating one (未设定具体目标值, 需量化)",
                            quote(text.original)));
        }
        Reading reading = simple(text);
        if (reading == null) {
            reading = range(text);
        }
        if (reading == null) {
            reading = embedded(text);
        }
        return reading == null ? unparsed(raw, text) : quantified(raw, text, reading, indicatorName);
    }

    /** {@code [%] [op] number [unit] [suffix-op]}, the whole value. */
    private static Reading simple(FoldedText text) {
        String value = text.folded;
        Map.Entry<String, Operator> suffixEntry = suffixOf(value);
        Operator suffix = suffixEntry == null ? null : suffixEntry.getValue();
        int bodyEnd =
                value.length() - (suffixEntry == null ? 0 : suffixEntry.getKey().length());
        Matcher m = SIMPLE.matcher(value.substring(0, bodyEnd).stripTrailing());
        if (!m.matches()) {
            return null;
        }
        Operator prefix = m.group("op") == null ? null : PREFIX_OPERATORS.get(m.group("op"));
        if (prefix != null && suffix != null && prefix != suffix) {
            return null;
        }
        String unit = m.group("unit");
        if (endsWithSuffixOperator(unit)) {
            return null;
        }
        boolean strayPercent = m.group("pct") != null;
        if (strayPercent && unit != null && !unit.startsWith("%")) {
            return null;
        }
        boolean malformed = strayPercent || unit != null && unit.startsWith("%%");
        Quantity q = new Quantity(
                prefix != null ? prefix : suffix != null ? suffix : Operator.EQ,
                number(m.group("num")),
                strayPercent || unit != null && unit.startsWith("%") ? "%" : unit);

        List<ValueFinding> findings = new ArrayList<>();
        List<String> variants = new ArrayList<>();
        if (prefix != null) {
            variants.add(text.original.substring(m.start("op"), m.end("op")));
        }
        if (suffix != null) {
            variants.add(text.original.substring(bodyEnd));
        }
        addOperatorFinding(findings, variants, q);
        if (malformed) {
            findings.add(finding(
                    ValueFindingCode.MALFORMED,
                    "%s is malformed; read as %s (格式不规范, 按%s理解)",
                    quote(text.original),
                    q,
                    q));
        }
        return new Reading(q, findings);
    }

    /** {@code number [unit] sep number [unit]}, read as ≥ the lower bound. */
    private static Reading range(FoldedText text) {
        Matcher m = RANGE.matcher(text.folded);
        if (!m.matches()) {
            return null;
        }
        String u1 = percentOnce(m.group("u1"));
        String u2 = percentOnce(m.group("u2"));
        if (u1 != null && u2 != null && !u1.equals(u2) || endsWithSuffixOperator(u1) || endsWithSuffixOperator(u2)) {
            return null;
        }
        String unit = u1 != null ? u1 : u2;
        BigDecimal a = number(m.group("n1"));
        BigDecimal b = number(m.group("n2"));
        Quantity lower = new Quantity(Operator.GE, a.min(b), unit);
        Quantity upper = new Quantity(Operator.EQ, a.max(b), unit);
        return new Reading(
                lower,
                List.of(finding(
                        ValueFindingCode.RANGE,
                        "%s is a range; read as %s, upper bound %s ignored — confirm the direction (区间值, 按下限%s理解, 上限%s未采用, 请确认)",
                        quote(text.original),
                        lower,
                        upper,
                        lower,
                        upper)));
    }

    /** Exactly one {@code op number} inside a longer text. */
    private static Reading embedded(FoldedText text) {
        Matcher m = COMPARISON.matcher(text.folded);
        if (!m.find()) {
            return null;
        }
        Comparison first = new Comparison(m.start("op"), m.end("op"), m.group("op"), m.group("num"), m.end());
        Map.Entry<String, Operator> suffix = suffixOf(text.folded);
        if (m.find() || suffix != null && suffix.getValue() != PREFIX_OPERATORS.get(first.op)) {
            return null; // two targets, or one that contradicts itself (≥95%以下)
        }
        Quantity q =
                new Quantity(PREFIX_OPERATORS.get(first.op), number(first.num), measureWordAt(text.folded, first.end));
        List<ValueFinding> findings = new ArrayList<>();
        addOperatorFinding(findings, List.of(text.original.substring(first.opStart, first.opEnd)), q);
        findings.add(finding(
                ValueFindingCode.EMBEDDED_COMPARISON,
                "%s contains the comparison %s; read as %s, the sentence is kept (句中含比较值%s, 已提取, 原文保留)",
                quote(text.original),
                q,
                q,
                q));
        return new Reading(q, findings);
    }

    private static TargetValue quantified(String raw, FoldedText text, Reading reading, String indicatorName) {
        Quantity q = reading.quantity;
        List<ValueFinding> findings = new ArrayList<>(reading.findings);
        if (q.unit == null
                && isRate(indicatorName)
                && q.number.signum() > 0
                && q.number.compareTo(BigDecimal.ONE) <= 0) {
            Quantity percent = new Quantity(q.operator, canonical(q.number.movePointRight(2)), "%");
            findings.add(finding(
                    ValueFindingCode.FRACTION_FOR_RATE,
                    "%s on rate indicator %s looks like a fraction; did it mean %s? (比率类指标填写了小数%s, 建议改为%s)",
                    quote(text.original),
                    quote(indicatorName),
                    percent,
                    q,
                    percent));
        }
        ValueKind kind = "%".equals(q.unit) ? ValueKind.PERCENT : ValueKind.NUMERIC;
        return new TargetValue(raw, kind, q.operator, q.number, q.unit, q.toString(), findings);
    }

    private static TargetValue unparsed(String raw, FoldedText text) {
        long comparisons = COMPARISON.matcher(text.folded).results().limit(2).count();
        if (comparisons > 1) {
            return unquantified(
                    raw,
                    ValueKind.QUALITATIVE,
                    finding(
                            ValueFindingCode.UNPARSED_TEXT,
                            "%s contains several comparisons; kept as text (含多个比较值, 无法确定单一目标, 按文字理解)",
                            quote(text.original)));
        }
        if (comparisons == 1 || LOOKS_NUMERIC.matcher(text.folded).lookingAt()) {
            return unquantified(
                    raw,
                    ValueKind.QUALITATIVE,
                    finding(
                            ValueFindingCode.UNPARSED_TEXT,
                            "%s looks like a value but does not follow the grammar; kept as text (无法解析为指标值, 按文字理解)",
                            quote(text.original)));
        }
        return unquantified(raw, ValueKind.QUALITATIVE);
    }

    private static TargetValue unquantified(String raw, ValueKind kind, ValueFinding... findings) {
        return new TargetValue(raw, kind, null, null, null, null, List.of(findings));
    }

    private static void addOperatorFinding(List<ValueFinding> findings, List<String> spellings, Quantity q) {
        List<String> variants =
                spellings.stream().filter(s -> !CANONICAL_OPERATORS.contains(s)).toList();
        if (!variants.isEmpty()) {
            String written = String.join("', '", variants);
            findings.add(finding(
                    ValueFindingCode.OPERATOR_NORMALISED,
                    "'%s' read as %s, giving %s (运算符'%s'按'%s'理解)",
                    written,
                    q.operator.symbol(),
                    q,
                    written,
                    q.operator.symbol()));
        }
    }

    private static Map.Entry<String, Operator> suffixOf(String value) {
        return SUFFIX_OPERATORS.entrySet().stream()
                .filter(e -> value.endsWith(e.getKey())
                        && value.length() > e.getKey().length())
                .findFirst()
                .orElse(null);
    }

    /** 以上/以下 in a unit (5个以上以上, 3到9以内) would turn a bound into part of the unit. */
    private static boolean endsWithSuffixOperator(String unit) {
        return unit != null && SUFFIX_OPERATORS.keySet().stream().anyMatch(unit::endsWith);
    }

    private static String measureWordAt(String text, int index) {
        String tail = text.substring(index).stripLeading();
        return MEASURE_WORDS.stream().filter(tail::startsWith).findFirst().orElse(null);
    }

    private static boolean isRate(String indicatorName) {
        return indicatorName != null && RATE_NAME.matcher(indicatorName).matches();
    }

    private static String percentOnce(String unit) {
        return unit != null && unit.startsWith("%") ? "%" : unit;
    }

    private static BigDecimal number(String digits) {
        return canonical(new BigDecimal(digits.replace(",", "")));
    }

    private static BigDecimal canonical(BigDecimal n) {
        BigDecimal stripped = n.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static ValueFinding finding(ValueFindingCode code, String format, Object... args) {
        return new ValueFinding(code, String.format(format, args));
    }

    /** Quotes a value for a message, shortened so that a pasted essay does not become a pasted essay twice. */
    private static String quote(String s) {
        int limit = 30;
        if (s.codePointCount(0, s.length()) <= limit) {
            return "'" + s + "'";
        }
        return "'" + s.substring(0, s.offsetByCodePoints(0, limit - 1)) + "…'";
    }

    private static <V> Map<String, V> longestFirst(Map<String, V> map) {
        Map<String, V> ordered = new LinkedHashMap<>();
        map.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .forEach(k -> ordered.put(k, map.get(k)));
        return ordered;
    }

    private static List<String> longestFirst(List<String> words) {
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    /** A number with operator and unit; prints as the canonical text. */
    private record Quantity(Operator operator, BigDecimal number, String unit) {
        @Override
        public String toString() {
            return (operator == Operator.EQ ? "" : operator.symbol())
                    + number.toPlainString()
                    + (unit == null ? "" : unit);
        }
    }

    private record Reading(Quantity quantity, List<ValueFinding> findings) {}

    private record Comparison(int opStart, int opEnd, String op, String num, int end) {}
}
