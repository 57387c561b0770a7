package io.switchboard.runtime.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ErrorSignatureTest {

    @Test
    void idsNumbersAndQuotedValuesAreNormalisedAway() {
        assertEquals("target answered HTTP # for order '…' after # attempts",
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
    void aLongMessageIsCutAndAMissingOneIsEmpty() {
        assertEquals(ErrorSignature.MAX_PATTERN, ErrorSignature.normalise("word ".repeat(1000)).length());
        assertEquals("", ErrorSignature.normalise(null));
    }
}
