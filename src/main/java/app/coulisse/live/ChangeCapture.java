package app.coulisse.live;

import app.coulisse.core.AuditedEntity;
import app.coulisse.outline.Act;
import app.coulisse.outline.Scene;
import app.coulisse.season.BulkEpisodeWrite;
import app.coulisse.season.Episode;
import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.Hibernate;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.proxy.HibernateProxy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which episodes a transaction changed, read from Hibernate's own inserts, updates and deletes: an episode, or any
 * entity holding an episode, a scene or an act (scenes, acts, tags, notes, strips, whatever a later feature adds).
 * The notices are published once the transaction has committed, one per episode; a rolled-back transaction publishes
 * nothing. No service has to remember to announce its changes (record 032). A scene held only as a reference
 * Hibernate has not loaded (a strip placed by id) is looked up once, after the commit (record 042). A bulk statement,
 * which Hibernate does not see, is announced by a {@link BulkEpisodeWrite} event (record 056).
 */
@Component
class ChangeCapture implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private final transient EntityManagerFactory entityManagerFactory;
    private final transient ChangeBus bus;
    private final transient ObjectProvider<ChangeOrigin> origin;

    ChangeCapture(EntityManagerFactory entityManagerFactory, ChangeBus bus, ObjectProvider<ChangeOrigin> origin) {
        this.entityManagerFactory = entityManagerFactory;
        this.bus = bus;
        this.origin = origin;
    }

    @PostConstruct
    void listenToHibernate() {
        EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getEventListenerRegistry();
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        touched(event.getEntity(), event.getState());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        touched(event.getEntity(), event.getState());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        touched(event.getEntity(), event.getDeletedState());
    }

    private void touched(Object entity, Object[] state) {
        Long episodeId = episodeOf(entity);
        Long unloadedScene = null;
        if (episodeId == null && state != null) {
            for (Object value : state) {
                episodeId = episodeOf(value);
                if (episodeId != null) {
                    break;
                }
                unloadedScene = unloadedScene != null ? unloadedScene : unloadedSceneOf(value);
            }
        }
        if (episodeId != null) {
            changed(episodeId);
        } else if (unloadedScene != null) {
            changedScene(unloadedScene);
        }
    }

    /** A bulk statement's episodes, which Hibernate's events never see. */
    @EventListener
    void bulkWrite(BulkEpisodeWrite written) {
        written.episodeIds().forEach(this::changed);
    }

    private void changed(long episodeId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            pending().episodes.add(episodeId);
        } else {
            bus.publish(EpisodeChanged.outline(episodeId, who(), Instant.now(), screen()));
        }
    }

    private void changedScene(long sceneId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            pending().unloadedScenes.add(sceneId);
        } else {
            episodesOfScenes(Set.of(sceneId)).forEach(this::changed);
        }
    }

    /** The episodes this transaction changed so far, published after its commit. */
    private Pending pending() {
        return TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(Pending.class::isInstance).map(Pending.class::cast).findFirst()
                .orElseGet(() -> {
                    Pending fresh = new Pending(who(), screen());
                    TransactionSynchronizationManager.registerSynchronization(fresh);
                    return fresh;
                });
    }

    /** The id of a scene held as a proxy Hibernate has not loaded: its episode is not known without a query. */
    private static Long unloadedSceneOf(Object value) {
        return value instanceof Scene && !Hibernate.isInitialized(value) && value instanceof HibernateProxy proxy
                ? (Long) proxy.getHibernateLazyInitializer().getInternalIdentifier() : null;
    }

    /** The episodes of committed scenes, read in a session of its own (the writer's has ended or is flushing). */
    private Set<Long> episodesOfScenes(Set<Long> sceneIds) {
        EntityManager reader = entityManagerFactory.createEntityManager();
        try {
            return new LinkedHashSet<>(reader.createQuery(
                    "select distinct s.episode.id from Scene s where s.id in :ids", Long.class)
                    .setParameter("ids", sceneIds).getResultList());
        } finally {
            reader.close();
        }
    }

    /** The episode an entity belongs to, without loading anything Hibernate has not loaded yet. */
    static Long episodeOf(Object value) {
        if (value instanceof Episode episode) {
            return idOf(episode);
        }
        if (value instanceof Scene scene && Hibernate.isInitialized(scene)) {
            return idOf(Hibernate.unproxy(scene, Scene.class).getEpisode());
        }
        if (value instanceof Act act && Hibernate.isInitialized(act)) {
            return idOf(Hibernate.unproxy(act, Act.class).getEpisode());
        }
        return null;
    }

    private static Long idOf(Object entity) {
        if (entity == null) {
            return null;
        }
        if (entity instanceof HibernateProxy proxy) {
            return (Long) proxy.getHibernateLazyInitializer().getInternalIdentifier();
        }
        return ((AuditedEntity) entity).getId();
    }

    private static String who() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getName();
    }

    private String screen() {
        ChangeOrigin here = origin.getIfAvailable();
        return here == null ? null : here.currentScreen();
    }

    /** The episodes one transaction changed, published after its commit. */
    private final class Pending implements TransactionSynchronization {

        private final Set<Long> episodes = new LinkedHashSet<>();
        private final Set<Long> unloadedScenes = new LinkedHashSet<>();
        private final String by;
        private final String originUi;

        Pending(String by, String originUi) {
            this.by = by;
            this.originUi = originUi;
        }

        @Override
        public void afterCompletion(int status) {
            if (status == STATUS_COMMITTED) {
                if (!unloadedScenes.isEmpty()) {
                    episodes.addAll(episodesOfScenes(unloadedScenes));
                }
                Instant at = Instant.now();
                episodes.forEach(episodeId -> bus.publish(EpisodeChanged.outline(episodeId, by, at, originUi)));
            }
        }
    }
}
