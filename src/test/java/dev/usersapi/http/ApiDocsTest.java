package dev.usersapi.http;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.usersapi.repository.InMemoryUserRepository;
import dev.usersapi.support.UsersApiServerExtension;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The live API docs: the contract at {@code /openapi.yaml} and Swagger UI at {@code /docs/}, both
 * without an API key. These paths are not in the contract, so the responses are checked here.
 */
class ApiDocsTest {

    @RegisterExtension
    static final UsersApiServerExtension server = UsersApiServerExtension.with(InMemoryUserRepository::new);

    @Test
    void theContractIsServedByteForByteWithoutAKey() throws IOException {
        byte[] served = server.outsideContractWithoutKey()
                .get("/openapi.yaml")
                .then()
                .statusCode(200)
                .contentType("application/yaml")
                .header("ETag", notNullValue())
                .header("Cache-Control", equalTo("no-cache"))
                .header("X-Request-Id", notNullValue())
                .extract()
                .asByteArray();

        assertArrayEquals(Files.readAllBytes(UsersApiServerExtension.CONTRACT), served);
    }

    @Test
    void theContractRevalidatesWithItsETag() {
        String etag = server.outsideContractWithoutKey()
                .get("/openapi.yaml")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");

        server.outsideContractWithoutKey()
                .header("If-None-Match", etag)
                .get("/openapi.yaml")
                .then()
                .statusCode(304)
                .header("ETag", equalTo(etag))
                .body(emptyString());
    }

    @Test
    void aHeadOfTheContractHasItsHeadersButNoBody() throws IOException {
        server.outsideContractWithoutKey()
                .head("/openapi.yaml")
                .then()
                .statusCode(200)
                .contentType("application/yaml")
                .header("Content-Length", equalTo(String.valueOf(Files.size(UsersApiServerExtension.CONTRACT))))
                .header("ETag", notNullValue())
                .body(emptyString());
    }

    @Test
    void docsMovesToDocsWithASlash() {
        server.outsideContractWithoutKey()
                .redirects()
                .follow(false)
                .get("/docs")
                .then()
                .statusCode(301)
                .header("Location", endsWith("/docs/"));
        server.outsideContractWithoutKey().get("/docs").then().statusCode(200).contentType(startsWith("text/html"));
    }

    @Test
    void theDocsPageIsSwaggerUiOnThisServersContract() {
        server.outsideContractWithoutKey()
                .get("/docs/")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Cache-Control", equalTo("no-cache"))
                .body(containsString("<script src=\"swagger-ui-bundle.js\""))
                .body(containsString("<script src=\"swagger-initializer.js\""))
                .body(containsString("href=\"swagger-ui.css\""));
        server.outsideContractWithoutKey()
                .get("/docs/swagger-initializer.js")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/javascript"))
                .body(containsString("'openapi.yaml'"))
                .body(containsString("requestInterceptor"));
    }

    @Test
    void theDocsNeedNoKeyAndIgnoreAWrongOne() {
        server.outsideContractWithoutKey()
                .header("X-API-KEY", "not-a-key")
                .get("/docs/")
                .then()
                .statusCode(200);
    }

    @Test
    void swaggerUiAssetsAreServedFromTheWebjarWithTheirMediaTypes() {
        server.outsideContractWithoutKey()
                .get("/docs/swagger-ui-bundle.js")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/javascript"))
                .header("ETag", notNullValue())
                .body(containsString("SwaggerUIBundle"));
        server.outsideContractWithoutKey()
                .get("/docs/swagger-ui.css")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/css"));
        server.outsideContractWithoutKey()
                .get("/docs/favicon-32x32.png")
                .then()
                .statusCode(200)
                .contentType("image/png");
    }

    @Test
    void aMissingAssetIsANotFoundProblem() {
        assertNotFoundProblem(server.outsideContractWithoutKey()
                        .get("/docs/nothing-here.js")
                        .then())
                .body("instance", equalTo("/docs/nothing-here.js"));
        assertNotFoundProblem(server.outsideContractWithoutKey()
                .get("/docs/some/folder/file.js")
                .then());
        assertNotFoundProblem(server.outsideContractWithoutKey()
                .urlEncodingEnabled(false)
                .get("/docs/..%2Fopenapi.yaml")
                .then());
        assertNotFoundProblem(
                server.outsideContractWithoutKey().get("/docs/.hidden").then());
    }

    @Test
    void anotherMethodIsAMethodNotAllowedProblem() {
        server.outsideContractWithoutKey()
                .post("/docs/index.html")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", matchesPattern(".*GET.*"))
                .body("status", equalTo(405));
    }

    private static ValidatableResponse assertNotFoundProblem(ValidatableResponse response) {
        return response.statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", equalTo("https://httpstatuses.io/404"))
                .body("title", equalTo("Not Found"))
                .body("request_id", notNullValue());
    }
}
