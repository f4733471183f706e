package dev.migrate.engine.scaffold;

import dev.migrate.engine.config.ConfigException;
import dev.migrate.engine.config.ProjectConfig.PostWriteHook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the configured post-write hooks (e.g. a formatter) on a newly written revision file. */
final class PostWriteHooks {

    private static final Logger LOG = LoggerFactory.getLogger(PostWriteHooks.class);

    private PostWriteHooks() {
    }

    static void run(List<PostWriteHook> hooks, Path file) {
        for (PostWriteHook hook : hooks) {
            List<String> command = command(hook, file);
            LOG.info("Running post-write hook {}: {}", hook.name(), String.join(" ", command));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            hook.cwd().ifPresent(dir -> builder.directory(dir.toFile()));
            try {
                Process process = builder.start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                int exit = process.waitFor();
                if (exit != 0) {
                    throw new ConfigException("Post-write hook '" + hook.name() + "' (" + String.join(" ", command)
                            + ") failed with exit code " + exit + (output.isEmpty() ? "" : ": " + output.lines().findFirst().orElse(""))
                            + "; the revision was written to " + file);
                }
            } catch (IOException e) {
                throw new ConfigException("Post-write hook '" + hook.name() + "' could not run '" + hook.executable()
                        + "': " + e.getMessage() + "; fix 'executable' in post_write_hooks (the revision was written to "
                        + file + ")", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConfigException("Interrupted while running post-write hook '" + hook.name() + "'", e);
            }
        }
    }

    /** The executable and its options; the file replaces {@code REVISION_SCRIPT_FILENAME}, else comes first. */
    static List<String> command(PostWriteHook hook, Path file) {
        List<String> command = new ArrayList<>();
        command.add(hook.executable());
        boolean placed = false;
        for (String option : hook.options()) {
            if (option.contains(PostWriteHook.FILE_TOKEN)) {
                command.add(option.replace(PostWriteHook.FILE_TOKEN, file.toString()));
                placed = true;
            } else {
                command.add(option);
            }
        }
        if (!placed) {
            command.add(1, file.toString());
        }
        return command;
    }
}
