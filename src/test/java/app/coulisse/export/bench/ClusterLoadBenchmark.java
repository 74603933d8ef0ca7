package app.coulisse.export.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

/**
 * Load on a running cluster (record 057): 64 clients downloading the season workbook and 50 reading the episodes, for
 * a while, through the balancer; prints each kind's status counts, median and p95. Start the README's two-server
 * setup with the demo profile first, then:
 * {@code java src/test/java/app/coulisse/export/bench/ClusterLoadBenchmark.java http://localhost:8080 60}.
 */
public final class ClusterLoadBenchmark {

    private record Answer(String kind, int status, long millis) {
    }

    private ClusterLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        Duration length = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 60);
        String login = "Basic " + Base64.getEncoder().encodeToString("production:etoile-office".getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        long deadline = System.nanoTime() + length.toNanos();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 64; i++) {
                clients.submit(() -> run("workbook", base + "/api/seasons/1/breakdown.xlsx", login, http, answers, deadline));
            }
            for (int i = 0; i < 50; i++) {
                clients.submit(() -> run("episodes", base + "/api/episodes", login, http, answers, deadline));
            }
        }
        for (String kind : List.of("workbook", "episodes")) {
            List<Long> times = new ArrayList<>();
            Map<Integer, Integer> statuses = new TreeMap<>();
            answers.stream().filter(answer -> answer.kind().equals(kind)).forEach(answer -> {
                times.add(answer.millis());
                statuses.merge(answer.status(), 1, Integer::sum);
            });
            times.sort(Long::compare);
            System.out.printf("%-9s %6d requests, statuses %s, median %d ms, p95 %d ms%n", kind, times.size(), statuses,
                    percentile(times, 50), percentile(times, 95));
        }
    }

    private static Void run(String kind, String url, String login, HttpClient http, ConcurrentLinkedQueue<Answer> answers,
                            long deadline) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", login)
                .timeout(Duration.ofSeconds(60)).build();
        while (System.nanoTime() < deadline) {
            long start = System.nanoTime();
            int status;
            try {
                status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (Exception failed) {
                status = -1; // no answer at all: counted apart from the statuses
            }
            answers.add(new Answer(kind, status, (System.nanoTime() - start) / 1_000_000));
        }
        return null;
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }
}
