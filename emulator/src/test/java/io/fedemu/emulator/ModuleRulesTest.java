package io.fedemu.emulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of ARCHITECTURE.md, pinned: protocol and certs at the bottom, client on them,
 * roles on client, and the roles never call each other in-process: every hop is real HTTP.
 */
class ModuleRulesTest {
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.fedemu");
    }

    @Test
    void theGatewayAndTheTenantsNeverImportEachOther() {
        noClasses()
                .that()
                .resideInAPackage("io.fedemu.gateway..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.fedemu.tenant..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("io.fedemu.tenant..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.fedemu.gateway..")
                .check(classes);
    }

    @Test
    void protocolAndCertsDependOnNoOtherFedemuModule() {
        noClasses()
                .that()
                .resideInAnyPackage("io.fedemu.protocol..", "io.fedemu.certs..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.fedemu.client..", "io.fedemu.gateway..", "io.fedemu.tenant..", "io.fedemu.emulator..")
                .check(classes);
    }

    @Test
    void theClientDependsOnNoRole() {
        noClasses()
                .that()
                .resideInAPackage("io.fedemu.client..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.fedemu.gateway..", "io.fedemu.tenant..", "io.fedemu.emulator..")
                .check(classes);
    }
}
