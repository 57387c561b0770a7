package io.switchboard.designer.flow;

/**
 * An operation of a workspace contract that a flow can implement: where it is received and what its request body
 * is (a JSON pointer into the contract, or null when it has none).
 */
public record ContractOperation(String contract, String method, String path, String operationId,
                                String requestSchema) {

    /** "POST /orders · placeOrder". */
    public String label() {
        return method + " " + path + (operationId == null ? "" : " · " + operationId);
    }

    @Override
    public String toString() {
        return label();
    }
}
