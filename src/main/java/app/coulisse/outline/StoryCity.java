package app.coulisse.outline;

/** Where a scene takes place in the story (the crew shoots both in Paris). */
public enum StoryCity {
    NEW_YORK("New York"), PARIS("Paris");

    private final String label;

    StoryCity(String label) {
        this.label = label;
    }

    /** The city's own name, the same in every language of the crew. */
    public String label() {
        return label;
    }
}
