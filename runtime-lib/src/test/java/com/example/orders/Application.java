package com.example.orders;

import dev.shiva.runtime.ShivaApplication;

/** The generated main class. */
public final class Application {

    private Application() {}

    public static void main(String[] args) {
        ShivaApplication.run(Application.class, args, new ServiceDefinition());
    }
}
