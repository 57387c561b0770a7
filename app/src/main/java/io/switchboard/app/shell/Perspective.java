package io.switchboard.app.shell;

/** The studio's three places of work, one for each of the people it serves. */
public enum Perspective {
    DESIGN("Design", "Map data between formats on the canvas, with a live preview from the production engine."),
    CONTRACTS("Contracts", "Review OpenAPI contracts: findings at exact lines, outline, $ref navigation, breaking changes."),
    MONITOR("Monitor", "Watch deployed flows live, inspect failed messages and replay them safely.");

    private final String title;
    private final String purpose;

    Perspective(String title, String purpose) {
        this.title = title;
        this.purpose = purpose;
    }

    public String title() {
        return title;
    }

    public String purpose() {
        return purpose;
    }
}
