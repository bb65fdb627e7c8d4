package org.budgetperf.review.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.budgetperf.budget.domain.BudgetAmounts;
import org.budgetperf.budget.domain.IndicatorLine;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.domain.TaskKind;
import org.budgetperf.budget.domain.TaskLine;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.budgetperf.reconciliation.domain.RuleStatus;

/**
 * Review fixtures: the real tables of src/test/resources/real/ copied into code (values exactly as
 * written, amounts in 元), the seeded Guangdong framework, and helpers for edge cases.
 */
final class ReviewTables {

    static final String OUTPUT = "产出指标";
    static final String OUTCOME = "效益指标";
    static final String SATISFACTION = "满意度指标";

    private ReviewTables() {}

    /** The framework seeded by migration 2026-11-25-02 as {@code guangdong-city-2024} (domain.md §2). */
    static IndicatorFramework guangdong() {
        return new IndicatorFramework(
                "guangdong-city-2024",
                "广东省市级部门整体绩效指标框架",
                List.of(
                        new IndicatorFramework.Entry(OUTPUT, "数量指标"),
                        new IndicatorFramework.Entry(OUTPUT, "质量指标"),
                        new IndicatorFramework.Entry(OUTPUT, "时效指标"),
                        new IndicatorFramework.Entry(OUTPUT, "成本指标"),
                        new IndicatorFramework.Entry(OUTCOME, "经济效益指标"),
                        new IndicatorFramework.Entry(OUTCOME, "社会效益指标"),
                        new IndicatorFramework.Entry(OUTCOME, "生态效益指标"),
                        new IndicatorFramework.Entry(OUTCOME, "可持续影响指标"),
                        new IndicatorFramework.Entry(SATISFACTION, "服务对象满意度指标")));
    }

    static IndicatorLine ind(String level1, String level2, String name, String period, String annual) {
        return new IndicatorLine(level1, level2, name, period, annual, null, null);
    }

    /** A one-column (Zhanjiang) indicator: 指标值 is the annual value, no period value. */
    static IndicatorLine ind(String level1, String level2, String name, String value) {
        return ind(level1, level2, name, null, value);
    }

    /** An empty 二级 row of the form: no 三级 name, no value. */
    static IndicatorLine placeholder(String level1, String level2) {
        return ind(level1, level2, null, null, null);
    }

