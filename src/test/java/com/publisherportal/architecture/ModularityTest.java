package com.publisherportal.architecture;

import com.publisherportal.Application;
import com.publisherportal.architecture.cyclic.CyclicApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    /** The check above is only worth something if it fails: on a cycle it must. */
    @Test
    void aCycleBetweenModulesIsRefused() {
        // Its classes are test classes, which Modulith leaves out by default: import them all.
        ApplicationModules cyclic = ApplicationModules.of(CyclicApplication.class, location -> true);
        assertThatThrownBy(cyclic::verify).isInstanceOf(Violations.class).hasMessageContaining("Cycle detected")
                .hasMessageContaining("alpha").hasMessageContaining("beta");
    }

    @Test
    void writesTheModuleDiagrams() {
        // Plain UML rather than C4: it renders with any PlantUML, without the C4 library. The open
        // common module is left out: every module uses it, and its arrows would hide the others.
        DiagramOptions diagrams = DiagramOptions.defaults().withStyle(DiagramStyle.UML)
                .withExclusions(module -> module.getIdentifier().toString().equals("common"));
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("target/spring-modulith-docs"))
                .writeModulesAsPlantUml(diagrams)
                .writeIndividualModulesAsPlantUml(diagrams)
                .writeModuleCanvases();
    }
}
