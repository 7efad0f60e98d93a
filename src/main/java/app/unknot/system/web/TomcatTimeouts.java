package app.unknot.system.web;

import java.time.Duration;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat's own timeout for a request body, which Boot has no property for: a pause longer than
 * this between a body's bytes closes the connection (by default Tomcat waited 60 s). Together with
 * the body's total deadline ({@link SizeLimitedRequest}) and the cap per client
 * ({@link InFlightLimitFilter}) this keeps slow clients from holding the threads.
 */
@Component
class TomcatTimeouts implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final Duration bodyReadTimeout;

    TomcatTimeouts(@Value("${unknot.request.body-read-timeout}") Duration bodyReadTimeout) {
        this.bodyReadTimeout = bodyReadTimeout;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
                http.setDisableUploadTimeout(false);
                http.setConnectionUploadTimeout((int) bodyReadTimeout.toMillis());
            }
        });
    }
}
