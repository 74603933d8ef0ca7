package app.coulisse.suggestion;

import app.coulisse.core.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A tag the script suggested for a scene, with the line it was read from; the audit columns say who decided it and
 * when. Keyed by scene, kind and folded name so that a later import finds it again.
 */
@Entity
@Table(name = "scene_suggestion")
class SceneSuggestion extends AuditedEntity {

    /** The longest evidence kept: a window of the line around the words. */
    static final int MAX_EVIDENCE = 1000;
    private static final int MAX_KEY = 300;

    @Column(name = "scene_id")
    private long sceneId;

    @Enumerated(EnumType.STRING)
    private SuggestionKind kind;

    @Column(name = "name_key")
    private String nameKey;

    private String name;

    @Column(name = "target_id")
    private Long targetId;

    @Column(name = "category_id")
    private Long categoryId;

    private String evidence;

    @Column(name = "evidence_start")
    private int evidenceStart;

    @Column(name = "evidence_end")
    private int evidenceEnd;

    @Enumerated(EnumType.STRING)
    private SuggestionStatus status = SuggestionStatus.PENDING;

    protected SceneSuggestion() {
    }

    SceneSuggestion(long sceneId, Candidate candidate) {
        this.sceneId = sceneId;
        this.kind = candidate.kind();
        this.nameKey = candidate.key().length() > MAX_KEY ? candidate.key().substring(0, MAX_KEY) : candidate.key();
        read(candidate);
    }

    /** Takes what a new reading of the script says: the name, target, category and line. */
    void read(Candidate candidate) {
        name = candidate.name().length() > 150 ? candidate.name().substring(0, 150) : candidate.name();
        targetId = candidate.targetId();
        categoryId = candidate.categoryId();
        int from = Math.max(0, Math.min(candidate.start(), candidate.evidence().length() - MAX_EVIDENCE));
        int to = Math.min(candidate.evidence().length(), from + MAX_EVIDENCE);
        evidence = candidate.evidence().substring(from, to);
        evidenceStart = Math.min(candidate.start() - from, evidence.length());
        evidenceEnd = Math.min(candidate.end() - from, evidence.length());
    }

    long sceneId() {
        return sceneId;
    }

    SuggestionKind kind() {
        return kind;
    }

    String nameKey() {
        return nameKey;
    }

    String name() {
        return name;
    }

    Long targetId() {
        return targetId;
    }

    Long categoryId() {
        return categoryId;
    }

    String evidence() {
        return evidence;
    }

    int evidenceStart() {
        return evidenceStart;
    }

    int evidenceEnd() {
        return evidenceEnd;
    }

    SuggestionStatus status() {
        return status;
    }

    void decide(SuggestionStatus decision) {
        status = decision;
    }
}
