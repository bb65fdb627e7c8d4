package org.budgetperf.department;

import static org.budgetperf.support.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.budgetperf.support.Api;
import org.budgetperf.support.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DepartmentApiTest {

    @Test
    void createsAndReadsADepartmentWithLocationAndETag() {
        String code = Api.uniqueCode("DG");
        String location = given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "东莞市归国华侨联合会", "staffCount", 0, "subordinateUnitCount", 1))
                .post("/api/v1/departments")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("code", equalTo(code))
                .body("staffCount", equalTo(0))
                .body("subordinateUnitCount", equalTo(1))
                .extract()
                .header("Location");
        given().get(location)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("name", equalTo("东莞市归国华侨联合会"))
                .body("code", equalTo(code));
    }

    @Test
    void keepsBlankCountsBlank() {
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("code", Api.uniqueCode("B"), "name", "空白"))
                .post("/api/v1/departments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().get("/api/v1/departments/" + id)
                .then()
                .body("staffCount", nullValue())
                .body("subordinateUnitCount", nullValue());
    }

    @Test
    void rejectsADuplicateCode() {
        String code = Api.uniqueCode("DUP");
        Api.createDepartment(code, "甲");
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "乙"))
                .post("/api/v1/departments")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("DUPLICATE_DEPARTMENT_CODE"))
                .body("violations[0].field", equalTo("code"));
    }

    @Test
    void filtersByCodeAndNameFragmentWithPagination() {
        String marker = Api.uniqueCode("侨");
        for (int i = 0; i < 3; i++) {
            Api.createDepartment(Api.uniqueCode("F"), "归侨联合会" + marker + i);
        }
        given().get("/api/v1/departments?name=" + marker + "&size=2&page=0&includeTotal=true")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2))
                .body("totalIsEstimate", equalTo(false))
                .body("items[0].name", org.hamcrest.Matchers.containsString(marker))
                .body("links.next", org.hamcrest.Matchers.containsString("page=1"));
        given().get("/api/v1/departments?name=" + marker + "&size=2")
                .then()
                .body("totalIsEstimate", equalTo(true))
                .body("links.next", org.hamcrest.Matchers.containsString("cursor="));
        given().get("/api/v1/departments?name=" + marker + "&size=2&page=1")
                .then()
                .body("items", hasSize(1))
                .body("links.next", nullValue());
        String code = Api.uniqueCode("ONE");
        Api.createDepartment(code, "单个");
        given().get("/api/v1/departments?code=" + code)
                .then()
                .body("items", hasSize(1))
                .body("items[0].code", equalTo(code));
    }

    @Test
    void replacesOnlyWithTheCurrentETag() {
        String id = Api.createDepartment();
        String path = "/api/v1/departments/" + id;
        Map<String, Object> body = Map.of("code", Api.uniqueCode("R"), "name", "新名称", "staffCount", 12);
        given().contentType(ContentType.JSON)
                .body(body)
                .put(path)
                .then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("code", equalTo("PRECONDITION_REQUIRED"));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"7\"")
                .body(body)
                .put(path)
                .then()
                .statusCode(412)
                .body("code", equalTo("PRECONDITION_FAILED"));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(body)
                .put(path)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("新名称"))
                .body("staffCount", equalTo(12));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(body)
                .put(path)
                .then()
                .statusCode(412);
    }

    @SendsInvalidRequests("a merge patch that sets the read-only id")
    @Test
    void patchesWithMergePatch() {
        String id = Api.createDepartment();
        String path = "/api/v1/departments/" + id;
        given().contentType(Api.MERGE_PATCH)
                .header("If-Match", Api.etag(path))
                .body("{\"staffCount\": 5, \"subordinateUnitCount\": null}")
                .patch(path)
                .then()
                .statusCode(200)
                .body("staffCount", equalTo(5))
                .body("subordinateUnitCount", nullValue())
                .body("name", equalTo("测试部门"));
        given().contentType(Api.MERGE_PATCH)
                .header("If-Match", Api.etag(path))
                .body("{\"id\": \"x\"}")
                .patch(path)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("id"));
    }

    @Test
    void refusesToDeleteADepartmentThatHasBudgetsThenDeletes() {
        String id = Api.createDepartment();
        String budgetId = Api.createBudget(Api.minimalBudget(id, 2025))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().header("If-Match", "\"0\"")
                .delete("/api/v1/departments/" + id)
                .then()
                .statusCode(409)
                .body("code", equalTo("DEPARTMENT_HAS_BUDGETS"));
        given().header("If-Match", Api.etag("/api/v1/budgets/" + budgetId))
                .delete("/api/v1/budgets/" + budgetId)
                .then()
                .statusCode(204);
        given().delete("/api/v1/departments/" + id).then().statusCode(428);
        given().header("If-Match", "\"0\"")
                .delete("/api/v1/departments/" + id)
                .then()
                .statusCode(204);
        given().get("/api/v1/departments/" + id).then().statusCode(404);
    }
}
