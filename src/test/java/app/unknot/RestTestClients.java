package app.unknot;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.http.server.LocalTestWebServer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Spring's {@link RestTestClient} against the app a {@code RANDOM_PORT} test started, for the tests
 * that talk HTTP to it. Built here rather than by {@code @AutoConfigureRestTestClient} only to pin
 * the JDK's HTTP client: the HTML checker brings Jetty 11's client onto the test class path, which
 * Spring would otherwise pick and cannot drive. The JDK client follows no redirects and keeps no
 * cookies, so tests see exactly what the app answered.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RestTestClients {

    @Bean
    RestTestClient restTestClient(ApplicationContext context) {
        return RestTestClient.bindToServer(new JdkClientHttpRequestFactory())
            .uriBuilderFactory(LocalTestWebServer.obtain(context).uriBuilderFactory())
            .build();
    }
}
