package dev.shiva.runtime.internal.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shiva.runtime.ConfigNode;
import dev.shiva.runtime.DaemonWorker;
import org.junit.jupiter.api.Test;

class WorkerPlannerTest {

    @Test
    void unlistedWorkersAreNamedAfterTheirClassInSnakeCase() {
        assertEquals("report_pusher", WorkerPlanner.snakeCase("ReportPusher"));
        assertEquals("http_server_probe", WorkerPlanner.snakeCase("HTTPServerProbe"));
        assertEquals("worker2", WorkerPlanner.snakeCase("Worker2"));
        assertEquals("unlisted", WorkerPlanner.snakeCase("Unlisted"));
    }

    @Test
    void workersBindingAGeneratedRecordAreTypedAndOthersAreNot() {
        assertTrue(WorkerPlanner.hasTypedConfig(OrphanedWorker.class), "extends a generated base");
        assertFalse(WorkerPlanner.hasTypedConfig(UntypedWorker.class), "binds the raw ConfigNode");
        assertFalse(WorkerPlanner.hasTypedConfig(RawWorker.class), "raw type: nothing to bind");
    }

    record SomeConfig(long interval) {}

    abstract static class GeneratedBase extends DaemonWorker<SomeConfig> {}

    static final class OrphanedWorker extends GeneratedBase {
        @Override
        public void start() {}
    }

    static final class UntypedWorker extends DaemonWorker<ConfigNode> {
        @Override
        public void start() {}
    }

    @SuppressWarnings("rawtypes")
    static final class RawWorker extends DaemonWorker {
        @Override
        public void start() {}
    }
}
