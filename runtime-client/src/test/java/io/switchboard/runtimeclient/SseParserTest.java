package io.switchboard.runtimeclient;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cases of the specification's "Interpreting an event stream", each as a server may send it. */
class SseParserTest {

    private final List<SseParser.Event> events = new ArrayList<>();
    private final List<Long> retries = new ArrayList<>();
    private final SseParser parser = new SseParser(events::add, retries::add, 64);

    private void feed(String... lines) {
        for (String line : lines) {
            parser.line(line);
        }
    }

    @Test
    void dataLinesAreJoinedWithNewlines() {
        feed("data: {\"a\":", "data: 1}", "");

        assertEquals(List.of(new SseParser.Event("message", "{\"a\":\n1}", "")), events);
    }

    @Test
    void onlyOneSpaceAfterTheColonIsDroppedAndNothingElseIsTrimmed() {
        feed("data:  two spaces ", "data:none", "data", "");

        assertEquals(" two spaces \nnone\n", events.get(0).data());
    }

    @Test
    void commentsAndUnknownFieldsAreIgnored() {
        feed(": connected", "colour: blue", "data: x", ": in between", "");

        assertEquals(List.of(new SseParser.Event("message", "x", "")), events);
    }

    @Test
    void theIdIsKeptUntilTheServerSetsAnotherEvenByEventsWithoutData() {
        feed("id: 7", "data: first", "", "data: second", "", "id: 9", "", "data: third", "");

        assertEquals(List.of("7", "7", "9"), events.stream().map(SseParser.Event::lastEventId).toList());
        assertEquals("9", parser.lastEventId());
    }

    @Test
    void theIdOfAnUnfinishedEventIsNotTheOneToResumeFrom() {
        feed("id: 5", "data: whole", "", "id: 6", "data: half");
        parser.reset();

        assertEquals("5", parser.lastEventId());
    }

    @Test
    void anIdWithANulIsIgnored() {
        feed("id: 3", "id: 4\0", "data: x", "");

        assertEquals("3", events.get(0).lastEventId());
    }

    @Test
    void theEventTypeIsNamedOrMessage() {
        feed("event: reset", "data: {}", "", "data: plain", "");

        assertEquals(List.of("reset", "message"), events.stream().map(SseParser.Event::type).toList());
    }

    @Test
    void anEventWithoutDataIsNotDispatched() {
        feed("event: ping", "");

        assertEquals(List.of(), events);
    }

    @Test
    void retryTakesAsciiDigitsOnly() {
        feed("retry: 1500", "retry: 15x", "retry: -1", "retry:", "retry: 2000");

        assertEquals(List.of(1500L, 2000L), retries);
    }

    @Test
    void anUnfinishedEventIsDroppedOnReconnect() {
        feed("event: failure", "data: half");
        parser.reset();
        feed("data: whole", "");

        assertEquals(List.of(new SseParser.Event("message", "whole", "")), events);
    }

    @Test
    void anEventLargerThanTheLimitIsDroppedWholeAndTheNextOneStillComes() {
        feed("data: " + "x".repeat(40), "data: " + "y".repeat(40), "", "data: small", "");

        assertEquals(List.of(new SseParser.Event("message", "small", "")), events);
    }
}
