package bench.bare;

import io.micronaut.runtime.Micronaut;

/** Starts the bare baseline: Micronaut alone. */
public final class Application {

    private Application() {}

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
