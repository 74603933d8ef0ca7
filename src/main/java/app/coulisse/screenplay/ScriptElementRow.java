package app.coulisse.screenplay;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A {@code script_element} row as JPA reads it (record 049): queried with a projection onto {@link StoredElement}, so
 * the statement budgets see the reads; written only in JDBC batches by {@link ScriptTextStore}.
 */
@Entity
@Immutable
@Table(name = "script_element")
class ScriptElementRow {

    @Id
    private Long id;

    @Column(name = "scene_id")
    private long sceneId;

    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private ElementType type;

    @Column(length = 1_000_000)
    private String text;

    private boolean dual;

    @Column(name = "revision_id")
    private Long revisionId;

    protected ScriptElementRow() {
    }
}