    static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    /**
     * dongguan-2024-overseas-chinese-federation.txt: amounts 550.51 / 262.93 / 842.74 / 0.00 / 0.00 / 29.30 /
     * blank / 0.00 万元 in 元; the 6 key tasks and the other task with their funds in 元 (contents and
     * outcomes abbreviated, the rules only need them filled); period 2024–2026; all 25 indicators in form
     * order, values exactly as written. The 满意度指标 block has no 三级 row (the file shows only the 二级
     * 服务对象满意度指标, with nothing under it).
     */
    static TargetTable dongguan2024() {
        BudgetAmounts amounts = new BudgetAmounts(
                yuan("5505100.00"),
                yuan("2629300.00"),
                yuan("8427400.00"),
                yuan("0.00"),
                yuan("0.00"),
                yuan("293000.00"),
                null,
                yuan("0.00"));
        List<TaskLine> tasks = List.of(
                key(
                        "任务1: 侨务业务及活动",
                        "一、开展各类联络联谊交流活动; 二、持续巩固海外社团和港澳侨界传统社团的联络交往; …",
                        "632600.00",
                        "通过积极开展海外华侨社团首脑、华侨、华人、侨领、港澳同胞等的联谊交流工作,…"),
                key(
                        "任务2: 海外青年才俊聚东莞活动",
                        "开展“2024年海外青年才俊云聚东莞”系列活动",
                        "342000.00",
                        "通过开展“海外青年才俊聚东莞”系列活动,为海外华侨青年和华裔新生代提供了解东莞的一个窗口,…"),
                key("任务3: 归侨侨眷权益工作", "一、侨联法律服务站律师轮值。…", "52200.00", "通过结合市的普法规划科学开展侨法等法治宣传工作,…"),
                key("任务4: 市侨联归国留学人员工作", "开展各类归国留学等人员联谊交流活动。", "190000.00", "通过开展各类归国留学人员活动,加强对新侨和海归人才的政治引领和服务,…"),
                key("任务5: 侨文化宣传工作", "开展爱国侨文化宣传交流活动", "27200.00", "通过开展爱国侨文化宣传交流活动、为归侨侨眷、侨商侨领等发放侨文化宣传资料等形式,…"),
                key("任务6: 支持镇街级侨胞之家", "通过分级资金支持,每年鼓励打造一批五星、四星、三星“侨胞之家”作为示范。", "640000.00", "保障“侨胞之家”建成后能持续优化运作,…"),
                new TaskLine(
                        TaskKind.OTHER,
                        "其他任务: 省华侨事业费",
                        "全面加强依法为侨、护侨,改善侨界民生,加强基层侨联建设,完善组织覆盖面及服务功能。",
                        yuan("293000"),
                        null));
        List<IndicatorLine> indicators = List.of(
                ind(OUTPUT, "数量指标", "公众号发布推送篇数", "≥900篇", "≥300篇"), // 0
                ind(OUTPUT, "数量指标", "开展交流联谊活动次数", "≥15次", "≥5次"), // 1
                ind(OUTPUT, "数量指标", "法律服务站服务次数", "≥60次", "≥20次"), // 2
                ind(OUTPUT, "数量指标", "开展侨法宣传活动次数", "≥3次", "≥1次"), // 3
                ind(OUTPUT, "数量指标", "支持镇街(园区)侨胞之家个数", "≤32个", "≤18个"), // 4
                ind(OUTPUT, "数量指标", "慰问困难归侨人次", "7人次", "7人次"), // 5
                ind(OUTPUT, "数量指标", "开展侨文化传播宣传活动次数", "≥3次", "≥1次"), // 6
                ind(OUTPUT, "数量指标", "参加海外青年才俊聚东莞活动人数", "≥300人", "≥100人"), // 7
                ind(OUTPUT, "数量指标", "开展(或指导)归国留学人员活动次数", "≥150次", "≥50次"), // 8
                ind(OUTPUT, "数量指标", "举办海外青年才俊聚东莞活动次数", "3次", "1次"), // 9
                ind(OUTPUT, "数量指标", "服务归国留学人员人数", "≥2100人次", "≥700人次"), // 10
                ind(OUTPUT, "数量指标", "走访侨商、侨企数量", "≥180家", "≥60家"), // 11
                ind(OUTPUT, "数量指标", "接待(拜访)侨团、同乡会数量", "≥120个/次", "≥40个/次"), // 12
                ind(OUTPUT, "质量指标", "各项活动质量达标率", "%≥95%", "≥95%"), // 13
                ind(OUTPUT, "质量指标", "公众号点击率", "≥15万", "≥5万"), // 14
                ind(OUTPUT, "质量指标", "工作任务完成及时率", "100%", "100%"), // 15
                ind(OUTPUT, "成本指标", "预算执行率", "≥90%", "≥90%"), // 16
                ind(OUTPUT, "成本指标", "成本节约率", "项目成本不超预算", "项目成本不超预算"), // 17
                ind(
                        OUTCOME,
                        "经济效益指标",
                        "指导归国留学人员的创业服务程度", // 18
                        "举办≥2场创业就业沙龙和创业交流活动",
                        "举办≥2场创业就业沙龙和创业交流活动"),
                ind(OUTCOME, "社会效益指标", "侨界群众参与社会建设的参与度", "持续提升", "持续提升"), // 19
                ind(OUTCOME, "社会效益指标", "新增归国留学会员数量", "≥30人", "≥30人"), // 20
                ind(OUTCOME, "社会效益指标", "海外青年才俊活动媒体正面宣传报道次数", "≥9篇次", "≥3篇次"), // 21
                ind(OUTCOME, "生态效益指标", "城市形象的宣传效果", "优", "优"), // 22
                ind(
                        OUTCOME,
                        "生态效益指标",
                        "政治引领程度", // 23
                        "长期引导鼓励归国留学人员政治正确,积极投身祖国家乡建设",
                        "长期引导鼓励归国留学人员政治正确,积极投身祖国家乡建设"),
                ind(
                        OUTCOME,
                        "可持续影响指标",
                        "对我市凝聚侨心、侨力长期影响程度", // 24
                        "推进侨联海外及港澳联谊工作、凝聚广大归侨侨眷和海外侨胞,传播东莞好声音",
                        "推进侨联海外及港澳联谊工作、凝聚广大归侨侨眷和海外侨胞,传播东莞好声音"));
        return new TargetTable(
                "东莞市归国华侨联合会",
                2024,
                2024,
                2026,
                0,
                1,
                amounts,
                "<p>2024年,市侨联将始终坚持以习近平新时代中国特色社会主义思想为统领,…</p> <p>目标一:始终坚持正确方向,着力加强凝聚侨心侨力。…</p>",
                tasks,
                indicators);
    }

