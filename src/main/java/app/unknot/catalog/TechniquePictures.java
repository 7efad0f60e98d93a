package app.unknot.catalog;

import app.unknot.system.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The pictures of the techniques, drawn once at start-up from {@code catalog/pictures.txt}: one
 * line per technique naming the position or positions it shows ({@link Scenes}), the areas to
 * highlight and the words that describe it. A technique without a picture stops the app starting.
 */
@Component
public class TechniquePictures {

    static final String FILE = "/catalog/pictures.txt";

    private final Map<String, Picture> pictures;

    TechniquePictures(Catalog catalog) {
        this(read(), catalog);
    }

    TechniquePictures(List<String> lines, Catalog catalog) {
        Map<String, Picture> drawn = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Picture picture = draw(line, catalog);
            if (drawn.put(picture.slug(), picture) != null) {
                throw new IllegalArgumentException("two pictures for " + picture.slug());
            }
        }
        List<String> missing = catalog.techniques().stream().map(Technique::slug).filter(slug -> !drawn.containsKey(slug)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("techniques without a picture in " + FILE + ": " + missing);
        }
        this.pictures = Map.copyOf(drawn);
    }

    /** @throws NotFoundException when no technique has this slug */
    public Picture picture(String slug) {
        Picture picture = pictures.get(slug);
        if (picture == null) {
            throw new NotFoundException("technique");
        }
        return picture;
    }

    /** {@code slug | scene[, scene] | areas | description} */
    private static Picture draw(String line, Catalog catalog) {
        String[] fields = line.split("\\|");
        if (fields.length != 4) {
            throw new IllegalArgumentException("a picture line needs four fields: " + line);
        }
        String slug = fields[0].strip();
        Technique technique = catalog.technique(slug);
        List<Scene> scenes = Arrays.stream(fields[1].split(",")).map(String::strip).map(name -> {
            Scene scene = Scenes.BY_NAME.get(name);
            if (scene == null) {
                throw new IllegalArgumentException("no scene " + name + " for " + slug);
            }
            return scene;
        }).toList();
        Set<String> worked = new LinkedHashSet<>(Arrays.asList(fields[2].strip().split("\\s+")));
        worked.stream().filter(area -> !technique.works(area)).findFirst().ifPresent(area -> {
            throw new IllegalArgumentException(slug + " does not work the " + area + " it highlights");
        });
        String description = fields[3].strip();
        return new Picture(slug, description, svg(scenes, worked, description));
    }

    /** The scenes side by side, a thin line between them. */
    private static String svg(List<Scene> scenes, Set<String> worked, String description) {
        double width = Scene.WIDTH * scenes.size();
        var canvas = new SvgCanvas();
        for (int i = 0; i < scenes.size(); i++) {
            canvas.open("g transform=\"translate(" + SvgCanvas.n(i * Scene.WIDTH) + " 0)\"");
            if (i > 0) {
                canvas.line(new Point(0, 12), new Point(0, 88), 0.8, SvgCanvas.FLOOR);
            }
            scenes.get(i).draw(canvas, worked);
            canvas.close("g");
        }
        String text = escape(description);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + SvgCanvas.n(width) + " " + SvgCanvas.n(Scene.HEIGHT)
            + "\" width=\"" + SvgCanvas.n(width) + "\" height=\"" + SvgCanvas.n(Scene.HEIGHT) + "\" role=\"img\" aria-label=\""
            + text + "\"><title>" + text + "</title>" + canvas + "</svg>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static List<String> read() {
        try (InputStream in = TechniquePictures.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
