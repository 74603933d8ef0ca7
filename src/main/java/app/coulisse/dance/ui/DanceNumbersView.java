package app.coulisse.dance.ui;

import app.coulisse.cast.CastService;
import app.coulisse.dance.DanceDuration;
import app.coulisse.dance.DanceLink;
import app.coulisse.dance.DanceNumber;
import app.coulisse.dance.DanceNumberDraft;
import app.coulisse.dance.DanceNumberSummary;
import app.coulisse.dance.DanceService;
import app.coulisse.dance.CostumeService;
import app.coulisse.dance.RightsService;
import app.coulisse.dance.RehearsalHours;
import app.coulisse.season.SeasonService;
import app.coulisse.security.CurrentUser;
import app.coulisse.ui.Confirm;
import app.coulisse.ui.MasterDetail;
import app.coulisse.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.TabSheetVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/** The dance-number catalog; per number its scenes, its dancers and what it needs in rehearsal and wardrobe. */
@Route("dance-numbers")
@Menu(title = "nav.dance-numbers", order = 30, icon = "vaadin:music")
@PermitAll
public class DanceNumbersView extends VerticalLayout implements HasDynamicTitle {

    /** Wide enough for two words a line: a cell wraps to two lines at most, and the grid scrolls sideways instead. */
    private static final String TEXT_COLUMN = "8rem";

    private final transient DanceService danceService;
    private final boolean editable;
    private final Grid<DanceNumberSummary> numbers = new Grid<>();
    private final Grid<DanceLink> scenes = new Grid<>();
    private final DanceNumberForm form;
    private final Span totals = new Span();
    private final H3 detailHeading = new H3();
    private final Button delete = new Button();
    private final RightsAndMusicTab rights;
    private final CostumesAndShoesTab costumes;
    private DanceNumber selected;