    /**
     * zhanjiang-2023-hrss.xlsx, sheet1: B2, C3/E3, amounts C5 C6 E5 E6 in 万元 converted to 元, the goal B10
     * (abbreviated), key tasks B12:E14 (contents abbreviated), indicators B18:E39 — one value column (指标值,
     * the annual value), no period. The empty 二级 rows C27 (成本指标), C33 (生态效益指标) and C35 (可持续影响指标)
     * are kept as placeholders, as an importer that keeps every row would.
     */
    static TargetTable zhanjiang2023() {
        BudgetAmounts amounts = new BudgetAmounts(
                yuan("105963500.00"), yuan("722045700.00"), yuan("828009200.00"), yuan("0.00"), null, null, null, null);
        List<TaskLine> tasks = List.of(
                key("城乡居民养老保险政府补贴资金", "城乡居民社会养老保险补助由基础养老金补助、个人缴费财政补贴、…", "201400000.00", "城乡居民基本养老保险参保人数达到计划指标。…"),
                key("创业担保贷款贴息资金", "创业担保贷款是经人社部门审核，担保基金提供担保，…", "7900000.00", "有效落实创业担保贷款政策，…"),
                key(
                        "促进就业专项资金",
                        "完成每年度市政府工作报告下达就业目标任务，保持我市就业形势总体稳定。",
                        "5000000.00",
                        "完成2023年度市政府工作报告下达就业目标任务，保持我市就业形势总体稳定。"));
        List<IndicatorLine> indicators = List.of(
                ind(OUTPUT, "数量指标", "城乡居民基础养老金标准", "≥200元每人每月"), // 0  row 18
                ind(OUTPUT, "数量指标", "发放创业担保贷款金额", "5000万元"), // 1  row 19
                ind(OUTPUT, "数量指标", "城镇新增就业人数（万人）", "根据下达任务目标要求确定"), // 2  row 20
                ind(OUTPUT, "数量指标", "促进创业人数（人）", "根据下达任务目标要求确定"), // 3  row 21
                ind(OUTPUT, "质量指标", "创业担保贷款还款率", "≧90%"), // 4  row 22
                ind(OUTPUT, "质量指标", "补贴发放准确率", "≧98%"), // 5  row 23
                ind(OUTPUT, "时效指标", "资金在规定时间内下达率", "1"), // 6  row 24
                ind(OUTPUT, "时效指标", "资金支付规范性", "合规"), // 7  row 25
                ind(OUTPUT, "时效指标", "实际资金支出率", "≧95%"), // 8  row 26
                placeholder(OUTPUT, "成本指标"), // 9  row 27
                ind(OUTCOME, "经济效益指标", "就业困难人员就业人数", "根据下达任务目标要求确定"), // 10 row 29
                ind(OUTCOME, "经济效益指标", "失业人员再就业人数", "根据下达任务目标要求确定"), // 11 row 30
                ind(OUTCOME, "社会效益指标", "全市城乡居民养老保险覆盖面", "不低于上年度水平"), // 12 row 31
                ind(OUTCOME, "社会效益指标", "扶持创业企业（项目）数", "650"), // 13 row 32
                placeholder(OUTCOME, "生态效益指标"), // 14 row 33
                placeholder(OUTCOME, "可持续影响指标"), // 15 row 35
                ind(SATISFACTION, "服务对象满意度指标", "群众满意度", "≥75%"), // 16 row 37
                ind(SATISFACTION, "服务对象满意度指标", "享受创业担保贷款对象满意度", "≧95%"), // 17 row 38
                ind(SATISFACTION, "服务对象满意度指标", "公共服务满意度", "≧95%")); // 18 row 39
        return new TargetTable(
                "湛江市人力资源和社会保障局",
                2023,
                null,
                null,
                750,
                10,
                amounts,
                "目标1：城乡居民基本养老保险参保人数达到计划指标，城乡居民养老金应发尽发，缴费补贴应补尽补。\n目标2：…",
                tasks,
                indicators);
    }

