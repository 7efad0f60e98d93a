package app.unknot.system.web;

import jakarta.servlet.RequestDispatcher;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.expression.Messages;
import org.thymeleaf.web.IWebRequest;

/**
 * The app's own objects in every template: {@code ${#durations.of(seconds)}} reads "2 min 30 s" from
 * the one {@code duration} message, so no template does minutes-and-seconds arithmetic;
 * {@code ${#languages.links()}} are the language switcher's links, this page's own address in each
 * language Unknot speaks ({@code ?lang=}), named in that language.
 */
@Component
class TemplateObjects extends AbstractDialect implements IExpressionObjectDialect {

    private static final String DURATIONS = "durations";
    private static final String LANGUAGES = "languages";

    TemplateObjects() {
        super("Unknot template objects");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {

            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(DURATIONS, LANGUAGES);
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                if (DURATIONS.equals(name)) {
                    return new Durations(new Messages((ITemplateContext) context));
                }
                IWebRequest request = context instanceof IWebContext web ? web.getExchange().getRequest() : null;
                String failedPath = context instanceof IWebContext web
                    ? (String) web.getExchange().getAttributeValue(RequestDispatcher.ERROR_REQUEST_URI) : null;
                return new Switcher(request, context.getLocale().getLanguage(), failedPath);
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }

    /** Durations as words. Public for the templates. */
    public static final class Durations {

        private final Messages messages;

        Durations(Messages messages) {
            this.messages = messages;
        }

        public String of(int seconds) {
            return messages.msg("duration", seconds / 60, seconds % 60);
        }
    }

    /**
     * A language to switch to. Public for the templates.
     *
     * @param current whether the page is in it already
     */
    public record LanguageLink(String code, String name, String href, boolean current) {
    }

    /** The language switcher's links of one page. Public for the templates. */
    public static final class Switcher {

        private final IWebRequest request;
        private final String pageLanguage;
        private final String failedPath;

        /** @param failedPath on an error page, the address that failed: its own address is the error's */
        Switcher(IWebRequest request, String pageLanguage, String failedPath) {
            this.request = request;
            this.pageLanguage = pageLanguage;
            this.failedPath = failedPath;
        }

        public List<LanguageLink> links() {
            return Languages.SPOKEN.stream().map(language -> new LanguageLink(language.code(),
                language.name(), href(language.code()), language.code().equals(pageLanguage))).toList();
        }

        /** This page in that language; a page a form posted to is asked for again as a GET. */
        private String href(String code) {
            if (request == null) {
                return "/?" + LanguageFilter.PARAMETER + "=" + code;
            }
            String query = failedPath == null && "GET".equals(request.getMethod()) ? request.getQueryString() : null;
            String path = failedPath != null ? failedPath : request.getRequestPath();
            return UriComponentsBuilder.fromUriString(path + (query == null ? "" : "?" + query))
                .replaceQueryParam(LanguageFilter.PARAMETER, code).build(true).toUriString();
        }
    }
}
