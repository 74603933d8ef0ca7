package app.coulisse.outline;

/** The first word of a scene heading. */
public enum IntExt {
    INT("INT"), EXT("EXT"), INT_EXT("INT/EXT");

    private final String heading;

    IntExt(String heading) {
        this.heading = heading;
    }

    /** As it is written in a heading and on a strip: INT, EXT or INT/EXT. */
    public String heading() {
        return heading;
    }
}
