package org.budgetperf.evaluation.weights;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.support.Api;
import org.budgetperf.support.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;

/**
 * Scoring weight sets as data: the two built-ins seeded by migration, versions added by admins and never edited, and
 * every bad set refused with a problem naming the field.
 */
@QuarkusTest
class ScoringWeightSetApiTest {

    private static RequestSpecification admin() {
        return Api.as(Api.tokenWith(Roles.ADMIN));
    }

    private static RequestSpecification reader() {
        return Api.as(Api.tokenWith(Roles.READER));
    }

    /** Yuzhong 2021's own weights: 产出 40, 效益 15, 满意度 15, 预算执行率 8, 管理 22. */
    private static ObjectNode yuzhongSet(String code, String version) {
        ObjectNode set = Api.JSON
                .createObjectNode()
                .put("code", code)
                .put("version", version)
                .put("title", "渝中区项目支出绩效自评表")
                .put("managementGroup", true);
        set.putObject("weights")
                .put("output", "40")
                .put("outcome", "15")
                .put("satisfaction", "15")
                .put("budgetExecution", "8")
                .put("management", "22");
        return set;
    }

    private static io.restassured.response.Response create(ObjectNode set) {
        return admin().contentType(ContentType.JSON).body(set.toString()).post("/api/v1/scoring-weight-sets");
    }

    @Test
    void theNationalAndTheAsDeclaredSetAreBuiltIn() {
        reader().get("/api/v1/scoring-weight-sets")
                .then()
                .statusCode(200)
                .body("items.code", hasItems("as-declared", "national"));
        reader().get("/api/v1/scoring-weight-sets/national")
                .then()
                .statusCode(200)
                .body("current.version", equalTo("2026.1"))
                .body("current.builtIn", equalTo(true))
                .body("current.weights.output", equalTo("50"))
                .body("current.weights.outcome", equalTo("30"))
                .body("current.weights.satisfaction", equalTo("10"))
                .body("current.weights.budgetExecution", equalTo("10"))
                .body("current.weights.management", equalTo("0"))
                .body("current.managementGroup", equalTo(false))
                .body("current.budgetExecutionRule.fullMarksRate", equalTo("90"))
                .body("current.budgetExecutionRule.step", equalTo("5"))
                .body("current.budgetExecutionRule.pointsPerStep", equalTo("1"))
                .body("current.qualitativeBands.achievedFrom", equalTo("80"))
                .body("current.qualitativeBands.partialFrom", equalTo("60"));
        reader().get("/api/v1/scoring-weight-sets/as-declared/versions/2026.1")
                .then()
                .statusCode(200)
                .body("asDeclared", equalTo(true))
                .body("managementGroup", equalTo(true))
                .body("weights", nullValue());
    }

    @Test
    void adminsAddVersionsAndNeverEditOne() {
        String code = "yz-" + Api.uniqueCode("W").toLowerCase();
        create(yuzhongSet(code, "2021.1"))
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/scoring-weight-sets/" + code + "/versions/2021.1"))
                .body("weights.management", equalTo("22"))
                .body("builtIn", equalTo(false));
        create(yuzhongSet(code, "2021.1"))
                .then()
                .statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body("violations.field", hasItem("version"));
        ObjectNode next = yuzhongSet(code, "2021.2");
        next.putObject("budgetExecutionRule")
                .put("fullMarksRate", "95")
                .put("step", "5")
                .put("pointsPerStep", "2");
        create(next).then().statusCode(201);
        reader().get("/api/v1/scoring-weight-sets/" + code)
                .then()
                .statusCode(200)
                .body("current.version", equalTo("2021.2"))
                .body("current.budgetExecutionRule.pointsPerStep", equalTo("2"))
                .body("versions.version", equalTo(java.util.List.of("2021.2", "2021.1")));
        reader().get("/api/v1/scoring-weight-sets/" + code + "/versions/2021.1")
                .then()
                .statusCode(200)
                .body("budgetExecutionRule.pointsPerStep", equalTo("1"));
        reader().contentType(ContentType.JSON)
                .body(yuzhongSet(code, "2021.3").toString())
                .post("/api/v1/scoring-weight-sets")
                .then()
                .statusCode(403);
    }

    @Test
    void weightsThatDoNotMakeAHundredAreRefusedNamingTheField() {
        String code = "bad-" + Api.uniqueCode("W").toLowerCase();
        ObjectNode ninety = yuzhongSet(code, "1");
        ((ObjectNode) ninety.get("weights")).put("management", "12");
        create(ninety)
                .then()
                .statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("violations.field", equalTo(java.util.List.of("weights")))
                .body("detail", containsString("90"));
        ObjectNode managementOff = yuzhongSet(code, "1");
        managementOff.put("managementGroup", false);
        create(managementOff).then().statusCode(422).body("violations.field", hasItem("weights.management"));
        ObjectNode declaredWithWeights = yuzhongSet(code, "1");
        declaredWithWeights.put("asDeclared", true);
        create(declaredWithWeights).then().statusCode(422).body("violations.field", hasItem("weights"));
        ObjectNode bands = yuzhongSet(code, "1");
        bands.putObject("qualitativeBands").put("achievedFrom", "60").put("partialFrom", "80");
        create(bands).then().statusCode(422).body("violations.field", hasItem("qualitativeBands"));
        reader().get("/api/v1/scoring-weight-sets/" + code).then().statusCode(404);
    }

    @Test
    @SendsInvalidRequests("a negative weight, which the contract's pattern already refuses")
    void aNegativeWeightIsABadRequestNamingIt() {
        String code = "neg-" + Api.uniqueCode("W").toLowerCase();
        ObjectNode negative = yuzhongSet(code, "1");
        ((ObjectNode) negative.get("weights")).put("output", "-5").put("management", "67");
        create(negative)
                .then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("violations.field", hasItem("weights.output"));
        reader().get("/api/v1/scoring-weight-sets/" + code).then().statusCode(404);
    }

    @Test
    void anUnknownSetIsNotFound() {
        reader().get("/api/v1/scoring-weight-sets/no-such-set")
                .then()
                .statusCode(404)
                .contentType(containsString("application/problem+json"));
        reader().get("/api/v1/scoring-weight-sets/national/versions/1999.1")
                .then()
                .statusCode(404);
        reader().get("/api/v1/scoring-weight-sets").then().body("items", org.hamcrest.Matchers.not(hasSize(0)));
    }
}
