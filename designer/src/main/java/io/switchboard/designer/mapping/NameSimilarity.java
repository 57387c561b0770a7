package io.switchboard.designer.mapping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two field names are, from 0 to 1: the same words whatever the case and separators ({@code postal_code},
 * {@code postalCode}), common synonyms ({@code zip} and {@code postalCode}, {@code id} and {@code number}), or
 * shared words.
 */
final class NameSimilarity {

    /** Each group: names that mean the same, as word lists joined by a space. */
    private static final List<Set<String>> SYNONYMS = List.of(
            Set.of("id", "number", "no", "num", "identifier", "key"),
            Set.of("zip", "zip code", "postal code", "postcode", "post code"),
            Set.of("qty", "quantity", "count", "amount of"),
            Set.of("email", "e mail", "mail", "email address"),
            Set.of("description", "desc", "name", "title", "label"),
            Set.of("phone", "telephone", "tel", "phone number", "mobile"),
            Set.of("street", "line1", "address line1", "address1", "street address"),
            Set.of("city", "town", "locality"),
            Set.of("country", "country code", "nation"),
            Set.of("price", "unit price", "cost"),
            Set.of("date", "day", "issued", "issue date"),
            Set.of("first name", "given name", "forename"),
            Set.of("last name", "family name", "surname"),
            Set.of("sku", "product code", "article number", "item number"),
            Set.of("total", "sum", "gross", "grand total"),
            Set.of("customer", "client", "buyer"),
            Set.of("lines", "items", "line items", "positions", "entries"));

    private NameSimilarity() {
    }

    /** A field name taken apart once: its words, and the keys under which alike names are found. */
    record Name(List<String> words, String joined, String concatenated, int synonymGroup) {

        static Name of(String name) {
            List<String> words = NameSimilarity.words(name);
            String joined = String.join(" ", words);
            int group = -1;
            for (int i = 0; i < SYNONYMS.size() && group < 0; i++) {
                if (SYNONYMS.get(i).contains(joined)) {
                    group = i;
                }
            }
            return new Name(List.copyOf(words), joined, String.join("", words), group);
        }

        /**
         * Keys that any name at least slightly alike shares with this one: each word's first three letters (alike
         * words begin alike; shorter words must be equal), the words run together, and the synonym group.
         */
        List<String> keys() {
            List<String> keys = new ArrayList<>();
            for (String word : words) {
                keys.add(word.length() >= 3 ? "w:" + word.substring(0, 3) : "w:" + word);
            }
            keys.add("c:" + concatenated);
            if (synonymGroup >= 0) {
                keys.add("s:" + synonymGroup);
            }
            return keys;
        }
    }

    static double of(String a, String b) {
        return of(Name.of(a), Name.of(b));
    }

    static double of(Name a, Name b) {
        if (a.joined().equals(b.joined())) {
            return 1.0;
        }
        if (a.concatenated().equals(b.concatenated())) {
            return 0.97;
        }
        if (a.synonymGroup() >= 0 && a.synonymGroup() == b.synonymGroup()) {
            return 0.85;
        }
        // Words match when equal or when one begins the other (ship, shipping; bill, billing).
        List<String> wordsB = b.words();
        long shared = a.words().stream().filter(word -> wordsB.stream().anyMatch(other -> alike(word, other)))
                .count();
        Set<String> all = new HashSet<>(a.words());
        all.addAll(wordsB);
        return all.isEmpty() ? 0 : 0.7 * Math.min(1.0, (double) shared / all.size());
    }

    private static boolean alike(String word, String other) {
        return word.equals(other) || Math.min(word.length(), other.length()) >= 3
                && (word.startsWith(other) || other.startsWith(word));
    }

    /** {@code billingAddress_line1} → [billing, address, line1]. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String part : name.split("[^A-Za-z0-9]+")) {
            for (String word : part.split("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")) {
                if (!word.isEmpty()) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }
}
