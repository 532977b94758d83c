package dev.shiva.runtime.internal.lifecycle;

import dev.shiva.runtime.ConfigException;
import dev.shiva.runtime.DispatcherKind;
import dev.shiva.runtime.MetricWorker;
import dev.shiva.runtime.ServiceStartException;
import dev.shiva.runtime.Worker;
import dev.shiva.runtime.internal.WorkerContext;
import dev.shiva.runtime.internal.connections.ConnectionSet;
import dev.shiva.runtime.internal.metrics.WorkerMeters;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanContext;
import io.micronaut.context.exceptions.NoSuchBeanException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns planned workers into attached instances: binds each entry's config once, creates the
 * instances ({@code createBean} per daemon or metric instance, since user worker classes are
 * {@code @Prototype} beans; the controller singleton for a web worker) and attaches them.
 */
final class WorkerAssembly {

    private final BeanContext beans;
    private final MeterRegistry registry;
    private final WorkerMeters meters;
    private final ConnectionSet connections;

    WorkerAssembly(BeanContext beans, MeterRegistry registry, WorkerMeters meters, ConnectionSet connections) {
        this.beans = beans;
        this.connections = connections;
        this.registry = registry;
        this.meters = meters;
    }

    List<WorkerInstance> create(List<PlannedWorker> plans) {
        List<WorkerInstance> instances = new ArrayList<>();
        for (PlannedWorker plan : plans) {
            Object config = bind(plan);
            WorkerMeters.Tracker tracker = meters.track(plan.dispatcher(), plan.name());
            for (int index = 0; index < plan.instances(); index++) {
                Worker<?> worker = instantiate(plan);
                attach(worker, plan, index, config);
                instances.add(new WorkerInstance(plan, index, worker, tracker));
            }
        }
        return instances;
    }

    private static Object bind(PlannedWorker plan) {
        try {
            return plan.binder().apply(plan.config());
        } catch (ConfigException e) {
            throw new ServiceStartException(e.getMessage(), ServiceStartException.FAILURE, e);
        } catch (RuntimeException e) {
            throw failure(plan, "its config could not be bound: " + Failures.describe(e), e);
        }
    }

    private Worker<?> instantiate(PlannedWorker plan) {
        try {
            return plan.kind() == DispatcherKind.WEB ? beans.getBean(plan.type()) : beans.createBean(plan.type());
        } catch (NoSuchBeanException e) {
            String annotation = plan.kind() == DispatcherKind.WEB ? "@Controller" : "@Prototype";
            throw failure(
                    plan,
                    "no bean of class " + plan.type().getName() + ": annotate it with " + annotation
                            + " and check that its @Requires conditions hold",
                    e);
        } catch (RuntimeException e) {
            throw failure(plan, "could not be created: " + Failures.describe(Failures.rootCause(e)), e);
        }
    }

    @SuppressWarnings("unchecked")
    private void attach(Worker<?> worker, PlannedWorker plan, int index, Object config) {
        try {
            ((Worker<Object>) worker)
                    .attach(new WorkerContext<>(plan.name(), index, config, connections.handles(plan.depends())));
        } catch (IllegalStateException e) {
            // Only a web worker can be met twice: its controller is a singleton.
            throw failure(
                    plan,
                    "its class " + plan.type().getName() + " is a controller, which exists once,"
                            + " and another worker entry already uses it",
                    e);
        }
        if (worker instanceof MetricWorker<?> metricWorker) {
            metricWorker.attachRegistry(registry);
        }
    }

    private static ServiceStartException failure(PlannedWorker plan, String what, Throwable cause) {
        return new ServiceStartException("worker '" + plan.name() + "': " + what, ServiceStartException.FAILURE, cause);
    }
}
