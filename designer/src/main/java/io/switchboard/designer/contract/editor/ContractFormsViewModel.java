package io.switchboard.designer.contract.editor;

import io.switchboard.contract.ContractDocument;
import io.switchboard.contract.edit.EditException;
import io.switchboard.contract.edit.NewOperation;
import io.switchboard.contract.edit.NewProperty;
import io.switchboard.contract.edit.TextEdit;

/** The forms that add an operation or a property: each edits the latest well-formed text as one replacement. */
public final class ContractFormsViewModel {

    private final ContractEditorViewModel editor;

    ContractFormsViewModel(ContractEditorViewModel editor) {
        this.editor = editor;
    }

    public boolean addOperation(NewOperation operation) {
        return apply(operation::edit);
    }

    public boolean addProperty(NewProperty property) {
        return apply(property::edit);
    }

    private interface Form {
        TextEdit edit(ContractDocument document) throws EditException;
    }

    private boolean apply(Form form) {
        ContractAnalysis current = editor.analysisProperty().get();
        if (!editor.isCurrent(current) || !current.wellFormed()) {
            editor.showError("Wait for the contract to be checked (and fix its syntax) before using the form.");
            return false;
        }
        try {
            TextEdit edit = form.edit(current.document());
            editor.showError("");
            editor.propose(new ContractEditorViewModel.Replacement(edit.start(), edit.end(), edit.text()));
            return true;
        } catch (EditException e) {
            editor.showError(e.getMessage());
            return false;
        }
    }
}
