package io.switchboard.flow.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One reading of RFC 6901 pointers for the whole project. */
class JsonPointersTest {

    @Test
    void segmentsAreUnescapedOnceInTheRightOrder() {
        assertEquals(List.of("paths", "/pets/{id}", "get"), JsonPointers.segments("/paths/~1pets~1{id}/get"));
        assertEquals(List.of("a~1b"), JsonPointers.segments("/a~01b"), "~01 is ~1, not /");
        assertEquals(List.of("", "x"), JsonPointers.segments("//x"));
        assertEquals(List.of(), JsonPointers.segments(""));
        assertEquals("/pets/{id}", JsonPointers.last("/paths/~1pets~1{id}"));
        assertEquals("$.paths['/pets'].get", JsonPointers.toDisplayPath(JsonPointers.child(
                JsonPointers.child("/paths", "/pets"), "get")));
    }
}
