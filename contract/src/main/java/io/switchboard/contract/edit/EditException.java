package io.switchboard.contract.edit;

/** An edit that cannot be made as asked, with the reason a person can act on. */
public final class EditException extends Exception {

    public EditException(String message) {
        super(message);
    }
}
