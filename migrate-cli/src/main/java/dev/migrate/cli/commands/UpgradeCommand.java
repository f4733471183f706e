package dev.migrate.cli.commands;

import dev.migrate.engine.plan.Direction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code migrate upgrade TARGET}: applies revisions up to TARGET. */
@Command(name = "upgrade", description = "Upgrade the database to TARGET.")
public final class UpgradeCommand extends MigrateCommand {

    @Option(names = "--ignore-drift", description = "Upgrade even when 'check' finds applied revisions that changed "
            + "or that the scripts do not have.")
    boolean ignoreDrift;

    @Override
    boolean ignoreDrift() {
        return ignoreDrift;
    }

    @Override
    Direction direction() {
        return Direction.UPGRADE;
    }
}
