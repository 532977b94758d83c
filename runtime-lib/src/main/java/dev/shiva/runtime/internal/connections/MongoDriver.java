package dev.shiva.runtime.internal.connections;

import com.mongodb.ConnectionString;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoCollection;
import dev.shiva.runtime.ConfigNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Driver {@code mongodb}: a Micronaut MongoDB (reactive) server configuration named after the
 * connection. Workers get its reactive-streams {@link MongoClient}.
 *
 * <p>config.yml keys: {@code dsn} (required, a {@code mongodb://} or {@code mongodb+srv://}
 * connection string), {@code pool_min} (0: the driver's minimum pool size), {@code pool_max}
 * (100: its maximum) and {@code indexes} (database → collection → index name → {field: ASCENDING |
 * DESCENDING | TEXT | HASHED}), created when the connection opens.
 */
public final class MongoDriver implements Driver {

    static final long DEFAULT_POOL_MIN = 0;
    static final long DEFAULT_POOL_MAX = 100;

    @Override
    public String name() {
        return "mongodb";
    }

    @Override
    public Class<?> handleType() {
        return MongoClient.class;
    }

    @Override
    public String target(ConnectionSpec spec) {
        return target(connectionString(spec.config().get("dsn")));
    }

    @Override
    public Map<String, Object> contextProperties(ConnectionSpec spec) {
        ConfigNode config = spec.config();
        ConfigNode dsn = config.get("dsn");
        connectionString(dsn);
        PoolSizes pool = PoolSizes.read(config, "pool_min", DEFAULT_POOL_MIN, "pool_max", DEFAULT_POOL_MAX);
        indexes(config); // a misfit index is a located config error before anything starts
        String prefix = "mongodb.servers." + spec.beanName() + ".";
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(prefix + "uri", dsn.asString().strip());
        properties.put(prefix + "connection-pool.min-size", (long) pool.min());
        properties.put(prefix + "connection-pool.max-size", (long) pool.max());
        // The driver waits this long for a server before failing an operation (its default: 30 s).
        properties.put(
                prefix + "cluster.server-selection-timeout", DriverSupport.isoSeconds(DriverSupport.CONNECT_TIMEOUT));
        return properties;
    }

    @Override
    public OpenConnection open(ConnectionSpec spec, ApplicationContext context, Duration timeout)
            throws ConnectionFailedException {
        ConnectionString connectionString = connectionString(spec.config().get("dsn"));
        List<IndexSpec> indexes = indexes(spec.config());
        String password = connectionString.getPassword() == null ? null : new String(connectionString.getPassword());
        MongoClient client;
        try {
            client = context.getBean(MongoClient.class, Qualifiers.byName(spec.beanName()));
        } catch (RuntimeException e) {
            throw new ConnectionFailedException("the client could not be created: "
                    + DriverSupport.mask(DriverSupport.reason(e, timeout), password));
        }
        try {
            ping(client).timeout(timeout).block();
        } catch (RuntimeException e) {
            String reason = DriverSupport.reason(e, timeout);
            if (reason.startsWith("no answer")) {
                // The cluster view says why: "exception={...Connection refused}".
                reason += "; cluster state " + client.getClusterDescription().getShortDescription();
            }
            throw new ConnectionFailedException(DriverSupport.mask(reason, password));
        }
        for (IndexSpec index : indexes) {
            try {
                ensure(client, index).timeout(timeout).block();
            } catch (IndexConflict e) {
                throw new ConnectionFailedException("index " + index.where() + ": " + e.getMessage());
            } catch (RuntimeException e) {
                throw new ConnectionFailedException("creating index " + index.where() + " failed: "
                        + DriverSupport.mask(DriverSupport.reason(e, timeout), password));
            }
        }
        return new Open(client);
    }

    static Mono<Document> ping(MongoClient client) {
        return Mono.from(client.getDatabase("admin").runCommand(new Document("ping", 1)));
    }

    /**
     * Creates {@code index} unless the collection has it: the same name with the same keys is fine,
     * the same name with other keys fails ({@link IndexConflict}).
     */
    private static Mono<Void> ensure(MongoClient client, IndexSpec index) {
        MongoCollection<Document> collection =
                client.getDatabase(index.database()).getCollection(index.collection());
        return Flux.from(collection.listIndexes())
                .filter(existing -> index.name().equals(existing.getString("name")))
                .next()
                .flatMap(existing -> {
                    Map<String, String> keys = IndexSpec.kinds(existing);
                    if (!IndexSpec.signature(keys).equals(IndexSpec.signature(index.fields()))) {
                        return Mono.error(new IndexConflict("exists with keys " + keys + "; config.yml asks for "
                                + index.fields() + " (drop it or give the index another name)"));
                    }
                    return Mono.just(existing.getString("name"));
                })
                .switchIfEmpty(Mono.defer(
                        () -> Mono.from(collection.createIndex(index.keys(), new IndexOptions().name(index.name())))))
                .then();
    }

    private static ConnectionString connectionString(ConfigNode dsn) {
        String text = dsn.asString().strip();
        if (!text.startsWith("mongodb://") && !text.startsWith("mongodb+srv://")) {
            throw dsn.error("expected a mongodb://[user:password@]host:port[/database] URI");
        }
        try {
            return new ConnectionString(text);
        } catch (IllegalArgumentException e) {
            // The driver's message may quote the URI: give only its kind of complaint.
            throw dsn.error("not a valid MongoDB connection string");
        }
    }

    private static String target(ConnectionString connectionString) {
        String hosts = String.join(",", connectionString.getHosts());
        String database = connectionString.getDatabase();
        return database == null ? hosts : hosts + "/" + database;
    }

    /** The {@code indexes} tree, each index checked. */
    static List<IndexSpec> indexes(ConfigNode config) {
        List<IndexSpec> indexes = new ArrayList<>();
        ConfigNode tree = config.find("indexes").orElse(null);
        if (tree == null) {
            return indexes;
        }
        if (!tree.isMapping()) {
            throw tree.error("expected a mapping: database → collection → index name → {field: kind}");
        }
        for (String database : tree.keys()) {
            ConfigNode collections = tree.get(database);
            if (!collections.isMapping()) {
                throw collections.error("expected a mapping of collections");
            }
            for (String collection : collections.keys()) {
                ConfigNode names = collections.get(collection);
                if (!names.isMapping()) {
                    throw names.error("expected a mapping of index names");
                }
                for (String name : names.keys()) {
                    ConfigNode fields = names.get(name);
                    if (!fields.isMapping() || fields.keys().isEmpty()) {
                        throw fields.error("expected a mapping of fields to ASCENDING, DESCENDING, TEXT or HASHED");
                    }
                    Map<String, String> kinds = new LinkedHashMap<>();
                    for (String field : fields.keys()) {
                        ConfigNode kind = fields.get(field);
                        String value = kind.asString();
                        if (!IndexSpec.KINDS.contains(value)) {
                            throw kind.error("expected ASCENDING, DESCENDING, TEXT or HASHED, found '" + value + "'");
                        }
                        kinds.put(field, value);
                    }
                    indexes.add(new IndexSpec(database, collection, name, kinds));
                }
            }
        }
        return indexes;
    }

    /** An existing index of the same name with other keys. */
    private static final class IndexConflict extends RuntimeException {
        private static final long serialVersionUID = 1L;

        IndexConflict(String message) {
            super(message, null, false, false);
        }
    }

    private record Open(MongoClient client) implements OpenConnection {

        @Override
        public Object handle() {
            return client;
        }

        @Override
        public boolean probe(Duration timeout) {
            try {
                ping(client).timeout(timeout).block();
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        }

        @Override
        public void close() {
            try {
                client.close(); // idempotent: the context closes it again when it stops
            } catch (RuntimeException e) {
                // Best effort.
            }
        }
    }
}
