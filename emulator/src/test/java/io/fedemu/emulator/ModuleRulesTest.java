package io.fedemu.emulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of docs/ARCHITECTURE.md, pinned: protocol and certs at the bottom, the runtime and the
 * clients on them, the roles on those, the topology on the roles, the JUnit extension and the command line on
 * top; the roles never call each other in-process (every hop is real HTTP), and no two packages depend on
 * each other.
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
                        "io.fedemu.runtime..",
                        "io.fedemu.client..",
                        "io.fedemu.gateway..",
                        "io.fedemu.tenant..",
                        "io.fedemu.topology..",
                        "io.fedemu.junit..",
                        "io.fedemu.emulator..")
                .check(classes);
    }

    @Test
    void theRuntimeAndTheClientsKnowNoRoleAndNotEachOther() {
        noClasses()
                .that()
                .resideInAPackage("io.fedemu.runtime..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.fedemu.client..",
                        "io.fedemu.gateway..",
                        "io.fedemu.tenant..",
                        "io.fedemu.topology..",
                        "io.fedemu.junit..",
                        "io.fedemu.emulator..")
                .check(classes);
    }

    @Test
    void theTopologyAndTheJUnitExtensionStayOffTheCommandLineAndLoggingBackends() {
        noClasses()
                .that()
                .resideInAnyPackage("io.fedemu.topology..", "io.fedemu.junit..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.fedemu.emulator..", "picocli..", "ch.qos.logback..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("io.fedemu.topology..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.fedemu.junit..")
                .check(classes);
    }

    /** The emulated DNS (issue 17) is a role of its own: it knows no other role, and none knows it. */
    @Test
    void theDnsServerKnowsNoOtherRoleAndNoRoleKnowsIt() {
        noClasses()
                .that()
                .resideInAPackage("io.fedemu.dns..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.fedemu.client..",
                        "io.fedemu.gateway..",
                        "io.fedemu.tenant..",
                        "io.fedemu.topology..",
                        "io.fedemu.junit..",
                        "io.fedemu.emulator..")
                .check(classes);
        noClasses()
                .that()
                .resideInAnyPackage("io.fedemu.gateway..", "io.fedemu.tenant..", "io.fedemu.client..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.fedemu.dns..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("io.fedemu.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theClientDependsOnNoRole() {
        noClasses()
                .that()
                .resideInAPackage("io.fedemu.client..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.fedemu.runtime..",
                        "io.fedemu.gateway..",
                        "io.fedemu.tenant..",
                        "io.fedemu.topology..",
                        "io.fedemu.junit..",
                        "io.fedemu.emulator..")
                .check(classes);
    }
}
