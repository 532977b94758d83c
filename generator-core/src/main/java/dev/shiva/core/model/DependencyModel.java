package dev.shiva.core.model;

/**
 * A connection that entries of a worker class list under {@code depends}: one accessor on the
 * class's base.
 *
 * @param optional true when some entries of the class do not list it: the accessor returns an
 *     {@code Optional}, empty for those entries
 */
public record DependencyModel(ConnectionModel connection, boolean optional) {}
