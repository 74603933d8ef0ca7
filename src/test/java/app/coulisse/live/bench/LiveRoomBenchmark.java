package app.coulisse.live.bench;

import app.coulisse.Application;
import app.coulisse.SecurityAwareRequest;
import app.coulisse.live.ChangeBus;
import app.coulisse.live.EpisodeChanged;
import app.coulisse.live.ui.LiveScreens;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.screenplay.ImportMode;
import app.coulisse.screenplay.LargeScreenplays;
import app.coulisse.screenplay.ScreenplayImportService;
import app.coulisse.screenplay.ScriptTextService;
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
import java.util.Set;
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
    private static final int READER_SCENES = 60;
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
    private volatile Move current;
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

        Heap writersBoards = heapOf(board, WRITER);
        Heap officeBoards = heapOf(board, OFFICE);
        Heap oneLiners = heapOf(oneLiner, WRITER);
        Heap landing = heapOf("", WRITER);
        long scripted = scriptedEpisode();
        Heap readers = heapOf("episodes/" + scripted + "/script", WRITER);

        Latency bare = latency();
        open(1, board, WRITER);
        Latency oneBoardLatency = latency();
        open(SCREENS - 1, board, WRITER);
        Latency boardsLatency = latency();
        int watched = context.getBean(LiveScreens.class).watchedCount();
        closeAll();
        open(SCREENS, oneLiner, WRITER);
        Latency oneLinersLatency = latency();
        closeAll();

        Runtime runtime = Runtime.getRuntime();
        System.out.println("== The live room: heap per open screen and push latency (issue 18), Vaadin in "
                + (productionMode ? "production" : "development") + " mode");
        System.out.printf("Demo episode %d: %d scenes; each screen its own Karibu mock session (service, HTTP session, "
                + "UI); max heap %d MB, %d processors%n", episodeId, scenes, runtime.maxMemory() >> 20,
                runtime.availableProcessors());
        System.out.printf("Retained heap after full GCs, %d screens open, per screen, against the heap before opening "
                + "them / after closing them:%n", SCREENS);
        System.out.println("  writer's board (editable):   " + writersBoards);
        System.out.println("  office board (read-only):    " + officeBoards);
        System.out.println("  one-liner:                   " + oneLiners);
        System.out.println("  landing page (session only): " + landing);
        System.out.printf("  script reader, %d scenes, %d script elements: %s%n", READER_SCENES,
                SystemAuthentication.asShowrunner(() -> scriptElements(scripted)), readers);
        System.out.printf("Push latency, commit of a move -> every open screen refreshed and its push written "
                + "(%d moves after %d; %d screens followed):%n", MOVES, WARM_UP_MOVES, watched);
        System.out.println("  bare ChangeBus delivery (0 screens): " + bare);
        System.out.println("  1 board:                             " + oneBoardLatency);
        System.out.println("  " + SCREENS + " boards:                           " + boardsLatency);
        System.out.println("  " + SCREENS + " one-liners:                       " + oneLinersLatency);
    }

    /**
     * A new episode holding a {@link #READER_SCENES}-scene script with its text kept (issue 24's reader measure), each
     * scene six exchanges of an action line and two speeches, as a dialogue-heavy episode has.
     */
    private long scriptedEpisode() {
        SeasonService seasons = context.getBean(SeasonService.class);
        ScreenplayImportService imports = context.getBean(ScreenplayImportService.class);
        return SystemAuthentication.asShowrunner(() -> {
            long episode = seasons.createEpisode("199", "Reader benchmark").getId();
            imports.commit(episode, "reader.fountain", LargeScreenplays.fountain("ODETTE", READER_SCENES, 6),
                    ImportMode.APPEND, Set.of());
            return episode;
        });
    }

    private long scriptElements(long episode) {
        return context.getBean(ScriptTextService.class).episodeText(episode).values().stream()
                .mapToLong(List::size).sum();
    }

    /** Opens {@link #SCREENS} tabs on a route as a user, and measures the heap before, with them and after. */
    private Heap heapOf(String route, String username) throws InterruptedException {
        long before = retainedHeap();
        open(SCREENS, route, username);
        long with = retainedHeap();
        String composition = composition(tabs.getFirst());
        if (Boolean.getBoolean("coulisse.bench.hold")) {
            // For a class histogram (jcmd PID GC.class_histogram) with the screens open.
            System.err.println("(holding " + SCREENS + " on '" + route + "' as " + username + ")");
            Thread.sleep(45_000);
        }
        closeAll();
        return new Heap(before, with, retainedHeap(), composition);
    }

    /** The retained heap before, with and after {@link #SCREENS} screens, and one screen's state nodes. */
    private record Heap(long before, long with, long after, String composition) {

        @Override
        public String toString() {
            return String.format("%,10d / %,10d bytes; %s", (with - before) / SCREENS, (with - after) / SCREENS,
                    composition);
        }
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
            ui.getInternals().setPushConnection(new EncodedPush(ui, tabs.size()));
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
        double[] first = new double[MOVES];
        double[] last = new double[MOVES];
        for (int move = 0; move < WARM_UP_MOVES + MOVES; move++) {
            Move watching = new Move(tabs.size());
            Runnable unsubscribe = bus.subscribe(change -> {
                if (change.kind() == EpisodeChanged.Kind.OUTLINE && change.episodeId() == episodeId) {
                    watching.committed(change.at());
                }
            });
            current = watching;
            boolean down = move % 2 == 0;
            SystemAuthentication.asShowrunner(() -> {
                if (down) {
                    outline.moveSceneDown(movedScene);
                } else {
                    outline.moveSceneUp(movedScene);
                }
                return null;
            });
            if (!watching.done.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Not every screen was refreshed after move " + move + ": "
                        + watching.done.getCount() + " of " + tabs.size() + " left; notices so far " + notices);
            }
            current = null;
            unsubscribe.run();
            if (move >= WARM_UP_MOVES) {
                first[move - WARM_UP_MOVES] = watching.millis(watching.first);
                last[move - WARM_UP_MOVES] = watching.millis(watching.last);
            }
        }
        return Latency.of(first, last);
    }

    /** One move being watched: its commit time, and when the first and the last screen pushed its refresh. */
    private static final class Move {

        private final CountDownLatch done;
        private final java.util.concurrent.atomic.AtomicIntegerArray pushed;
        private Instant commit;
        private Instant first;
        private Instant last;

        Move(int screens) {
            this.done = new CountDownLatch(screens + 1);
            this.pushed = new java.util.concurrent.atomic.AtomicIntegerArray(screens);
        }

        /** The notice reached a listener; with no screen open, that is the bare delivery measured. */
        synchronized void committed(Instant at) {
            if (commit == null) {
                commit = at;
                if (pushed.length() == 0) {
                    first = Instant.now();
                    last = first;
                }
                done.countDown();
            }
        }

        /** A screen pushed changes: the refresh of this move, the first time for that screen. */
        void pushedBy(int screen) {
            Instant now = Instant.now();
            if (pushed.compareAndSet(screen, 0, 1)) {
                synchronized (this) {
                    first = first == null ? now : first;
                    last = now;
                }
                done.countDown();
            }
        }

        synchronized double millis(Instant at) {
            return at == null ? 0 : Duration.between(commit, at).toNanos() / 1e6;
        }
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

    /** A connected push that writes each message as Vaadin would send it, notes the moment, and drops it. */
    private final class EncodedPush implements PushConnection {

        private final transient UI ui;
        private final int screen;

        EncodedPush(UI ui, int screen) {
            this.ui = ui;
            this.screen = screen;
        }

        @Override
        public void push() {
            var message = new UidlWriter().createUidl(ui, true);
            boolean changes = message.has("changes") && !message.get("changes").isEmpty();
            if (message.toString().isEmpty()) {
                throw new IllegalStateException("An empty push message");
            }
            Move move = current;
            if (changes && move != null) {
                move.pushedBy(screen);
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

    /** The first and the last screen's push after a commit: medians and maxima, in milliseconds. */
    private record Latency(double firstMedian, double lastMedian, double lastMax) {

        static Latency of(double[] first, double[] last) {
            double[] firsts = first.clone();
            double[] lasts = last.clone();
            Arrays.sort(firsts);
            Arrays.sort(lasts);
            return new Latency(firsts[firsts.length / 2], lasts[lasts.length / 2], lasts[lasts.length - 1]);
        }

        @Override
        public String toString() {
            return String.format("last screen: median %7.2f ms, max %7.2f ms (first screen: median %6.2f ms)",
                    lastMedian, lastMax, firstMedian);
        }
    }
}
