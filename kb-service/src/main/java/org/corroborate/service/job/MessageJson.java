package org.corroborate.service.job;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.corroborate.service.shared.Message;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A {@link Message} as a job row keeps it: its bundle, key and arguments (numbers, text, true/false) as JSON. */
final class MessageJson {

    private MessageJson() {
    }

    static String write(Message message) {
        if (message == null) {
            return null;
        }
        JsonArrayBuilder args = Json.createArrayBuilder();
        for (Object arg : message.args() == null ? new Object[0] : message.args()) {
            if (arg == null) {
                args.addNull();
            } else if (arg instanceof Integer || arg instanceof Long || arg instanceof Short) {
                args.add(((Number) arg).longValue());
            } else if (arg instanceof Number n) {
                args.add(new BigDecimal(n.toString()));
            } else if (arg instanceof Boolean b) {
                args.add(b);
            } else {
                args.add(arg.toString());
            }
        }
        return Json.createObjectBuilder().add("bundle", message.bundle()).add("key", message.key()).add("args", args)
                .build().toString();
    }

    static Message read(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        JsonObject o;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            o = reader.readObject();
        }
        List<Object> args = new ArrayList<>();
        for (JsonValue v : o.getJsonArray("args")) {
            args.add(switch (v.getValueType()) {
                case NUMBER -> number((JsonNumber) v);
                case STRING -> ((JsonString) v).getString();
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                default -> null;
            });
        }
        return new Message(o.getString("bundle"), o.getString("key"), args.toArray());
    }

    private static Object number(JsonNumber n) {
        if (!n.isIntegral()) {
            return n.bigDecimalValue();
        }
        long value = n.longValue();
        return value == (int) value ? (Object) (int) value : (Object) value;
    }
}
