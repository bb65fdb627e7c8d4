package org.budgetperf.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetperf.evaluation.domain.ScoringWeights;
import org.budgetperf.evaluation.domain.SelfEvaluationOutcome;
import org.budgetperf.evaluation.domain.SelfEvaluationRuleSet;
import org.budgetperf.exchange.selfevaluation.SelfEvaluationForm;
import org.budgetperf.exchange.selfevaluation.SelfEvaluationFormReader;
import org.budgetperf.exchange.sheet.FindingCodes;
import org.budgetperf.exchange.sheet.TableImportException;
import org.budgetperf.support.RealData;
import org.junit.jupiter.api.Test;

/** The reader goes by labels: another region's layout of the form reads as well as Yuzhong's. */
class SelfEvaluationFormReaderTest {

    private final SelfEvaluationFormReader reader = new SelfEvaluationFormReader();

    /** A layout with 一级/二级/三级 columns, one value column, amounts in 元 and a deviation column, columns moved. */
    private static byte[] otherLayout() throws IOException {
        String[][] rows = {
            {"", "某区2023年度项目支出绩效自评表"},
            {"", "项目名称", "社区养老服务补贴", "", "项目实施单位", "某区民政局"},
            {"", "项目资金（元）", "年初预算数", "全年预算数", "全年执行数"},
            {"", "", "1,000,000.00", "1200000", "1020000"},
            {"", "全年绩效目标", "", "", "全年目标实际完成情况"},
            {"", "服务老人2000人次", "", "", "服务老人2100人次"},
            {"", "一级指标", "二级指标", "三级指标", "年度指标值", "权重", "实际完成值", "得分", "偏差原因分析及改进措施"},
            {"", "产出指标", "数量指标", "服务人次", "≥2000人次", "30", "2100", "30", ""},
            {"", "", "时效指标", "补贴发放及时率", "≥95%", "20", "90%", "", "系统升级延误"},
            {"", "效益指标", "社会效益指标", "投诉件数", "≤10件", "20", "4件", "", ""},
            {"", "满意度指标", "服务对象满意度指标", "老人满意度", "≥90%", "10", "95", "", ""},
            {"", "预算执行率", "", "预算执行率", "≥90%", "20", "85%", "", "年底采购未付款"},
            {"", "合计", "", "", "", "100", "", "", ""},
            {"", "说明", "补贴发放及时率未达标因系统升级"},
        };
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("自评表");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (!rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsAnotherLayoutByItsLabels() throws IOException {
        SelfEvaluationForm form = reader.read(new ByteArrayInputStream(otherLayout()));

        assertThat(form.fiscalYear()).isEqualTo(2023);
        assertThat(form.projectName()).isEqualTo("社区养老服务补贴");
        assertThat(form.implementingUnit()).isEqualTo("某区民政局");
        assertThat(form.amount(SelfEvaluationForm.AmountKind.INITIAL_BUDGET)).isEqualByComparingTo("1000000.00");
        assertThat(form.adjustedBudget()).isEqualByComparingTo("1200000.00"); // in 元, as the block's label says
        assertThat(form.spent()).isEqualByComparingTo("1020000.00");
        assertThat(form.annualGoal()).isEqualTo("服务老人2000人次");
        assertThat(form.goalAchievement()).isEqualTo("服务老人2100人次");
        assertThat(form.indicators())
                .extracting(SelfEvaluationForm.Indicator::level1)
                .containsExactly("产出指标", "产出指标", "效益指标", "满意度指标");
        assertThat(form.indicators())
                .extracting(SelfEvaluationForm.Indicator::level2)
                .containsExactly("数量指标", "时效指标", "社会效益指标", "服务对象满意度指标");
        assertThat(form.indicators())
                .extracting(SelfEvaluationForm.Indicator::target)
                .containsExactly("≥2000人次", "≥95%", "≤10件", "≥90%");
        assertThat(form.indicators().get(0).statedScore()).isEqualByComparingTo("30");
        assertThat(form.findings(FindingCodes.STATED_SCORES_IGNORED)).hasSize(1);
        assertThat(form.indicators().get(1).deviationExplanation()).isEqualTo("系统升级延误");
        assertThat(form.budgetExecution().weight()).isEqualByComparingTo("20");
        assertThat(form.findings(FindingCodes.EXECUTION_RATE_STATED))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("85%", "85.00%"));
        assertThat(form.explanation()).isEqualTo("补贴发放及时率未达标因系统升级");
    }

    @Test
    void feedsTheRulesWithWhatItRead() throws IOException {
        SelfEvaluationForm form = reader.read(new ByteArrayInputStream(otherLayout()));
        ScoringWeights own = form.declaredWeights("other-form").orElseThrow();
        SelfEvaluationOutcome o =
                new SelfEvaluationRuleSet().run(form.toTargetTable(), form.toSelfEvaluationInput(), own);

        // 产出 50 (30 + 20): 30 + 20 × 90 / 95 = 48.947368…; 效益 20: 4 ≤ 10 → 20; 满意度 10: 95 ≥ 90 → 10;
        // 预算执行率 20: 1,020,000 / 1,200,000 = 85.00 % → −1 → 19. Total 97.947368… → 97.95, 优
        assertThat(own.output()).isEqualByComparingTo("50");
        assertThat(o.indicators().get(1).formula()).isEqualTo("R-SCO-3: 20 × 90 / 95 = 18.947368… → 18.95");
        assertThat(o.budgetExecution().score()).isEqualByComparingTo("19.00");
        assertThat(o.total()).isEqualByComparingTo("97.95");
        assertThat(o.grade()).isEqualTo("优");
        // the reason for 85 % comes from the 预算执行率 row's deviation column; 投诉 4 ≤ 0.7 × 10 needs an explanation
        assertThat(o.budgetExecution().shortfallReason()).isEqualTo("年底采购未付款");
        assertThat(o.missing()).extracting(m -> m.field()).containsExactly("actuals[2].deviationExplanation");
    }

    @Test
    void refusesATargetTable() throws IOException {
        try (InputStream in = RealData.stream(RealData.ZHANJIANG_2024)) {
            assertThatThrownBy(() -> reader.read(in))
                    .isInstanceOf(TableImportException.class)
                    .satisfies(e -> assertThat(((TableImportException) e).reason())
                            .isEqualTo(TableImportException.Reason.NOT_A_TARGET_TABLE))
                    .hasMessageContaining("项目支出绩效自评表");
        }
    }

    @Test
    void refusesWhatIsNotAWorkbook() {
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream("项目名称\t就业".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(TableImportException.class)
                .satisfies(e -> assertThat(((TableImportException) e).reason())
                        .isEqualTo(TableImportException.Reason.MALFORMED_FILE));
    }
}
