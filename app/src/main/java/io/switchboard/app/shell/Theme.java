package io.switchboard.app.shell;

/** The studio's colour themes: each is one stylesheet of named colours that the shared stylesheet uses. */
public enum Theme {
    LIGHT("theme/light.css"),
    DARK("theme/dark.css");

    private final String stylesheet;

    Theme(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    /** Resource path relative to {@code io/switchboard/app/}. */
    public String stylesheet() {
        return stylesheet;
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }
}
