package app.unknot.catalog.picture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every position the pictures show, by name: one file each in {@code catalog/scenes}, read by
 * {@link SceneReader}. Most are side views of one {@link Pose}; a few are seen from the front or above
 * ({@link FrontFigure}). Coordinates are picture units, the floor at y 92.
 */
final class Scenes {

    static final String FOLDER = "catalog/scenes";

    private static final YAMLMapper YAML = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();

    private Scenes() {
    }

    /** The scenes in a classpath folder, by file name without {@code .yaml}. */
    static Map<String, Scene> in(String folder) {
        var resolver = new PathMatchingResourcePatternResolver(Scenes.class.getClassLoader());
        try {
            Map<String, Scene> scenes = new LinkedHashMap<>();
            Resource[] files = resolver.getResources("classpath*:" + folder + "/*.yaml");
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            for (Resource file : files) {
                String name = file.getFilename().substring(0, file.getFilename().length() - ".yaml".length());
                try (InputStream in = file.getInputStream()) {
                    scenes.put(name, SceneReader.read(name, YAML.readTree(in)));
                }
            }
            return Map.copyOf(scenes);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Whether a scene is a partner's massage, which the sheet prints larger (TechniquePictures). */
    static boolean partner(String name) {
        return name.startsWith("partner-");
    }
}
