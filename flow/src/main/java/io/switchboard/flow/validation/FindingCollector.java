package io.switchboard.flow.validation;

import io.switchboard.flow.source.SourceDocument;
import java.util.ArrayList;
import java.util.List;

/** Gathers findings about one document, placing each at the line of the value it concerns. */
public final class FindingCollector {

    private final SourceDocument document;
    private final List<Finding> findings = new ArrayList<>();

    public FindingCollector(SourceDocument document) {
        this.document = document;
    }

    public void error(String pointer, String message) {
        findings.add(Finding.error(document.file(), document.locate(pointer), pointer, message));
    }

    /** A finding about a field itself (an unknown field): placed at its name rather than its value. */
    public void errorAtKey(String pointer, String message) {
        findings.add(Finding.error(document.file(), document.locateKey(pointer), pointer, message));
    }

    public void warning(String pointer, String message) {
        findings.add(new Finding(Severity.WARNING, document.file(), document.locate(pointer), pointer, message));
    }

    public void addAll(List<Finding> more) {
        findings.addAll(more);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    public SourceDocument document() {
        return document;
    }
}
