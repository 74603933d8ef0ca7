package app.coulisse.outline.ui;

import app.coulisse.outline.StoryCatalogService;
import app.coulisse.outline.Storyline;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;

/**
 * The series' storylines (A, B, C…): writers add one or pick one to rename or recolour it in a
 * {@link StorylineForm}; production only reads the list.
 */
class StorylinesDialog extends Dialog {

    private final transient StoryCatalogService catalog;
    private final transient Runnable onChange;
    private final Grid<Storyline> grid = new Grid<>();
    private final StorylineForm form = new StorylineForm();
    private Storyline selected;

    StorylinesDialog(StoryCatalogService catalog, boolean canEdit, Runnable onChange) {
        this.catalog = catalog;
        this.onChange = onChange;
        setId("storylines-dialog");
        setHeaderTitle(getTranslation("storylines.title"));
        setWidth("min(40rem, 96vw)");
        setCloseOnEsc(false);

        grid.setId("storylines");
        grid.addComponentColumn(storyline -> {
            Span swatch = new Span(storyline.getLabel());
            swatch.addClassName("storyline-swatch");
            swatch.getStyle().set("background-color", storyline.getColour());
            return swatch;
        }).setHeader(getTranslation("storyline.label")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Storyline::getName).setHeader(getTranslation("storyline.name")).setKey("name");
        grid.addColumn(Storyline::getColour).setHeader(getTranslation("storyline.colour")).setKey("colour").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(grid);

        // Close and Esc leave through the form, which asks before throwing typed text away.
        Button close = new Button(getTranslation("action.close"), event -> form.close());
        close.setId("storylines-close");
        close.addClickShortcut(Key.ESCAPE).listenOn(this);
        getFooter().add(close);
        form.addCloseListener(event -> close());
        if (canEdit) {
            add(form);
            form.show(null);
            form.addSaveListener(event -> save(event.getBean()));
            grid.asSingleSelect().addValueChangeListener(event -> edit(event.getValue()));
            addOpenedChangeListener(event -> {
                if (event.isOpened()) {
                    form.focusFirst();
                }
            });
        }
        refresh();
    }

    private void edit(Storyline storyline) {
        selected = storyline;
        form.show(storyline);
    }

    private void save(Storyline typed) {
        if (selected == null) {
            catalog.addStoryline(typed.getLabel(), typed.getName(), typed.getColour());
        } else {
            catalog.updateStoryline(selected.getId(), selected.getVersion(), typed.getName(), typed.getColour());
        }
        grid.deselectAll();
        edit(null);
        refresh();
        onChange.run();
    }

    private void refresh() {
        grid.setItems(catalog.storylines());
    }
}
