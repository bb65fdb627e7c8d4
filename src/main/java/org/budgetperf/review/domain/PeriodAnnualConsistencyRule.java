package org.budgetperf.review.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.budgetperf.budget.indicator.domain.Operator;
import org.budgetperf.budget.indicator.domain.TargetValue;
import org.budgetperf.budget.indicator.domain.ValueFindingCode;
import org.budgetperf.budget.indicator.domain.ValueKind;
import org.budgetperf.reconciliation.domain.Severity;

/**
 * <b>R-VAL-6 Period and annual values agree</b> (severity WARNING).
 *
 * <p>Statement: the annual target (年度指标值) is one year's share of the implementation-period target
 * (实施周期指标值): for counts it is not larger and uses the same operator, for rates it is not looser,
 * and a count that stays the same over a multi-year period while the table's other counts grow with the
 * period is suspicious.
 *
 * <p>Check, for each indicator whose two values are both quantitative (NUMERIC or PERCENT with a number)
 * and were read without a guess (no FRACTION_FOR_RATE, EMBEDDED_COMPARISON or RANGE finding; those are
 * R-VAL-2, R-VAL-7 and R-VAL-1's), target {@code indicators[i]}:
 * <ol>
 *   <li>different kind or unit ({@code ≥95%} vs {@code ≥95}, {@code 篇} vs {@code 次}): not comparable;</li>
 *   <li>opposite directions: one a lower bound (≥, &gt;, = — = is scored as ≥, R-SCO-5), the other an
 *       upper bound (≤, &lt;);</li>
 *   <li>counts (NUMERIC): a different operator ({@code ≥3次} vs {@code 1次}); annual &gt; period;</li>
 *   <li>rates (PERCENT): annual looser than period — for a lower bound annual &lt; period
 *       ({@code ≥95%} → {@code ≥90%}), for an upper bound annual &gt; period;</li>
 *   <li>the common-ratio outlier: let the <i>census</i> be the count pairs of the table with the same unit,
 *       the same direction and both numbers &gt; 0, and r = period ÷ annual rounded half-up to 2 decimals.
 *       When the census has at least {@value #MIN_CENSUS} pairs and more than half of them share one ratio
 *       r &gt; 1, every count pair with period = annual is reported, with the ratio, the period length when
 *       the table has one, and the value the period would have at ratio r.</li>
 * </ol>
 *
 * <p>Source: domain.md §1 (implementation period: ≥900篇 over three years vs ≥300篇 a year), §4.2
 * R-VAL (period vs annual consistency; Dongguan 2024: 慰问困难归侨人次 7人次 / 7人次 while the other
 * counts are 3×).
 *
 * <p>Decisions:
 * <ul>
 *   <li>WARNING for all: the period is a multi-year plan, and a count may legitimately not accumulate (a
 *       stock, a one-off event); the reviewer decides.</li>
 *   <li>The outlier check uses the table's own common ratio rather than the period length, because the
 *       period is not always stored and departments do not always split evenly; with Dongguan the two
 *       coincide (13 of 16 counts at 3× over 2024–2026). A strict majority and at least three pairs keep
 *       a table without a clear pattern from producing noise. Only ratio 1 is reported, the copy-paste
 *       case; other ratios (Dongguan 支持镇街侨胞之家 ≤32个 / ≤18个 = 1.78) are plans, not slips.</li>
 *   <li>The census is table-wide, not per 一级: Dongguan's 新增归国留学会员数量 ≥30人 / ≥30人 (效益指标) is
 *       reported as well as 慰问困难归侨人次 — "new members" over three years equal to those of one year
 *       is the same inconsistency.</li>
 *   <li>A blank or qualitative value on either side is not compared (nothing to compare); values read by a
 *       guess are excluded so that one doubtful reading does not produce a second finding.</li>
 * </ul>
 */
public final class PeriodAnnualConsistencyRule extends ReviewRule {

    static final int MIN_CENSUS = 3;

    private enum Direction {
        LOWER,
        UPPER
    }

    private record Pair(ReviewedIndicator ind, TargetValue period, TargetValue annual) {}

    public PeriodAnnualConsistencyRule() {
        super("R-VAL-6", Severity.WARNING);
    }

