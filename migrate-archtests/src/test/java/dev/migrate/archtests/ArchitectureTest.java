package dev.migrate.archtests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Applies {@link ArchitectureRules} to the production classes of every module. */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.migrate");
        // Guard against a vacuous pass: every module's classes must be on the class path.
        for (String probe : new String[] {"dev.migrate.api.spi.DialectProvider",
                "dev.migrate.engine.discovery.DialectRegistry", "dev.migrate.dialect.common.AnsiDialect",
                "dev.migrate.dialect.postgres.PostgresDialectProvider", "dev.migrate.dialect.mysql.MysqlDialectProvider",
                "dev.migrate.dialect.sqlite.SqliteDialectProvider", "dev.migrate.cli.MigrateCli",
                "dev.migrate.tck.LiveDatabaseExtension"}) {
            assertTrue(production.contain(probe), probe + " was not imported");
        }
    }

    @Test
    void apiDependsOnJdkOnly() {
        ArchitectureRules.API_DEPENDS_ON_JDK_ONLY.check(production);
    }

    @Test
    void modulesRespectTheirLayers() {
        ArchitectureRules.MODULE_LAYERS.check(production);
    }

    @Test
    void calciteStaysInDialects() {
        ArchitectureRules.CALCITE_ONLY_IN_DIALECTS.check(production);
    }

    @Test
    void picocliStaysInTheCli() {
        ArchitectureRules.PICOCLI_ONLY_IN_CLI.check(production);
    }

    @Test
    void jacksonStaysInEngineIo() {
        ArchitectureRules.JACKSON_ONLY_IN_ENGINE_IO.check(production);
    }

    @Test
    void noPackageCycles() {
        ArchitectureRules.NO_PACKAGE_CYCLES.check(production);
    }

    @Test
    void onlyTheCliWritesToStandardStreams() {
        ArchitectureRules.ONLY_CLI_WRITES_TO_STANDARD_STREAMS.check(production);
    }

    @Test
    void noJavaUtilLogging() {
        ArchitectureRules.NO_JAVA_UTIL_LOGGING.check(production);
    }
}
