package app.unknot;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The modules and the direction of their dependencies, as each package-info.java declares them:
 * system at the base, then catalog, safety, routine, and walkthrough and sheet on top. No cycles,
 * and no module reaches into another's internals.
 */
class ModuleStructureTests {

    static final ApplicationModules MODULES = ApplicationModules.of(UnknotApplication.class);

    @Test
    void modulesDependOnlyOnWhatTheyDeclare() {
        MODULES.verify();
    }
}
