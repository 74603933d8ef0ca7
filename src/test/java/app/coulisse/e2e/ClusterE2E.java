package app.coulisse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Two production servers on one PostgreSQL database behind HAProxy with the README's configuration (record 057):
 * two people on different servers share the room, and when one server is killed with {@code kill -9} its user lands
 * on the survivor's login page and finds every committed change. Runs when {@code .ci/run} names the database
 * ({@code -Dcoulisse.e2e.cluster-db-url}); the journeys on the embedded database run without it.
 */
@EnabledIfSystemProperty(named = "coulisse.e2e.cluster-db-url", matches = "jdbc:postgresql:.*")
class ClusterE2E {

    private static final Path JAR = Path.of(System.getProperty("coulisse.e2e.jar", "target/coulisse-0.1.0-SNAPSHOT.jar"));
    private static final Path OUTPUT = Path.of(System.getProperty("coulisse.e2e.output", "target/e2e"));
    private static final String SERVER_COOKIE = "COULISSE_SERVER";

    @Test
    void a_killed_server_loses_nothing_and_its_user_carries_on_on_the_other() throws Exception {
        String database = System.getProperty("coulisse.e2e.cluster-db-url");
        String user = System.getProperty("coulisse.e2e.cluster-db-user", "coulisse");
        String password = System.getProperty("coulisse.e2e.cluster-db-password", "coulisse");
        try (ProductionServer app1 = ProductionServer.startClustered(JAR, OUTPUT, "cluster-app1", database, user, password);
             ProductionServer app2 = ProductionServer.startClustered(JAR, OUTPUT, "cluster-app2", database, user, password);
             Balancer balancer = Balancer.start(app1, app2, OUTPUT)) {
            Browser writer = Browser.start(balancer, OUTPUT);
            Browser showrunner = Browser.start(balancer, OUTPUT);
            try {
                writer.loginAs(DemoLogin.WRITER);
                String writersServer = writer.cookie(SERVER_COOKIE);
                String othersServer = "app1".equals(writersServer) ? "app2" : "app1";
                // The showrunner's browser is sent to the other server, as the balancer's next new session would be.
                showrunner.open("actuator/health/liveness");
                showrunner.setCookie(SERVER_COOKIE, othersServer);
                showrunner.loginAs(DemoLogin.SHOWRUNNER);
                assertThat(showrunner.cookie(SERVER_COOKIE)).isEqualTo(othersServer);

                writer.createEpisode("951", "Two servers");
                writer.openEpisodeFromSeason("951");
                String writersScene = writer.addSceneToFirstAct("Written before the crash.");
                showrunner.openEpisodeFromSeason("951");
                // Presence crosses servers: each sees the other's avatar.
                showrunner.find("vaadin-avatar-group#episode-presence:not([hidden])");
                writer.find("vaadin-avatar-group#episode-presence:not([hidden])");
                String showrunnersScene = showrunner.addSceneToFirstAct("Written on the other server.");
                writer.find("#" + showrunnersScene);

                ProductionServer dead = "app1".equals(writersServer) ? app1 : app2;
                long killed = System.nanoTime();
                dead.kill();
                Duration routedAway = balancer.awaitStatus(writersServer, "DOWN", Duration.ofSeconds(30));
                System.out.printf("Cluster: HAProxy marked the killed server DOWN %d ms after kill -9%n",
                        routedAway.toMillis());

                // The writer's next click reaches the survivor, which knows no session of theirs: the login page.
                writer.find("vaadin-horizontal-layout#board vaadin-button[id^='act-'][id$='-add']").click();
                writer.waitForUrl(".*/login.*", Duration.ofSeconds(30));
                System.out.printf("Cluster: the killed server's user saw the survivor's login page %d ms after kill -9%n",
                        (System.nanoTime() - killed) / 1_000_000);
                writer.loginAs(DemoLogin.WRITER);
                assertThat(writer.cookie(SERVER_COOKIE)).isEqualTo(othersServer);
                writer.openEpisodeFromSeason("951");
                assertThat(writer.sceneCardIds()).containsExactly(writersScene, showrunnersScene);
            } finally {
                writer.quit();
                showrunner.quit();
            }
        }
    }
}
