package app.unknot.routine;

import app.unknot.catalog.Technique;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stores a step's technique whole, as JSON, exactly as the routine showed it: a later change to
 * the catalog does not change a saved routine. Enums are written as their slugs.
 *
 * <p>Every routine stores the same few techniques again, so the JSON written for one is remembered
 * (by value: a technique is a record) instead of written anew for each step of each routine.
 */
@Converter
class TechniqueJsonConverter implements AttributeConverter<Technique, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Each technique as shown for a few combinations of areas and tools: a few hundred in all. */
    private static final Cache<Technique, String> WRITTEN = Caffeine.newBuilder().maximumSize(2_000).build();

    @Override
    public String convertToDatabaseColumn(Technique technique) {
        return technique == null ? null : WRITTEN.get(technique, JSON::writeValueAsString);
    }

    @Override
    public Technique convertToEntityAttribute(String column) {
        return column == null ? null : JSON.treeToValue(upgraded((ObjectNode) JSON.readTree(column)), Technique.class);
    }

    /**
     * A technique saved before V6 has instruction lines as plain text, all of them for everyone, and
     * no longest time: steps then grew to at most twice the typical time.
     */
    private static ObjectNode upgraded(ObjectNode technique) {
        if (!technique.has("longestSeconds")) {
            technique.put("longestSeconds", 2 * technique.get("seconds").asInt());
        }
        ArrayNode lines = (ArrayNode) technique.get("instructions");
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = lines.get(i);
            if (line.isString()) {
                lines.set(i, JSON.createObjectNode().put("text", line.asString()));
            }
        }
        return technique;
    }
}
