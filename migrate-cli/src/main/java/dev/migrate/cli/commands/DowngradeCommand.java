package dev.migrate.cli.commands;

import dev.migrate.engine.plan.Direction;
import picocli.CommandLine.Command;

/** {@code migrate downgrade TARGET}: reverts revisions down to TARGET. */
@Command(name = "downgrade", description = "Downgrade the database to TARGET.")
public final class DowngradeCommand extends MigrateCommand {

    @Override
    Direction direction() {
        return Direction.DOWNGRADE;
    }
}
