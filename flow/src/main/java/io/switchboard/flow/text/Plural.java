package io.switchboard.flow.text;

/** Counted nouns in messages: "1 change", "2 changes". English only, regular nouns only, as our messages are. */
public final class Plural {

    private Plural() {
    }

    /** {@code count} and the noun, plural unless the count is one: {@code of(2, "error")} is "2 errors". */
    public static String of(long count, String noun) {
        return count + " " + noun(count, noun);
    }

    /** The noun alone, plural unless the count is one. */
    public static String noun(long count, String noun) {
        return count == 1 ? noun : noun + "s";
    }
}
