package dev.migrate.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a Java revision script: its id, the revisions it revises, branch labels and
 * dependencies. Graph commands read this annotation from the source text without compiling it,
 * so its values must be literals (string constants, arrays of them, {@code +} concatenation).
 *
 * <pre>{@code
 * @Revision(id = "20260117_0930", revises = {}, message = "Create users table",
 *           created = "2026-01-17T09:30:00")
 * class CreateUsersTable implements Migration { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {

    /** The revision id; may not contain {@code @ - + :} or white space. */
    String id();

    /** The revisions this one revises: none for a base, two or more for a merge point. */
    String[] revises() default {};

    /** Names for the branch that starts (or runs through) this revision. */
    String[] branchLabels() default {};

    /** Revisions or branch labels that must be applied before this one, without merging branches. */
    String[] dependsOn() default {};

    /** One-line description. */
    String message() default "";

    /** When the revision was created (ISO-8601 local date-time), for people reading history. */
    String created() default "";
}
