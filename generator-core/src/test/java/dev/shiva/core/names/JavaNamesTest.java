package dev.shiva.core.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JavaNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "order_handler,OrderHandler",
        "waiter_daemon,WaiterDaemon",
        "orderHandler,OrderHandler",
        "order-handler,OrderHandler",
        "RMQ_bench,RmqBench",
        "2fa_check,_2faCheck"
    })
    void classNames(String yaml, String java) {
        assertEquals(java, JavaNames.className(yaml).orElseThrow());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "max_items,maxItems",
        "maxItems,maxItems",
        "order.create,orderCreate",
        "order.cancel_reply,orderCancelReply",
        "x-max-length,xMaxLength",
        "class,class_",
        "hashCode,hashCode_",
        "ESB,esb"
    })
    void memberNames(String yaml, String java) {
        assertEquals(java, JavaNames.memberName(yaml).orElseThrow());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"max_items,MAX_ITEMS", "order.create,ORDER_CREATE"})
    void constantNames(String yaml, String java) {
        assertEquals(java, JavaNames.constantName(yaml).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_", "---", "!!"})
    void namesWithoutLettersOrDigitsHaveNoJavaForm(String yaml) {
        assertTrue(JavaNames.memberName(yaml).isEmpty());
        assertTrue(JavaNames.className(yaml).isEmpty());
    }
}
