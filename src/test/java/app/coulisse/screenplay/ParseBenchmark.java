package app.coulisse.screenplay;

/**
 * The parse time of a 5 MB file (the upload limit) for every hostile construct, and of a long ordinary screenplay.
 * Run with {@code ./mvnw -B -Pbenchmark -DskipTests test}; the target is under 2 s each on a 2-core machine.
 */
public final class ParseBenchmark {

    private static final int FIVE_MB = 5 * 1024 * 1024;

    private ParseBenchmark() {
    }

    public static void main(String[] args) {
        System.out.println("== Screenplay parsing, 5 MB files (target < 2000 ms each)");
        HostileScreenplays.CONSTRUCTS.forEach((name, file) -> {
            HostileScreenplays.Hostile hostile = file.apply(FIVE_MB);
            HostileScreenplays.parseNanos(file.apply(FIVE_MB / 10)); // warm-up
            long best = Long.MAX_VALUE;
            for (int run = 0; run < 3; run++) {
                best = Math.min(best, HostileScreenplays.parseNanos(hostile));
            }
            System.out.printf("%-34s %,10d bytes %8.1f ms%n", name, hostile.content().length, best / 1e6);
        });
    }
}
