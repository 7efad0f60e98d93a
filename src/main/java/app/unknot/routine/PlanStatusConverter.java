package app.unknot.routine;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;

/** Stores a plan status in the API's lower-case words. */
@Converter
class PlanStatusConverter implements AttributeConverter<PlanStatus, String> {

    @Override
    public String convertToDatabaseColumn(PlanStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public PlanStatus convertToEntityAttribute(String column) {
        return PlanStatus.valueOf(column.toUpperCase(Locale.ROOT));
    }
}
