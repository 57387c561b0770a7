package io.switchboard.flow.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A mapping cannot change once made (undo gives earlier ones back), and its tables keep their order. */
class MappingTest {

    @Test
    void lookupTablesCannotBeChangedAfterwardsAndKeepTheirOrder() {
        Map<String, String> countries = new LinkedHashMap<>();
        countries.put("DE", "Germany");
        countries.put("AT", "Austria");
        Map<String, Map<String, String>> lookups = new LinkedHashMap<>();
        lookups.put("countries", countries);

        Mapping mapping = new Mapping(1, "m", null, null, null, lookups, null, List.of());
        countries.put("FR", "France");

        assertEquals(List.of("DE", "AT"), List.copyOf(mapping.lookups().get("countries").keySet()));
        assertThrows(UnsupportedOperationException.class, () -> mapping.lookups().get("countries").put("CH", "x"));
        assertThrows(UnsupportedOperationException.class, () -> mapping.lookups().remove("countries"));
    }
}
