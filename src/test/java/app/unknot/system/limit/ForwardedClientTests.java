package app.unknot.system.limit;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.RestTestClients;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.NestedTestConfiguration;
import org.springframework.test.context.NestedTestConfiguration.EnclosingConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Whose address counts, over real HTTP to Tomcat: the connection's, unless the operator says a
 * proxy in front sets X-Forwarded-For ({@code server.forward-headers-strategy=native}). Each
 * delete here is of a routine that does not exist: a 404, but a write all the same.
 */
class ForwardedClientTests {

    private static final String DELETE = "/api/routines/BBBBBBBBBBBBBBBBBBBBBB";

    /**
     * Without a proxy to trust, a client cannot pick a fresh address by sending X-Forwarded-For.
     * Every request comes from the test's own address; a total per hour new to each run is in
     * the bucket's key, so buckets kept in PostgreSQL by an earlier run do not count.
     */
    @Nested
    @NestedTestConfiguration(EnclosingConfiguration.OVERRIDE)
    @SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"unknot.rate-limit.enabled=true",
        "unknot.rate-limit.writes-per-minute=3", "unknot.rate-limit.writes-per-hour=${random.int[1000,1000000]}"})
    @AutoConfigureTestDatabase
    @Import(RestTestClients.class)
    class WithoutAProxy {

        @Autowired
        RestTestClient client;

        @Test
        void aForwardedAddressIsIgnored() {
            for (int i = 0; i < 3; i++) {
                assertThat(delete(client, RateLimitTests.someAddress())).isEqualTo(404);
            }

            assertThat(delete(client, RateLimitTests.someAddress())).isEqualTo(429);
        }
    }

    /** Behind a proxy, each forwarded client has its own bucket. */
    @Nested
    @NestedTestConfiguration(EnclosingConfiguration.OVERRIDE)
    @SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"unknot.rate-limit.enabled=true",
        "unknot.rate-limit.writes-per-minute=3", "unknot.rate-limit.writes-per-hour=50",
        "server.forward-headers-strategy=native"})
    @AutoConfigureTestDatabase
    @Import(RestTestClients.class)
    class BehindAProxy {

        @Autowired
        RestTestClient client;

        @Test
        void eachForwardedClientHasItsOwnLimit() {
            String busy = RateLimitTests.someAddress();
            for (int i = 0; i < 3; i++) {
                assertThat(delete(client, busy)).isEqualTo(404);
            }
            assertThat(delete(client, busy)).isEqualTo(429);

            assertThat(delete(client, RateLimitTests.someAddress())).isEqualTo(404);
            // The proxy adds the address it saw last; that one is the client, not what the client claimed.
            assertThat(delete(client, RateLimitTests.someAddress() + ", " + busy)).isEqualTo(429);
        }
    }

    private static int delete(RestTestClient client, String forwardedFor) {
        return client.delete().uri(DELETE).header("X-Forwarded-For", forwardedFor).exchange()
            .returnResult(String.class).getStatus().value();
    }
}
