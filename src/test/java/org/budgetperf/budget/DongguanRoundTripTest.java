package org.budgetperf.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetperf.support.Api.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.budgetperf.support.Api;
import org.budgetperf.support.RealData;
import org.junit.jupiter.api.Test;

/**
 * The reference case: the complete Dongguan 2024 table is created through the API and read back with
 * every value exactly as on the published form.
 */
@QuarkusTest
class DongguanRoundTripTest {

    @Test
    void sampleRequestCarriesTheValuesOfThePublishedForm() {
        List<List<String>> rows = RealData.text(RealData.DONGGUAN_2024)
                .lines()
                .map(line -> Arrays.stream(line.split("\t"))
                        .filter(c -> !c.isEmpty())
                        .toList())
                .toList();
        ObjectNode sample = Api.dongguanSample();
        JsonNode budget = sample.get("budget");

        assertThat(rows)
                .anyMatch(r ->
                        r.equals(List.of("部门名称", sample.at("/department/name").asText())));
        assertThat(rows).anyMatch(r -> r.equals(List.of("基本信息", "财政供养人员数", "0", "下属二级单位数", "1")));
        assertThat(rows).anyMatch(r -> r.equals(List.of("基本支出", "550.51", "财政拨款", "842.74")));
        assertThat(rows).anyMatch(r -> r.equals(List.of("项目支出", "262.93", "其他资金", "0.00")));
        assertThat(rows).anyMatch(r -> r.equals(List.of("财政专项资金", "0.00", "市本级使用资金")));
        assertThat(rows).anyMatch(r -> r.equals(List.of("其他事业发展性支出", "29.30", "拟用于对下转移支付资金", "0.00")));
        assertThat(rows)
                .anyMatch(r -> r.size() == 2
                        && r.get(0).equals("总体绩效目标")
                        && r.get(1).equals(budget.get("overallGoal").asText()));
        for (JsonNode task : budget.get("tasks")) {
            String funds = task.get("plannedFunds").asText();
            assertThat(rows)
                    .as(task.get("name").asText())
                    .anyMatch(r -> r.contains(task.get("name").asText())
                            && r.contains(task.get("content").asText())
                            && r.stream()
                                    .anyMatch(c -> c.matches("[0-9,]+(\\.00)?")
                                            && new BigDecimal(c.replace(",", "")).compareTo(new BigDecimal(funds))
                                                    == 0));
        }
        for (JsonNode indicator : budget.get("indicators")) {
            List<String> expected = List.of(
                    indicator.get("name").asText(),
                    indicator.get("periodValue").asText(),
                    indicator.get("annualValue").asText());
            assertThat(rows)
                    .as(expected.toString())
                    .anyMatch(r ->
                            r.size() >= 3 && r.subList(r.size() - 3, r.size()).equals(expected));
        }
        assertThat(budget.get("indicators")).hasSize(25);
        assertThat(budget.get("tasks")).hasSize(7);
    }

