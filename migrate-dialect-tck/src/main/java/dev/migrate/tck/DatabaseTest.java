package dev.migrate.tck;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that runs once per database kind, each time with a {@link TestDatabase} parameter.
 *
 * <p>Each kind's database is created once per test class, like {@link UsesDatabase}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(LiveDatabaseExtension.class)
public @interface DatabaseTest {
    DatabaseKind[] value() default {DatabaseKind.POSTGRES, DatabaseKind.MYSQL, DatabaseKind.SQLITE};
}
