package dev.shiva.runtime.internal.rmq;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.shiva.runtime.BadParamsException;
import dev.shiva.runtime.BpmRequest;
import io.micronaut.core.beans.exceptions.IntrospectionException;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.config.DeserializationConfiguration;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The BPM envelope on the wire (SEMANTICS §8): parsing inbound bodies into ordered Java values
 * (jackson-core's streaming parser: objects become {@link LinkedHashMap}s, so field order is kept),
 * and writing replies and published messages with their fields in Python Shiva's order. A handler's
 * result that is not a Map, List or scalar is turned into a tree by Micronaut serde ({@link
 * JsonMapper}), so such types must be {@code @Serdeable}. Typed params ({@link
 * BpmRequest#params(Class)}) are bound by a strict copy of that mapper.
 */
public final class BpmJson {

    static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final JsonFactory FACTORY = new JsonFactory();

    /**
     * Binding params: unknown fields ignored (senders add fields), a missing or null component that
     * is not {@code @Nullable} refused (serde would pass null or 0 to the record otherwise).
     */
    private static final DeserializationConfiguration STRICT = new DeserializationConfiguration() {
        @Override
        public boolean isIgnoreUnknown() {
            return true;
        }

        @Override
        public int getArraySizeThreshold() {
            return 100;
        }

        @Override
        public boolean isStrictNullable() {
            return true;
        }

        @Override
        public boolean isFailOnNullForPrimitives() {
            return true;
        }
    };

    private final Optional<JsonMapper> mapper;
    private volatile JsonMapper paramsMapper;

    public BpmJson(Optional<JsonMapper> mapper) {
        this.mapper = mapper;
    }

    /** The mapper that binds typed params (the service's, made strict); null without one. */
    JsonMapper paramsMapper() {
        JsonMapper strict = paramsMapper;
        if (strict == null && mapper.isPresent()) {
            strict = strict(mapper.get());
            paramsMapper = strict;
        }
        return strict;
    }

    private static JsonMapper strict(JsonMapper mapper) {
        return mapper instanceof ObjectMapper serde ? serde.cloneWithConfiguration(null, null, STRICT) : mapper;
    }

    /** The strict default mapper, for params bound off a handler's thread (a handler's unit test). */
    private static final class DefaultMapper {
        static final JsonMapper INSTANCE = strict(JsonMapper.createDefault());
    }

    /**
     * {@link BpmRequest#params(Class)}: the params written as JSON and read back as {@code type} with
     * {@code mapper} (null: the default). Reading bytes rather than a tree is stricter (a number out
     * of an int's range is refused, not wrapped).
     */
    public static <T> T bindParams(BpmRequest request, Class<T> type, JsonMapper mapper) {
        JsonMapper json = mapper != null ? mapper : DefaultMapper.INSTANCE;
        byte[] params = toJson(request.params());
        try {
            return json.readValue(params, Argument.of(type));
        } catch (IntrospectionException e) {
            throw new IllegalArgumentException(
                    "params cannot be bound to " + type.getName() + ": annotate it with @Serdeable", e);
        } catch (IOException | RuntimeException e) {
            String route = request.object() == null && request.action() == null ? "(unrouted)" : request.routeKey();
            throw new BadParamsException(route, type, firstLine(e), request.messageId());
        }
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message.strip().lines().findFirst().orElse("").strip();
    }

    /** A value (maps, lists, scalars as {@link #parseObject} gives them) as compact JSON. */
    public static byte[] toJson(Object value) {
        return write(value);
    }

    /** Why a body is not a BPM request; {@code reason} is the meter tag. */
    static final class InvalidMessage extends Exception {
        private static final long serialVersionUID = 1L;
        final String reason;

        InvalidMessage(String reason, String message) {
            super(message, null, false, false);
            this.reason = reason;
        }
    }

    /** The body as a JSON object with its fields in order. */
    static Map<String, Object> parseObject(byte[] body) throws InvalidMessage {
        try (JsonParser parser = FACTORY.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InvalidMessage("bad_json", "the body is empty");
            }
            if (first != JsonToken.START_OBJECT) {
                throw new InvalidMessage("not_object", "the body is JSON but not an object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) read(parser);
            if (parser.nextToken() != null) {
                throw new InvalidMessage("bad_json", "the body has content after its JSON object");
            }
            return object;
        } catch (IOException e) {
            String message = e.getMessage() == null
                    ? e.toString()
                    : e.getMessage().lines().findFirst().orElse("");
            throw new InvalidMessage("bad_json", "the body is not valid JSON: " + message);
        }
    }

    /**
     * The envelope as a request. For a routed message {@code object} and {@code action} must be
     * non-empty strings; an unrouted one may lack them.
     */
    static BpmRequest request(Map<String, Object> body, boolean routed) throws InvalidMessage {
        String object = routed ? requiredText(body, "object") : text(body, "object");
        String action = routed ? requiredText(body, "action") : text(body, "action");
        Object params = body.get("params");
        if (params != null && !(params instanceof Map)) {
            throw new InvalidMessage("bad_envelope", "'params' is not a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) params;
        return new BpmRequest(
                text(body, "system_from"),
                text(body, "system_to"),
                object,
                action,
                text(body, "reference_id"),
                text(body, "message_id"),
                map);
    }

    /** {@code message_id} of a body, when it has one, for log lines. */
    static String messageId(Map<String, Object> body) {
        Object id = body.get("message_id");
        return id == null ? null : String.valueOf(id);
    }

    private static String requiredText(Map<String, Object> body, String field) throws InvalidMessage {
        Object value = body.get(field);
        if (value == null) {
            throw new InvalidMessage("missing_" + field, "the envelope has no '" + field + "'");
        }
        if (!(value instanceof String text) || text.isEmpty()) {
            throw new InvalidMessage("missing_" + field, "the envelope's '" + field + "' is not a non-empty string");
        }
        return text;
    }

    private static String text(Map<String, Object> body, String field) {
        Object value = body.get(field);
        return value == null ? null : String.valueOf(value);
    }

    /** The reply of SEMANTICS §8.2 to {@code request}, with the handler's {@code result} merged into params. */
    byte[] reply(BpmRequest request, Object result) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("success", true);
        status.put("request_id", request.messageId());
        status.put("errors", List.of());
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("status", status);
        params.putAll(asObject(result));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("system_from", request.systemTo());
        body.put("system_to", request.systemFrom());
        body.put("object", request.object());
        body.put("action", request.action() + "_reply");
        body.put("reference_id", request.referenceId());
        body.put("message_id", newMessageId());
        body.put("params", params);
        body.put("priority", 1);
        body.put("api_version", "1.0");
        body.put("datetime_created", now());
        return write(body);
    }

    /** A message of SEMANTICS §8.3. */
    byte[] message(
            String systemFrom, String systemTo, String object, String action, String referenceId, Object params) {
        String messageId = newMessageId();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("system_from", systemFrom);
        body.put("system_to", systemTo);
        body.put("object", object);
        body.put("action", action);
        body.put("reference_id", referenceId == null ? messageId : referenceId);
        body.put("message_id", messageId);
        body.put("params", params == null ? Map.of() : asObject(params));
        body.put("priority", 1);
        body.put("api_version", "1.0");
        body.put("datetime_created", now());
        return write(body);
    }

    static String newMessageId() {
        return UUID.randomUUID().toString();
    }

    static String now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).format(DATETIME);
    }

    /** A handler's result or a publisher's params as an ordered map; anything else than an object is refused. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> asObject(Object value) {
        Object plain = plain(value);
        if (!(plain instanceof Map)) {
            throw new IllegalArgumentException("a reply or params must be a JSON object (a Map or a record), found "
                    + value.getClass().getName());
        }
        return (Map<String, Object>) plain;
    }

    /** Scalars as they are; maps and lists copied with their values made plain; other objects through serde. */
    private Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof JsonNode node) {
            return fromTree(node);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
            return copy;
        }
        if (value instanceof Collection<?> items) {
            List<Object> copy = new ArrayList<>();
            items.forEach(item -> copy.add(plain(item)));
            return copy;
        }
        JsonMapper json = mapper.orElseThrow(() -> new IllegalArgumentException(
                "no JSON mapper to serialize " + value.getClass().getName() + "; return a Map"));
        try {
            return fromTree(json.writeValueToTree(value));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot serialize " + value.getClass().getName() + ": " + e.getMessage(), e);
        }
    }

    private static Object fromTree(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : node.entries()) {
                map.put(entry.getKey(), fromTree(entry.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.values().forEach(item -> list.add(fromTree(item)));
            return list;
        }
        if (node.isNull()) {
            return null;
        }
        if (node.isString()) {
            return node.getStringValue();
        }
        if (node.isBoolean()) {
            return node.getBooleanValue();
        }
        return node.getNumberValue();
    }

    private static Object read(JsonParser parser) throws IOException {
        switch (parser.currentToken()) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    map.put(name, read(parser));
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(parser));
                }
                return list;
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getNumberValue();
            case VALUE_NUMBER_FLOAT:
                return parser.getDecimalValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new IOException("unexpected " + parser.currentToken());
        }
    }

    static byte[] write(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            write(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator generator, Object value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                generator.writeFieldName(String.valueOf(entry.getKey()));
                write(generator, entry.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof Collection<?> items) {
            generator.writeStartArray();
            for (Object item : items) {
                write(generator, item);
            }
            generator.writeEndArray();
        } else if (value instanceof String text) {
            generator.writeString(text);
        } else if (value instanceof Boolean flag) {
            generator.writeBoolean(flag);
        } else if (value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte) {
            generator.writeNumber(((Number) value).longValue());
        } else if (value instanceof java.math.BigInteger big) {
            generator.writeNumber(big);
        } else if (value instanceof java.math.BigDecimal decimal) {
            generator.writeNumber(decimal);
        } else if (value instanceof Number number) {
            generator.writeNumber(number.doubleValue());
        } else {
            generator.writeString(String.valueOf(value));
        }
    }
}
