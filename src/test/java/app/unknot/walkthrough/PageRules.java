package app.unknot.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;

/** Rules every page of ours keeps, checked on the parsed HTML (public for the sheet's tests). */
public final class PageRules {

    private PageRules() {
    }

    public static List<String> unversioned(List<String> addresses) {
        return addresses.stream().map(PageRules::unversioned).toList();
    }

    /** A static file's address without the content hash the app puts in it: /css/unknot-<md5>.css is /css/unknot.css. */
    public static String unversioned(String address) {
        return address.replaceFirst("-[0-9a-f]{32}(\\.[a-z]+)$", "$1");
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
