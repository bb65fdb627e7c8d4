package org.budgetperf.support;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Export jobs as the tests wait for them: bulk exports and open-data packages alike. */
public final class ExportJobs {

    private ExportJobs() {}

    /** Polls the job at {@code location} until it has finished (SUCCEEDED or FAILED); fails after 30 s. */
    public static Response finished(RequestSpecification as, String location) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            Response job = as.get(location);
            job.then().statusCode(200);
            String state = job.path("state");
            if (state.equals("SUCCEEDED") || state.equals("FAILED")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("export " + location + " did not finish in 30 s");
    }
}
