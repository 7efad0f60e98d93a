package app.unknot.system.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MapSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The JSON API's OpenAPI contract (springdoc: {@code /v3/api-docs}, {@code /swagger-ui.html}), with
 * the problem details every operation can answer: 400 naming the {@code parameter} at fault, 404
 * for an unknown slug or id, 403 for a change a page on another site sent, 413 for an oversized
 * body, 415 for one that is not JSON, 429 for a write over the client's rate limit, and 500 with only
 * a {@code requestId}.
 */
@Configuration(proxyBeanMethods = false)
class ApiContract {

    static final String PROBLEM = "application/problem+json";

    @Bean
    OpenAPI unknotApi() {
        Schema<?> problem = new ObjectSchema().description("RFC 9457 problem details")
            .addProperty("type", new StringSchema()).addProperty("title", new StringSchema())
            .addProperty("status", new IntegerSchema()).addProperty("detail", new StringSchema())
            .addProperty("instance", new StringSchema())
            .addProperty("parameter", new StringSchema().description("the field or parameter at fault (400)"))
            .addProperty("errors", new MapSchema().additionalProperties(new StringSchema())
                .description("each field at fault, with what is wrong (400)"))
            .addProperty("requestId", new StringSchema().description("the reference to quote (500)"));
        return new OpenAPI()
            .info(new Info().title("Unknot API").version("1")
                .description("The catalog of self-massage techniques and stretches, and routines built from it with "
                    + "safety screening. Names are slugs; errors are problem details."))
            .components(new Components().addSchemas("Problem", problem));
    }

    @Bean
    OperationCustomizer problemResponses() {
        return (operation, handler) -> {
            ApiResponses responses = operation.getResponses();
            boolean creates = handler.hasMethodAnnotation(PostMapping.class);
            // A post that names its own 201 answers 200 for something else (a session sent again).
            if (creates && responses.containsKey("200") && !responses.containsKey("201")) {
                responses.addApiResponse("201", responses.remove("200").description("Created: Location names it"));
            }
            // Every write is refused from another site (CrossSitePostFilter) and rate limited per client (system.limit).
            boolean writes = creates || handler.hasMethodAnnotation(DeleteMapping.class);
            boolean takesInput = creates || (operation.getParameters() != null && !operation.getParameters().isEmpty());
            Map.of("400", takesInput ? "Invalid input: parameter names the field at fault" : "",
                    "404", operation.getParameters() != null && operation.getParameters().stream()
                        .anyMatch(parameter -> "path".equals(parameter.getIn())) ? "Nothing by that slug or id" : "",
                    "403", writes ? "Sent by a page on another site (its Sec-Fetch-Site or Origin says so)" : "",
                    "413", creates ? "The body is over the size limit" : "",
                    "415", operation.getRequestBody() != null ? "The body is not sent as application/json" : "",
                    "429", writes ? "Too many writes from this client: Retry-After says in how many seconds to try again" : "",
                    "500", "Something went wrong on our side: quote requestId")
                .forEach((status, description) -> {
                    if (!description.isEmpty()) {
                        responses.addApiResponse(status, new ApiResponse().description(description)
                            .content(new Content().addMediaType(PROBLEM,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")))));
                    }
                });
            return operation;
        };
    }
}
