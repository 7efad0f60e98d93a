package app.unknot.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.RestTestClients;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI document lists every /api endpoint the app serves, each with the problem answers it can give. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
@Import(RestTestClients.class)
class ApiContractTests {

    @Autowired
    RestTestClient client;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private JsonNode contract() {
        String json = client.get().uri("/v3/api-docs").exchange().expectStatus().isOk().returnResult(String.class)
            .getResponseBody();
        return JsonMapper.builder().build().readTree(json);
    }

    /** "GET /api/techniques/{slug}" for every /api handler method the app maps. */
    private List<String> servedEndpoints() {
        List<String> endpoints = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
            .filter(path -> path.startsWith("/api/"))
            .forEach(path -> info.getMethodsCondition().getMethods()
                .forEach(method -> endpoints.add(method.name() + " " + path))));
        return endpoints;
    }

    @Test
    void everyApiEndpointIsInTheContract() {
        JsonNode paths = contract().get("paths");
        List<String> documented = new ArrayList<>();
        paths.properties().forEach(path -> path.getValue().properties()
            .forEach(operation -> documented.add(operation.getKey().toUpperCase() + " " + path.getKey())));

        assertThat(servedEndpoints()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(documented).containsExactlyInAnyOrderElementsOf(servedEndpoints());
    }

    @Test
    void everyOperationNamesItsProblemAnswers() {
        JsonNode paths = contract().get("paths");
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            JsonNode responses = operation.getValue().get("responses");
            String name = operation.getKey() + " " + path.getKey();
            assertThat(responses.get("500").get("content").has(ApiContract.PROBLEM)).as(name).isTrue();
            if (path.getKey().contains("{")) {
                assertThat(responses.has("404")).as(name + " answers 404").isTrue();
            }
            assertThat(responses.has("403")).as(name + " answers 403 to another site").isEqualTo(!operation.getKey().equals("get"));
        }));
        JsonNode create = paths.get("/api/routines").get("post").get("responses");
        assertThat(create.has("201")).isTrue();
        assertThat(create.has("429")).as("a write is rate limited").isTrue();
        assertThat(paths.get("/api/routines/{id}").get("delete").get("responses").has("429")).isTrue();
        assertThat(paths.get("/api/techniques").get("get").get("responses").has("429")).as("a read is not").isFalse();
        assertThat(create.get("400").get("content").get(ApiContract.PROBLEM).get("schema").get("$ref").asString())
            .isEqualTo("#/components/schemas/Problem");
        assertThat(contract().get("components").get("schemas").get("Problem").get("properties").has("parameter")).isTrue();
    }

    @Test
    void theTechniqueListSaysHowItPages() {
        JsonNode list = contract().get("paths").get("/api/techniques").get("get");
        JsonNode ok = list.get("responses").get("200");

        assertThat(ok.get("description").asString()).contains("empty");
        assertThat(ok.get("headers").propertyNames()).containsExactlyInAnyOrder("X-Total-Count", "Link");
        assertThat(ok.get("content").get("application/json").get("schema").get("type").asString()).isEqualTo("array");
        assertThat(list.get("parameters")).filteredOn(parameter -> parameter.get("name").asString().equals("page"))
            .singleElement().satisfies(page -> {
                assertThat(page.get("schema").get("type").asString()).isEqualTo("integer");
                assertThat(page.get("description").asString()).contains("empty");
            });
    }

    /** Which warning signs belong to which area is part of the contract: the parameters and the fields. */
    @Test
    void theRedFlagListSaysWhichAreasAndConditionsASignIsAskedFor() {
        JsonNode contract = contract();
        JsonNode list = contract.get("paths").get("/api/red-flags").get("get");
        assertThat(list.get("parameters")).extracting(parameter -> parameter.get("name").asString())
            .containsExactlyInAnyOrder("area", "condition");
        assertThat(list.get("parameters")).allSatisfy(parameter -> {
            assertThat(parameter.get("schema").get("type").asString()).isEqualTo("array");
            assertThat(parameter.get("description").asString()).isNotBlank();
        });
        assertThat(contract.get("components").get("schemas").get("RedFlag").get("properties").propertyNames())
            .contains("urgency", "areas", "askedWith", "advice", "sources");
    }
}
