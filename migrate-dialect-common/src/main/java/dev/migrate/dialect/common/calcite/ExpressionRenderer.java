package dev.migrate.dialect.common.calcite;

import dev.migrate.api.MigrateException;
import dev.migrate.api.schema.SqlExpression;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDialect;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.pretty.SqlPrettyWriter;
import org.apache.calcite.sql.validate.SqlConformanceEnum;

/**
 * Portable SQL expressions (defaults, CHECK conditions, index predicates, data-migration values)
 * parsed once with Calcite and unparsed for one database: identifiers and string literals are
 * written by the migrate dialect, everything else by Calcite's {@link SqlDialect} for the target.
 */
public final class ExpressionRenderer {

    // Parsed trees are not modified by unparsing, so every renderer shares them.
    private static final Map<String, SqlNode> PARSED = new ConcurrentHashMap<>();
    /**
     * The most parsed expressions kept: past it the cache starts over, so an application that
     * renders many generated expressions over its life keeps memory bounded.
     */
    static final int PARSED_LIMIT = 10_000;

    private static final SqlParser.Config PARSER = SqlParser.config()
            .withUnquotedCasing(Casing.UNCHANGED)
            .withQuotedCasing(Casing.UNCHANGED)
            .withQuoting(Quoting.DOUBLE_QUOTE)
            .withCaseSensitive(true)
            .withConformance(SqlConformanceEnum.LENIENT);

    private static final Set<String> DATE_TIME_KEYWORDS =
            Set.of("CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME", "LOCALTIME", "LOCALTIMESTAMP");

    private final String dialectName;
    private final SqlDialect target;

    /**
     * A renderer for one database.
     *
     * @param dialectName the migrate dialect's name, for messages
     * @param dialect which Calcite dialect to unparse with
     * @param identifier writes an identifier as the migrate dialect would (quoted only where needed)
     * @param stringLiteral writes a string literal as the migrate dialect would
     */
    public ExpressionRenderer(String dialectName, ExpressionDialect dialect, Function<String, String> identifier,
            Function<String, String> stringLiteral) {
        this.dialectName = dialectName;
        this.target = CalciteDialects.create(dialect, identifier, stringLiteral);
    }

    /** The expression written for the target database. */
    public String render(SqlExpression expression) {
        SqlPrettyWriter writer = new SqlPrettyWriter(SqlPrettyWriter.config()
                .withDialect(target)
                .withQuoteAllIdentifiers(false)
                .withAlwaysUseParentheses(false)
                .withSelectListItemsOnSeparateLines(false)
                .withIndentation(0));
        parse(expression).unparse(writer, 0, 0);
        return writer.toSqlString().getSql();
    }

    /** Whether the expression is a literal, such as {@code 'a'}, {@code -1} or {@code TRUE}. */
    public boolean isLiteral(SqlExpression expression) {
        SqlNode node = parse(expression);
        return node instanceof SqlLiteral
                || node.getKind() == SqlKind.MINUS_PREFIX && ((SqlCall) node).operand(0) instanceof SqlLiteral;
    }

    /** Whether the expression is {@code CURRENT_TIMESTAMP}, {@code CURRENT_DATE} or another date-time keyword. */
    public boolean isDateTimeKeyword(SqlExpression expression) {
        SqlNode node = parse(expression);
        String name = node instanceof SqlIdentifier id && id.isSimple() ? id.getSimple()
                : node instanceof SqlCall call && call.operandCount() == 0 ? call.getOperator().getName() : "";
        return DATE_TIME_KEYWORDS.contains(name.toUpperCase(Locale.ROOT));
    }

    private SqlNode parse(SqlExpression expression) {
        SqlNode parsed = PARSED.get(expression.sql());
        if (parsed != null) {
            return parsed;
        }
        if (PARSED.size() >= PARSED_LIMIT) {
            PARSED.clear();
        }
        return PARSED.computeIfAbsent(expression.sql(), this::parse);
    }

    /** How many parsed expressions are kept now. */
    static int parsedCount() {
        return PARSED.size();
    }

    private SqlNode parse(String sql) {
        try {
            return SqlParser.create(sql, PARSER).parseExpression();
        } catch (SqlParseException e) {
            String reason = e.getMessage().lines().findFirst().orElse("syntax error");
            throw new MigrateException(MigrateException.Kind.REVISION, "Cannot parse the SQL expression '" + sql
                    + "' for " + dialectName + ": " + reason + " Write it in standard SQL, or use op.execute(...) with SQL per dialect.", e);
        }
    }
}
