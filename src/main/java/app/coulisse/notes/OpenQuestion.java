package app.coulisse.notes;

import java.time.Instant;

/** An open question of an episode, with its scene's number, for the episode's list. */
public record OpenQuestion(long noteId, long sceneId, String sceneNumber, String body, String askedBy, Instant askedAt) {
}
