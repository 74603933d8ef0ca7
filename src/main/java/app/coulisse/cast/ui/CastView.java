package app.coulisse.cast.ui;

import app.coulisse.cast.AppearanceMark;
import app.coulisse.cast.CastService;
import app.coulisse.cast.CharacterAppearance;
import app.coulisse.cast.CharacterSummary;
import app.coulisse.cast.NewCharacter;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.core.DomainException;
import app.coulisse.season.SeasonService;
import app.coulisse.security.CurrentUser;
import app.coulisse.ui.Confirm;
import app.coulisse.ui.MasterDetail;
import app.coulisse.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/** The character catalog: cast IDs, performers, companies; per character the scenes they are in; merge and delete. */
@Route("cast")
@Menu(title = "nav.cast", order = 20, icon = "vaadin:group")
@PermitAll
public class CastView extends VerticalLayout implements HasDynamicTitle {

    /** Wide enough for two words a line: a name wraps to two lines at most, and the grid scrolls sideways instead. */
    private static final String TEXT_COLUMN = "9rem";

    private final transient CastService castService;
    private final boolean editable;
    private final Grid<CharacterSummary> characters = new Grid<>();
    private final Grid<CharacterAppearance> appearances = new Grid<>();
    private final CharacterForm form;
    private final ComboBox<StoryCharacter> duplicate = new ComboBox<>();
    private final H3 detailHeading = new H3();
    private final HorizontalLayout selectedActions = new HorizontalLayout();
    private CharacterSummary selected;
    private final Div detailItems = new Div();
    private final transient ObjectProvider<CharacterDetailItem> otherFeaturesItems;

