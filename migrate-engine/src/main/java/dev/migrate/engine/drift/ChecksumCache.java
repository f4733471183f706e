package dev.migrate.engine.drift;

import dev.migrate.api.revision.RevisionHeader;
import dev.migrate.api.spi.Dialect;
import dev.migrate.engine.config.ProjectConfig;
import dev.migrate.engine.io.CacheFiles;
import dev.migrate.engine.io.CodeIdentity;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checksums of the applied revisions' upgrades kept between runs, so that the drift check of an
 * unchanged project compiles, replays and renders nothing. An entry is the checksums of a run of
 * revisions in upgrade order, each with its script's path, size and modification time; it is used
 * when the revisions asked for are that run (or its beginning) with every script unchanged, and
 * when the dialect, naming convention, {@code -x} arguments and the engine and dialect jars are the
 * ones it was computed with. A revision's checksum depends only on the revisions before it, so the
 * beginning of a run stays valid. When the cache cannot be read or written it is simply not used.
 */
public final class ChecksumCache {

    private static final int FORMAT = 1;

    private final Optional<Path> file;
    private final String fingerprint;

    private ChecksumCache(Optional<Path> file, String fingerprint) {
        this.file = file;
        this.fingerprint = fingerprint;
    }

    /** The cache of {@code config}'s project rendered for {@code dialect}. */
    public static ChecksumCache open(Dialect dialect, ProjectConfig config) {
        List<String> parts = new ArrayList<>(List.of(dialect.name()));
        config.versionLocations().forEach(p -> parts.add(p.toAbsolutePath().normalize().toString()));
        String fingerprint = String.join("\n", dialect.name(), new TreeMap<>(config.namingConvention().templates()).toString(),
                new TreeMap<>(config.xArguments()).toString(), CodeIdentity.of(ChecksumCache.class), CodeIdentity.of(dialect.getClass()),
                Integer.toString(Runtime.version().feature()));
        return new ChecksumCache(CacheFiles.file("checksums", parts.toArray(String[]::new)), fingerprint);
    }

    /** The checksums of {@code revisions} (in upgrade order), when all were cached for their current scripts. */
    public Optional<Map<String, String>> lookup(List<RevisionHeader> revisions) {
        return CacheFiles.read(file).flatMap(in -> decode(in, revisions));
    }

    /** Remembers the checksums of {@code revisions} (in upgrade order, each with one in {@code checksums}). */
    public void store(List<RevisionHeader> revisions, Map<String, String> checksums) {
        CacheFiles.write(file, out -> {
            out.writeInt(FORMAT);
            CacheFiles.writeString(out, fingerprint);
            out.writeInt(revisions.size());
            for (RevisionHeader revision : revisions) {
                long[] state = CacheFiles.state(Path.of(revision.source()));
                CacheFiles.writeString(out, revision.id());
                CacheFiles.writeString(out, revision.source());
                out.writeLong(state[0]);
                out.writeLong(state[1]);
                CacheFiles.writeString(out, checksums.get(revision.id()));
            }
        });
    }

    private Optional<Map<String, String>> decode(ByteBuffer in, List<RevisionHeader> revisions) {
        try {
            if (in.getInt() != FORMAT || !CacheFiles.readString(in).equals(fingerprint) || in.getInt() < revisions.size()) {
                return Optional.empty();
            }
            Map<String, String> checksums = new LinkedHashMap<>();
            for (RevisionHeader revision : revisions) {
                String id = CacheFiles.readString(in);
                String source = CacheFiles.readString(in);
                long size = in.getLong();
                long modified = in.getLong();
                String checksum = CacheFiles.readString(in);
                long[] state = CacheFiles.state(Path.of(source));
                if (!id.equals(revision.id()) || !source.equals(revision.source()) || state[0] != size || state[1] != modified
                        || size < 0) {
                    return Optional.empty();
                }
                checksums.put(id, checksum);
            }
            return Optional.of(checksums);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
