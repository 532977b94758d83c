package dev.shiva.templates;

import java.util.List;

/** The connections of one driver in application.yml; present only when there is at least one. */
public record ConnectionSection(List<NamedUri> servers) {
    public ConnectionSection {
        servers = ViewChecks.list("servers", servers);
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("a connection section needs a connection; leave it out instead");
        }
    }
}
