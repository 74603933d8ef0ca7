package app.coulisse.revision;

/** A colour of the revision order: its name as the production says it ("Blue", "Double Pink") and its fill. */
public record RevisionColour(String name, String hex) {
}
