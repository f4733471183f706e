package dev.migrate.tck;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives every test method of the class a {@link TestDatabase} parameter of the named kind.
 *
 * <p>The class gets a fresh database, dropped after its last test. Without a server the tests
 * are skipped with the reason, unless {@code MIGRATE_TEST_REQUIRE_DATABASES=true}, which makes
 * a missing server a failure.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(LiveDatabaseExtension.class)
public @interface UsesDatabase {
    DatabaseKind value();
}
