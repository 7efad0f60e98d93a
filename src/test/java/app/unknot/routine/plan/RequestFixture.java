package app.unknot.routine.plan;

import static app.unknot.catalog.Performer.PARTNER;

import app.unknot.catalog.CatalogFixture;
import app.unknot.catalog.Performer;
import app.unknot.safety.Answers;
import java.util.List;
import java.util.Set;

/** Routine requests over {@link CatalogFixture}: self, 15 minutes, no tools, and the default {@link Answers}. */
final class RequestFixture {

    private RequestFixture() {
    }

    static RoutineBuilder builder() {
        return new RoutineBuilder(CatalogFixture.CATALOG);
    }

    static RequestBuilder request(String... areas) {
        return new RequestBuilder(List.of(areas));
    }

    static final class RequestBuilder {
        private final List<String> areas;
        private final Answers answers = Answers.answers();
        private Set<String> tools = Set.of();
        private int minutes = 15;
        private Performer performer = Performer.SELF;

        private RequestBuilder(List<String> areas) {
            this.areas = areas;
        }

        RequestBuilder tools(String... values) {
            tools = Set.of(values);
            return this;
        }

        RequestBuilder allTools() {
            tools = CatalogFixture.OWNED_TOOLS;
            return this;
        }

        RequestBuilder minutes(int value) {
            minutes = value;
            return this;
        }

        RequestBuilder by(Performer value) {
            performer = value;
            return this;
        }

        RequestBuilder partner() {
            return by(PARTNER);
        }

        RequestBuilder conditions(String... values) {
            answers.conditions(values);
            return this;
        }

        RequestBuilder affected(String... values) {
            answers.affected(values);
            return this;
        }

        RequestBuilder redFlags(String... values) {
            answers.redFlags(values);
            return this;
        }

        RequestBuilder pain(int level, int weeks) {
            answers.pain(level, weeks);
            return this;
        }

        RequestBuilder cleared() {
            answers.cleared();
            return this;
        }

        RoutineRequest build() {
            return new RoutineRequest(areas, tools, minutes, performer, answers.build());
        }
    }
}
