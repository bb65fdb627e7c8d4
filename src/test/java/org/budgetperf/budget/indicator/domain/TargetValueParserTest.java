package org.budgetperf.budget.indicator.domain;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.budgetperf.support.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class TargetValueParserTest {

    /*
     * Every distinct target value of the three real target tables in src/test/resources/real/, one row per value with
     * one of the 三级 indicators it appears on. Extracted with python3 (zipfile + ElementTree):
     *  - dongguan-2024-overseas-chinese-federation.txt: rows after the row starting with 绩效指标, split on tabs; rows
     *    lost leading empty cells, so columns are not used: in every row with ≥ 3 non-empty cells the last two non-empty
     *    cells are 实施周期指标值 and 年度指标值 and the one before them is the 三级 name (row 成本节约率 included);
     *  - zhanjiang-2023-hrss.xlsx, zhanjiang-2024-hrss.xlsx: sheet1, column E (指标值, name in D) of every row below the
     *    row whose column A is 绩效指标; shared strings resolved, numeric cells taken as their stored text.
     * That gives 85 cells, 72 distinct (value, 三级) pairs and 59 distinct values. realTablesAreFullyCovered() repeats
     * the extraction in Java and checks every one of the 85 cells against this table, with the cell's own indicator.
     *
     * Columns: raw | 三级 indicator | kind | operator | number | unit | normalized | finding codes (space separated).
     * An empty cell is null.
     */
    private static final String REAL_VALUES = """
            ≥900篇 | 公众号发布推送篇数 | NUMERIC | GE | 900 | 篇 | ≥900篇 |
            ≥300篇 | 公众号发布推送篇数 | NUMERIC | GE | 300 | 篇 | ≥300篇 |
            ≥15次 | 开展交流联谊活动次数 | NUMERIC | GE | 15 | 次 | ≥15次 |
            ≥5次 | 开展交流联谊活动次数 | NUMERIC | GE | 5 | 次 | ≥5次 |
            ≥60次 | 法律服务站服务次数 | NUMERIC | GE | 60 | 次 | ≥60次 |
            ≥20次 | 法律服务站服务次数 | NUMERIC | GE | 20 | 次 | ≥20次 |
            ≥3次 | 开展侨法宣传活动次数 | NUMERIC | GE | 3 | 次 | ≥3次 |
            ≥1次 | 开展侨法宣传活动次数 | NUMERIC | GE | 1 | 次 | ≥1次 |
            ≤32个 | 支持镇街(园区)侨胞之家个数 | NUMERIC | LE | 32 | 个 | ≤32个 |
            ≤18个 | 支持镇街(园区)侨胞之家个数 | NUMERIC | LE | 18 | 个 | ≤18个 |
            7人次 | 慰问困难归侨人次 | NUMERIC | EQ | 7 | 人次 | 7人次 |
            ≥300人 | 参加海外青年才俊聚东莞活动人数 | NUMERIC | GE | 300 | 人 | ≥300人 |
            ≥100人 | 参加海外青年才俊聚东莞活动人数 | NUMERIC | GE | 100 | 人 | ≥100人 |
            ≥150次 | 开展(或指导)归国留学人员活动次数 | NUMERIC | GE | 150 | 次 | ≥150次 |
            ≥50次 | 开展(或指导)归国留学人员活动次数 | NUMERIC | GE | 50 | 次 | ≥50次 |
            3次 | 举办海外青年才俊聚东莞活动次数 | NUMERIC | EQ | 3 | 次 | 3次 |
            1次 | 举办海外青年才俊聚东莞活动次数 | NUMERIC | EQ | 1 | 次 | 1次 |
            ≥2100人次 | 服务归国留学人员人数 | NUMERIC | GE | 2100 | 人次 | ≥2100人次 |
            ≥700人次 | 服务归国留学人员人数 | NUMERIC | GE | 700 | 人次 | ≥700人次 |
            ≥180家 | 走访侨商、侨企数量 | NUMERIC | GE | 180 | 家 | ≥180家 |
            ≥60家 | 走访侨商、侨企数量 | NUMERIC | GE | 60 | 家 | ≥60家 |
            ≥120个/次 | 接待(拜访)侨团、同乡会数量 | NUMERIC | GE | 120 | 个/次 | ≥120个/次 |
            ≥40个/次 | 接待(拜访)侨团、同乡会数量 | NUMERIC | GE | 40 | 个/次 | ≥40个/次 |
            %≥95% | 各项活动质量达标率 | PERCENT | GE | 95 | % | ≥95% | MALFORMED
            ≥95% | 各项活动质量达标率 | PERCENT | GE | 95 | % | ≥95% |
            ≥15万 | 公众号点击率 | NUMERIC | GE | 15 | 万 | ≥15万 |
            ≥5万 | 公众号点击率 | NUMERIC | GE | 5 | 万 | ≥5万 |
            100% | 工作任务完成及时率 | PERCENT | EQ | 100 | % | 100% |
            ≥90% | 预算执行率 | PERCENT | GE | 90 | % | ≥90% |
            项目成本不超预算 | 成本节约率 | QUALITATIVE | | | | |
            举办≥2场创业就业沙龙和创业交流活动 | 指导归国留学人员的创业服务程度 | NUMERIC | GE | 2 | 场 | ≥2场 | EMBEDDED_COMPARISON
            持续提升 | 侨界群众参与社会建设的参与度 | QUALITATIVE | | | | |
            ≥30人 | 新增归国留学会员数量 | NUMERIC | GE | 30 | 人 | ≥30人 |
            ≥9篇次 | 海外青年才俊活动媒体正面宣传报道次数 | NUMERIC | GE | 9 | 篇次 | ≥9篇次 |
            ≥3篇次 | 海外青年才俊活动媒体正面宣传报道次数 | NUMERIC | GE | 3 | 篇次 | ≥3篇次 |
            优 | 城市形象的宣传效果 | GRADE | | | | |
            长期引导鼓励归国留学人员政治正确,积极投身祖国家乡建设 | 政治引领程度 | QUALITATIVE | | | | |
            推进侨联海外及港澳联谊工作、凝聚广大归侨侨眷和海外侨胞,传播东莞好声音 | 对我市凝聚侨心、侨力长期影响程度 | QUALITATIVE | | | | |
            ≥200元每人每月 | 城乡居民基础养老金标准 | NUMERIC | GE | 200 | 元每人每月 | ≥200元每人每月 |
            5000万元 | 发放创业担保贷款金额 | NUMERIC | EQ | 5000 | 万元 | 5000万元 |
            根据下达任务目标要求确定 | 城镇新增就业人数（万人） | NOT_A_TARGET | | | | | NOT_A_TARGET
            ≧90% | 创业担保贷款还款率 | PERCENT | GE | 90 | % | ≥90% | OPERATOR_NORMALISED
            ≧98% | 补贴发放准确率 | PERCENT | GE | 98 | % | ≥98% | OPERATOR_NORMALISED
            1 | 资金在规定时间内下达率 | NUMERIC | EQ | 1 | | 1 | FRACTION_FOR_RATE
            合规 | 资金支付规范性 | QUALITATIVE | | | | |
            ≧95% | 实际资金支出率 | PERCENT | GE | 95 | % | ≥95% | OPERATOR_NORMALISED
            不低于上年度水平 | 全市城乡居民养老保险覆盖面 | QUALITATIVE | | | | |
            650 | 扶持创业企业（项目）数 | NUMERIC | EQ | 650 | | 650 |
            ≥75% | 群众满意度 | PERCENT | GE | 75 | % | ≥75% |
            ≥190元每人每月 | 城乡居民基础养老金标准 | NUMERIC | GE | 190 | 元每人每月 | ≥190元每人每月 |
            50000 | 城镇新增就业人数（人） | NUMERIC | EQ | 50000 | | 50000 |
            3000 | 促进创业人数（人） | NUMERIC | EQ | 3000 | | 3000 |
            ≥200课时 | 支教人员每人每年完成课时 | NUMERIC | GE | 200 | 课时 | ≥200课时 |
            1500 | 解决就业困难人员就业人数（人） | NUMERIC | EQ | 1500 | | 1500 |
            27000 | 失业人员再就业人数（人） | NUMERIC | EQ | 27000 | | 27000 |
            350 | 扶持创业企业（项目）个数 | NUMERIC | EQ | 350 | | 350 |
            ≧35% | 服务期满继续在基层就业人数比例 | PERCENT | GE | 35 | % | ≥35% | OPERATOR_NORMALISED
            湛江市基层 | 基层服务覆盖范围 | QUALITATIVE | | | | |
            保持稳定 | 对保持就业局势总体稳定发挥的影响 | QUALITATIVE | | | | |
            """;

    /** Spellings and mistakes that the real tables do not (yet) contain. Same columns as {@link #REAL_VALUES}. */
    private static final String OTHER_VALUES = """
            # operators: canonical ones give no finding, every variant does
            =100% | | PERCENT | EQ | 100 | % | 100% |
            >5 | | NUMERIC | GT | 5 | | >5 |
            <5% | | PERCENT | LT | 5 | % | <5% |
            ≦5% | | PERCENT | LE | 5 | % | ≤5% | OPERATOR_NORMALISED
            ＝100% | | PERCENT | EQ | 100 | % | 100% | OPERATOR_NORMALISED
            ﹦100% | | PERCENT | EQ | 100 | % | 100% | OPERATOR_NORMALISED
            ＞0 | | NUMERIC | GT | 0 | | >0 | OPERATOR_NORMALISED
            ＜3天 | | NUMERIC | LT | 3 | 天 | <3天 | OPERATOR_NORMALISED
            >=95% | | PERCENT | GE | 95 | % | ≥95% | OPERATOR_NORMALISED
            <=3天 | | NUMERIC | LE | 3 | 天 | ≤3天 | OPERATOR_NORMALISED
            ＞＝95% | | PERCENT | GE | 95 | % | ≥95% | OPERATOR_NORMALISED
            ⩾90% | | PERCENT | GE | 90 | % | ≥90% | OPERATOR_NORMALISED
            不低于95% | | PERCENT | GE | 95 | % | ≥95% | OPERATOR_NORMALISED
            不超过5% | | PERCENT | LE | 5 | % | ≤5% | OPERATOR_NORMALISED
            不少于2场 | | NUMERIC | GE | 2 | 场 | ≥2场 | OPERATOR_NORMALISED
            大于等于3个 | | NUMERIC | GE | 3 | 个 | ≥3个 | OPERATOR_NORMALISED
            低于1% | | PERCENT | LT | 1 | % | <1% | OPERATOR_NORMALISED
            95%以上 | | PERCENT | GE | 95 | % | ≥95% | OPERATOR_NORMALISED
            100人及以上 | | NUMERIC | GE | 100 | 人 | ≥100人 | OPERATOR_NORMALISED
            3个工作日以内 | | NUMERIC | LE | 3 | 个工作日 | ≤3个工作日 | OPERATOR_NORMALISED
            ≥95%以上 | | PERCENT | GE | 95 | % | ≥95% | OPERATOR_NORMALISED
            ≧95%以上 | | PERCENT | GE | 95 | % | ≥95% | OPERATOR_NORMALISED
            # full-width digits, ％, comma and period fold silently: they change nothing a reviewer must fix
            ≥９５％ | | PERCENT | GE | 95 | % | ≥95% |
            １００％ | | PERCENT | EQ | 100 | % | 100% |
            ≥95％ | | PERCENT | GE | 95 | % | ≥95% |
            1，000人 | | NUMERIC | EQ | 1000 | 人 | 1000人 |
            ９９．５％ | | PERCENT | EQ | 99.5 | % | 99.5% |
            # numbers: thousands separators, decimals, signs, trailing zeros
            1,000人 | | NUMERIC | EQ | 1000 | 人 | 1000人 |
            ≥1,234,567.89元 | | NUMERIC | GE | 1234567.89 | 元 | ≥1234567.89元 |
            95.50% | | PERCENT | EQ | 95.5 | % | 95.5% |
            95.0% | | PERCENT | EQ | 95 | % | 95% |
            50000.0 | | NUMERIC | EQ | 50000 | | 50000 |
            0 | | NUMERIC | EQ | 0 | | 0 |
            -5% | | PERCENT | EQ | -5 | % | -5% |
            ≤-0.5% | | PERCENT | LE | -0.5 | % | ≤-0.5% |
            −3 | | NUMERIC | EQ | -3 | | -3 |
            +5% | | PERCENT | EQ | 5 | % | 5% |
            ≥ 95 % | | PERCENT | GE | 95 | % | ≥95% |
            ≥95%。 | | PERCENT | GE | 95 | % | ≥95% |
            # units
            ≥200元/人/月 | | NUMERIC | GE | 200 | 元/人/月 | ≥200元/人/月 |
            ≥90分 | | NUMERIC | GE | 90 | 分 | ≥90分 |
            5‰ | | NUMERIC | EQ | 5 | ‰ | 5‰ |
            # malformed percent signs
            %95 | | PERCENT | EQ | 95 | % | 95% | MALFORMED
            %≥95 | | PERCENT | GE | 95 | % | ≥95% | MALFORMED
            95%% | | PERCENT | EQ | 95 | % | 95% | MALFORMED
            %≧95% | | PERCENT | GE | 95 | % | ≥95% | OPERATOR_NORMALISED MALFORMED
            # rates written as fractions; a name with a trailing bracketed unit is still a rate
            0.95 | 补贴发放准确率 | NUMERIC | EQ | 0.95 | | 0.95 | FRACTION_FOR_RATE
            ≥0.9 | “三支一扶”人员服务期满考核合格率（%） | NUMERIC | GE | 0.9 | | ≥0.9 | FRACTION_FOR_RATE
            1 | 服务期满继续在基层就业人数比例 | NUMERIC | EQ | 1 | | 1 | FRACTION_FOR_RATE
            1 | 补贴发放准确率 | NUMERIC | EQ | 1 | | 1 | FRACTION_FOR_RATE
            1 | | NUMERIC | EQ | 1 | | 1 |
            1 | 法律服务站服务次数 | NUMERIC | EQ | 1 | | 1 |
            0 | 投诉率 | NUMERIC | EQ | 0 | | 0 |
            1.5 | 增长率 | NUMERIC | EQ | 1.5 | | 1.5 |
            1% | 补贴发放准确率 | PERCENT | EQ | 1 | % | 1% |
            # ranges: ≥ the lower bound, flagged
            90%-95% | | PERCENT | GE | 90 | % | ≥90% | RANGE
            95%-90% | | PERCENT | GE | 90 | % | ≥90% | RANGE
            90-95% | | PERCENT | GE | 90 | % | ≥90% | RANGE
            90%~95% | | PERCENT | GE | 90 | % | ≥90% | RANGE
            90%～95% | | PERCENT | GE | 90 | % | ≥90% | RANGE
            90%至95% | | PERCENT | GE | 90 | % | ≥90% | RANGE
            10-20天 | | NUMERIC | GE | 10 | 天 | ≥10天 | RANGE
            # one comparison inside a sentence; its unit only from the measure-word list
            完成≥3个项目建设 | | NUMERIC | GE | 3 | 个 | ≥3个 | EMBEDDED_COMPARISON
            覆盖不低于80%的社区 | | PERCENT | GE | 80 | % | ≥80% | OPERATOR_NORMALISED EMBEDDED_COMPARISON
            ≥95%左右 | | PERCENT | GE | 95 | % | ≥95% | EMBEDDED_COMPARISON
            ≥2场创业就业沙龙和创业交流活动 | | NUMERIC | GE | 2 | 场 | ≥2场 | EMBEDDED_COMPARISON
            ≥1234567元每人每月每年 | | NUMERIC | GE | 1234567 | 元 | ≥1234567元 | EMBEDDED_COMPARISON
            力争≥3项成果落地 | | NUMERIC | GE | 3 | 项 | ≥3项 | EMBEDDED_COMPARISON
            达到≥5的水平 | | NUMERIC | GE | 5 | | ≥5 | EMBEDDED_COMPARISON
            # tried to be a value and failed
            ≥95%，≥90% | | QUALITATIVE | | | | | UNPARSED_TEXT
            举办≥2场活动,参加≥100人 | | QUALITATIVE | | | | | UNPARSED_TEXT
            90%-95人 | | QUALITATIVE | | | | | UNPARSED_TEXT
            1:1:1 | | QUALITATIVE | | | | | UNPARSED_TEXT
            ≥优 | | QUALITATIVE | | | | | UNPARSED_TEXT
            100%完成 | | QUALITATIVE | | | | | UNPARSED_TEXT
            1,00人 | | QUALITATIVE | | | | | UNPARSED_TEXT
            ≥95%以下 | | QUALITATIVE | | | | | UNPARSED_TEXT
            完成≥3个以下 | | QUALITATIVE | | | | | UNPARSED_TEXT
            5个以上以上 | | QUALITATIVE | | | | | UNPARSED_TEXT
            3到9以内 | | QUALITATIVE | | | | | UNPARSED_TEXT
            2场创业就业沙龙和创业交流活动 | | QUALITATIVE | | | | | UNPARSED_TEXT
            12345678901234567890 | | QUALITATIVE | | | | | UNPARSED_TEXT
            # grades: the four bands of R-SCO-7 only
            良 | | GRADE | | | | |
            中 | | GRADE | | | | |
            差 | | GRADE | | | | |
            优秀 | | GRADE | | | | |
            良好 | | GRADE | | | | |
            合格 | | QUALITATIVE | | | | |
            不合格 | | QUALITATIVE | | | | |
            优 良 中 差 | | QUALITATIVE | | | | |
            # qualitative text
            有效 | | QUALITATIVE | | | | |
            百分之九十五 | | QUALITATIVE | | | | |
            按时足额发放 | | QUALITATIVE | | | | |
            完成2024年度市政府工作报告下达就业目标任务 | | QUALITATIVE | | | | |
            无 | 安全事故发生次数 | QUALITATIVE | | | | |
            # deferrals and placeholders
            以实际发生为准 | | NOT_A_TARGET | | | | | NOT_A_TARGET
            按实际情况确定 | | NOT_A_TARGET | | | | | NOT_A_TARGET
            视情况而定 | | NOT_A_TARGET | | | | | NOT_A_TARGET
            根据省下达任务核定 | | NOT_A_TARGET | | | | | NOT_A_TARGET
            待定 | | NOT_A_TARGET | | | | | NOT_A_TARGET
            不适用 | | NOT_A_TARGET | | | | | NOT_A_TARGET
            / | | NOT_A_TARGET | | | | | NOT_A_TARGET
            - | | NOT_A_TARGET | | | | | NOT_A_TARGET
            — | | NOT_A_TARGET | | | | | NOT_A_TARGET
            """;

    /** One table row: the input and the full expected reading. */
    private record Row(
            String raw,
            String indicator,
            ValueKind kind,
            Operator operator,
            BigDecimal number,
            String unit,
            String normalized,
            List<ValueFindingCode> findings) {

        static List<Row> table(String text) {
            return text.lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(Row::of)
                    .toList();
        }

        private static Row of(String line) {
            String[] c = Arrays.stream(line.split("\\|", -1))
                    .map(String::strip)
                    .map(s -> s.isEmpty() ? null : s)
                    .toArray(String[]::new);
            assertEquals(8, c.length, () -> "8 columns expected in: " + line);
            return new Row(
                    c[0],
                    c[1],
                    ValueKind.valueOf(c[2]),
                    c[3] == null ? null : Operator.valueOf(c[3]),
                    c[4] == null ? null : new BigDecimal(c[4]),
                    c[5],
                    c[6],
                    c[7] == null
                            ? List.of()
                            : Arrays.stream(c[7].split(" "))
                                    .map(ValueFindingCode::valueOf)
                                    .toList());
        }

        void assertParsed(TargetValue v) {
            String where = "'" + raw + "' on '" + indicator + "'";
            assertAll(
                    where,
                    () -> assertSame(raw, v.raw(), "raw"),
                    () -> assertEquals(kind, v.kind(), "kind"),
                    () -> assertEquals(operator, v.operator(), "operator"),
                    () -> assertEquals(number, v.number(), "number"),
                    () -> assertEquals(unit, v.unit(), "unit"),
                    () -> assertEquals(normalized, v.normalized(), "normalized"),
                    () -> assertEquals(
                            findings,
                            v.findings().stream().map(ValueFinding::code).toList(),
                            "findings"));
            assertInvariants(v);
        }

        @Override
        public String toString() {
            return raw + (indicator == null ? "" : " on " + indicator);
        }
    }

    static Stream<Row> realValues() {
        return Row.table(REAL_VALUES).stream();
    }

    static Stream<Row> otherValues() {
        return Row.table(OTHER_VALUES).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realValues")
    void parsesEveryValueOfTheRealTables(Row row) {
        row.assertParsed(TargetValueParser.parse(row.raw(), row.indicator()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherValues")
    void parsesOtherSpellings(Row row) {
        row.assertParsed(TargetValueParser.parse(row.raw(), row.indicator()));
    }

    @Test
    void realValuesTableHasOneRowPerDistinctValue() {
        List<String> raws = realValues().map(Row::raw).toList();
        assertEquals(59, raws.size());
        assertEquals(raws.size(), new LinkedHashSet<>(raws).size(), "duplicate rows");
    }

    /** Re-extracts the values from the real files (see the comment on REAL_VALUES) so the table cannot drift. */
    @Test
    void realTablesAreFullyCovered() throws Exception {
        List<String[]> cells = new ArrayList<>(dongguanValues(RealData.text(RealData.DONGGUAN_2024)));
        cells.addAll(zhanjiangValues(RealData.path(RealData.ZHANJIANG_2023)));
        cells.addAll(zhanjiangValues(RealData.path(RealData.ZHANJIANG_2024)));

        Map<String, Row> expected = realValues().collect(Collectors.toMap(Row::raw, r -> r));
        for (String[] cell : cells) {
            Row row = expected.get(cell[0]);
            assertNotNull(row, () -> "no row for real value '" + cell[0] + "' (" + cell[1] + ")");
            new Row(
                            cell[0],
                            cell[1],
                            row.kind(),
                            row.operator(),
                            row.number(),
                            row.unit(),
                            row.normalized(),
                            row.findings())
                    .assertParsed(TargetValueParser.parse(cell[0], cell[1]));
        }
        assertEquals(85, cells.size(), "value cells");
        assertEquals(expected.keySet(), cells.stream().map(c -> c[0]).collect(Collectors.toSet()), "distinct values");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "   ", "\t\n\r", "\u3000", "\u00A0", "\u200B", "\uFEFF", "\u0000\u0001", " 。"})
    void blankIsBlank(String raw) {
        TargetValue v = TargetValueParser.parse(raw, "补贴发放准确率");
        assertSame(raw, v.raw());
        assertEquals(ValueKind.BLANK, v.kind());
        assertFalse(v.hasFindings());
        assertInvariants(v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"  ≥95%  ", "\t≥95%\n", "\u3000≥95%\u00A0", "\uFEFF≥95%", "≥95%\u0000"})
    void surroundingWhitespaceIsIgnoredButKeptInRaw(String raw) {
        TargetValue v = TargetValueParser.parse(raw, null);
        assertSame(raw, v.raw());
        assertEquals("≥95%", v.normalized());
        assertFalse(v.hasFindings());
    }

    @Test
    void messagesNameTheConcreteValues() {
        assertEquals(
                "'%≥95%' is malformed; read as ≥95% (格式不规范, 按≥95%理解)",
                TargetValueParser.parse("%≥95%", "各项活动质量达标率").findings().get(0).message());
        assertTrue(message("1", "补贴发放准确率").contains("100%"));
        assertTrue(message("≥0.9", "考核合格率（%）").contains("≥90%"));
        assertTrue(message("≧90%", null).contains("≧"));
        assertTrue(message("举办≥2场创业就业沙龙和创业交流活动", null).contains("≥2场"));
        assertTrue(message("90%-95%", null).contains("≥90%")
                && message("90%-95%", null).contains("95%"));
        assertTrue(message("根据下达任务目标要求确定", null).contains("根据下达任务目标要求确定"));
        String longText = "≥1,≥2" + "很长的说明".repeat(100);
        assertTrue(message(longText, null).length() < 200, "long values are shortened in messages");
    }

    @Test
    void targetValueNormalisesEmptyUnitAndFindings() {
        TargetValue v = new TargetValue("5", ValueKind.NUMERIC, Operator.EQ, BigDecimal.valueOf(5), "", "5", null);
        assertNull(v.unit());
        assertEquals(List.of(), v.findings());
        assertTrue(v.isQuantitative());
        assertFalse(new TargetValue("优", ValueKind.GRADE, null, null, null, null, List.of()).isQuantitative());
    }

    @Test
    void operatorSymbols() {
        assertEquals(
                "≥≤=><", Arrays.stream(Operator.values()).map(Operator::symbol).collect(Collectors.joining()));
    }

    /** Random and hostile text: the parser must answer every time, and consistently. */
    @Test
    void neverThrowsOnGarbage() {
        String alphabet = "0123456789０９,.，．%％≥≤=<>≧≦＝﹦＞＜⩾⩽+-−－~～至到—/ 以上下内及不低于超过根据确定为准优良中差"
                + "篇万个次人元家场率\t\n\r\u0000\u001F\u200B\u3000\uFEFF\uD83D\uDE00\uD800\uDFFF";
        Random random = new Random(20241125L);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(24);
            for (int j = 0; j < length; j++) {
                if (random.nextInt(10) == 0) {
                    s.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
                } else {
                    s.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            String raw = s.toString();
            String name = random.nextBoolean() ? null : raw + "率";
            TargetValue v = TargetValueParser.parse(raw, name);
            assertSame(raw, v.raw());
            assertInvariants(v);
        }
    }

    @Test
    void hugeInputsAreAnsweredQuickly() {
        List<String> huge = List.of(
                "1".repeat(1_000_000),
                "1" + ",000".repeat(200_000),
                "≥1".repeat(300_000),
                "根据" + "确".repeat(500_000) + "确定",
                "举办≥2场" + "活动".repeat(500_000),
                "%".repeat(1_000_000),
                "\uD83D\uDE00".repeat(300_000),
                " ".repeat(1_000_000),
                "≥" + "9".repeat(500_000) + "%");
        assertTimeoutPreemptively(
                Duration.ofSeconds(20),
                () -> huge.forEach(raw -> {
                    TargetValue v = TargetValueParser.parse(raw, raw);
                    assertSame(raw, v.raw());
                    assertInvariants(v);
                }));
    }

    private static String message(String raw, String indicator) {
        TargetValue v = TargetValueParser.parse(raw, indicator);
        assertTrue(v.hasFindings(), () -> "finding expected for " + raw);
        return v.findings().get(v.findings().size() - 1).message();
    }

    /** What must hold for every reading, whatever the input. */
    private static void assertInvariants(TargetValue v) {
        assertNotNull(v.kind());
        assertNotNull(v.findings());
        v.findings()
                .forEach(f -> assertTrue(
                        f.code() != null && f.message() != null && !f.message().isBlank()));
        assertTrue(v.unit() == null || !v.unit().isEmpty(), "unit is never empty");
        boolean quantitative = v.kind() == ValueKind.NUMERIC || v.kind() == ValueKind.PERCENT;
        assertEquals(quantitative, v.isQuantitative());
        if (quantitative) {
            assertNotNull(v.operator());
            assertNotNull(v.number());
            assertNotNull(v.normalized());
            assertEquals(v.kind() == ValueKind.PERCENT, "%".equals(v.unit()));
            // the canonical text reads back as the same quantity, without any finding but the rate hint
            TargetValue again = TargetValueParser.parse(v.normalized(), null);
            assertEquals(
                    List.of(v.operator(), v.number(), String.valueOf(v.unit()), v.normalized()),
                    List.of(again.operator(), again.number(), String.valueOf(again.unit()), again.normalized()),
                    () -> "normalized form of '" + v.raw() + "' does not read back");
            assertFalse(again.hasFindings(), () -> "normalized form of '" + v.raw() + "' has findings");
        } else {
            assertNull(v.operator());
            assertNull(v.number());
            assertNull(v.unit());
            assertNull(v.normalized());
        }
        Set<ValueFindingCode> codes =
                v.findings().stream().map(ValueFinding::code).collect(Collectors.toSet());
        assertEquals(v.kind() == ValueKind.NOT_A_TARGET, codes.contains(ValueFindingCode.NOT_A_TARGET));
        if (v.kind() == ValueKind.BLANK || v.kind() == ValueKind.GRADE) {
            assertFalse(v.hasFindings());
        }
    }

    /** {value, 三级 name} for both value columns of every indicator row below 绩效指标. */
    private static List<String[]> dongguanValues(String text) {
        List<String[]> values = new ArrayList<>();
        boolean inIndicators = false;
        for (String line : text.lines().toList()) {
            String[] cells = line.split("\t", -1);
            if (cells[0].equals("绩效指标")) {
                inIndicators = true;
                continue;
            }
            List<String> filled = Arrays.stream(cells).filter(c -> !c.isBlank()).toList();
            if (inIndicators && filled.size() >= 3) {
                String name = filled.get(filled.size() - 3);
                values.add(new String[] {filled.get(filled.size() - 2), name});
                values.add(new String[] {filled.get(filled.size() - 1), name});
            }
        }
        return values;
    }

    /** {E, D} of every row below the row whose column A is 绩效指标. */
    private static List<String[]> zhanjiangValues(Path xlsx) throws Exception {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            List<String> shared = new ArrayList<>();
            NodeList items = xml(zip, "xl/sharedStrings.xml").getElementsByTagName("si");
            for (int i = 0; i < items.getLength(); i++) {
                shared.add(items.item(i).getTextContent());
            }
            Map<String, String> cells = new HashMap<>();
            NodeList cs = xml(zip, "xl/worksheets/sheet1.xml").getElementsByTagName("c");
            for (int i = 0; i < cs.getLength(); i++) {
                Element c = (Element) cs.item(i);
                NodeList v = c.getElementsByTagName("v");
                if (v.getLength() > 0) {
                    String text = v.item(0).getTextContent();
                    cells.put(
                            c.getAttribute("r"),
                            "s".equals(c.getAttribute("t")) ? shared.get(Integer.parseInt(text)) : text);
                }
            }
            int header = cells.entrySet().stream()
                    .filter(e -> e.getKey().startsWith("A") && e.getValue().equals("绩效指标"))
                    .mapToInt(e -> Integer.parseInt(e.getKey().substring(1)))
                    .findFirst()
                    .orElseThrow();
            Map<Integer, String[]> rows = new LinkedHashMap<>();
            for (int r = header + 1; r <= header + 200; r++) {
                if (cells.containsKey("E" + r)) {
                    rows.put(r, new String[] {cells.get("E" + r), cells.get("D" + r)});
                }
            }
            return new ArrayList<>(rows.values());
        }
    }

    private static Document xml(ZipFile zip, String entry) throws Exception {
        try (var in = zip.getInputStream(zip.getEntry(entry))) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }
}
