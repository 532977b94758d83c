package dev.shiva.core.validate;

import dev.shiva.core.diag.Diagnostics;
import dev.shiva.core.load.SourceConfig;

/**
 * One semantic rule over a config whose shape the schema has checked. Rules read tolerantly
 * (a value of the wrong type reads as absent: the schema reported it) and report every problem
 * they see, never only the first.
 */
interface Rule {

    void check(SourceConfig config, Diagnostics out);
}