    public CastView(CastService castService, SeasonService seasonService, CurrentUser currentUser,
                    ObjectProvider<CharacterDetailItem> otherFeaturesItems) {
        this.otherFeaturesItems = otherFeaturesItems;
        this.castService = castService;
        this.editable = currentUser.canEdit();
        this.form = new CharacterForm(seasonService.companies());
        setSizeFull();
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("cast.heading")));
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (editable) {
            Button create = new Button(getTranslation("cast.new"), e -> startNew());
            create.setId("new-character");
            header.add(create);
        }
        add(header);

        characters.setId("characters");
        // Long names wrap instead of being cut, and the full name is in the tooltip (issue 14).
        characters.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        characters.addColumn(CharacterSummary::castId).setHeader(getTranslation("character.cast-id")).setKey("castId")
                .setSortProperty("castId").setAutoWidth(true).setFlexGrow(0);
        characters.addColumn(CharacterSummary::name).setHeader(getTranslation("character.name")).setKey("name")
                .setSortProperty("name").setWidth(TEXT_COLUMN).setFlexGrow(1).setTooltipGenerator(CharacterSummary::name);
        characters.addColumn(CharacterSummary::performer).setHeader(getTranslation("character.performer"))
                .setKey("performer").setSortProperty("performer").setWidth(TEXT_COLUMN).setFlexGrow(1);
        characters.addColumn(CharacterSummary::companyName).setHeader(getTranslation("character.company")).setKey("company")
                .setWidth(TEXT_COLUMN);
        characters.addColumn(c -> getTranslation(c.dancer() ? "cast.yes" : "cast.no"))
                .setHeader(getTranslation("character.dancer")).setKey("dancer").setAutoWidth(true).setFlexGrow(0);
        characters.addColumn(c -> getTranslation("character.category." + c.category().name()))
                .setHeader(getTranslation("character.category")).setKey("category").setAutoWidth(true);
        characters.addColumn(CharacterSummary::scenes).setHeader(getTranslation("cast.scenes")).setKey("scenes")
                .setAutoWidth(true).setFlexGrow(0);
        characters.addColumn(CharacterSummary::episodes).setHeader(getTranslation("cast.episodes")).setKey("episodes")
                .setAutoWidth(true).setFlexGrow(0);
        characters.setItemsPageable(pageable -> castService.characterSummaries(pageable).getContent(),
                pageable -> castService.characterCount());
        characters.asSingleSelect().addValueChangeListener(event -> show(event.getValue()));

        appearances.setId("character-appearances");
        appearances.addThemeVariants(GridVariant.LUMO_COMPACT);
        appearances.addColumn(CharacterAppearance::episodeNumber).setHeader(getTranslation("cast.episode")).setKey("episode");
        appearances.addColumn(CharacterAppearance::sceneNumber).setHeader(getTranslation("cast.scene")).setKey("scene");
        appearances.addColumn(CharacterAppearance::setName).setHeader(getTranslation("cast.set")).setKey("set").setFlexGrow(1);
        appearances.addColumn(a -> AppearanceMark.of(a.speaking(), a.dancing()))
                .setHeader(getTranslation("cast.mark")).setKey("mark");

        VerticalLayout detail = new VerticalLayout(detailHeading, detailItems, form());
        if (editable) {
            detail.add(actions());
        }
        detail.add(new H3(getTranslation("cast.appearances")), appearances);
        addAndExpand(new MasterDetail(characters, detail, 62));
        show(null);
    }

    private FormLayout form() {
        if (editable) {
            form.add(form.saveButton());
            form.addSaveListener(event -> save(CharacterForm.draft(event.getBean())));
        } else {
            form.setReadOnly(true);
        }
        return form;
    }

    private HorizontalLayout actions() {
        duplicate.setId("merge-duplicate");
        duplicate.setLabel(getTranslation("cast.merge.duplicate"));
        duplicate.setItemLabelGenerator(StoryCharacter::castLabel);
        duplicate.setWidth("18em");
        Button merge = new Button(getTranslation("cast.merge"), e -> confirmMerge());
        merge.setId("merge-character");
        Button delete = new Button(getTranslation("cast.delete"), e -> confirmDelete());
        delete.setId("delete-character");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        selectedActions.add(duplicate, merge, delete);
        selectedActions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        selectedActions.setWrap(true);
        return selectedActions;
    }

    private void startNew() {
        characters.asSingleSelect().clear();
        form.show(null, castService.nextFreeCastId());
        form.focusFirst();
    }

    private void show(CharacterSummary summary) {
        selected = summary;
        selectedActions.setEnabled(summary != null);
        detailHeading.setText(summary == null ? getTranslation("cast.new-heading") : summary.castLabel());
        detailItems.removeAll();
        if (summary != null) {
            otherFeaturesItems.orderedStream().forEach(item -> detailItems.add(item.create(summary.castId())));
        }
        form.show(summary, null);
        appearances.setItems(summary == null ? List.of() : castService.appearancesOf(summary.id()));
        if (editable) {
            duplicate.setItems(summary == null ? List.of() : castService.characters().stream()
                    .filter(c -> c.getId() != summary.id()).toList());
        }
    }

    private void save(NewCharacter details) {
        StoryCharacter saved;
        try {
            saved = selected == null ? castService.createCharacter(details)
                    : castService.updateCharacter(selected.id(), selected.version(), details);
        } catch (DomainException refused) {
            // Say it at the field it concerns as well, and keep everything typed on screen.
            String message = getTranslation(refused.getMessageKey(), refused.getArguments());
            form.showRefusal(refused.getMessageKey(), message);
            Notifications.error(message);
            return;
        }
        form.showRefusal("", "");
        Notifications.success(getTranslation("cast.saved", saved.castLabel()));
        reloadAndSelect(saved.getId());
    }

    private void confirmMerge() {
        StoryCharacter other = duplicate.getValue();
        if (selected == null || other == null) {
            return;
        }
        Confirm.ask("confirm-merge", getTranslation("cast.merge.title"),
                getTranslation("cast.merge.text", other.castLabel(), selected.castLabel(),
                        castService.appearanceCount(other.getId())),
                getTranslation("cast.merge"), () -> {
                    StoryCharacter survivor = castService.mergeCharacters(selected.id(), other.getId());
                    Notifications.success(getTranslation("cast.merged", survivor.castLabel()));
                    reloadAndSelect(survivor.getId());
                });
    }

    private void confirmDelete() {
        if (selected == null) {
            return;
        }
        CharacterSummary doomed = selected;
        Confirm.destructive("confirm-delete", getTranslation("cast.delete.title", doomed.castLabel()),
                getTranslation("cast.delete.text", castService.appearanceCount(doomed.id())),
                getTranslation("cast.delete"), () -> {
                    castService.deleteCharacter(doomed.id());
                    Notifications.success(getTranslation("cast.deleted", doomed.castLabel()));
                    characters.getDataProvider().refreshAll();
                    show(null);
                });
    }

    private void reloadAndSelect(long characterId) {
        characters.getDataProvider().refreshAll();
        characters.select(castService.characterSummary(characterId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.cast");
    }
}
