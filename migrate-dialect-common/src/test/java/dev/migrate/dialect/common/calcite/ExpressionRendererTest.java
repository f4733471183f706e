package dev.migrate.dialect.common.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.api.schema.SqlExpression;
import org.junit.jupiter.api.Test;

class ExpressionRendererTest {

    private final ExpressionRenderer renderer =
            new ExpressionRenderer("postgresql", ExpressionDialect.POSTGRES, name -> name, text -> "'" + text + "'");

    @Test
    void theParsedExpressionsKeptStayBoundedAndStillRenderAlike() {
        for (int i = 0; i < ExpressionRenderer.PARSED_LIMIT + 500; i++) {
            assertEquals("amount > " + i, renderer.render(SqlExpression.of("amount > " + i)));
            assertTrue(ExpressionRenderer.parsedCount() <= ExpressionRenderer.PARSED_LIMIT);
        }
        assertEquals("amount > 7", renderer.render(SqlExpression.of("amount > 7")));
    }
}
