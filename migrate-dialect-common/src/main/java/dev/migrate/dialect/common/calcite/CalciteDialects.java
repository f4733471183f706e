package dev.migrate.dialect.common.calcite;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDialect;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.dialect.AnsiSqlDialect;
import org.apache.calcite.sql.dialect.MysqlSqlDialect;
import org.apache.calcite.sql.dialect.PostgresqlSqlDialect;
import org.apache.calcite.sql.dialect.SqliteSqlDialect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;

/**
 * Calcite's dialects, chosen explicitly (never by JDBC detection), with identifiers and string
 * literals written by the migrate dialect so that expressions and DDL quote alike.
 */
final class CalciteDialects {

    private CalciteDialects() {
    }

    static SqlDialect create(ExpressionDialect dialect, Function<String, String> identifier,
            Function<String, String> stringLiteral) {
        Writing writing = new Writing(identifier, stringLiteral);
        return switch (dialect) {
            case ANSI -> new Ansi(AnsiSqlDialect.DEFAULT_CONTEXT, writing);
            case POSTGRES -> new Postgres(PostgresqlSqlDialect.DEFAULT_CONTEXT, writing);
            case MYSQL -> new Mysql(MysqlSqlDialect.DEFAULT_CONTEXT, writing);
            case SQLITE -> new Sqlite(SqliteSqlDialect.DEFAULT_CONTEXT, writing);
        };
    }

    /** How the migrate dialect writes identifiers and string literals. */
    private record Writing(Function<String, String> identifier, Function<String, String> stringLiteral) {
    }

    private static final class Ansi extends AnsiSqlDialect {
        private final Writing writing;

        Ansi(Context context, Writing writing) {
            super(context);
            this.writing = writing;
        }

        @Override
        public StringBuilder quoteIdentifier(StringBuilder buf, String val) {
            return buf.append(writing.identifier().apply(val));
        }

        @Override
        protected boolean identifierNeedsQuote(String val) {
            return true;
        }

        @Override
        public void quoteStringLiteral(StringBuilder buf, String charsetName, String val) {
            buf.append(writing.stringLiteral().apply(val));
        }
    }

    private static final class Postgres extends PostgresqlSqlDialect {
        private final Writing writing;

        Postgres(Context context, Writing writing) {
            super(context);
            this.writing = writing;
        }

        @Override
        public StringBuilder quoteIdentifier(StringBuilder buf, String val) {
            return buf.append(writing.identifier().apply(val));
        }

        @Override
        protected boolean identifierNeedsQuote(String val) {
            return true;
        }

        @Override
        public void quoteStringLiteral(StringBuilder buf, String charsetName, String val) {
            buf.append(writing.stringLiteral().apply(val));
        }
    }

    private static final class Sqlite extends SqliteSqlDialect {
        private final Writing writing;

        Sqlite(Context context, Writing writing) {
            super(context);
            this.writing = writing;
        }

        @Override
        public StringBuilder quoteIdentifier(StringBuilder buf, String val) {
            return buf.append(writing.identifier().apply(val));
        }

        @Override
        protected boolean identifierNeedsQuote(String val) {
            return true;
        }

        @Override
        public void quoteStringLiteral(StringBuilder buf, String charsetName, String val) {
            buf.append(writing.stringLiteral().apply(val));
        }
    }

    private static final class Mysql extends MysqlSqlDialect {
        private final Writing writing;

        Mysql(Context context, Writing writing) {
            super(context);
            this.writing = writing;
        }

        @Override
        public StringBuilder quoteIdentifier(StringBuilder buf, String val) {
            return buf.append(writing.identifier().apply(val));
        }

        @Override
        protected boolean identifierNeedsQuote(String val) {
            return true;
        }

        @Override
        public void quoteStringLiteral(StringBuilder buf, String charsetName, String val) {
            buf.append(writing.stringLiteral().apply(val));
        }

        // MySQL: || is logical OR unless sql_mode has PIPES_AS_CONCAT, so concatenation is CONCAT(...).
        @Override
        public void unparseCall(SqlWriter writer, SqlCall call, int leftPrec, int rightPrec) {
            if (call.getOperator() != SqlStdOperatorTable.CONCAT) {
                super.unparseCall(writer, call, leftPrec, rightPrec);
                return;
            }
            SqlWriter.Frame frame = writer.startFunCall("CONCAT");
            for (SqlNode operand : concatenated(call, new ArrayList<>())) {
                writer.sep(",");
                operand.unparse(writer, 0, 0);
            }
            writer.endFunCall(frame);
        }

        private static List<SqlNode> concatenated(SqlCall call, List<SqlNode> into) {
            for (SqlNode operand : call.getOperandList()) {
                if (operand instanceof SqlCall inner && inner.getOperator() == SqlStdOperatorTable.CONCAT) {
                    concatenated(inner, into);
                } else {
                    into.add(operand);
                }
            }
            return into;
        }
    }
}
