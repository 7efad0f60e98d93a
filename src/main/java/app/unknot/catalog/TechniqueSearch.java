package app.unknot.catalog;

import app.unknot.catalog.search.SearchWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Search over a catalog's techniques in its language: each is found by the words of its name,
 * summary, areas, tools and keywords, worked out once, when the catalog is made.
 */
final class TechniqueSearch {

    private final SearchWords search;
    private final Map<String, NavigableSet<String>> words;

    TechniqueSearch(String language, List<Technique> techniques, Map<String, List<String>> keywords) {
        Map<String, List<String>> texts = techniques.stream().collect(Collectors.toMap(Technique::slug, technique -> {
            var own = new ArrayList<>(List.of(technique.name(), technique.summary()));
            technique.areas().forEach(area -> own.add(area.name()));
            technique.tools().forEach(tool -> own.add(tool.name()));
            own.addAll(keywords.getOrDefault(technique.slug(), List.of()));
            return own;
        }));
        this.search = SearchWords.of(language, texts.values().stream().flatMap(List::stream).toList());
        this.words = texts.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, technique -> search.index(technique.getValue())));
    }

    /** The techniques this search text finds. */
    Predicate<Technique> finding(String text) {
        SearchWords.Query query = search.query(text);
        return technique -> query.finds(words.get(technique.slug()));
    }
}
