package app.coulisse.outline;

/** The last part of a scene heading, as the breakdown conventions list them. */
public enum TimeOfDay {
    DAY, NIGHT, MORNING, EVENING, DAWN, DUSK, CONTINUOUS, LATER
}