    @Test
    void createsTheWholeDongguanTableAndReadsItBackExactly() {
        String departmentId = Api.createDepartment(Api.uniqueCode("DG"), "东莞市归国华侨联合会");
        ObjectNode request = Api.dongguanBudget(departmentId);

        io.restassured.response.ExtractableResponse<io.restassured.response.Response> created =
                Api.createBudget(request).then().statusCode(201).extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/budgets/" + id);
        assertThat(created.header("ETag")).matches("\"\\d+\"");

        JsonNode read = Api.JSON.valueToTree(given().get("/api/v1/budgets/" + id)
                .then()
                .statusCode(200)
                .header("ETag", org.hamcrest.Matchers.notNullValue())
                .extract()
                .as(java.util.Map.class));

        assertThat(read.at("/department/id").asText()).isEqualTo(departmentId);
        assertThat(read.get("fiscalYear").asInt()).isEqualTo(2024);
        assertThat(read.get("periodStartYear").asInt()).isEqualTo(2024);
        assertThat(read.get("periodEndYear").asInt()).isEqualTo(2026);
        assertThat(read.get("status").asText()).isEqualTo("DRAFT");
        assertThat(read.get("staffCount").asInt()).isZero();
        assertThat(read.get("subordinateUnitCount").asInt()).isEqualTo(1);
        assertThat(read.get("amountUnit").asText()).isEqualTo("YUAN");

        // 万元 on the form, converted exactly into 元; the blank cell stays blank, the zeros stay zero.
        JsonNode amounts = read.get("amounts");
        assertThat(amounts.get("basicExpenditure").asText()).isEqualTo("5505100.00");
        assertThat(amounts.get("projectExpenditure").asText()).isEqualTo("2629300.00");
        assertThat(amounts.get("fiscalAppropriation").asText()).isEqualTo("8427400.00");
        assertThat(amounts.get("otherFunds").asText()).isEqualTo("0.00");
        assertThat(amounts.get("specialFunds").asText()).isEqualTo("0.00");
        assertThat(amounts.get("otherDevelopmentExpenditure").asText()).isEqualTo("293000.00");
        assertThat(amounts.get("cityLevelFunds").isNull()).isTrue();
        assertThat(amounts.get("transferPaymentFunds").asText()).isEqualTo("0.00");

        assertThat(read.get("overallGoal").asText())
                .isEqualTo(request.get("overallGoal").asText());
        assertThat(read.get("overallGoalParagraphs")).hasSize(8);
        assertThat(read.at("/overallGoalParagraphs/1").asText()).startsWith("目标一:");
        assertThat(read.at("/overallGoalParagraphs/7").asText()).startsWith("目标七:");

        JsonNode tasks = read.get("tasks");
        assertThat(tasks).hasSize(7);
        for (int i = 0; i < 7; i++) {
            JsonNode sent = request.get("tasks").get(i);
            JsonNode got = tasks.get(i);
            assertThat(got.get("kind").asText()).isEqualTo(sent.get("kind").asText());
            assertThat(got.get("name").asText()).isEqualTo(sent.get("name").asText());
            assertThat(got.get("content").asText())
                    .isEqualTo(sent.get("content").asText());
            assertThat(new BigDecimal(got.get("plannedFunds").asText()))
                    .isEqualByComparingTo(sent.get("plannedFunds").asText());
            assertThat(got.get("plannedFunds").asText()).matches("\\d+\\.\\d{2}");
            assertThat(got.get("expectedOutcome").isNull())
                    .isEqualTo(sent.get("expectedOutcome").isNull());
            if (!sent.get("expectedOutcome").isNull()) {
                assertThat(got.get("expectedOutcome").asText())
                        .isEqualTo(sent.get("expectedOutcome").asText());
            }
        }
        assertThat(tasks.get(6).get("kind").asText()).isEqualTo("OTHER");
        assertThat(tasks.get(6).get("name").asText()).isEqualTo("其他任务: 省华侨事业费");

        JsonNode indicators = read.get("indicators");
        assertThat(indicators).hasSize(25);
        for (int i = 0; i < 25; i++) {
            JsonNode sent = request.get("indicators").get(i);
            JsonNode got = indicators.get(i);
            for (String field : List.of("level1", "level2", "name", "periodValue", "annualValue")) {
                assertThat(got.get(field).asText())
                        .as(i + "." + field)
                        .isEqualTo(sent.get(field).asText());
            }
            assertThat(got.get("findings"))
                    .as("indicator %d is in the framework", i)
                    .isEmpty();
        }
        assertThat(indicators.get(0).at("/periodTarget/operator").asText()).isEqualTo("≥");
        assertThat(indicators.get(0).at("/periodTarget/number").asText()).isEqualTo("900");
        assertThat(indicators.get(0).at("/periodTarget/unit").asText()).isEqualTo("篇");
        assertThat(indicators.get(0).at("/annualTarget/number").asText()).isEqualTo("300");

        JsonNode totals = read.get("totals");
        assertThat(totals.get("income").asText()).isEqualTo("8427400.00");
        assertThat(totals.get("spendingBasicAndProject").asText()).isEqualTo("8134400.00");
        assertThat(totals.get("spendingWithDevelopment").asText()).isEqualTo("8427400.00");
        assertThat(totals.get("keyTaskFunds").asText()).isEqualTo("1884000.00");
        assertThat(totals.get("otherTaskFunds").asText()).isEqualTo("293000.00");
    }
}
