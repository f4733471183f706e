package dev.migrate.dialect.common.calcite;

/** The Calcite SQL dialect a portable expression is unparsed for, chosen explicitly per migrate dialect. */
public enum ExpressionDialect {
    /** Calcite's ANSI dialect, for dialects without a closer match. */
    ANSI,
    /** Calcite's {@code PostgresqlSqlDialect}. */
    POSTGRES,
    /** Calcite's {@code MysqlSqlDialect}, used for MariaDB as well. */
    MYSQL,
    /** Calcite's {@code SqliteSqlDialect}. */
    SQLITE
}
