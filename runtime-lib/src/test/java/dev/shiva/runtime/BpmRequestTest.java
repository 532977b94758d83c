package dev.shiva.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.rmq.OrderCreate;
import io.micronaut.json.tree.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** BpmRequest's params as a map, a typed record and JSON, off a handler's thread (a handler's unit test). */
class BpmRequestTest {

    private static BpmRequest request(Map<String, Object> params) {
        return new BpmRequest("crm", "bpm", "order", "create", "R1", "M1", params);
    }

    private static Map<String, Object> params(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void paramsKeepTheirOrderAndNulls() {
        BpmRequest request = request(params("z", 1, "a", null, "m", List.of(1, "two"), "d", new BigDecimal("1.50")));
        assertEquals(List.of("z", "a", "m", "d"), List.copyOf(request.params().keySet()));
        assertEquals("{\"z\":1,\"a\":null,\"m\":[1,\"two\"],\"d\":1.50}", request.paramsJson());
        assertEquals("{}", request(null).paramsJson());
    }

    @Test
    void aRecordIsBound() {
        assertEquals(
                new OrderCreate("A", 3, null),
                request(params("orderId", "A", "quantity", 3, "extra", true)).params(OrderCreate.class));
        assertEquals(
                new OrderCreate("A", 3, "n"),
                request(params("orderId", "A", "quantity", 3, "note", "n")).params(OrderCreate.class));
        JsonNode tree = request(params("k", 1)).params(JsonNode.class);
        assertEquals(1, tree.get("k").getIntValue());
    }

    @Test
    void misfitsAreBadParamsNamingTheRouteAndWhatDidNotFit() {
        BadParamsException wrongType =
                assertThrows(BadParamsException.class, () -> request(params("orderId", "A", "quantity", "lots"))
                        .params(OrderCreate.class));
        assertEquals("bad_params", wrongType.reason());
        assertEquals("order.create", wrongType.route());
        assertEquals("M1", wrongType.messageId());
        assertTrue(
                wrongType.getMessage().startsWith("params of order.create do not fit OrderCreate: "),
                wrongType.getMessage());
        assertTrue(wrongType.getMessage().contains("int"), wrongType.getMessage());

        BadParamsException missing = assertThrows(
                BadParamsException.class, () -> request(params("orderId", "A")).params(OrderCreate.class));
        assertTrue(missing.getMessage().contains("quantity"), missing.getMessage());
        BadParamsException nullString =
                assertThrows(BadParamsException.class, () -> request(params("orderId", null, "quantity", 1))
                        .params(OrderCreate.class));
        assertTrue(nullString.getMessage().contains("orderId"), nullString.getMessage());
        assertThrows(BadParamsException.class, () -> request(params("orderId", "A", "quantity", 99_999_999_999L))
                .params(OrderCreate.class));
    }

    /** Not the message's fault: a handler failure, not a rejection. */
    record NotSerdeable(String a) {}

    @Test
    void aTypeSerdeCannotBindIsAnIllegalArgument() {
        IllegalArgumentException failure = assertThrows(
                IllegalArgumentException.class, () -> request(params("a", "x")).params(NotSerdeable.class));
        assertTrue(failure.getMessage().contains("@Serdeable"), failure.getMessage());
    }
}
