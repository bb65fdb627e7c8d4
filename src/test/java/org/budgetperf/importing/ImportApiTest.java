package org.budgetperf.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetperf.support.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.support.Api;
import org.budgetperf.support.RealData;
import org.budgetperf.support.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;

/** Tables come in from the official layout, completely, with a report of everything that was normalised. */
@QuarkusTest
class ImportApiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String TSV = "text/tab-separated-values";

    private static long budgetsOf(String departmentId) {
        return given().get("/api/v1/budgets?departmentId=" + departmentId)
                .then()
                .extract()
                .jsonPath()
                .getLong("totalItems");
    }

    private static io.restassured.response.Response importAs(String token, String type, byte[] body, String query) {
        return Api.as(token).contentType(type).body(body).post("/api/v1/budget-imports?" + query);
    }

    @Test
    void importsTheDongguanTextEqualToTheTableBuiltThroughTheApi() throws IOException {
        String code = Api.uniqueCode("DGI");
        String departmentId = Api.createDepartment(code, "东莞市归国华侨联合会");
        io.restassured.response.Response imported =
                importAs(Api.editorOf(code), TSV, RealData.bytes(RealData.DONGGUAN_2024), "departmentCode=" + code);
        imported.then()
                .statusCode(201)
                .body("dryRun", equalTo(false))
                .body("format", equalTo("TSV"))
                .body("findings.code", hasItem("UNIT_CONVERTED"))
                .body("findings.code", hasItem("BLANK_KEPT"))
                .body(
                        "findings.find { it.code == 'BLANK_KEPT' }.location",
                        org.hamcrest.Matchers.startsWith("line 13"));
        String importedId = imported.path("budgetId");
        assertThat(imported.header("Location")).endsWith("/api/v1/budgets/" + importedId);

        String apiCode = Api.uniqueCode("DGA");
        String apiDepartment = Api.createDepartment(apiCode, "东莞市归国华侨联合会");
        ObjectNode request = Api.dongguanBudget(apiDepartment);
        request.putNull("periodStartYear");
        request.putNull("periodEndYear");
        String apiId =
                Api.createBudget(request).then().statusCode(201).extract().path("id");

        JsonNode fromFile = comparable(given().get("/api/v1/budgets/" + importedId)
                .then()
                .statusCode(200)
                .extract()
                .asString());
        JsonNode fromApi = comparable(given().get("/api/v1/budgets/" + apiId)
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(fromFile).isEqualTo(fromApi);
        assertThat(fromFile.get("indicators")).hasSize(25);
        assertThat(budgetsOf(departmentId)).isEqualTo(1);
    }

    /** A table document without what necessarily differs between two stored copies: ids, owner, times. */
    private static JsonNode comparable(String json) throws IOException {
        ObjectNode doc = (ObjectNode) Api.JSON.readTree(json);
        doc.remove(List.of("id", "department", "createdAt", "updatedAt"));
        for (String rows : List.of("tasks", "indicators")) {
            for (JsonNode row : doc.get(rows)) {
                ((ObjectNode) row).remove(List.of("id", "createdAt", "updatedAt", "taskId"));
            }
        }
        return doc;
    }

    @Test
    void importsBothZhanjiangWorkbooksCompletely() {
        for (String file : List.of(RealData.ZHANJIANG_2023, RealData.ZHANJIANG_2024)) {
            String code = Api.uniqueCode("ZJ");
            Api.createDepartment(code, "湛江市人力资源和社会保障局");
            importAs(Api.editorOf(code), XLSX, RealData.bytes(file), "departmentCode=" + code)
                    .then()
                    .statusCode(201)
                    .body("table.department.code", equalTo(code))
                    .body("table.tasks", hasSize(3))
                    .body("findings.code", hasItem("FORMULA_CACHED_VALUE"))
                    .body("findings.find { it.code == 'FORMULA_CACHED_VALUE' }.location", equalTo("E5"));
        }
        String code = Api.uniqueCode("ZJ");
        Api.createDepartment(code, "湛江市人力资源和社会保障局");
        importAs(Api.editorOf(code), XLSX, RealData.bytes(RealData.ZHANJIANG_2024), "departmentCode=" + code)
                .then()
                .statusCode(201)
                .body("table.fiscalYear", equalTo(2024))
                .body("table.amounts.fiscalAppropriation", equalTo("728073849.75"))
                .body("table.amounts.basicExpenditure", equalTo("108916156.75"))
                .body("table.indicators", hasSize(19))
                .body("table.indicators.findings.flatten().code", hasItem("FRAMEWORK_MISMATCH"))
                .body("findings.code", hasItem("FRAMEWORK_MISMATCH"));
    }

    @Test
    void dryRunReportsEverythingAndWritesNothing() {
        String code = Api.uniqueCode("DRY");
        String departmentId = Api.createDepartment(code, "湛江市人力资源和社会保障局");
        importAs(
                        Api.editorOf(code),
                        XLSX,
                        RealData.bytes(RealData.ZHANJIANG_2023),
                        "dryRun=true&departmentCode=" + code)
                .then()
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("budgetId", nullValue())
                .body("findings.code", hasItem("FLOAT_NOISE_ROUNDED"))
                .body("findings.code", hasItem("VALUE_NOT_A_TARGET"))
                .body("table.amounts.fiscalAppropriation", equalTo("828009200.00"))
                .body("table.indicators", hasSize(16));
        assertThat(budgetsOf(departmentId)).isZero();
        given().get("/api/v1/departments/" + departmentId + "/history").then().body("totalItems", equalTo(1));
    }

    @Test
    void refusesASecondImportUnlessReplacingADraft() {
        String code = Api.uniqueCode("REP");
        String departmentId = Api.createDepartment(code, "东莞市归国华侨联合会");
        byte[] file = RealData.bytes(RealData.DONGGUAN_2024);
        String editor = Api.editorOf(code);
        String first = importAs(editor, TSV, file, "departmentCode=" + code)
                .then()
                .statusCode(201)
                .extract()
                .path("budgetId");
        importAs(editor, TSV, file, "departmentCode=" + code)
                .then()
                .statusCode(409)
                .body("code", equalTo("DUPLICATE_BUDGET"));
        importAs(editor, TSV, file, "replace=true&departmentCode=" + code)
                .then()
                .statusCode(201)
                .body("replacedBudgetId", equalTo(first));
        given().get("/api/v1/budgets/" + first).then().statusCode(404);
        assertThat(budgetsOf(departmentId)).isEqualTo(1);
    }

    @Test
    void createsTheDepartmentOnlyForAnAdministrator() {
        String code = Api.uniqueCode("NEW");
        byte[] file = RealData.bytes(RealData.DONGGUAN_2024);
        importAs(Api.editorOf(code), TSV, file, "createDepartment=true&departmentCode=" + code)
                .then()
                .statusCode(403);
        given().get("/api/v1/departments?code=" + code).then().body("totalItems", equalTo(0));
        String adminEditor = Api.token("onboarding", List.of(Roles.ADMIN, Roles.DEPARTMENT_EDITOR), List.of(code));
        importAs(adminEditor, TSV, file, "createDepartment=true&departmentCode=" + code)
                .then()
                .statusCode(201)
                .body("departmentCreated", equalTo(true))
                .body("table.department.name", equalTo("东莞市归国华侨联合会"))
                .body("table.staffCount", equalTo(0));
    }

    @SendsInvalidRequests("a file sent as application/pdf")
    @Test
    void refusesHostileFilesWithoutWritingAnything() {
        String code = Api.uniqueCode("HOS");
        String departmentId = Api.createDepartment(code, "东莞市归国华侨联合会");
        String editor = Api.editorOf(code);
        String query = "departmentCode=" + code;
        importAs(editor, XLSX, "this is not a spreadsheet".getBytes(StandardCharsets.UTF_8), query)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("IMPORT_UNREADABLE"));
        importAs(editor, TSV, "姓名\t年龄\n张三\t30\n".getBytes(StandardCharsets.UTF_8), query)
                .then()
                .statusCode(422)
                .body("code", equalTo("IMPORT_NOT_A_TABLE"))
                .body("violations[0].in", equalTo("file"));
        importAs(editor, TSV, "部门名称\t\t东莞\n".repeat(100_000).getBytes(StandardCharsets.UTF_8), query)
                .then()
                .statusCode(413)
                .body("code", equalTo("IMPORT_TOO_LARGE"));
        importAs(editor, TSV, ("部门名称\t" + "长".repeat(1_000_000)).getBytes(StandardCharsets.UTF_8), query)
                .then()
                .statusCode(413)
                .body("code", equalTo("IMPORT_TOO_LARGE"));
        importAs(editor, TSV, new byte[] {(byte) 0xC3, (byte) 0x28, 0x41, 0x42}, query)
                .then()
                .statusCode(422)
                .body("code", equalTo("IMPORT_UNREADABLE"));
        importAs(editor, "application/pdf", new byte[] {1, 2, 3}, query).then().statusCode(415);
        assertThat(budgetsOf(departmentId)).isZero();
    }

    @Test
    void refusesAnImportFromAnotherDepartmentsEditor() {
        String code = Api.uniqueCode("OWN");
        Api.createDepartment(code, "东莞市归国华侨联合会");
        // Another department is answered exactly as a department that does not exist: its existence is not revealed.
        importAs(Api.editorOf("SOMEONE-ELSE"), TSV, RealData.bytes(RealData.DONGGUAN_2024), "departmentCode=" + code)
                .then()
                .statusCode(422)
                .body("code", equalTo("BUSINESS_RULE_VIOLATED"))
                .body(
                        "detail",
                        equalTo("no department with code " + code + "; add createDepartment=true to create it"));
        importAs(Api.tokenWith(Roles.READER), TSV, RealData.bytes(RealData.DONGGUAN_2024), "departmentCode=" + code)
                .then()
                .statusCode(403);
    }
}