    public DanceNumbersView(DanceService danceService, CastService castService, SeasonService seasonService,
                            RightsService rightsService, CostumeService costumeService, CurrentUser currentUser,
                            ObjectProvider<FirstDayNeeded> firstDayNeeded) {
        this.danceService = danceService;
        this.editable = currentUser.canEdit();
        this.form = new DanceNumberForm(castService.characters(), seasonService.companies());
        // Rights, music, costumes and shoes are the production office's (issue 26).
        this.rights = new RightsAndMusicTab(rightsService, currentUser.canPlan());
        this.costumes = new CostumesAndShoesTab(costumeService, currentUser.canPlan(), numberId -> firstDayNeeded
                .orderedStream().findFirst().flatMap(schedule -> schedule.of(numberId)));
        setSizeFull();
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("dance.heading")));
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (editable) {
            Button create = new Button(getTranslation("dance.new"), e -> numbers.asSingleSelect().clear());
            create.setId("new-dance-number");
            header.add(create);
        }
        add(header);

        numbers.setId("dance-numbers");
        // Long titles wrap instead of being cut, and the full title is in the tooltip (issue 14).
        numbers.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        numbers.addColumn(DanceNumberSummary::title).setHeader(getTranslation("dance.title")).setKey("title")
                .setWidth("11rem").setFlexGrow(1)
                .setTooltipGenerator(DanceNumberSummary::title);
        numbers.addColumn(DanceNumberSummary::style).setHeader(getTranslation("dance.style")).setKey("style").setWidth(TEXT_COLUMN);
        numbers.addColumn(DanceNumberSummary::choreographer).setHeader(getTranslation("dance.choreographer")).setKey("choreographer")
                .setWidth(TEXT_COLUMN);
        numbers.addColumn(n -> n.musicSource() == null ? "" : getTranslation("dance.source." + n.musicSource().name()))
                .setHeader(getTranslation("dance.source")).setKey("source").setAutoWidth(true);
        numbers.addColumn(n -> DanceDuration.format(n.durationSeconds())).setHeader(getTranslation("dance.duration"))
                .setKey("duration").setAutoWidth(true).setFlexGrow(0);
        numbers.addColumn(DanceNumberSummary::totalDancers).setHeader(getTranslation("dance.total-dancers"))
                .setKey("dancers").setAutoWidth(true).setFlexGrow(0);
        numbers.addColumn(n -> RehearsalHours.format(n.rehearsalHours(), getLocale())).setHeader(getTranslation("dance.rehearsal"))
                .setKey("rehearsal").setAutoWidth(true).setFlexGrow(0);
        numbers.addColumn(DanceNumberSummary::scenes).setHeader(getTranslation("dance.scenes")).setKey("scenes")
                .setAutoWidth(true).setFlexGrow(0);
        numbers.asSingleSelect().addValueChangeListener(e -> show(e.getValue() == null ? null
                : danceService.danceNumber(e.getValue().id())));

        scenes.setId("dance-number-scenes");
        scenes.addThemeVariants(GridVariant.LUMO_COMPACT);
        scenes.addColumn(DanceLink::episodeNumber).setHeader(getTranslation("dance.episode")).setKey("episode");
        scenes.addColumn(DanceLink::sceneNumber).setHeader(getTranslation("dance.scene")).setKey("scene");
        scenes.addColumn(DanceLink::note).setHeader(getTranslation("dance.note")).setKey("note").setFlexGrow(1);

        totals.setId("dance-number-totals");
        VerticalLayout number = new VerticalLayout(form(), totals, new H3(getTranslation("dance.scenes")), scenes);
        number.setPadding(false);
        TabSheet tabs = new TabSheet();
        tabs.setId("dance-number-tabs");
        tabs.add(getTranslation("dance.tab.number"), number).setId("tab-number");
        tabs.add(getTranslation("dance.tab.rights"), rights).setId("tab-rights");
        tabs.add(getTranslation("dance.tab.costumes"), costumes).setId("tab-costumes");
        tabs.setWidthFull();
        // Small tabs: the three fit the detail pane at 1280 × 800, none hidden behind the scroll arrow.
        tabs.addThemeVariants(TabSheetVariant.LUMO_TABS_SMALL);
        VerticalLayout detail = new VerticalLayout(detailHeading, tabs);
        addAndExpand(new MasterDetail(numbers, detail, 60));
        refresh();
        show(null);
    }

    private FormLayout form() {
        if (editable) {
            delete.setText(getTranslation("dance.delete"));
            delete.setId("delete-dance-number");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            delete.addClickListener(e -> confirmDelete());
            form.add(new HorizontalLayout(form.saveButton(), delete), 2);
            form.addSaveListener(event -> save(DanceNumberForm.draft(event.getBean())));
        } else {
            form.setReadOnly(true);
        }
        return form;
    }

    private void show(DanceNumber number) {
        selected = number;
        delete.setEnabled(number != null);
        detailHeading.setText(number == null ? getTranslation("dance.new-heading") : number.getTitle());
        form.show(number);
        scenes.setItems(number == null ? List.of() : danceService.scenesOf(number.getId()));
        totals.setText(number == null ? "" : getTranslation("dance.totals",
                number.totalDancers(),
                RehearsalHours.format(number.getRehearsalHours(), getLocale())));
        rights.show(number);
        costumes.show(number);
    }

    private void save(DanceNumberDraft draft) {
        DanceNumber saved = selected == null ? danceService.create(draft)
                : danceService.update(selected.getId(), selected.getVersion(), draft);
        Notifications.success(getTranslation("dance.saved", saved.getTitle()));
        refresh();
        numbers.getListDataView().getItems().filter(n -> n.id() == saved.getId()).findFirst().ifPresent(numbers::select);
    }

    private void confirmDelete() {
        if (selected == null) {
            return;
        }
        DanceNumber doomed = selected;
        Confirm.destructive("confirm-delete", getTranslation("dance.delete.title", doomed.getTitle()),
                getTranslation("dance.delete.text", danceService.linkCount(doomed.getId())),
                getTranslation("dance.delete"), () -> {
                    danceService.delete(doomed.getId());
                    Notifications.success(getTranslation("dance.deleted", doomed.getTitle()));
                    refresh();
                    show(null);
                });
    }

    private void refresh() {
        numbers.setItems(danceService.summaries());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dance-numbers");
    }
}
