package io.fedemu.tenant;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The free/busy engine stays a pure function over calendar values (easy to benchmark, easy to test): no wire
 * types, no HTTP, no SOAP in directory, calendar or availability; and the values below it never look up.
 */
@AnalyzeClasses(packages = "io.fedemu.tenant", importOptions = ImportOption.DoNotIncludeTests.class)
class EnginePackagesTest {

    @ArchTest
    static final ArchRule engineHasNoWireOrTransportDependencies = noClasses()
            .that()
            .resideInAnyPackage(
                    "io.fedemu.tenant.directory..", "io.fedemu.tenant.calendar..", "io.fedemu.tenant.availability..")
            .should()
            .dependOnClassesThat(
                    // The one reason vocabulary is not wire: the engine names its refusals with it.
                    com.tngtech.archunit.base.DescribedPredicate.and(
                            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                                    "io.fedemu.protocol..",
                                    "jakarta..",
                                    "org.apache.cxf..",
                                    "org.eclipse.jetty..",
                                    "java.net.http.."),
                            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage(
                                    "io.fedemu.protocol.reason..")));

    @ArchTest
    static final ArchRule valuesDoNotDependOnTheEngine = noClasses()
            .that()
            .resideInAnyPackage("io.fedemu.tenant.directory..", "io.fedemu.tenant.calendar..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.fedemu.tenant.availability..");

    @ArchTest
    static final ArchRule directoryDoesNotDependOnCalendars = noClasses()
            .that()
            .resideInAPackage("io.fedemu.tenant.directory..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.fedemu.tenant.calendar..");
}
