package io.switchboard.contract.refs;

/**
 * One {@code $ref} in a document.
 *
 * @param at      JSON pointer of the {@code $ref} value itself ({@code /paths/~1pets/get/responses/200/$ref})
 * @param value   the text as written ({@code ./common.yaml#/components/schemas/Error})
 * @param file    the file part, empty for a reference into the same document
 * @param pointer the pointer part, empty for a whole file
 */
public record Reference(String at, String value, String file, String pointer) {

    public static Reference parse(String at, String value) {
        int hash = value.indexOf('#');
        String file = hash < 0 ? value : value.substring(0, hash);
        String pointer = hash < 0 ? "" : decodeFragment(value.substring(hash + 1));
        return new Reference(at, value, file, pointer);
    }

    public boolean isLocal() {
        return file.isEmpty();
    }

    /** Fragments are URI-encoded ({@code %7B} for {@code {}) on top of the pointer's own {@code ~1} escapes. */
    private static String decodeFragment(String fragment) {
        if (fragment.indexOf('%') < 0) {
            return fragment;
        }
        try {
            return java.net.URLDecoder.decode(fragment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return fragment;
        }
    }
}