    /**
     * zhanjiang-2024-hrss.xlsx, sheet1: as 2023, indicators B17:E37. Rows 28–31 sit in merged C28:C31 =
     * 质量指标 inside merged B26:B33 = 效益指标; rows 34–37 in C34:C37 = "服务对象" (truncated) under 满意度指标.
     * Placeholders C25 (成本指标) and C32 (生态效益指标) are kept.
     */
    static TargetTable zhanjiang2024() {
        BudgetAmounts amounts = new BudgetAmounts(
                yuan("108916156.75"), yuan("619157693.00"), yuan("728073849.75"), yuan("0.00"), null, null, null, null);
        List<TaskLine> tasks = List.of(
                key("城乡居民养老保险政府补贴资金", "城乡居民社会养老保险补助由基础养老金补助、个人缴费财政补贴、…", "188620000.00", "城乡居民基本养老保险参保人数达到计划指标。…"),
                key(
                        "“三支一扶”高校毕业生社会保险缺口资金及生活补贴",
                        "市级财政在省专项生活补贴基础上，按照每人每月750元标准统筹发放生活补贴；…",
                        "5878100.00",
                        "计划引导和鼓励高校毕业生到基层从事支教、支农、支医和扶贫，…"),
                key("促进就业专项资金（含创业担保贷款贴息资金）", "一、完成每年度市政府工作报告下达就业目标任务，…", "11400000.00", "一、完成2024年度市政府工作报告下达就业目标任务，…"));
        List<IndicatorLine> indicators = List.of(
                ind(OUTPUT, "数量指标", "城乡居民基础养老金标准", "≥190元每人每月"), // 0  row 17
                ind(OUTPUT, "数量指标", "城镇新增就业人数（人）", "50000"), // 1  row 18
                ind(OUTPUT, "数量指标", "促进创业人数（人）", "3000"), // 2  row 19
                ind(OUTPUT, "数量指标", "支教人员每人每年完成课时", "≥200课时"), // 3  row 20
                ind(OUTPUT, "质量指标", "“三支一扶”人员服务期满考核合格率（%）", "≥90%"), // 4  row 21
                ind(OUTPUT, "质量指标", "补贴发放准确率", "1"), // 5  row 22
                ind(OUTPUT, "时效指标", "“三支一扶”人员到岗及时率", "≥90%"), // 6  row 23
                ind(OUTPUT, "时效指标", "资金在规定时间内下达率", "≧95%"), // 7  row 24
                placeholder(OUTPUT, "成本指标"), // 8  row 25
                ind(OUTCOME, "经济效益指标", "解决就业困难人员就业人数（人）", "1500"), // 9  row 26
                ind(OUTCOME, "经济效益指标", "失业人员再就业人数（人）", "27000"), // 10 row 27
                ind(OUTCOME, "质量指标", "全市城乡居民养老保险覆盖面", "不低于上年度水平"), // 11 row 28
                ind(OUTCOME, "质量指标", "扶持创业企业（项目）个数", "350"), // 12 row 29
                ind(OUTCOME, "质量指标", "服务期满继续在基层就业人数比例", "≧35%"), // 13 row 30
                ind(OUTCOME, "质量指标", "基层服务覆盖范围", "湛江市基层"), // 14 row 31
                placeholder(OUTCOME, "生态效益指标"), // 15 row 32
                ind(OUTCOME, "可持续影响指标", "对保持就业局势总体稳定发挥的影响", "保持稳定"), // 16 row 33
                ind(SATISFACTION, "服务对象", "群众满意度", "≥75%"), // 17 row 34
                ind(SATISFACTION, "服务对象", "就业服务满意度", "≧90%"), // 18 row 35
                ind(SATISFACTION, "服务对象", "享受创业担保贷款对象满意度", "≧95%"), // 19 row 36
                ind(SATISFACTION, "服务对象", "服务单位对“三支一扶”人员满意度", "≥90%")); // 20 row 37
        return new TargetTable(
                "湛江市人力资源和社会保障局",
                2024,
                null,
                null,
                737,
                10,
                amounts,
                "目标1：城乡居民基本养老保险参保人数达到计划指标，城乡居民养老金应发尽发，缴费补贴应补尽补。 \n目标2：…",
                tasks,
                indicators);
    }

