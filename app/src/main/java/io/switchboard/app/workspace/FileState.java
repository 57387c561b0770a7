package io.switchboard.app.workspace;

/** What the project tree says of a file: checked and valid, with findings (how many errors), or unsaved edits. */
public record FileState(Kind kind, int errors, String detail) {

    public enum Kind { CHECKING, VALID, FINDINGS, UNSAVED }

    public static final FileState CHECKING = new FileState(Kind.CHECKING, 0, "");
    public static final FileState VALID = new FileState(Kind.VALID, 0, "");

    public static FileState findings(int errors, String first) {
        return new FileState(Kind.FINDINGS, errors, first);
    }

    /** "valid", "2 errors", "unsaved". */
    public String label() {
        return switch (kind) {
            case CHECKING -> "checking…";
            case VALID -> "valid";
            case UNSAVED -> "unsaved";
            case FINDINGS -> errors == 1 ? "1 error" : errors + " errors";
        };
    }
}
