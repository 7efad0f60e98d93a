package app.unknot.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;

/** Rules every page of ours keeps, checked on the parsed HTML (public for the sheet's tests). */
public final class PageRules {

    private PageRules() {
    }

    /** The Content-Security-Policy allows script and style files only. */
    public static void assertNoInlineScriptOrStyle(Document page) {
        assertThat(page.select("script:not([src])")).as("inline scripts").isEmpty();
        assertThat(page.select("style")).as("style elements").isEmpty();
        assertThat(page.select("[style]")).as("style attributes").isEmpty();
        assertThat(page.getAllElements().stream()
            .flatMap(element -> element.attributes().asList().stream())
            .filter(attribute -> attribute.getKey().startsWith("on")))
            .as("event handler attributes").isEmpty();
    }
}
