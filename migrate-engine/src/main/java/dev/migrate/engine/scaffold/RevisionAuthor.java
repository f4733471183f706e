package dev.migrate.engine.scaffold;

import dev.migrate.api.revision.RevisionHeader;
import dev.migrate.engine.config.ConfigException;
import dev.migrate.engine.config.ProjectConfig;
import dev.migrate.engine.graph.RevisionGraph;
import dev.migrate.engine.runtime.VersionTable;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Creates new revision files for {@code migrate revision} and {@code migrate merge}: picks the
 * parents, checks ids, labels and the version path against the graph, and writes the file.
 */
public final class RevisionAuthor {

    private final ProjectConfig config;
    private final RevisionGraph graph;
    private final Clock clock;

    public RevisionAuthor(ProjectConfig config, RevisionGraph graph, Clock clock) {
        this.config = config;
        this.graph = graph;
        this.clock = clock;
    }

    /** Writes a new revision on the requested heads and returns its header (with the file as source). */
    public RevisionHeader revision(RevisionRequest request) {
        return revision(request, Body.EMPTY);
    }

    /** Writes a new revision with {@code body} (autogenerate's operations) and returns its header. */
    public RevisionHeader revision(RevisionRequest request, Body body) {
        return write(request, parents(request.heads(), request.splice(), false), body);
    }

    /** The revisions a new revision on {@code request}'s heads revises. */
    public List<String> parentsOf(RevisionRequest request) {
        return parents(request.heads(), request.splice(), false);
    }

    /**
     * What goes into the upgrade and downgrade sections of a new file, in its format.
     *
     * @param upgrades the upgrade section's body ({@code ""} for the template's placeholder comment)
     * @param downgrades the downgrade section's body
     * @param imports import lines a Java body needs
     */
    public record Body(String upgrades, String downgrades, String imports) {
        static final Body EMPTY = new Body("", "", "");
    }

    /** Writes a merge revision of the given revisions ({@code heads} merges every head). */
    public RevisionHeader merge(RevisionRequest request) {
        List<String> parents = parents(request.heads(), request.splice(), true);
        if (parents.size() < 2) {
            throw new ConfigException("Nothing to merge: " + String.join(", ", request.heads()) + " resolve"
                    + (parents.size() == 1 ? "s to the single revision " + parents.get(0) : " to no revision")
                    + "; name two or more heads, or 'heads'");
        }
        return write(request, parents, Body.EMPTY);
    }

    private RevisionHeader write(RevisionRequest request, List<String> parents, Body body) {
        ZonedDateTime now = ZonedDateTime.now(config.timezone().map(clock::withZone).orElse(clock));
        Set<String> taken = graph.revisions().stream().map(RevisionHeader::id).collect(Collectors.toSet());
        String id = request.revisionId().map(r -> checkedId(r, taken)).orElseGet(
                () -> RevisionIds.generate(config.revisionIdStyle(), now, taken));
        for (String label : request.branchLabels()) {
            checkLabel(label);
        }
        List<String> dependsOn = new ArrayList<>();
        for (String dependency : request.dependsOn()) {
            dependsOn.add(resolveDependency(dependency));
        }
        NewRevision revision = new NewRevision(id, parents, request.branchLabels(), dependsOn, request.message(),
                request.format().orElse(config.defaultFormat()), directory(request.versionPath(), parents), now, body.upgrades(),
                body.downgrades(), body.imports());
        Path file = new RevisionWriter(config).write(revision);
        return new RevisionHeader(id, parents, dependsOn, request.branchLabels(), request.message(),
                Optional.of(now.toLocalDateTime().toString()), file.toString());
    }

    private List<String> parents(List<String> specs, boolean splice, boolean merge) {
        Set<String> parents = new LinkedHashSet<>();
        for (String spec : specs) {
            if (spec.equals("base") && !merge) {
                continue;
            }
            for (String id : graph.resolve(spec).stream().map(RevisionHeader::id).toList()) {
                if (!splice && !graph.isHead(id)) {
                    throw new ConfigException("Revision " + id + " is not a head revision; pass --splice to create a new "
                            + "branch from it, or use a head (see 'migrate heads')");
                }
                if (!parents.add(id)) {
                    throw new ConfigException("Revision " + id + " is given twice");
                }
            }
        }
        return List.copyOf(parents);
    }

    /** A dependency as written: a declared branch label stays a label, anything else becomes a full id. */
    private String resolveDependency(String spec) {
        boolean label = graph.revisions().stream().anyMatch(h -> h.branchLabels().contains(spec));
        if (label) {
            return spec;
        }
        List<RevisionHeader> resolved = graph.resolve(spec);
        if (resolved.size() != 1) {
            throw new ConfigException("--depends-on " + spec + " must name one revision or a branch label, not "
                    + resolved.size() + " revisions");
        }
        return resolved.get(0).id();
    }

    private String checkedId(String id, Set<String> taken) {
        String illegal = RevisionIds.illegalCharacters(id);
        if (!illegal.isEmpty() || id.isEmpty()) {
            throw new ConfigException("Revision id '" + id + "' contains characters that are not allowed ('" + illegal
                    + "'); use letters, digits and underscores");
        }
        if (id.length() > VersionTable.ID_LENGTH) {
            throw new ConfigException("Revision id '" + id + "' is longer than " + VersionTable.ID_LENGTH + " characters");
        }
        if (taken.contains(id)) {
            throw new ConfigException("Revision id '" + id + "' is already used by " + graph.get(id).map(RevisionHeader::source)
                    .orElse("another revision") + "; choose another --rev-id");
        }
        return id;
    }

    private void checkLabel(String label) {
        for (RevisionHeader h : graph.revisions()) {
            if (h.branchLabels().contains(label)) {
                throw new ConfigException("Branch label '" + label + "' is already used by revision " + h.id()
                        + "; choose another --branch-label");
            }
        }
        String illegal = RevisionIds.illegalCharacters(label);
        if (!illegal.isEmpty()) {
            throw new ConfigException("Branch label '" + label + "' contains characters that are not allowed ('" + illegal + "')");
        }
    }

    private Path directory(Optional<Path> versionPath, List<String> parents) {
        if (versionPath.isPresent()) {
            Path wanted = versionPath.get().toAbsolutePath().normalize();
            if (!config.versionLocations().contains(wanted)) {
                throw new ConfigException("--version-path " + wanted + " is not one of the version locations: "
                        + config.versionLocations().stream().map(Path::toString).collect(Collectors.joining(", ")));
            }
            return wanted;
        }
        if (config.versionLocations().size() == 1) {
            return config.versionLocations().get(0);
        }
        if (parents.isEmpty()) {
            throw new ConfigException("Several version locations are configured; pass --version-path for a new base");
        }
        Path parentFile = Path.of(graph.get(parents.get(0)).orElseThrow().source());
        return config.versionLocations().stream().filter(parentFile::startsWith).findFirst()
                .orElse(config.versionLocations().get(0));
    }
}
