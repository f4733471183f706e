package dev.migrate.dialect.common;

import java.util.Set;

/** Reserved words that force an identifier to be quoted. */
public final class ReservedWords {

    /** SQL:2016 reserved words most likely to collide with table and column names. */
    public static final Set<String> ANSI = Set.of(
            "ALL", "ALTER", "AND", "ANY", "AS", "ASC", "AUTHORIZATION", "BETWEEN", "BOTH", "BY", "CASE", "CAST",
            "CHECK", "COLLATE", "COLUMN", "CONSTRAINT", "CREATE", "CROSS", "CURRENT", "CURRENT_DATE",
            "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "DEFAULT", "DELETE", "DESC", "DISTINCT", "DROP",
            "ELSE", "END", "EXCEPT", "EXISTS", "FALSE", "FETCH", "FOR", "FOREIGN", "FROM", "FULL", "GRANT",
            "GROUP", "HAVING", "IN", "INNER", "INSERT", "INTERSECT", "INTO", "IS", "JOIN", "LEADING", "LEFT",
            "LIKE", "LIMIT", "NATURAL", "NOT", "NULL", "OFFSET", "ON", "OR", "ORDER", "OUTER", "PRIMARY",
            "REFERENCES", "RIGHT", "SELECT", "SESSION_USER", "SET", "SOME", "TABLE", "THEN", "TO", "TRAILING",
            "TRUE", "UNION", "UNIQUE", "UPDATE", "USER", "USING", "VALUES", "WHEN", "WHERE", "WINDOW", "WITH");

    /** PostgreSQL's reserved key words (SQL Key Words appendix, "reserved" in the PostgreSQL column). */
    public static final Set<String> POSTGRES = union(ANSI, Set.of(
            "ANALYSE", "ANALYZE", "ARRAY", "ASYMMETRIC", "CURRENT_CATALOG", "CURRENT_ROLE", "CURRENT_SCHEMA",
            "DEFERRABLE", "DO", "INITIALLY", "LATERAL", "LOCALTIME", "LOCALTIMESTAMP", "ONLY", "PLACING",
            "RETURNING", "SYMMETRIC", "VARIADIC", "BINARY", "CONCURRENTLY", "FREEZE", "ILIKE", "ISNULL", "NOTNULL",
            "OVERLAPS", "SIMILAR", "TABLESAMPLE", "VERBOSE"));

    /** MySQL 8 and MariaDB reserved words likely to be chosen as table or column names. */
    public static final Set<String> MYSQL = union(ANSI, Set.of(
            "ACCESSIBLE", "ADD", "ANALYZE", "BEFORE", "BIGINT", "BINARY", "BLOB", "CALL", "CASCADE", "CHANGE",
            "CHAR", "CHARACTER", "CONDITION", "CONTINUE", "CONVERT", "CURSOR", "DATABASE", "DATABASES", "DAY_HOUR",
            "DEC", "DECIMAL", "DECLARE", "DELAYED", "DESCRIBE", "DIV", "DOUBLE", "DUAL", "EACH", "ELSEIF",
            "ENCLOSED", "ESCAPED", "EXIT", "EXPLAIN", "FLOAT", "FORCE", "FULLTEXT", "GENERATED", "GROUPS",
            "HIGH_PRIORITY", "IF", "IGNORE", "INDEX", "INFILE", "INOUT", "INT", "INTEGER", "INTERVAL", "ITERATE",
            "KEY", "KEYS", "KILL", "LEAVE", "LINEAR", "LINES", "LOAD", "LOCK", "LONG", "LOOP", "MATCH", "MOD",
            "MODIFIES", "NUMERIC", "OPTIMIZE", "OPTION", "OUT", "OUTFILE", "PARTITION", "PRECISION", "PROCEDURE",
            "PURGE", "RANGE", "RANK", "READ", "READS", "REAL", "RECURSIVE", "REGEXP", "RELEASE", "RENAME", "REPEAT",
            "REPLACE", "REQUIRE", "RESIGNAL", "RESTRICT", "RETURN", "REVOKE", "RLIKE", "ROW", "ROWS", "SCHEMA",
            "SCHEMAS", "SENSITIVE", "SEPARATOR", "SHOW", "SIGNAL", "SMALLINT", "SPATIAL", "SQL", "STARTING",
            "STORED", "TERMINATED", "TINYINT", "TRIGGER", "UNDO", "UNLOCK", "UNSIGNED", "USAGE", "USE", "UTC_DATE",
            "UTC_TIME", "UTC_TIMESTAMP", "VARBINARY", "VARCHAR", "VARYING", "VIRTUAL", "WHILE", "WRITE", "XOR",
            "YEAR_MONTH", "ZEROFILL"));

    /** SQLite keywords that its parser does not accept as bare identifiers. */
    public static final Set<String> SQLITE = union(ANSI, Set.of(
            "ABORT", "ACTION", "ADD", "AFTER", "ANALYZE", "ATTACH", "AUTOINCREMENT", "BEFORE", "BEGIN", "CASCADE",
            "COMMIT", "CONFLICT", "DATABASE", "DEFERRABLE", "DEFERRED", "DETACH", "EACH", "ESCAPE", "EXCLUSIVE",
            "EXPLAIN", "FAIL", "GLOB", "IF", "IGNORE", "IMMEDIATE", "INDEX", "INDEXED", "INITIALLY", "INSTEAD",
            "ISNULL", "KEY", "MATCH", "NOTHING", "NOTNULL", "OF", "PLAN", "PRAGMA", "QUERY", "RAISE", "RECURSIVE",
            "REGEXP", "REINDEX", "RELEASE", "RENAME", "REPLACE", "RESTRICT", "RETURNING", "ROLLBACK", "ROW", "ROWS",
            "SAVEPOINT", "TEMP", "TEMPORARY", "TRANSACTION", "TRIGGER", "VACUUM", "VIEW", "VIRTUAL"));

    private static Set<String> union(Set<String> first, Set<String> second) {
        java.util.Set<String> all = new java.util.HashSet<>(first);
        all.addAll(second);
        return Set.copyOf(all);
    }

    private ReservedWords() {
    }
}
