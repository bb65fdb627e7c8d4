package org.budgetperf.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetperf.support.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetperf.support.Api;
import org.budgetperf.support.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;

/** A table goes out in the official layout at its export URL, and comes back in unchanged. */
@QuarkusTest
class ExportApiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String TSV = "text/tab-separated-values";
    private static final String CHINESE_NAME = URLEncoder.encode("年部门整体预算绩效目标表", StandardCharsets.UTF_8);

    @Test
    void exportsXlsxAndTextThatImportBackToTheSameTable() throws IOException {
        ObjectNode request = Api.dongguanBudget(Api.createDepartment());
        ((ObjectNode) request.get("tasks").get(0)).put("name", "=HYPERLINK(\"http://evil.example\",\"点我\")");
        String id = Api.createBudget(request).then().statusCode(201).extract().path("id");
        JsonNode original = comparable(given().get("/api/v1/budgets/" + id).asString());

        for (String type : List.of(XLSX, TSV)) {
            io.restassured.response.Response file = given().queryParam("format", type.equals(XLSX) ? "xlsx" : "tsv")
                    .get("/api/v1/budgets/" + id + "/export");
            file.then()
                    .statusCode(200)
                    .contentType(containsString(type))
                    .header("ETag", org.hamcrest.Matchers.notNullValue())
                    .header("Content-Disposition", containsString("attachment; filename=\""))
                    .header("Content-Disposition", containsString("filename*=UTF-8''"))
                    .header("Content-Disposition", containsString(CHINESE_NAME));
            if (type.equals(TSV)) {
                assertThat(file.asString())
                        .as("the goal is printed as text, not markup")
                        .contains("\n目标一:始终坚持正确方向")
                        .doesNotContain("<p>");
            }
            String code = Api.uniqueCode("RT");
            Api.createDepartment(code, "东莞市归国华侨联合会");
            String copy = Api.as(Api.editorOf(code))
                    .contentType(type)
                    .body(file.asByteArray())
                    .post("/api/v1/budget-imports?departmentCode=" + code)
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("budgetId");
            assertThat(comparable(given().get("/api/v1/budgets/" + copy).asString()))
                    .as(type)
                    .isEqualTo(original);
        }
    }

    @Test
    void neverTurnsTextIntoALiveFormula() throws IOException {
        ObjectNode request = Api.dongguanBudget(Api.createDepartment());
        ((ObjectNode) request.get("tasks").get(0)).put("name", "=1+1").put("content", "@SUM(A1:A9)");
        String id = Api.createBudget(request).then().statusCode(201).extract().path("id");
        byte[] xlsx = given().queryParam("format", "xlsx")
                .get("/api/v1/budgets/" + id + "/export")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        int strings = 0;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING
                            && cell.getStringCellValue().startsWith("=1+1")) {
                        strings++;
                    }
                }
            }
        }
        assertThat(strings).isEqualTo(1);
    }

    @Test
    void namesTheFileAfterTheDepartmentInChinese() {
        String code = Api.uniqueCode("CN");
        String department = Api.createDepartment(code, "东莞市归国华侨联合会");
        String id = Api.createBudget(Api.dongguanBudget(department))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().queryParam("format", "tsv")
                .get("/api/v1/budgets/" + id + "/export")
                .then()
                .statusCode(200)
                .header("ETag", equalTo(given().get("/api/v1/budgets/" + id).header("ETag")))
                .header("Content-Disposition", containsString("filename=\"" + code + "-2024.tsv\""))
                .header(
                        "Content-Disposition",
                        containsString(
                                "filename*=UTF-8''" + URLEncoder.encode("东莞市归国华侨联合会-2024年", StandardCharsets.UTF_8)));
    }

    @SendsInvalidRequests("a missing and an unknown format")
    @Test
    void refusesAnExportWithoutAKnownFormat() {
        String id = Api.createDongguanBudget();
        for (String query : List.of("", "?format=pdf", "?format=XLSX")) {
            given().get("/api/v1/budgets/" + id + "/export" + query)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("format"))
                    .body("violations[0].in", equalTo("query"));
        }
        given().queryParam("format", "csv")
                .get("/api/v1/budgets/" + id + "/revisions/1/export")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("format"));
    }

    @Test
    void exportsTheWorkingRevisionAsTheTableIsNow() {
        String id = Api.createDongguanBudget();
        String table = given().queryParam("format", "tsv")
                .get("/api/v1/budgets/" + id + "/export")
                .asString();
        given().queryParam("format", "tsv")
                .get("/api/v1/budgets/" + id + "/revisions/1/export")
                .then()
                .statusCode(200)
                .contentType(containsString(TSV))
                .header("Content-Disposition", containsString("-r1.tsv\""))
                .body(equalTo(table));
        given().queryParam("format", "xlsx")
                .get("/api/v1/budgets/" + id + "/revisions/2/export")
                .then()
                .statusCode(404);
    }

    @SendsInvalidRequests("Accept: application/pdf")
    @Test
    void answersJsonOrNotAcceptable() {
        String id = Api.createDongguanBudget();
        given().accept("*/*")
                .get("/api/v1/budgets/" + id)
                .then()
                .statusCode(200)
                .contentType(containsString("application/json"));
        given().accept("application/pdf")
                .get("/api/v1/budgets/" + id)
                .then()
                .statusCode(406)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_ACCEPTABLE"));
        given().accept("application/json")
                .queryParam("format", "xlsx")
                .get("/api/v1/budgets/" + id + "/export")
                .then()
                .statusCode(406)
                .body("code", equalTo("NOT_ACCEPTABLE"));
    }

    @SendsInvalidRequests("deprecated Accept alias, outside the typed contract")
    @Test
    void stillExportsThroughTheDeprecatedAcceptAlias() {
        String id = Api.createDongguanBudget();
        given().accept(TSV + ", application/json;q=0.5")
                .get("/api/v1/budgets/" + id)
                .then()
                .statusCode(200)
                .contentType(containsString(TSV))
                .header("Content-Disposition", containsString("filename*=UTF-8''"))
                .body(containsString("基本支出\t550.51"));
        Api.as(Api.editorOf("NOBODY"))
                .accept(XLSX)
                .get("/api/v1/budgets/" + id)
                .then()
                .statusCode(404);
    }

    private static JsonNode comparable(String json) throws IOException {
        ObjectNode doc = (ObjectNode) Api.JSON.readTree(json);
        // The form prints the goal as its lines and reads them back as paragraphs: what must survive is the
        // paragraphs, not Dongguan's markup between them.
        doc.remove(List.of(
                "id", "department", "createdAt", "updatedAt", "periodStartYear", "periodEndYear", "overallGoal"));
        for (String rows : List.of("tasks", "indicators")) {
            for (JsonNode row : doc.get(rows)) {
                ((ObjectNode) row).remove(List.of("id", "createdAt", "updatedAt", "taskId"));
            }
        }
        return doc;
    }
}
