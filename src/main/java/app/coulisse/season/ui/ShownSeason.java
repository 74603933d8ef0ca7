package app.coulisse.season.ui;

import app.coulisse.season.SeasonService;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;

/**
 * The season a user's screens show: the one last picked in a {@link SeasonPicker}, else the current season. It is
 * kept in the Vaadin session, so it carries from one screen to the next however the user gets there (the header's
 * links, the side navigation, a link from another feature); record 044 says why not a query parameter.
 */
public final class ShownSeason {

    private static final String ATTRIBUTE = ShownSeason.class.getName();

    private ShownSeason() {
    }

    /** The number of the season to show: the one picked in this session, else the current one. */
    public static int number(SeasonService seasonService) {
        return picked().orElseGet(() -> seasonService.currentSeason().getNumber());
    }

    /** The season picked in this session, if one was. */
    static Optional<Integer> picked() {
        return VaadinSession.getCurrent().getAttribute(ATTRIBUTE) instanceof Integer number
                ? Optional.of(number) : Optional.empty();
    }

    /** Remembers the season picked, for every screen opened after this. */
    static void pick(int number) {
        VaadinSession.getCurrent().setAttribute(ATTRIBUTE, number);
    }
}
