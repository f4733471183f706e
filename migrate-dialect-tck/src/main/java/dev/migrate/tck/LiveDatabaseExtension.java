package dev.migrate.tck;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * JUnit 5 extension behind {@link UsesDatabase} and {@link DatabaseTest}: provisions one fresh
 * database per kind and test class, hands it to test methods, and skips (or, when databases are
 * required, fails) tests whose server is unavailable.
 */
public final class LiveDatabaseExtension
        implements ParameterResolver, BeforeEachCallback, TestTemplateInvocationContextProvider {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(LiveDatabaseExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class
                && !isTemplate(context) && classKind(context).isPresent();
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return database(classKind(context).orElseThrow(), context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!isTemplate(context)) {
            classKind(context).ifPresent(LiveDatabaseExtension::requireServer);
        }
    }

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return isTemplate(context);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        DatabaseKind[] kinds = context.getRequiredTestMethod().getAnnotation(DatabaseTest.class).value();
        return Arrays.stream(kinds).map(KindInvocation::new);
    }

    /** Skips the current test, or fails it when databases are required, if {@code kind} has no server. */
    static void requireServer(DatabaseKind kind) {
        requireServer(Servers.of(kind), Servers.required());
    }

    static void requireServer(Server server, boolean required) {
        DatabaseKind kind = server.kind();
        if (server.available()) {
            return;
        }
        String reason = kind.displayName() + " unavailable: " + server.unavailableReason().orElseThrow();
        if (required) {
            throw new ExtensionConfigurationException(reason + " (" + Servers.REQUIRE_VARIABLE
                    + "=true makes a missing database a failure)");
        }
        Assumptions.abort(reason);
    }

    /** The class-wide database of {@code kind}, created on first use and dropped after the class. */
    static TestDatabase database(DatabaseKind kind, ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        String owner = classContext.getRequiredTestClass().getSimpleName();
        Provisioned provisioned = classContext.getStore(NAMESPACE).getOrComputeIfAbsent(kind,
                k -> new Provisioned(Servers.of(k), Provisioner.create(Servers.of(k), owner)), Provisioned.class);
        return provisioned.database();
    }

    private static boolean isTemplate(ExtensionContext context) {
        return context.getTestMethod().map(m -> m.isAnnotationPresent(DatabaseTest.class)).orElse(false);
    }

    private static Optional<DatabaseKind> classKind(ExtensionContext context) {
        return context.getTestClass()
                .flatMap(c -> AnnotationSupport.findAnnotation(c, UsesDatabase.class))
                .map(UsesDatabase::value);
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    /** A database created for one test class; closing the store drops it. */
    private record Provisioned(Server server, TestDatabase database) implements AutoCloseable {
        @Override
        public void close() {
            Provisioner.drop(server, database);
        }
    }

    /** One run of a {@link DatabaseTest} method, bound to one kind. */
    private record KindInvocation(DatabaseKind kind) implements TestTemplateInvocationContext {

        @Override
        public String getDisplayName(int invocationIndex) {
            return kind.displayName();
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new KindBinding(kind));
        }
    }

    /** Resolves {@link TestDatabase} parameters for one {@link DatabaseTest} invocation. */
    private record KindBinding(DatabaseKind kind) implements ParameterResolver, BeforeEachCallback {

        @Override
        public void beforeEach(ExtensionContext context) {
            requireServer(kind);
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == TestDatabase.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return database(kind, context);
        }
    }
}
