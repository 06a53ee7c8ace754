package org.corroborate.service.audit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The fields that differ between the JSON states before and after a change, by dotted path ("figure.high"). */
final class AuditDiff {

    /** At most this many fields are listed; an import's rows are read from its "after" state instead. */
    static final int MAX_CHANGES = 200;

    private AuditDiff() {
    }

    static List<AuditEntry.FieldChange> between(String beforeJson, String afterJson) {
        Map<String, String> before = flatten(beforeJson);
        Map<String, String> after = flatten(afterJson);
        Set<String> paths = new LinkedHashSet<>(before.keySet());
        paths.addAll(after.keySet());
        List<AuditEntry.FieldChange> changes = new ArrayList<>();
        for (String path : paths) {
            String b = before.get(path);
            String a = after.get(path);
            if (!Objects.equals(a, b)) {
                changes.add(new AuditEntry.FieldChange(path, b, a));
                if (changes.size() == MAX_CHANGES) {
                    break;
                }
            }
        }
        return changes;
    }

    static Map<String, String> flatten(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return out;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            flatten("", reader.readValue(), out);
        }
        return out;
    }

    private static void flatten(String path, JsonValue value, Map<String, String> out) {
        switch (value.getValueType()) {
            case OBJECT -> {
                JsonObject object = value.asJsonObject();
                if (object.isEmpty() && !path.isEmpty()) {
                    out.put(path, "{}");
                }
                object.forEach((k, v) -> flatten(path.isEmpty() ? k : path + "." + k, v, out));
            }
            case ARRAY -> {
                JsonArray array = value.asJsonArray();
                if (array.isEmpty()) {
                    out.put(path, "[]");
                }
                for (int i = 0; i < array.size(); i++) {
                    flatten(path + "[" + i + "]", array.get(i), out);
                }
            }
            case STRING -> out.put(path, ((JsonString) value).getString());
            case NULL -> {
                // absent and null mean the same to a reader
            }
            default -> out.put(path, value.toString());
        }
    }
}
