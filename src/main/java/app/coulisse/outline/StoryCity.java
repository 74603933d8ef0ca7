package app.coulisse.outline;

/** Where a scene takes place in the story (the crew shoots both in Paris). */
public enum StoryCity {
    NEW_YORK, PARIS
}
