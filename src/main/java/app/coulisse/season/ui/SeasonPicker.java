package app.coulisse.season.ui;

import app.coulisse.season.SeasonService;
import app.coulisse.season.SeasonSummary;
import app.coulisse.ui.Notifications;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The one season picker of every screen that shows a season (the overview, the production screens, the import):
 * the season shown, remembered for the next screen ({@link ShownSeason}); on the overview, for the showrunner, the
 * buttons that add a season and mark the shown one as current.
 */
public class SeasonPicker extends HorizontalLayout {

    private final transient SeasonService seasonService;
    private final transient IntConsumer onChange;
    private final Select<SeasonSummary> picker = new Select<>();
    private final Button makeCurrent;

    /** A picker whose choice {@code onChange} shows in place; the showrunner's season buttons when asked for. */
    public SeasonPicker(SeasonService seasonService, boolean isShowrunner, IntConsumer onChange) {
        this.seasonService = seasonService;
        this.onChange = onChange;
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setSpacing(true);
        picker.setId("season-picker");
        picker.setAriaLabel(getTranslation("season.picker"));
        picker.setItemLabelGenerator(season -> season.current()
                ? getTranslation("season.label.current", season.number()) : getTranslation("season.label", season.number()));
        makeCurrent = new Button(getTranslation("season.make-current"), VaadinIcon.STAR.create(),
                event -> markCurrent());
        makeCurrent.setId("make-current-season");
        makeCurrent.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button add = new Button(getTranslation("season.add"), VaadinIcon.PLUS.create(), event -> openAddDialog());
        add.setId("add-season");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(picker);
        if (isShowrunner) {
            add(makeCurrent, add);
        }
        load(ShownSeason.picked().orElse(null));
        picker.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                makeCurrent.setVisible(!event.getValue().current());
                ShownSeason.pick(event.getValue().number());
                onChange.accept(event.getValue().number());
            }
        });
    }

    /**
     * A picker for a screen built for one season (the production screens): picking another season opens the screen
     * again, built for that season, so nothing on it is left from the season before.
     */
    public static SeasonPicker reopening(SeasonService seasonService) {
        return new SeasonPicker(seasonService, false, season -> UI.getCurrent().refreshCurrentRoute(false));
    }

    /** The number of the season shown. */
    public int selected() {
        return picker.getValue().number();
    }

    /** Lists the seasons and shows {@code select}, the current one when null (read from the list: no extra query). */
    private void load(Integer select) {
        List<SeasonSummary> seasons = seasonService.seasons();
        picker.setItems(seasons);
        SeasonSummary chosen = seasons.stream().filter(s -> select == null ? s.current() : s.number() == select)
                .findFirst().orElse(seasons.getFirst());
        picker.setValue(chosen);
        makeCurrent.setVisible(!chosen.current());
    }

    private void markCurrent() {
        int number = selected();
        if (Attempt.run(() -> seasonService.makeCurrent(number))) {
            load(number);
            Notifications.success(getTranslation("season.made-current", number));
        }
    }

    private void openAddDialog() {
        Dialog dialog = new Dialog(getTranslation("season.add"));
        dialog.setId("add-season-dialog");
        IntegerField number = new IntegerField(getTranslation("season.number"));
        number.setId("new-season-number");
        number.getElement().setProperty("autofocus", true);
        number.setMin(1);
        number.setMax(99);
        number.setValue(seasonService.seasons().stream().mapToInt(SeasonSummary::number).max().orElse(0) + 1);
        Button save = new Button(getTranslation("season.add.save"), event -> {
            if (number.getValue() == null) {
                Notifications.error(getTranslation("season.number.required"));
                return;
            }
            int added = number.getValue();
            if (Attempt.run(() -> seasonService.addSeason(added))) {
                dialog.close();
                load(added);
                Notifications.success(getTranslation("season.added", added));
            }
        });
        save.setId("add-season-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), event -> dialog.close());
        dialog.add(number);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }
}
