package com.publisherportal.architecture;

import com.publisherportal.Application;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature modules as Spring Modulith sees them: no cycles between modules, each module reaches
 * another only through that module's API (its base package or a named interface) and only the
 * modules its {@code package-info.java} allows. Also writes the module diagrams that
 * {@code docs/modules/} keeps.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void modulesFormNoCyclesAndUseOnlyEachOthersApi() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagrams() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("target/spring-modulith-docs"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
