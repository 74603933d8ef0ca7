package app.coulisse.screenplay;

/**
 * A non-printing division of the screenplay: an act (level 1) or a deeper section such as a sequence.
 *
 * @param level    1 for an act, 2 and more for nested sections
 * @param title    the section name, e.g. {@code ACT ONE}
 * @param synopsis the synopsis written right under the section, or {@code null}
 */
public record Section(int level, String title, String synopsis) {

    public boolean isAct() {
        return level == 1;
    }
}
