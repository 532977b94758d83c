package dev.shiva.templates;

/**
 * One worker in the README's table.
 *
 * @param name the worker's instance name ({@code name} in config.yml)
 * @param javaClass the user-owned class that implements it
 * @param dispatcher the dispatcher it is attached to
 */
public record WorkerRow(String name, String javaClass, String dispatcher) {
    public WorkerRow {
        ViewChecks.tableCell("name", name);
        ViewChecks.tableCell("javaClass", javaClass);
        ViewChecks.tableCell("dispatcher", dispatcher);
    }
}
