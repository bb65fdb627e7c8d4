package org.budgetperf.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.support.Api;
import org.budgetperf.support.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;

/**
 * The failures the hardening issue found answered as they should be: each a problem document with its proper
 * status, none a 500, none revealing another department's data.
 */
@QuarkusTest
class HardeningTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void movingATableOntoAYearItsDepartmentHasIsA409() {
        String department = Api.createDepartment();
        String first = Api.createBudget(Api.minimalBudget(department, 2024))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.createBudget(Api.minimalBudget(department, 2025)).then().statusCode(201);
        String path = "/api/v1/budgets/" + first;
        Api.given()
                .contentType(Api.MERGE_PATCH)
                .header("If-Match", Api.etag(path))
                .body("{\"fiscalYear\": 2025}")
                .patch(path)
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("code", equalTo("DUPLICATE_BUDGET"))
                .body("violations[0].field", equalTo("fiscalYear"));
        Api.given()
                .contentType(ContentType.JSON)
                .header("If-Match", Api.etag(path))
                .body(Map.of("fiscalYear", 2025))
                .put(path)
                .then()
                .statusCode(409)
                .body("code", equalTo("DUPLICATE_BUDGET"));
        Api.given().get(path).then().body("fiscalYear", equalTo(2024));
    }

    @Test
    void refusesNulInATextFieldNamingIt() {
        String budget = Api.createDongguanBudget();
        Api.given()
                .contentType(ContentType.JSON)
                .body("{\"level1\":\"产出指标\",\"level2\":\"数量指标\",\"name\":\"篇\\u0000数\"}")
                .post("/api/v1/budgets/" + budget + "/indicators")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("name"));
        Api.given()
                .contentType(ContentType.JSON)
                .body("{\"code\":\"X\",\"name\":\"\\ud800\"}")
                .post("/api/v1/departments")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("name"));
        Api.given()
                .queryParam("name", "a\u0000b")
                .get("/api/v1/departments")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("name"));
    }

    @Test
    void refusesNulInAnImportedCellNamingTheCell() {
        String code = Api.uniqueCode("NUL");
        Api.createDepartment(code, "东莞市归国华侨联合会");
        String text = Api.given()
                .queryParam("format", "tsv")
                .get("/api/v1/budgets/" + Api.createDongguanBudget() + "/export")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .replaceFirst("公众号发布推送篇数", "公众号\u0000发布推送篇数");
        Api.given()
                .contentType("text/tab-separated-values; charset=UTF-8")
                .body(text.getBytes(StandardCharsets.UTF_8))
                .queryParam("departmentCode", code)
                .post("/api/v1/budget-imports")
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("code", equalTo("IMPORT_UNREADABLE"))
                .body("violations[0].field", org.hamcrest.Matchers.startsWith("line "));
    }

    @Test
    void importIntoAnotherDepartmentRevealsNothingOfIt() {
        String other = Api.uniqueCode("OTHER");
        Api.createDepartment(other, "东莞市归国华侨联合会");
        Api.createBudget(Api.dongguanBudget(Api.given()
                        .queryParam("code", other)
                        .get("/api/v1/departments")
                        .path("items[0].id")))
                .then()
                .statusCode(201);
        String mine = Api.uniqueCode("MINE");
        Api.createDepartment(mine, "我的部门");
        String missing = Api.uniqueCode("NONE");
        byte[] file = Api.given()
                .queryParam("format", "tsv")
                .get("/api/v1/budgets/" + Api.createDongguanBudget() + "/export")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();

        var intoOther = Api.as(Api.editorOf(mine))
                .contentType("text/tab-separated-values; charset=UTF-8")
                .body(file)
                .queryParam("departmentCode", other)
                .post("/api/v1/budget-imports")
                .then()
                .extract();
        var intoNothing = Api.as(Api.editorOf(mine))
                .contentType("text/tab-separated-values; charset=UTF-8")
                .body(file)
                .queryParam("departmentCode", missing)
                .post("/api/v1/budget-imports")
                .then()
                .extract();

        assertThat(intoOther.statusCode()).isEqualTo(intoNothing.statusCode()).isEqualTo(422);
        assertThat(intoOther.<String>path("detail").replace(other, "X"))
                .isEqualTo(intoNothing.<String>path("detail").replace(missing, "X"));
        assertThat(intoOther.asString()).doesNotContain("/api/v1/budgets/").doesNotContain("DRAFT");
    }

    @Test
    void theTextExportEscapesFormulasAndReadsBackExactly() {
        String code = Api.uniqueCode("CSV");
        String department = Api.createDepartment(code, "东莞市归国华侨联合会");
        ObjectNode request = Api.dongguanBudget(department);
        ((ObjectNode) request.withArray("tasks").get(0)).put("name", "=HYPERLINK(\"http://x.example\",\"y\")");
        ((ObjectNode) request.withArray("tasks").get(1)).put("name", "'@SUM(1)");
        String budget =
                Api.createBudget(request).then().statusCode(201).extract().path("id");

        String text = Api.given()
                .queryParam("format", "tsv")
                .get("/api/v1/budgets/" + budget + "/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(text).contains("'=HYPERLINK(").contains("''@SUM(1)");
        assertThat(text.lines().flatMap(l -> List.of(l.split("\t")).stream()))
                .noneMatch(cell -> !cell.isEmpty() && "=+@".indexOf(cell.charAt(0)) >= 0);

        Api.given().get("/api/v1/budgets/" + budget + "/tasks").then().body("items.name", hasItem("'@SUM(1)"));
        ObjectNode report = Api.JSON.valueToTree(Api.given()
                .contentType("text/tab-separated-values; charset=UTF-8")
                .body(text.getBytes(StandardCharsets.UTF_8))
                .queryParam("departmentCode", code)
                .queryParam("dryRun", "true")
                .queryParam("replace", "true")
                .post("/api/v1/budget-imports")
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class));
        List<String> names = report.findValuesAsText("name");
        assertThat(names).contains("=HYPERLINK(\"http://x.example\",\"y\")", "'@SUM(1)");
    }

    @SendsInvalidRequests("fiscalYear that is not ASCII digits")
    @Test
    void wholeNumberParametersTakeAsciiDigitsOnly() {
        for (String year : List.of("+2024", " 2024", "２０２４", "2024 ", "٢٠٢٤")) {
            Api.given()
                    .queryParam("fiscalYear", year)
                    .get("/api/v1/budgets")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("violations[0].field", equalTo("fiscalYear"));
        }
        Api.given()
                .queryParam("fiscalYear", "2024")
                .get("/api/v1/budgets")
                .then()
                .statusCode(200);
    }

    @Test
    void aDepartmentsClaimThatIsNotAnArrayGrantsNothing() {
        String code = Api.uniqueCode("CLAIM");
        String budget = Api.createBudget(Api.dongguanBudget(Api.createDepartment(code, "部门")))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String token = Jwt.issuer("https://perf-targets.local/dev")
                .subject("s")
                .groups(Set.of(Roles.DEPARTMENT_EDITOR))
                .claim("departments", code)
                .expiresIn(3600)
                .sign();
        Api.as(token).get("/api/v1/budgets/" + budget).then().statusCode(404);
        Api.as(Api.editorOf(code)).get("/api/v1/budgets/" + budget).then().statusCode(200);
    }

    @SendsInvalidRequests("an undeclared 9000-character query parameter")
    @Test
    void httpLayerRefusalsAreProblemDocuments() throws IOException {
        Api.given()
                .get("/api/v1/budgets?x=" + "a".repeat(9000))
                .then()
                .statusCode(414)
                .contentType(PROBLEM)
                .body("code", equalTo("URI_TOO_LONG"));
        Api.given()
                .header("X-Filler", "b".repeat(20_000))
                .get("/api/v1/budgets")
                .then()
                .statusCode(431)
                .contentType(PROBLEM)
                .body("code", equalTo("HEADERS_TOO_LARGE"));
        assertProblem(raw("GET /api/v1/budgets/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 400);
        // Raw braces reach the resource, whose id parameter does not read as one: no such table.
        assertProblem(
                raw("GET /api/v1/budgets/{id} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                        + Api.tokenWith(Roles.READER) + "\r\nConnection: close\r\n\r\n"),
                404);
        // A body over the HTTP layer's cap (10 MB) sent in chunks, without a length: refused while it streams.
        StringBuilder chunked = new StringBuilder("POST /api/v1/review-previews HTTP/1.1\r\nHost: x\r\n"
                + "Authorization: Bearer " + Api.tokenWith(Roles.READER) + "\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
        // Valid JSON so far (white space after a brace), so only the size can stop it.
        chunked.append("1\r\n{\r\n");
        String chunk = " ".repeat(65536);
        for (int i = 0; i < 170; i++) {
            chunked.append(Integer.toHexString(chunk.length()))
                    .append("\r\n")
                    .append(chunk)
                    .append("\r\n");
        }
        chunked.append("0\r\n\r\n");
        assertProblem(raw(chunked.toString()), 413);
    }

    @Test
    @SendsInvalidRequests("an empty Accept header")
    void anEmptyAcceptMeansTheJsonDocument() {
        String budget = Api.createDongguanBudget();
        Api.given()
                .header("Accept", "")
                .get("/api/v1/budgets/" + budget)
                .then()
                .statusCode(200)
                .contentType("application/json");
        // The same for the endpoints the row blocks and the recorded runs share through their base classes.
        for (String path : List.of("/tasks", "/indicators", "/reviews", "/reconciliations")) {
            Api.given()
                    .header("Accept", "")
                    .get("/api/v1/budgets/" + budget + path)
                    .then()
                    .statusCode(200)
                    .contentType("application/json");
        }
        Api.given()
                .header("Accept", "")
                .contentType("application/json")
                .post("/api/v1/budgets/" + budget + "/reviews")
                .then()
                .statusCode(201)
                .contentType("application/json");
    }

    /** Sent as raw bytes: no HTTP client library sends them so, and the foreign origin's 403 is outside the contract. */
    @Test
    void headersTheFuzzerFoundAreAnsweredAsProblems() throws IOException {
        String editor = Api.editorOf(Api.uniqueCode("NONE"));
        // An import that does not say what the file is.
        String noType = raw("POST /api/v1/budget-imports HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + editor
                + "\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc");
        assertProblem(noType, 415);
        assertThat(noType).contains("\"field\":\"Content-Type\"");
        // A browser page from an origin CORS does not allow.
        String foreign =
                raw("GET /api/v1/budgets HTTP/1.1\r\nHost: x\r\nOrigin: https://evil.example\r\nAuthorization: Bearer "
                        + Api.tokenWith(Roles.READER) + "\r\nConnection: close\r\n\r\n");
        assertProblem(foreign, 403);
        // HTTP/1.0 without Host: no server name to build links with.
        assertProblem(
                raw("GET /api/v1/budgets HTTP/1.0\r\nAuthorization: Bearer " + Api.tokenWith(Roles.READER) + "\r\n\r\n")
                        .replaceFirst("^HTTP/1.0", "HTTP/1.1"),
                400);
    }

    @Test
    void aChunkedBodyWithinTheLimitIsReadAsUsual() throws IOException {
        String body = "{\"code\":\"" + Api.uniqueCode("CHUNK") + "\",\"name\":\"分块部门\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String response = raw("POST /api/v1/departments HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                + Api.tokenWith(Roles.ADMIN) + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\n" + Integer.toHexString(bytes.length) + "\r\n"
                + new String(bytes, StandardCharsets.ISO_8859_1) + "\r\n0\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 201").contains("分块部门");
    }

    /** Found by the contract fuzzer on the operations that take JSON or a form: a 500 while picking between them. */
    @Test
    void aContentTypeThatIsNoMediaTypeIsTreatedAsAbsent() throws IOException {
        String code = Api.uniqueCode("CT");
        String budget = Api.createBudget(Api.dongguanBudget(Api.createDepartment(code, "东莞市归国华侨联合会")))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        for (String type : List.of("", ";", "json")) {
            String answer = raw("POST /api/v1/budgets/" + budget + "/self-evaluations HTTP/1.1\r\nHost: x\r\n"
                    + "Authorization: Bearer " + Api.editorOf(code) + "\r\nContent-Type: " + type
                    + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
            // As without a Content-Type: the JSON operation reads the body, and names what it lacks.
            assertProblem(answer, 400);
            assertThat(answer).contains("\"field\":\"adjustedBudget\"");
        }
        String nul = raw("GET /api/v1/scoring-weight-sets/national%00 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                + Api.tokenWith(Roles.READER) + "\r\nConnection: close\r\n\r\n");
        assertProblem(nul, 404);
    }

    private static void assertProblem(String response, int status) {
        assertThat(response).startsWith("HTTP/1.1 " + status);
        assertThat(response.toLowerCase()).contains("content-type: application/problem+json");
        assertThat(response).contains("\"status\":" + status);
    }

    /** Sends bytes no HTTP client library would send as they are, and returns the whole response. */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException closedEarly) {
                // the server may answer and close before the whole body is sent
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) != -1; ) {
                    response.write(buffer, 0, n);
                }
            } catch (IOException reset) {
                // a reset after the response is fine
            }
            return response.toString(StandardCharsets.UTF_8);
        }
    }
}
