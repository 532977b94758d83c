package com.example.orders;

import dev.shiva.runtime.DispatcherBlueprint;
import dev.shiva.runtime.DispatcherKind;
import dev.shiva.runtime.ServiceBlueprint;
import dev.shiva.runtime.WorkerBlueprint;
import java.util.List;

/** As the generator would write it for src/test/resources/orders/config.yml; the shape by hand. */
public final class ServiceDefinition implements ServiceBlueprint {

    @Override
    public String applicationName() {
        return "orders";
    }

    @Override
    public List<String> shape() {
        return List.of(
                "dispatchers.daemons",
                "dispatchers.daemons.dispatcher",
                "dispatchers.daemons.dispatcher=daemon_root",
                "dispatchers.daemons.enabled",
                "dispatchers.daemons.name",
                "dispatchers.daemons.name=daemons",
                "dispatchers.daemons.policy",
                "dispatchers.metrics",
                "dispatchers.metrics.dispatcher",
                "dispatchers.metrics.dispatcher=metrics_root",
                "dispatchers.metrics.enabled",
                "dispatchers.metrics.name",
                "dispatchers.metrics.name=metrics",
                "dispatchers.metrics.uri",
                "dispatchers.web",
                "dispatchers.web.dispatcher",
                "dispatchers.web.dispatcher=dispatcher_web",
                "dispatchers.web.enabled",
                "dispatchers.web.name",
                "dispatchers.web.name=web",
                "workers.hello",
                "workers.hello.config",
                "workers.hello.config.greeting",
                "workers.hello.dispatcher",
                "workers.hello.dispatcher=web",
                "workers.hello.enabled",
                "workers.hello.name",
                "workers.hello.name=hello",
                "workers.hello.worker",
                "workers.hello.worker=hello_web",
                "workers.queue_depth",
                "workers.queue_depth.config",
                "workers.queue_depth.config.depth",
                "workers.queue_depth.dispatcher",
                "workers.queue_depth.dispatcher=metrics",
                "workers.queue_depth.enabled",
                "workers.queue_depth.name",
                "workers.queue_depth.name=queue_depth",
                "workers.queue_depth.worker",
                "workers.queue_depth.worker=queue_depth_metric",
                "workers.ticker",
                "workers.ticker.config",
                "workers.ticker.config.interval_ms",
                "workers.ticker.config.label",
                "workers.ticker.config.limits",
                "workers.ticker.config.limits.burst",
                "workers.ticker.coro",
                "workers.ticker.dispatcher",
                "workers.ticker.dispatcher=daemons",
                "workers.ticker.enabled",
                "workers.ticker.name",
                "workers.ticker.name=ticker",
                "workers.ticker.worker",
                "workers.ticker.worker=ticker");
    }

    @Override
    public List<DispatcherBlueprint> dispatchers() {
        return List.of(
                new DispatcherBlueprint(
                        "web",
                        "web",
                        DispatcherKind.WEB,
                        List.of(new WorkerBlueprint("hello", "hello", HelloWeb.class, HelloConfig::from))),
                new DispatcherBlueprint(
                        "daemons",
                        "daemons",
                        DispatcherKind.DAEMON,
                        List.of(new WorkerBlueprint("ticker", "ticker", Ticker.class, TickerConfig::from))),
                new DispatcherBlueprint(
                        "metrics",
                        "metrics",
                        DispatcherKind.METRICS,
                        List.of(new WorkerBlueprint(
                                "queue_depth", "queue_depth", QueueDepthMetric.class, QueueDepthConfig::from))));
    }
}
