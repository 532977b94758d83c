package dev.shiva.core.diag;

/**
 * Every diagnostic shiva can report. The ids are stable: tools and users match on them, so an id
 * is never reused for another meaning.
 */
public enum Code {
    IO_UNREADABLE("SHV-IO-001", Severity.ERROR, "the file cannot be read"),

    YAML_SYNTAX("SHV-YAML-001", Severity.ERROR, "the file is not valid YAML"),
    YAML_DUPLICATE_KEY("SHV-YAML-002", Severity.ERROR, "a mapping has the same key twice"),
    YAML_TOO_LARGE("SHV-YAML-003", Severity.ERROR, "the file, or what its aliases expand to, is too large"),
    YAML_ALIAS("SHV-YAML-004", Severity.ERROR, "an alias is recursive or there are too many aliases"),
    YAML_TOO_DEEP("SHV-YAML-005", Severity.ERROR, "the document nests deeper than allowed"),
    YAML_UNSUPPORTED("SHV-YAML-006", Severity.ERROR, "a tag, key or merge that config.yml cannot hold"),
    YAML_NOT_ONE_DOCUMENT("SHV-YAML-007", Severity.ERROR, "the file is empty or holds several documents"),

    PLACEHOLDER_MALFORMED("SHV-PH-001", Severity.ERROR, "a ${...} placeholder is malformed"),
    PLACEHOLDER_EXPRESSION("SHV-PH-002", Severity.ERROR, "a ${...} holds a Mako/Python expression"),
    MAKO_CONTROL("SHV-PH-003", Severity.ERROR, "a Mako control line, block or tag"),

    SCHEMA_UNKNOWN_KEY("SHV-SCH-001", Severity.ERROR, "a key that this section does not have"),
    SCHEMA_MISSING_KEY("SHV-SCH-002", Severity.ERROR, "a required key is missing"),
    SCHEMA_TYPE("SHV-SCH-003", Severity.ERROR, "a value of the wrong type"),
    SCHEMA_VALUE("SHV-SCH-004", Severity.ERROR, "a value that is not one of the allowed ones"),
    SCHEMA_RANGE("SHV-SCH-005", Severity.ERROR, "a number out of range"),
    SCHEMA_FORMAT("SHV-SCH-006", Severity.ERROR, "a string of the wrong form"),
    SCHEMA_EMPTY("SHV-SCH-007", Severity.ERROR, "an empty value where one is needed"),
    SCHEMA_DUPLICATE_ITEM("SHV-SCH-008", Severity.ERROR, "a list holds the same item twice"),
    SCHEMA_OTHER("SHV-SCH-099", Severity.ERROR, "another violation of the schema"),

    REF_CONNECTION_UNKNOWN("SHV-REF-001", Severity.ERROR, "an rmq dispatcher names an unknown connection"),
    REF_CONNECTION_DRIVER("SHV-REF-002", Severity.ERROR, "an rmq dispatcher names a connection that is not rmq"),
    REF_DISPATCHER_UNKNOWN("SHV-REF-003", Severity.ERROR, "a worker names an unknown dispatcher"),
    REF_DEPENDS_UNKNOWN("SHV-REF-004", Severity.ERROR, "a depends entry names no connection"),
    REF_DEPENDS_AMBIGUOUS("SHV-REF-005", Severity.ERROR, "a depends entry names a driver several connections use"),
    REF_DISPATCHER_DISABLED("SHV-REF-006", Severity.WARNING, "an enabled worker's dispatcher is disabled"),

    CONNECTION_POOL_SIZES("SHV-CONN-001", Severity.ERROR, "a connection pool's minimum is larger than its maximum"),
    CONNECTION_S3_CREDENTIALS("SHV-CONN-002", Severity.ERROR, "an s3 connection has a key id or a secret, not both"),

    DUPLICATE_DISPATCHER("SHV-DUP-001", Severity.ERROR, "two dispatchers have the same identity"),
    DUPLICATE_WORKER("SHV-DUP-002", Severity.ERROR, "two workers have the same name"),

    PROTOCOL_UNKNOWN("SHV-PROTO-001", Severity.ERROR, "proto names no known protocol"),
    POLICY_GROUP("SHV-POL-001", Severity.ERROR, "policy GROUP is not supported"),

    ROUTE_MALFORMED("SHV-ROUTE-001", Severity.ERROR, "a route key is not object.action"),
    ROUTE_DUPLICATE("SHV-ROUTE-002", Severity.ERROR, "two workers of one dispatcher handle the same route"),
    ROUTE_NONE("SHV-ROUTE-003", Severity.ERROR, "a routed rmq worker handles no route"),
    ROUTE_IGNORED("SHV-ROUTE-004", Severity.WARNING, "routes on a worker whose dispatcher does not route"),

    NAME_CLASS_COLLISION("SHV-NAME-001", Severity.ERROR, "two worker classes map to one Java class name"),
    NAME_MEMBER_COLLISION("SHV-NAME-002", Severity.ERROR, "two names map to one Java identifier"),
    NAME_NOT_JAVA("SHV-NAME-003", Severity.ERROR, "a name that cannot become a Java identifier"),
    NAME_ACCESSOR_CLASH(
            "SHV-NAME-004",
            Severity.ERROR,
            "a connection's accessor would clash with a route handler or a runtime method of its worker class"),
    CONFIG_TYPE_CONFLICT("SHV-CFG-001", Severity.ERROR, "workers of one class give a config key different types"),
    WORKER_KIND_CONFLICT("SHV-WRK-001", Severity.ERROR, "one worker class under dispatchers of different types"),
    WEB_WORKER_SHARED("SHV-WRK-002", Severity.ERROR, "one web worker class used by several entries"),

    ENABLED_MISSING("SHV-ENABLED-001", Severity.WARNING, "enabled is missing, so the entry is disabled"),
    RMQ_ARGUMENT_PREFIX("SHV-RMQ-001", Severity.WARNING, "a queue argument without the x- prefix has no effect"),
    RMQ_NO_DEAD_LETTER("SHV-RMQ-002", Severity.WARNING, "rejected messages of a queue are dropped");

    private final String id;
    private final Severity severity;
    private final String summary;

    Code(String id, Severity severity, String summary) {
        this.id = id;
        this.severity = severity;
        this.summary = summary;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public String summary() {
        return summary;
    }
}
