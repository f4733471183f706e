package dev.migrate.archtests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.migrate.api.fixture.ApiUsingJackson;
import dev.migrate.dialect.fixture.DialectUsingEngine;
import dev.migrate.engine.fixture.EngineUsingCalcite;
import dev.migrate.engine.fixture.EngineUsingDialect;
import dev.migrate.engine.fixture.EngineUsingJacksonOutsideIo;
import dev.migrate.engine.fixture.EngineUsingPicocli;
import dev.migrate.engine.fixture.PrintingEngine;
import dev.migrate.engine.fixturecycle.CycleStart;
import dev.migrate.engine.fixturecycle.inner.CycleEnd;
import org.junit.jupiter.api.Test;

/**
 * Shows that each rule fails when a forbidden dependency is added: every fixture class (test
 * sources, so never part of the production check) breaks exactly one rule.
 */
class ArchitectureRulesSelfTest {

    @Test
    void apiUsingJacksonIsCaught() {
        assertViolation(ArchitectureRules.API_DEPENDS_ON_JDK_ONLY, "ApiUsingJackson", ApiUsingJackson.class);
    }

    @Test
    void engineUsingADialectIsCaught() {
        assertViolation(ArchitectureRules.MODULE_LAYERS, "EngineUsingDialect",
                EngineUsingDialect.class, dev.migrate.dialect.postgres.PostgresDialect.class);
    }

    @Test
    void dialectUsingTheEngineIsCaught() {
        assertViolation(ArchitectureRules.MODULE_LAYERS, "DialectUsingEngine",
                DialectUsingEngine.class, dev.migrate.engine.discovery.DialectRegistry.class);
    }

    @Test
    void calciteOutsideDialectsIsCaught() {
        assertViolation(ArchitectureRules.CALCITE_ONLY_IN_DIALECTS, "EngineUsingCalcite", EngineUsingCalcite.class);
    }

    @Test
    void picocliOutsideTheCliIsCaught() {
        assertViolation(ArchitectureRules.PICOCLI_ONLY_IN_CLI, "EngineUsingPicocli", EngineUsingPicocli.class);
    }

    @Test
    void jacksonOutsideEngineIoIsCaught() {
        assertViolation(ArchitectureRules.JACKSON_ONLY_IN_ENGINE_IO, "EngineUsingJacksonOutsideIo",
                EngineUsingJacksonOutsideIo.class);
    }

    @Test
    void packageCycleIsCaught() {
        assertViolation(ArchitectureRules.NO_PACKAGE_CYCLES, "CycleStart", CycleStart.class, CycleEnd.class);
    }

    @Test
    void printingOutsideTheCliIsCaught() {
        assertViolation(ArchitectureRules.ONLY_CLI_WRITES_TO_STANDARD_STREAMS, "PrintingEngine", PrintingEngine.class);
    }

    private static void assertViolation(ArchRule rule, String offender, Class<?>... classes) {
        JavaClasses imported = new ClassFileImporter().importClasses(classes);
        AssertionError error = assertThrows(AssertionError.class, () -> rule.check(imported));
        assertTrue(error.getMessage().contains(offender), error.getMessage());
    }
}