    @Override
    public List<ReviewFinding> check(TargetTable table, IndicatorFramework framework) {
        List<Pair> pairs = ReviewedIndicator.of(table).stream()
                .filter(ind -> comparable(ind.period()) && comparable(ind.annual()))
                .map(ind -> new Pair(ind, ind.period(), ind.annual()))
                .toList();

        List<Pair> census =
                pairs.stream().filter(PeriodAnnualConsistencyRule::inCensus).toList();
        Map<BigDecimal, Integer> byRatio = new TreeMap<>();
        census.forEach(p -> byRatio.merge(ratio(p), 1, Integer::sum));
        Map.Entry<BigDecimal, Integer> common =
                byRatio.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
        boolean hasCommonRatio = census.size() >= MIN_CENSUS
                && common != null
                && common.getKey().compareTo(BigDecimal.ONE) > 0
                && 2 * common.getValue() > census.size();

        List<ReviewFinding> found = new ArrayList<>();
        for (Pair pair : pairs) {
            ReviewFinding f = compare(pair);
            if (f != null) {
                found.add(f);
            } else if (hasCommonRatio && inCensus(pair) && pair.period.number().compareTo(pair.annual.number()) == 0) {
                found.add(outlier(pair, common.getKey(), common.getValue(), census.size(), table));
            }
        }
        return orPass(
                found,
                "实施周期指标值与年度指标值一致（或无可比较的数值）。",
                "Period and annual values agree (or there are no comparable numbers).");
    }

    /** The first inconsistency between the two values, or null. */
    private ReviewFinding compare(Pair pair) {
        TargetValue p = pair.period;
        TargetValue a = pair.annual;
        ReviewedIndicator ind = pair.ind;
        String valuesZh = "实施周期指标值" + Texts.q(p.raw()) + "与年度指标值" + Texts.q(a.raw());
        String valuesEn = "period value " + Texts.sq(p.raw()) + " and annual value " + Texts.sq(a.raw());
        if (p.kind() != a.kind() || !Objects.equals(p.unit(), a.unit())) {
            return finding(
                    ind,
                    ind.zh() + "的" + valuesZh + "单位不同（" + unitZh(p) + " 与 " + unitZh(a) + "），无法比较，请统一单位。",
                    "The " + valuesEn + " of " + ind.en() + " have different units (" + unitEn(p) + " vs " + unitEn(a)
                            + ") and cannot be compared; please use one unit.");
        }
        if (direction(p.operator()) != direction(a.operator())) {
            return finding(
                    ind,
                    ind.zh() + "的" + valuesZh + "方向相反（" + p.operator().symbol() + " 与 "
                            + a.operator().symbol() + "）：一个是下限，一个是上限。",
                    "The " + valuesEn + " of " + ind.en() + " point in opposite directions ("
                            + p.operator().symbol() + " vs " + a.operator().symbol()
                            + "): one is a lower bound, the other an upper bound.");
        }
        if (p.kind() == ValueKind.NUMERIC) {
            if (p.operator() != a.operator()) {
                return finding(
                        ind,
                        ind.zh() + "的" + valuesZh + "运算符不同（" + symbolZh(p) + " 与 " + symbolZh(a)
                                + "）；同一指标的两个目标应使用相同运算符。",
                        "The " + valuesEn + " of " + ind.en() + " use different operators (" + symbolEn(p) + " vs "
                                + symbolEn(a) + "); both targets of one indicator should use the same operator.");
            }
            if (a.number().compareTo(p.number()) > 0) {
                return finding(
                        ind,
                        ind.zh() + "的年度指标值" + Texts.q(a.raw()) + "大于实施周期指标值" + Texts.q(p.raw())
                                + "：一年的目标不应超过整个实施周期的目标。",
                        "The annual value " + Texts.sq(a.raw()) + " of " + ind.en()
                                + " is larger than its period value " + Texts.sq(p.raw())
                                + ": one year's target cannot exceed the whole period's.");
            }
            return null;
        }
        boolean looser = direction(p.operator()) == Direction.LOWER
                ? a.number().compareTo(p.number()) < 0
                : a.number().compareTo(p.number()) > 0;
        if (looser) {
            return finding(
                    ind,
                    ind.zh() + "的年度指标值" + Texts.q(a.raw()) + "比实施周期指标值" + Texts.q(p.raw()) + "宽松：比率类的年度目标不应低于周期目标。",
                    "The annual value " + Texts.sq(a.raw()) + " of " + ind.en() + " is looser than its period value "
                            + Texts.sq(p.raw()) + ": a rate's annual target should not be below the period's.");
        }
        return null;
    }

