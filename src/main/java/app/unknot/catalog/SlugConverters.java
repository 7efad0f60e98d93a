package app.unknot.catalog;

import jakarta.persistence.Converter;

/** One auto-applied converter per catalog enum. */
final class SlugConverters {

    private SlugConverters() {
    }

    @Converter(autoApply = true)
    static class KindConverter extends SlugConverter<TechniqueKind> {
        KindConverter() {
            super(TechniqueKind::fromSlug);
        }
    }

    @Converter(autoApply = true)
    static class PerformerConverter extends SlugConverter<Performer> {
        PerformerConverter() {
            super(Performer::fromSlug);
        }
    }

    @Converter(autoApply = true)
    static class PostureConverter extends SlugConverter<Posture> {
        PostureConverter() {
            super(Posture::fromSlug);
        }
    }

    @Converter(autoApply = true)
    static class PressureConverter extends SlugConverter<Pressure> {
        PressureConverter() {
            super(Pressure::fromSlug);
        }
    }

    @Converter(autoApply = true)
    static class PhaseConverter extends SlugConverter<Phase> {
        PhaseConverter() {
            super(Phase::fromSlug);
        }
    }

    @Converter(autoApply = true)
    static class UrgencyConverter extends SlugConverter<Urgency> {
        UrgencyConverter() {
            super(Urgency::fromSlug);
        }
    }

    @Converter(autoApply = true)
    static class AreaScopeConverter extends SlugConverter<AreaScope> {
        AreaScopeConverter() {
            super(AreaScope::fromSlug);
        }
    }

    @Converter(autoApply = true)
    static class MovementConverter extends SlugConverter<Movement> {
        MovementConverter() {
            super(Movement::fromSlug);
        }
    }
}
