package io.switchboard.flow.validation;

/**
 * Why a JSLT expression does not compile, at a line and column of the expression itself (1-based; 0 when the
 * parser gave no position).
 */
public record ExpressionProblem(int line, int column, String message) {
}
