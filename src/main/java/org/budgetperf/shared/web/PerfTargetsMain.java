package org.budgetperf.shared.web;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the service. One setting must be made before the HTTP server is built, so it cannot live in
 * application.properties: the server's own URI check ({@code vertx.disableURIValidation}) answers a malformed
 * request URI (a bad percent-encoding, raw braces) with an empty 400 before any handler runs. With it off, such a
 * request reaches {@link HttpLayerProblems} and the resources, which answer it with a problem document; the path is
 * still decoded and matched strictly there. The tests set the same property (pom.xml, surefire).
 */
@QuarkusMain
public final class PerfTargetsMain {

    public static void main(String... args) {
        if (System.getProperty("vertx.disableURIValidation") == null) {
            System.setProperty("vertx.disableURIValidation", "true");
        }
        Quarkus.run(args);
    }
}
