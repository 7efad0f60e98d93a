package app.unknot.catalog.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the catalog's content files from a classpath folder: {@code areas.yaml}, {@code tools.yaml},
 * {@code conditions.yaml}, {@code red-flags.yaml} and one {@code techniques/<slug>.yaml} per technique.
 * Keys are kebab-case; a key no record knows is an error, so a misspelt {@code only-area} cannot pass
 * unnoticed.
 */
final class ContentFiles {

    static final String FOLDER = "catalog";

    private static final YAMLMapper YAML = YAMLMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .build();

    private final List<Resource> lists;
    private final List<Resource> techniques;

    private ContentFiles(List<Resource> lists, List<Resource> techniques) {
        this.lists = lists;
        this.techniques = techniques;
    }

    /** The files under a classpath folder, techniques in file-name order. */
    static ContentFiles in(String folder) {
        var resolver = new PathMatchingResourcePatternResolver(ContentFiles.class.getClassLoader());
        try {
            List<Resource> lists = new ArrayList<>();
            for (String name : List.of("areas", "tools", "conditions", "red-flags")) {
                lists.add(resolver.getResource("classpath:" + folder + "/" + name + ".yaml"));
            }
            List<Resource> techniques = Arrays.stream(resolver.getResources("classpath*:" + folder + "/techniques/*"))
                .sorted(Comparator.comparing(Resource::getFilename)).toList();
            return new ContentFiles(lists, techniques);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    Content read() {
        Map<String, Content.Technique> byFile = new LinkedHashMap<>();
        techniques.forEach(file -> byFile.put(file.getFilename(), parse(file, new TypeReference<Content.Technique>() { })));
        return new Content(
            parse(lists.get(0), new TypeReference<List<Content.Area>>() { }),
            parse(lists.get(1), new TypeReference<List<Content.Tool>>() { }),
            byFile,
            parse(lists.get(2), new TypeReference<List<Content.Condition>>() { }),
            parse(lists.get(3), new TypeReference<List<Content.RedFlag>>() { }));
    }

    /** A checksum of every file's name and bytes: Flyway loads the content again when it changes. */
    int checksum() {
        var crc = new CRC32();
        for (Resource file : all()) {
            crc.update(file.getFilename().getBytes(StandardCharsets.UTF_8));
            crc.update(bytes(file));
        }
        return (int) crc.getValue();
    }

    private List<Resource> all() {
        List<Resource> all = new ArrayList<>(lists);
        all.addAll(techniques);
        return all;
    }

    private static <T> T parse(Resource file, TypeReference<T> type) {
        try {
            return YAML.readValue(bytes(file), type);
        }
        catch (RuntimeException ex) {
            throw new IllegalStateException("catalog file " + file.getFilename() + ": " + ex.getMessage(), ex);
        }
    }

    private static byte[] bytes(Resource file) {
        try (var in = file.getInputStream()) {
            return in.readAllBytes();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("catalog file " + file.getFilename(), ex);
        }
    }
}
