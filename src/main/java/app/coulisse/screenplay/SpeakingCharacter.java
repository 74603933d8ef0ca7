package app.coulisse.screenplay;

/**
 * A character with at least one dialogue cue in a scene.
 *
 * @param name      the normalised name: cue extensions removed, upper case, trimmed
 * @param voiceOnly true when every cue of the character in the scene is a voice-over, so they are not on screen
 */
public record SpeakingCharacter(String name, boolean voiceOnly) {
}
