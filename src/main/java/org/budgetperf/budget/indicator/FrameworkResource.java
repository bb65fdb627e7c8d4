package org.budgetperf.budget.indicator;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.web.Page;
import org.budgetperf.shared.web.PageRequest;

/** {@code /api/v1/indicator-frameworks}: the (一级, 二级) frameworks tables are checked against. */
@Path("/api/v1/indicator-frameworks")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class FrameworkResource {

    private final FrameworkCatalog catalog;

    public FrameworkResource(FrameworkCatalog catalog) {
        this.catalog = catalog;
    }

    /** A framework as the API returns it: its 一级 with their 二级, in form order. */
    public record FrameworkView(String code, String name, boolean isDefault, List<Level1View> levels) {

        /** One 一级 and its 二级 names. */
        public record Level1View(String name, List<String> level2) {}

        static FrameworkView of(IndicatorFramework f) {
            List<Level1View> levels = f.level1Names().stream()
                    .map(l1 -> new Level1View(
                            l1,
                            f.entries().stream()
                                    .filter(e -> e.level1().equals(l1))
                                    .map(IndicatorFramework.Entry::level2)
                                    .toList()))
                    .toList();
            return new FrameworkView(f.code(), f.name(), FrameworkCatalog.DEFAULT_CODE.equals(f.code()), levels);
        }
    }

    @GET
    public Page<FrameworkView> list(
            @QueryParam("page") String page, @QueryParam("size") String size, @Context UriInfo uri) {
        return PageRequest.of(page, size).ofAll(catalog.all(), FrameworkView::of, uri);
    }

    @GET
    @Path("{code}")
    public FrameworkView get(@PathParam("code") String code) {
        return FrameworkView.of(
                catalog.find(code).orElseThrow(() -> ProblemException.notFound(Messages.INDICATOR_FRAMEWORK, code)));
    }
}
