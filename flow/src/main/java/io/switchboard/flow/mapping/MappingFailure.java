package io.switchboard.flow.mapping;

/**
 * A payload could not be mapped: the input is unreadable, or an expression failed on it. Says which target field
 * was being computed ({@code targetPath}) and which rule of the mapping file computes it ({@code rulePointer}).
 */
public final class MappingFailure extends Exception {

    private final String targetPath;
    private final String rulePointer;

    public MappingFailure(String message, String targetPath, String rulePointer, Throwable cause) {
        super(message, cause);
        this.targetPath = targetPath;
        this.rulePointer = rulePointer;
    }

    public String targetPath() {
        return targetPath;
    }

    public String rulePointer() {
        return rulePointer;
    }
}
