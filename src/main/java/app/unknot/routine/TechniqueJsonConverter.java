package app.unknot.routine;

import app.unknot.catalog.Technique;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a step's technique whole, as JSON, exactly as the routine showed it: a later change to
 * the catalog does not change a saved routine. Enums are written as their slugs.
 */
@Converter
class TechniqueJsonConverter implements AttributeConverter<Technique, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String convertToDatabaseColumn(Technique technique) {
        return technique == null ? null : JSON.writeValueAsString(technique);
    }

    @Override
    public Technique convertToEntityAttribute(String column) {
        return column == null ? null : JSON.readValue(column, Technique.class);
    }
}
