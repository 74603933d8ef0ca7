package app.coulisse.live.bench;

import app.coulisse.Application;
import app.coulisse.SecurityAwareRequest;
import app.coulisse.live.ChangeBus;
import app.coulisse.live.EpisodeChanged;
import app.coulisse.live.ui.LiveScreens;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.season.Episode;
import app.coulisse.season.SeasonService;
import app.coulisse.security.SystemAuthentication;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.PushConnection;
import com.vaadin.flow.server.communication.UidlWriter;
import com.vaadin.flow.shared.communication.PushMode;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The live room's cost (issue 18): the whole app (Spring, H2 in memory with the demo room), each open screen a
 * Karibu mock session of its own (servlet service, HTTP session, UI, login kept in the session as Spring Security
 * keeps it), on the demo episode with the most scenes. Prints:
 * <ul>
 * <li>the retained heap after a full GC with 0, 1 and 20 boards open (and 20 one-liners, and 20 tabs on the
 * landing page: the same sessions without an episode screen), as bytes per screen;</li>
 * <li>the push latency: from the commit of a scene move through {@code OutlineService} (the notice's time) until
 * every open board has run its refresh (the {@code UI.access} command), median and max of 50 moves, with 0 (the
 * bare {@code ChangeBus} delivery), 1 and 20 boards open.</li>
 * </ul>
 * Each UI has push on, with a connection that writes the push message (Vaadin's own {@link UidlWriter}, to a
 * string) instead of sending it: the pending changes leave the UI as they do on a server, and their encoding counts
 * in the latency. The sessions are left unlocked, so the notice thread takes each session's lock, runs the refresh
 * and pushes, as on a server. Run with {@code ./mvnw -Pbenchmark} (heap capped at 512 MB).
 */
public final class LiveRoomBenchmark {

    private static final int SCREENS = 20;
    private static final int MOVES = 50;
    private static final int WARM_UP_MOVES = 5;
    private static final String WRITER = "writer";
    private static final String OFFICE = "production";

    private final ConfigurableApplicationContext context;
    private final Routes routes = new Routes().autoDiscoverViews("app.coulisse");
    private final List<VaadinSession> tabs = new ArrayList<>();
    private final OutlineService outline;
    private final ChangeBus bus;
    private final long episodeId;
    private final long movedScene;
    private final java.util.Map<String, Integer> notices = new java.util.concurrent.ConcurrentHashMap<>();

    private LiveRoomBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
        this.outline = context.getBean(OutlineService.class);
        this.bus = context.getBean(ChangeBus.class);
        SeasonService seasons = context.getBean(SeasonService.class);
        Episode episode = SystemAuthentication.asShowrunner(() -> seasons.episodes().stream()
                .max(Comparator.comparingLong(e -> seasons.sceneCount(e.getId()))).orElseThrow());
        this.episodeId = episode.getId();
        bus.subscribe(change -> notices.merge(change.kind().name(), 1, Integer::sum));
        this.movedScene = SystemAuthentication.asShowrunner(() -> outline.scenes(episodeId).getFirst().getId());
    }

    public static void main(String[] args) throws Exception {
        // As the production jar runs: without it, Vaadin's development mode keeps two stack traces per component
        // (where it was created and attached, for its dev tools), a good part of a board's heap and render time.
        boolean development = List.of(args).contains("--development-mode");
        System.setProperty("vaadin.productionMode", String.valueOf(!development));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).run(
                "--server.port=0", "--spring.datasource.url=jdbc:h2:mem:live-benchmark;DB_CLOSE_DELAY=-1",
                "--coulisse.demo-data=true", "--coulisse.admin-user=benchmark",
                "--coulisse.admin-password=pointe-shoes-42",
                "--logging.level.root=warn", "--spring.main.banner-mode=off")) {
            new LiveRoomBenchmark(context).run();
        }
    }

    private void run() throws InterruptedException {
        String board = "episodes/" + episodeId + "/board";
        String oneLiner = "episodes/" + episodeId + "/one-liner";
        int scenes = SystemAuthentication.asShowrunner(() -> outline.scenes(episodeId).size());

        // Warm-up: classes, caches and translations are loaded once, so 0 screens is the same process later on.
        open(1, board, WRITER);
        open(1, oneLiner, WRITER);
        open(1, "", WRITER);
        boolean productionMode = tabs.getFirst().getService().getDeploymentConfiguration().isProductionMode();
        closeAll();
        Latency bare = latency();

        long none = retainedHeap();
        open(1, board, WRITER);
        long oneBoard = retainedHeap();
        Latency oneBoardLatency = latency();
        open(SCREENS - 1, board, WRITER);
        long boards = retainedHeap();
        String composition = composition(tabs.getFirst());
        Latency boardsLatency = latency();
        int watched = context.getBean(LiveScreens.class).watchedCount();
        closeAll();

        long noneForOffice = retainedHeap();
        open(SCREENS, board, OFFICE);
        long officeBoards = retainedHeap();
        String officeComposition = composition(tabs.getFirst());
        closeAll();

        long noneForOneLiners = retainedHeap();
        open(1, oneLiner, WRITER);
        long oneOneLiner = retainedHeap();
        open(SCREENS - 1, oneLiner, WRITER);
        long oneLiners = retainedHeap();
        String oneLinerComposition = composition(tabs.getFirst());
        Latency oneLinersLatency = latency();
        closeAll();

        long noneForLanding = retainedHeap();
        open(SCREENS, "", WRITER);
        long landing = retainedHeap();
        closeAll();

        Runtime runtime = Runtime.getRuntime();
        System.out.println("== The live room: heap per open screen and push latency (issue 18), Vaadin in "
                + (productionMode ? "production" : "development") + " mode");
        System.out.printf("Demo episode %d: %d scenes; each screen its own Karibu mock session (service, HTTP session, "
                + "UI); max heap %d MB, %d processors%n", episodeId, scenes, runtime.maxMemory() >> 20,
                runtime.availableProcessors());
        System.out.printf("Retained heap after full GCs, no screen open: %,d bytes%n", none);
        System.out.printf("  1 writer's board:        %,11d bytes more%n", oneBoard - none);
        System.out.printf("  %d writers' boards:      %,11d bytes more: %,d per board (%,d per board after the first)%n",
                SCREENS, boards - none, (boards - none) / SCREENS, (boards - oneBoard) / (SCREENS - 1));
        System.out.printf("  %d office boards (read-only): %,d bytes more: %,d per board%n", SCREENS,
                officeBoards - noneForOffice, (officeBoards - noneForOffice) / SCREENS);
        System.out.printf("  1 one-liner:             %,11d bytes more%n", oneOneLiner - noneForOneLiners);
        System.out.printf("  %d one-liners:           %,11d bytes more: %,d per one-liner%n", SCREENS,
                oneLiners - noneForOneLiners, (oneLiners - noneForOneLiners) / SCREENS);
        System.out.printf("  %d tabs on the landing page: %,d bytes more: %,d per tab (the session, no episode screen)%n",
                SCREENS, landing - noneForLanding, (landing - noneForLanding) / SCREENS);
        System.out.println("  a writer's board: " + composition);
        System.out.println("  an office board:  " + officeComposition);
        System.out.println("  a one-liner:      " + oneLinerComposition);
        System.out.printf("Push latency, commit of a move -> every open screen refreshed and its push written "
                + "(%d moves after %d; %d screens followed):%n", MOVES, WARM_UP_MOVES, watched);
        System.out.println("  bare ChangeBus delivery (0 screens): " + bare);
        System.out.println("  1 board:                             " + oneBoardLatency);
        System.out.println("  " + SCREENS + " boards:                           " + boardsLatency);
        System.out.println("  " + SCREENS + " one-liners:                       " + oneLinersLatency);
    }

    /** How many state nodes (elements) a tab's UI holds, and the commonest tags among them. */
    private static String composition(VaadinSession session) {
        session.lock();
        try {
            UI ui = session.getUIs().iterator().next();
            java.util.Map<String, Integer> tags = new java.util.TreeMap<>();
            int[] nodes = {0};
            ui.getInternals().getStateTree().getRootNode().visitNodeTree(node -> {
                nodes[0]++;
                if (node.hasFeature(com.vaadin.flow.internal.nodefeature.ElementData.class)) {
                    tags.merge(com.vaadin.flow.dom.Element.get(node).getTag(), 1, Integer::sum);
                }
            });
            return nodes[0] + " nodes; " + tags.entrySet().stream()
                    .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()).limit(8)
                    .map(tag -> tag.getValue() + " " + tag.getKey()).collect(java.util.stream.Collectors.joining(", "));
        } finally {
            session.unlock();
        }
    }

    /** Opens {@code count} tabs on a route, each its own session logged in as a demo user. */
    private void open(int count, String route, String username) {
        long start = System.nanoTime();
        UserDetailsService users = context.getBean(UserDetailsService.class);
        for (int i = 0; i < count; i++) {
            CurrentInstance.clearAll();
            UserDetails user = users.loadUserByUsername(username);
            SecurityContext security = SecurityContextHolder.createEmptyContext();
            security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.getUsername(), null,
                    user.getAuthorities()));
            SecurityContextHolder.setContext(security);
            MockVaadin.setMockRequestFactory(SecurityAwareRequest::new);
            MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
            VaadinSession session = VaadinSession.getCurrent();
            session.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, security);
            UI ui = UI.getCurrent();
            ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
            ui.getInternals().setPushConnection(new EncodedPush(ui));
            ui.navigate(route);
            tabs.add(session);
            // Unlocking pushes the first render (the page's first response); left unlocked, the notice thread
            // locks the session to refresh and push it, as on a server.
            while (session.hasLock()) {
                session.unlock();
            }
        }
        CurrentInstance.clearAll();
        SecurityContextHolder.clearContext();
        System.err.printf("(opened %d on '%s' in %.1f s)%n", count, route, (System.nanoTime() - start) / 1e9);
    }

    /** Closes every tab as Karibu's tear-down does (its UI detached, its session closed). */
    private void closeAll() {
        for (VaadinSession session : tabs) {
            session.lock();
            CurrentInstance.clearAll();
            VaadinService.setCurrent(session.getService());
            VaadinSession.setCurrent(session);
            CurrentInstance.setCurrent(session.getUIs().iterator().next());
            MockVaadin.tearDown();
        }
        tabs.clear();
        CurrentInstance.clearAll();
    }

    /** Commit → every open tab refreshed: a probe per tab queues its work after the live screens' refresh. */
    private Latency latency() throws InterruptedException {
        long start = System.nanoTime();
        try {
            return measureLatency();
        } finally {
            System.err.printf("(latency with %d screens measured in %.1f s)%n", tabs.size(),
                    (System.nanoTime() - start) / 1e9);
        }
    }

    private Latency measureLatency() throws InterruptedException {
        List<UI> uis = tabs.stream().map(session -> session.getUIs().iterator().next()).toList();
        double[] millis = new double[MOVES];
        for (int move = 0; move < WARM_UP_MOVES + MOVES; move++) {
            CountDownLatch refreshed = new CountDownLatch(Math.max(1, uis.size()));
            Instant[] last = new Instant[1];
            Instant[] committed = new Instant[1];
            Runnable unsubscribe = bus.subscribe(change -> {
                if (change.kind() != EpisodeChanged.Kind.OUTLINE || change.episodeId() != episodeId) {
                    return;
                }
                committed[0] = change.at();
                if (uis.isEmpty()) {
                    last[0] = Instant.now();
                    refreshed.countDown();
                }
                for (UI ui : uis) {
                    ui.access(() -> {
                        synchronized (last) {
                            last[0] = Instant.now();
                        }
                        refreshed.countDown();
                    });
                }
            });
            boolean down = move % 2 == 0;
            SystemAuthentication.asShowrunner(() -> {
                if (down) {
                    outline.moveSceneDown(movedScene);
                } else {
                    outline.moveSceneUp(movedScene);
                }
                return null;
            });
            if (!refreshed.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Not every screen was refreshed after move " + move + ": "
                        + refreshed.getCount() + " of " + uis.size() + " left; notices so far " + notices);
            }
            unsubscribe.run();
            if (move >= WARM_UP_MOVES) {
                synchronized (last) {
                    millis[move - WARM_UP_MOVES] = Duration.between(committed[0], last[0]).toNanos() / 1e6;
                }
            }
        }
        return Latency.of(millis);
    }

    /** The heap still used after full collections, in bytes. */
    private static long retainedHeap() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int round = 0; round < 4; round++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** A connected push that writes each message as Vaadin would send it, and drops it. */
    private static final class EncodedPush implements PushConnection {

        private final transient UI ui;

        EncodedPush(UI ui) {
            this.ui = ui;
        }

        @Override
        public void push() {
            if (new UidlWriter().createUidl(ui, true).toString().isEmpty()) {
                throw new IllegalStateException("An empty push message");
            }
        }

        @Override
        public void disconnect() {
            // Nothing to close.
        }

        @Override
        public boolean isConnected() {
            return true;
        }
    }

    /** Median and max of some latencies, in milliseconds. */
    private record Latency(double median, double max) {

        static Latency of(double[] millis) {
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            return new Latency(sorted[sorted.length / 2], sorted[sorted.length - 1]);
        }

        @Override
        public String toString() {
            return String.format("median %7.2f ms, max %7.2f ms", median, max);
        }
    }
}
