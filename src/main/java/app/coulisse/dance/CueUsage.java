package app.coulisse.dance;

/** How a cue is heard on screen, as a cue sheet writes it (record 055): a ballet danced to an orchestra is usually VI. */
public enum CueUsage {
    VISUAL_VOCAL("VV"), VISUAL_INSTRUMENTAL("VI"), BACKGROUND_VOCAL("BV"), BACKGROUND_INSTRUMENTAL("BI"),
    MAIN_TITLE("MT"), END_TITLE("ET");

    private final String code;

    CueUsage(String code) {
        this.code = code;
    }

    /** The cue sheet's abbreviation, the same in every language. */
    public String code() {
        return code;
    }
}
