package dev.migrate.archtests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The architecture of migrate as ArchUnit rules; {@link ArchitectureTest} applies them. */
final class ArchitectureRules {

    static final String API = "dev.migrate.api..";
    static final String ENGINE = "dev.migrate.engine..";
    static final String ENGINE_IO = "dev.migrate.engine.io..";
    static final String DIALECTS = "dev.migrate.dialect..";
    static final String CLI = "dev.migrate.cli..";
    static final String TEST_KIT = "dev.migrate.tck..";

    /** The API is what plug-ins and scripts compile against: the JDK only. */
    static final ArchRule API_DEPENDS_ON_JDK_ONLY = classes().that().resideInAPackage(API)
            .should().onlyDependOnClassesThat().resideInAnyPackage(API, "java..", "")
            .as("migrate-api depends on nothing but the JDK");

    /** Modules as layers: who may use whom. */
    static final ArchRule MODULE_LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Api").definedBy(API)
            .layer("Engine").definedBy(ENGINE)
            .layer("Dialects").definedBy(DIALECTS)
            .layer("Cli").definedBy(CLI)
            .layer("TestKit").definedBy(TEST_KIT)
            .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("Engine").mayOnlyBeAccessedByLayers("Cli")
            // Dialects are reached through ServiceLoader only, never compiled against.
            .whereLayer("Dialects").mayNotBeAccessedByAnyLayer()
            .whereLayer("TestKit").mayNotBeAccessedByAnyLayer()
            .as("engine never uses a dialect, dialects never use the engine or CLI, nothing uses the CLI");

    static final ArchRule CALCITE_ONLY_IN_DIALECTS = noClasses().that().resideOutsideOfPackage(DIALECTS)
            .should().dependOnClassesThat().resideInAPackage("org.apache.calcite..")
            .as("Calcite is used only inside dialect modules");

    static final ArchRule PICOCLI_ONLY_IN_CLI = noClasses().that().resideOutsideOfPackage(CLI)
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .as("picocli is used only inside the CLI");

    static final ArchRule JACKSON_ONLY_IN_ENGINE_IO = noClasses().that().resideOutsideOfPackage(ENGINE_IO)
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
            .as("Jackson is used only inside the engine's I/O package");

    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("dev.migrate.(**)")
            .should().beFreeOfCycles()
            .as("no package cycles");

    static final ArchRule ONLY_CLI_WRITES_TO_STANDARD_STREAMS = noClasses().that().resideOutsideOfPackage(CLI)
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .as("only the CLI writes to System.out and System.err");

    static final ArchRule NO_JAVA_UTIL_LOGGING = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    private ArchitectureRules() {
    }
}
