package app.unknot.routine.store;

import app.unknot.catalog.Technique;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A technique as a saved routine keeps it: whole, as JSON, exactly as the routine showed it, so a
 * later change to the catalog does not change a saved routine. Enums are written as their slugs.
 */
final class StoredTechnique {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StoredTechnique() {
    }

    static String write(Technique technique) {
        return JSON.writeValueAsString(technique);
    }

    static Technique read(String json) {
        return JSON.treeToValue(upgraded((ObjectNode) JSON.readTree(json)), Technique.class);
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