    /** A complete, clean table around the given indicators (one key task, all four main amounts). */
    static TargetTable withIndicators(List<IndicatorLine> indicators) {
        return withIndicators(null, null, indicators);
    }

    static TargetTable withIndicators(Integer periodStart, Integer periodEnd, List<IndicatorLine> indicators) {
        return new TargetTable(
                "测试部门",
                2026,
                periodStart,
                periodEnd,
                1,
                0,
                cleanAmounts(),
                "<p>目标</p>",
                List.of(key("任务", "内容", "1000.00", "目标")),
                indicators);
    }

    static TargetTable withIndicators(IndicatorLine... indicators) {
        return withIndicators(List.of(indicators));
    }

    static TargetTable withTasks(List<TaskLine> tasks) {
        return new TargetTable(
                "测试部门",
                2026,
                null,
                null,
                1,
                0,
                cleanAmounts(),
                "<p>目标</p>",
                tasks,
                List.of(ind(OUTPUT, "数量指标", "次数", "≥1次")));
    }

    static BudgetAmounts cleanAmounts() {
        return new BudgetAmounts(
                yuan("100.00"), yuan("1000.00"), yuan("1100.00"), yuan("0.00"), null, null, null, null);
    }

    static TaskLine key(String name, String content, String funds, String outcome) {
        return new TaskLine(TaskKind.KEY, name, content, funds == null ? null : yuan(funds), outcome);
    }

    /** The non-PASS findings. */
    static List<ReviewFinding> problems(List<ReviewFinding> findings) {
        return findings.stream().filter(f -> f.status() != RuleStatus.PASS).toList();
    }

    /** The single PASS a rule returns when it found nothing; fails the test otherwise. */
    static ReviewFinding assertPass(List<ReviewFinding> findings) {
        assertEquals(1, findings.size(), () -> "expected a single PASS, got " + findings);
        ReviewFinding f = findings.get(0);
        assertEquals(RuleStatus.PASS, f.status(), () -> "expected PASS, got " + f);
        assertEquals("table", f.target());
        return f;
    }

    static List<ReviewFinding> where(List<ReviewFinding> findings, Predicate<ReviewFinding> p) {
        return new ArrayList<>(findings.stream().filter(p).toList());
    }

    static List<String> targets(List<ReviewFinding> findings) {
        return findings.stream().map(ReviewFinding::target).toList();
    }
}
