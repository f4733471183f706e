package dev.migrate.cli.commands;

import dev.migrate.engine.plan.Direction;
import picocli.CommandLine.Command;

/** {@code migrate upgrade TARGET}: applies revisions up to TARGET. */
@Command(name = "upgrade", description = "Upgrade the database to TARGET.")
public final class UpgradeCommand extends MigrateCommand {

    @Override
    Direction direction() {
        return Direction.UPGRADE;
    }
}
