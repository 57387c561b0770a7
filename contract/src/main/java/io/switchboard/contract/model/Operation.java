package io.switchboard.contract.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One operation of a contract: a method on a path.
 *
 * @param pointer  JSON pointer of the operation object ({@code /paths/~1pets/get})
 * @param pathItem the path item the operation belongs to (its parameters apply too)
 */
public record Operation(String path, String method, String pointer, JsonNode node, JsonNode pathItem) {
}
