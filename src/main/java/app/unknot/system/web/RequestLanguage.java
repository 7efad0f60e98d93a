package app.unknot.system.web;

import app.unknot.system.SpokenLanguages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Spring's locale for a request (messages, dates, numbers in the pages): the language
 * {@link LanguageFilter} settles, worked out the same way, so a test that skips the filters still
 * gets it. A visitor chooses a language with {@code ?lang=}, which the filter handles, never a handler;
 * a handler may only answer one page in another ({@link SpokenLanguages#answerIn}), which its view renders in.
 * It is MVC configuration ({@link WebMvcConfigurer}), so web slice tests take it in too.
 */
@Component(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
class RequestLanguage implements LocaleResolver, WebMvcConfigurer {

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return SpokenLanguages.answeredIn(request).orElseGet(() -> LanguageFilter.localeOf(request));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("A language is chosen with ?" + LanguageFilter.PARAMETER + "=");
    }
}
