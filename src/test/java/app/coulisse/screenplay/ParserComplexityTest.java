package app.coulisse.screenplay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parsing costs time proportional to the file: for every construct that made the old parser quadratic, ten times
 * the input may cost at most twenty times the time (a quadratic parser costs a hundred times). Complexity, not wall
 * time, so that a slow or busy machine does not fail it.
 */
class ParserComplexityTest {

    private static final int SMALL = 100 * 1024;
    private static final int LARGE = 1024 * 1024;

    static Stream<Arguments> constructs() {
        return HostileScreenplays.CONSTRUCTS.keySet().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constructs")
    @Tag("complexity")
    void ten_times_the_file_costs_less_than_twenty_times_the_time(String construct) {
        HostileScreenplays.Hostile small = HostileScreenplays.CONSTRUCTS.get(construct).apply(SMALL);
        HostileScreenplays.Hostile large = HostileScreenplays.CONSTRUCTS.get(construct).apply(LARGE);
        // A quadratic parser takes hours on the large file: fail instead of hanging the build.
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int warmUp = 0; warmUp < 3; warmUp++) {
                HostileScreenplays.parseNanos(small);
            }
            long smallNanos = best(small, 5);
            long largeNanos = best(large, 3);
            assertThat(largeNanos)
                    .as("%s: 100 KB in %.1f ms, 1 MB in %.1f ms", construct, smallNanos / 1e6, largeNanos / 1e6)
                    .isLessThan(20 * Math.max(smallNanos, 1_000_000L));
        });
    }

    private static long best(HostileScreenplays.Hostile file, int runs) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < runs; run++) {
            // A collection left over from the run before would be billed to this one: start each on a clean heap.
            System.gc();
            best = Math.min(best, HostileScreenplays.parseNanos(file));
        }
        return best;
    }
}
