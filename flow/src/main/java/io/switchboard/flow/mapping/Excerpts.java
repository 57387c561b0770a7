package io.switchboard.flow.mapping;

/**
 * Keeps messages about a payload short: an engine's error may quote the value it choked on, which can be the whole
 * payload (57 KB was seen). A message is cut to a few hundred characters, saying how much was left out.
 */
public final class Excerpts {

    static final int LIMIT = 300;

    private Excerpts() {
    }

    public static String shortened(String message) {
        if (message == null || message.length() <= LIMIT) {
            return message;
        }
        return message.substring(0, LIMIT) + "… (" + (message.length() - LIMIT) + " more characters)";
    }
}