    private ReviewFinding outlier(Pair pair, BigDecimal ratio, int sharing, int censusSize, TargetTable table) {
        ReviewedIndicator ind = pair.ind;
        TargetValue a = pair.annual;
        String r = Texts.plain(ratio);
        String op = a.operator() == Operator.EQ ? "" : a.operator().symbol();
        String expected = op + Texts.plain(a.number().multiply(ratio)) + (a.unit() == null ? "" : a.unit());
        Integer years = periodYears(table);
        String periodZh = "";
        String periodEn = "";
        if (years != null) {
            boolean matches = ratio.compareTo(BigDecimal.valueOf(years)) == 0;
            periodZh = "（实施周期 " + table.periodStartYear() + "–" + table.periodEndYear() + " 年共 " + years + " 年"
                    + (matches ? "，与倍数一致" : "") + "）";
            periodEn = " (the period " + table.periodStartYear() + "–" + table.periodEndYear() + " has " + years
                    + " years" + (matches ? ", matching the ratio" : "") + ")";
        }
        return finding(
                ind,
                ind.zh() + "的实施周期指标值与年度指标值相同（" + Texts.q(pair.period.raw()) + " / " + Texts.q(a.raw())
                        + "），而本表 " + censusSize + " 个可比的数量类指标中有 " + sharing + " 个的实施周期指标值是年度指标值的 "
                        + r + " 倍" + periodZh + "。请核对实施周期指标值是否应为 " + expected + "，或该指标确实不随年份累计。",
                "The period value of " + ind.en() + " equals its annual value (" + Texts.sq(pair.period.raw()) + " / "
                        + Texts.sq(a.raw()) + "), while in " + sharing + " of the table's " + censusSize
                        + " comparable count indicators the period value is " + r + " times the annual value"
                        + periodEn + ". Check whether the period value should be " + expected
                        + ", or whether this indicator really does not accumulate over the years.");
    }

    private ReviewFinding finding(ReviewedIndicator ind, String zh, String en) {
        return indicatorFailure(ind.index(), null, zh, en);
    }

    private static boolean comparable(TargetValue v) {
        return v.isQuantitative()
                && v.operator() != null
                && !ReviewedIndicator.has(v, ValueFindingCode.FRACTION_FOR_RATE)
                && !ReviewedIndicator.has(v, ValueFindingCode.EMBEDDED_COMPARISON)
                && !ReviewedIndicator.has(v, ValueFindingCode.RANGE);
    }

    private static boolean inCensus(Pair pair) {
        TargetValue p = pair.period;
        TargetValue a = pair.annual;
        return p.kind() == ValueKind.NUMERIC
                && a.kind() == ValueKind.NUMERIC
                && Objects.equals(p.unit(), a.unit())
                && direction(p.operator()) == direction(a.operator())
                && p.number().signum() > 0
                && a.number().signum() > 0;
    }

    private static BigDecimal ratio(Pair pair) {
        return pair.period.number().divide(pair.annual.number(), 2, RoundingMode.HALF_UP);
    }

    private static Direction direction(Operator op) {
        return op == Operator.LE || op == Operator.LT ? Direction.UPPER : Direction.LOWER;
    }

    private static Integer periodYears(TargetTable table) {
        Integer start = table.periodStartYear();
        Integer end = table.periodEndYear();
        return start == null || end == null || end < start ? null : end - start + 1;
    }

    private static String unitZh(TargetValue v) {
        return v.kind() == ValueKind.PERCENT ? "%" : v.unit() == null ? "无单位" : v.unit();
    }

    private static String unitEn(TargetValue v) {
        return v.kind() == ValueKind.PERCENT ? "%" : v.unit() == null ? "no unit" : v.unit();
    }

    private static String symbolZh(TargetValue v) {
        return v.operator() == Operator.EQ ? "=（未写运算符）" : v.operator().symbol();
    }

    private static String symbolEn(TargetValue v) {
        return v.operator() == Operator.EQ
                ? "= (no operator written)"
                : v.operator().symbol();
    }
}
