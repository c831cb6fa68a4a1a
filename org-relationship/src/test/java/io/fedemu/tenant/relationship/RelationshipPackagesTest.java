package io.fedemu.tenant.relationship;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The relationship rules stay pure (the availability path calls them on every request): no HTTP, no SOAP; only
 * the admin subpackage speaks JAX-RS, and nothing below it depends on the admin API.
 */
@AnalyzeClasses(packages = "io.fedemu.tenant", importOptions = ImportOption.DoNotIncludeTests.class)
class RelationshipPackagesTest {

    @ArchTest
    static final ArchRule rulesHaveNoTransport = noClasses()
            .that()
            .resideInAPackage("io.fedemu.tenant.relationship")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "jakarta..",
                    "org.apache.cxf..",
                    "org.eclipse.jetty..",
                    "java.net.http..",
                    "io.fedemu.tenant.relationship.admin..");

    @ArchTest
    static final ArchRule engineDoesNotKnowRelationships = noClasses()
            .that()
            .resideInAnyPackage(
                    "io.fedemu.tenant.directory..", "io.fedemu.tenant.calendar..", "io.fedemu.tenant.availability..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.fedemu.tenant.relationship..");
}
