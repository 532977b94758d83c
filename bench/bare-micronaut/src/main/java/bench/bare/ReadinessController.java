package bench.bare;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.util.Map;

/** The same endpoint the benchmark polls on the shiva service. */
@Controller("/readiness")
public class ReadinessController {

    @Get
    public Map<String, String> ready() {
        return Map.of("status", "ok");
    }
}
