package org.budgetperf.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetperf.budget.domain.BudgetAmounts;
import org.budgetperf.budget.domain.IndicatorLine;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.domain.TaskKind;
import org.budgetperf.budget.domain.TaskLine;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.budgetperf.exchange.selfevaluation.BlankFormWriter;
import org.budgetperf.exchange.table.TabSeparatedTableWriter;
import org.budgetperf.reference.FieldCatalogue.Field;
import org.junit.jupiter.api.Test;

/**
 * The field catalogue (reference/fields-table.yaml, fields-evaluation.yaml) says what the contract and the forms say: every path is a property of
 * its form's request schema with the same required flag and bounds, and every caption is a cell of the form as the
 * service prints it (the exported table, the blank 自评表 and monitoring form).
 */
class FieldCatalogueTest {

    private static final FieldCatalogue CATALOGUE = FieldCatalogue.load();

    @Test
    void coversTheWholeTableAndTheEvaluationInputs() {
        assertThat(CATALOGUE.fields().stream().map(f -> f.form() + " " + f.path()))
                .doesNotHaveDuplicates()
                .contains(
                        "TABLE amounts.basicExpenditure",
                        "TABLE amounts.transferPaymentFunds",
                        "TABLE overallGoal",
                        "TABLE tasks[].plannedFunds",
                        "TABLE indicators[].annualValue",
                        "MONITORING indicators[].measure",
                        "SELF_EVALUATION actuals[].deviationExplanation");
        Field target = field("TABLE", "indicators[].annualValue");
        assertThat(target.captionZh()).isEqualTo("年度指标值");
        assertThat(target.type()).isEqualTo("target-value");
        Field funds = field("TABLE", "tasks[].plannedFunds");
        assertThat(funds.captionZh()).isEqualTo("拟投入的资金(元)");
        assertThat(funds.type()).isEqualTo("money");
        assertThat(funds.unit()).isEqualTo("元");
        assertThat(field("TABLE", "amounts.basicExpenditure").formUnit()).isEqualTo("万元");
        assertThat(CATALOGUE.fields()).allSatisfy(f -> {
            assertThat(List.of("TABLE", "MONITORING", "SELF_EVALUATION")).contains(f.form());
            assertThat(List.of("string", "text", "html", "money", "decimal", "integer", "enum", "uuid", "target-value"))
                    .as(f.path())
                    .contains(f.type());
            assertThat(f.enumValues().isEmpty())
                    .as(f.path())
                    .isEqualTo(!f.type().equals("enum"));
            if (f.type().equals("money")) {
                assertThat(f.unit()).as(f.path()).isEqualTo("元");
            }
            assertThat(f.descriptionZh()).as(f.path()).containsPattern("\\p{IsHan}");
        });
    }

    @Test
    void everyRuleAFieldNamesIsInTheRuleCatalogue() {
        RuleCatalogue rules = RuleCatalogue.load();
        assertThat(CATALOGUE.fields())
                .allSatisfy(f -> assertThat(f.rules())
                        .as(f.path())
                        .allSatisfy(id -> assertThat(rules.find(id)).as(id).isPresent()));
    }

    @Test
    void everyPathIsAPropertyOfItsRequestSchemaWithTheSameRequiredFlagAndBounds() throws IOException {
        JsonNode contract;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/openapi.yaml")) {
            contract = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        JsonNode schemas = contract.path("components").path("schemas");
        for (FieldCatalogue.Form form : CATALOGUE.forms()) {
            assertThat(schemas.has(form.requestSchema()))
                    .as(form.requestSchema())
                    .isTrue();
        }
        for (Field f : CATALOGUE.fields()) {
            String schemaName = CATALOGUE.forms().stream()
                    .filter(form -> form.code().equals(f.form()))
                    .findFirst()
                    .orElseThrow()
                    .requestSchema();
            JsonNode parent = schemas.path(schemaName);
            String[] segments = f.path().split("\\.");
            JsonNode property = null;
            for (int i = 0; i < segments.length; i++) {
                String name = segments[i].replace("[]", "");
                parent = resolve(parent, schemas);
                property = parent.path("properties").path(name);
                assertThat(property.isMissingNode()).as(f.path() + ": " + name).isFalse();
                if (i < segments.length - 1) {
                    JsonNode next = resolve(property, schemas);
                    parent = segments[i].endsWith("[]") ? next.path("items") : next;
                }
            }
            boolean required = false;
            for (JsonNode r : parent.path("required")) {
                required |= r.asText().equals(segments[segments.length - 1].replace("[]", ""));
            }
            assertThat(f.required()).as(f.path() + " required").isEqualTo(required);
            JsonNode resolved = resolve(property, schemas);
            assertThat(f.maxLength()).as(f.path() + " maxLength").isEqualTo(intOrNull(property, resolved, "maxLength"));
            if (f.type().equals("integer")) {
                assertThat(f.minimum()).as(f.path() + " minimum").isEqualTo(longOrNull(property, resolved, "minimum"));
                assertThat(f.maximum()).as(f.path() + " maximum").isEqualTo(longOrNull(property, resolved, "maximum"));
            }
            if (f.type().equals("enum")) {
                List<String> allowed = new ArrayList<>();
                resolved.path("enum").forEach(v -> {
                    if (!v.isNull()) {
                        allowed.add(v.asText());
                    }
                });
                assertThat(f.enumValues().stream().map(FieldCatalogue.EnumValue::value))
                        .as(f.path())
                        .containsExactlyElementsOf(allowed);
            }
        }
    }

