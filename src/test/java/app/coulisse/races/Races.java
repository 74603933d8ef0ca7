package app.coulisse.races;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** The race tests' one way to let two people act at the same moment, each on their own thread and login. */
final class Races {

    private Races() {
    }

    /** What one racer does; it calls {@code together} where both must wait for each other (after loading, say). */
    @FunctionalInterface
    interface Racer {
        void run(int racer, Runnable together) throws Exception;
    }

    /** Runs two racers logged in as {@code username}; each outcome is the racer's index when it finished, or what it threw. */
    static List<Object> twice(String username, String role, Racer racer) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        Runnable together = () -> {
            try {
                barrier.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Object>> futures = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                actAs(username, role);
                try {
                    racer.run(index, together);
                    return (Object) index;
                } catch (RuntimeException refused) {
                    return refused;
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> future : futures) {
            outcomes.add(future.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return outcomes;
    }

    /** The index of the one racer that finished. */
    static int winner(List<Object> outcomes) {
        return outcomes.stream().filter(Integer.class::isInstance).map(Integer.class::cast).findFirst().orElseThrow();
    }

    /** Logs this thread in as {@code username} with {@code role}. */
    static void actAs(String username, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList("ROLE_" + role)));
    }
}
