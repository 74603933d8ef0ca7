package app.coulisse.screenplay;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code script_element} rows, written in JDBC batches: an import of a thousand scenes adds its ten thousand
 * elements in one batch rather than one identity insert each (record 049). Reads go through JPA, one statement per
 * scene or per episode. Runs inside the caller's transaction.
 */
@Component
class ScriptTextStore {

    /** An element to insert. */
    record NewElement(long sceneId, int position, ScriptElement element, Long revisionId) {
    }

    private final JdbcTemplate jdbc;
    private final ScriptElementRepository rows;

    ScriptTextStore(JdbcTemplate jdbc, ScriptElementRepository rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    List<StoredElement> ofScene(long sceneId) {
        return rows.ofScene(sceneId);
    }

    /** The episode's stored texts by scene id, each in order. */
    Map<Long, List<StoredElement>> ofEpisode(long episodeId) {
        Map<Long, List<StoredElement>> texts = new LinkedHashMap<>();
        rows.ofEpisode(episodeId).forEach(element ->
                texts.computeIfAbsent(element.sceneId(), id -> new ArrayList<>()).add(element));
        return texts;
    }

    void insert(Collection<NewElement> elements) {
        if (elements.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("insert into script_element (scene_id, position, kind, text, dual, revision_id)"
                + " values (?, ?, ?, ?, ?, ?)", elements, 500, (statement, row) -> {
            statement.setLong(1, row.sceneId());
            statement.setInt(2, row.position());
            statement.setString(3, row.element().type().name());
            statement.setString(4, row.element().text());
            statement.setBoolean(5, row.element().dualDialogue());
            statement.setObject(6, row.revisionId(), Types.BIGINT);
        });
    }

    /** Rewrites elements in place, keeping their ids. */
    void update(Collection<StoredElement> elements) {
        if (elements.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("update script_element set position = ?, kind = ?, text = ?, dual = ?, revision_id = ?"
                + " where id = ?", elements, 500, (statement, row) -> {
            statement.setInt(1, row.position());
            statement.setString(2, row.type().name());
            statement.setString(3, row.text());
            statement.setBoolean(4, row.dualDialogue());
            statement.setObject(5, row.revisionId(), Types.BIGINT);
            statement.setLong(6, row.id());
        });
    }

    void delete(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("delete from script_element where id = ?", ids, 500,
                (statement, id) -> statement.setLong(1, id));
    }
}