    @Test
    void everyTableCaptionIsPrintedOnTheExportedTable() {
        Set<String> cells = new HashSet<>();
        String text = new TabSeparatedTableWriter().write(sampleTable(), framework());
        for (String line : text.split("\n")) {
            for (String cell : line.split("\t")) {
                cells.add(cell.strip());
            }
        }
        assertCaptionsPrinted("TABLE", cells);
        assertThat(cells).contains("年度指标值", "实施周期指标值(2024-2026年)");
    }

    @Test
    void everyEvaluationCaptionIsPrintedOnItsBlankForm() throws IOException {
        BlankFormWriter.Table table = new BlankFormWriter.Table(
                "东莞市归国华侨联合会",
                2024,
                "目标一",
                new BigDecimal("8427400.00"),
                List.of(new BlankFormWriter.Row("产出指标", "数量指标", "公众号发布推送篇数", "≥300篇", BigDecimal.TEN, false)));
        ByteArrayOutputStream selfEvaluation = new ByteArrayOutputStream();
        new BlankFormWriter().selfEvaluation(table, selfEvaluation);
        assertCaptionsPrinted("SELF_EVALUATION", cellsOf(selfEvaluation.toByteArray()));
        ByteArrayOutputStream monitoring = new ByteArrayOutputStream();
        new BlankFormWriter().monitoring(table, 6, monitoring);
        assertCaptionsPrinted("MONITORING", cellsOf(monitoring.toByteArray()));
    }

    private static void assertCaptionsPrinted(String form, Set<String> cells) {
        List<Field> captioned = CATALOGUE.fields().stream()
                .filter(f -> f.form().equals(form) && f.captionZh() != null)
                .toList();
        assertThat(captioned).isNotEmpty();
        for (Field f : captioned) {
            boolean printed = cells.contains(f.captionZh())
                    || cells.stream().anyMatch(c -> c.startsWith(f.captionZh() + "(") && c.endsWith(")"));
            assertThat(printed)
                    .as(form + " " + f.path() + ": caption " + f.captionZh() + " is printed on the form")
                    .isTrue();
        }
    }

    private static Set<String> cellsOf(byte[] xlsx) throws IOException {
        Set<String> cells = new HashSet<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        cells.add(cell.getStringCellValue().strip());
                    }
                }
            }
        }
        return cells;
    }

    /** A table with every block filled: both task kinds with outcomes, a period, a weight. */
    private static TargetTable sampleTable() {
        BigDecimal one = new BigDecimal("100.00");
        return new TargetTable(
                "东莞市归国华侨联合会",
                2024,
                2024,
                2026,
                0,
                1,
                new BudgetAmounts(one, one, one, one, one, one, one, one),
                "<p>目标一</p>",
                List.of(
                        new TaskLine(TaskKind.KEY, "任务1", "内容", one, "目标"),
                        new TaskLine(TaskKind.OTHER, "任务2", "内容", one, "目标")),
                List.of(new IndicatorLine("产出指标", "数量指标", "公众号发布推送篇数", "≥900篇", "≥300篇", BigDecimal.TEN, 0)));
    }

    private static IndicatorFramework framework() {
        return new IndicatorFramework(
                "guangdong-city-2024", "广东省市级部门整体绩效指标框架", List.of(new IndicatorFramework.Entry("产出指标", "数量指标")));
    }

    private static Field field(String form, String path) {
        return CATALOGUE.fields().stream()
                .filter(f -> f.form().equals(form) && f.path().equals(path))
                .findFirst()
                .orElseThrow();
    }

    /** A schema with its {@code $ref} or single {@code allOf} followed. */
    private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        JsonNode s = schema;
        for (int i = 0; i < 5; i++) {
            if (s.has("$ref")) {
                s = schemas.path(s.get("$ref").asText().replace("#/components/schemas/", ""));
            } else if (s.has("allOf") && s.get("allOf").size() == 1 && !s.has("type")) {
                s = s.get("allOf").get(0);
            } else {
                break;
            }
        }
        return s;
    }

    private static Integer intOrNull(JsonNode property, JsonNode resolved, String key) {
        JsonNode v = property.has(key) ? property.get(key) : resolved.get(key);
        return v == null ? null : v.asInt();
    }

    private static Long longOrNull(JsonNode property, JsonNode resolved, String key) {
        JsonNode v = property.has(key) ? property.get(key) : resolved.get(key);
        return v == null ? null : v.asLong();
    }
}
