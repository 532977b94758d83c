package dev.shiva.core.output;

import java.io.IOException;

/**
 * Where a {@link Plan} goes: carried out on disk ({@link FileSystemSink}), listed ({@link
 * DryRunSink}) or shown as a diff ({@link DiffSink}). Generators never see a sink; they only
 * produce content.
 */
public interface OutputSink {

    void write(Plan plan) throws IOException;
}
