package app.coulisse.schedule;

/**
 * The Day Out of Days codes (industry-conventions.md §3.1 and §10.6, after Movie Magic Scheduling's DOOD), with the
 * fill a printed DOOD usually gives them.
 */
public enum DoodCode {
    SW("#A5D6A7"), W("#C8E6C9"), WF("#A5D6A7"), SWF("#81C784"), PW("#A5D6A7"),
    H("#FFF59D"), D("#EEEEEE"), R("#CE93D8"), FT("#F48FB1"), TR("#90CAF9");

    private final String colour;

    DoodCode(String colour) {
        this.colour = colour;
    }

    /** The fill as {@code #RRGGBB}. */
    public String colour() {
        return colour;
    }

    /** Whether the performer works (is in a scheduled strip) on a day with this code. */
    public boolean isWork() {
        return this == SW || this == W || this == WF || this == SWF || this == PW;
    }
}
