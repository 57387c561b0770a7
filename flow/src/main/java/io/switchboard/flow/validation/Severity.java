package io.switchboard.flow.validation;

/** How bad a finding is: an error stops loading, a warning does not. */
public enum Severity {
    ERROR, WARNING
}
