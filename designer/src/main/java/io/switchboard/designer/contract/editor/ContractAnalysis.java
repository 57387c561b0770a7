package io.switchboard.designer.contract.editor;

import io.switchboard.contract.ContractDocument;
import io.switchboard.contract.ContractFinding;
import io.switchboard.contract.outline.OutlineEntry;
import io.switchboard.contract.refs.ReferenceIndex;
import java.util.List;

/**
 * What one pass over the text found. {@code document} is null when the text is not well-formed; then the findings
 * hold the syntax error and the outline is the last good one.
 */
public record ContractAnalysis(long version, ContractDocument document, List<ContractFinding> findings,
                               List<OutlineEntry> outline, ReferenceIndex references, long millis) {

    public boolean wellFormed() {
        return document != null;
    }
}
