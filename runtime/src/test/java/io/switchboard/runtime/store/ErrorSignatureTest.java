package io.switchboard.runtime.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ErrorSignatureTest {

    @Test
    void idsNumbersAndQuotedValuesAreNormalisedAway() {
        assertEquals("target answered HTTP 503 for order '…' after # attempts",
                ErrorSignature.normalise("target answered HTTP 503 for order 'ORD-1042' after 3 attempts"));
        assertEquals("unknown field \"…\" in # at #",
                ErrorSignature.normalise("unknown field \"vat\" in ORD-77 at 0f8fad5b-d9cb-469f-a165-70867728950e"));
    }

    @Test
    void twoFailuresThatDifferOnlyInTheirValuesShareAGroupAndOthersDoNot() {
        ErrorSignature one = ErrorSignature.of("orders", "to-target", "TargetUnavailable",
                "HTTP 503 for order 'ORD-1'");
        ErrorSignature two = ErrorSignature.of("orders", "to-target", "TargetUnavailable",
                "HTTP 503 for order 'ORD-2'");
        ErrorSignature otherStep = ErrorSignature.of("orders", "validate", "TargetUnavailable",
                "HTTP 503 for order 'ORD-1'");
        ErrorSignature otherFlow = ErrorSignature.of("refunds", "to-target", "TargetUnavailable",
                "HTTP 503 for order 'ORD-1'");

        assertEquals(one.id(), two.id());
        assertNotEquals(one.id(), otherStep.id());
        assertNotEquals(one.id(), otherFlow.id());
        assertEquals(24, one.id().length());
    }

    @Test
    void anHttpStatusIsKeptBecauseA503AndA422AreDifferentFailures() {
        assertEquals("HTTP operation failed invoking http://#/invoices with statusCode: 503",
                ErrorSignature.normalise("HTTP operation failed invoking http://127.0.0.1:44105/invoices with "
                        + "statusCode: 503"));
        assertNotEquals(ErrorSignature.of("orders", "to", "HttpOperationFailedException", "statusCode: 503").id(),
                ErrorSignature.of("orders", "to", "HttpOperationFailedException", "statusCode: 422").id());
    }

    @Test
    void whereLosesItsQuery() {
        assertEquals("http://127.0.0.1:8080/invoices", ErrorSignature.of("orders",
                "http://127.0.0.1:8080/invoices?connectTimeout=30000&soTimeout=30000", "X", "m").where());
    }

    @Test
    void aLongMessageIsCutAndAMissingOneIsEmpty() {
        assertEquals(ErrorSignature.MAX_PATTERN, ErrorSignature.normalise("word ".repeat(1000)).length());
        assertEquals("", ErrorSignature.normalise(null));
    }
}
