package app.coulisse.outline.ui;

import app.coulisse.outline.StoryCatalogService;
import app.coulisse.outline.Storyline;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The series' storylines (A, B, C…): writers add one or pick one to rename or recolour it;
 * production only reads the list.
 */
class StorylinesDialog extends Dialog {

    private final transient StoryCatalogService catalog;
    private final transient Runnable onChange;
    private final Grid<Storyline> grid = new Grid<>();
    private final TextField label = new TextField();
    private final TextField name = new TextField();
    private final TextField colour = new TextField();
    private Storyline selected;

    StorylinesDialog(StoryCatalogService catalog, boolean canEdit, Runnable onChange) {
        this.catalog = catalog;
        this.onChange = onChange;
        setId("storylines-dialog");
        setHeaderTitle(getTranslation("storylines.title"));
        setWidth("min(40rem, 96vw)");

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

        Button close = new Button(getTranslation("action.close"), event -> close());
        close.setId("storylines-close");
        getFooter().add(close);
        if (canEdit) {
            add(form());
            grid.asSingleSelect().addValueChangeListener(event -> edit(event.getValue()));
        }
        refresh();
    }

    private HorizontalLayout form() {
        label.setId("storyline-label");
        label.getElement().setProperty("autofocus", true);
        label.setLabel(getTranslation("storyline.label"));
        label.setMaxLength(5);
        label.setWidth("5rem");
        name.setId("storyline-name");
        name.setLabel(getTranslation("storyline.name"));
        colour.setId("storyline-colour");
        colour.setLabel(getTranslation("storyline.colour"));
        colour.setPlaceholder("#E53935");
        colour.setWidth("8rem");
        Button save = new Button(getTranslation("action.save"), event -> save());
        save.setId("storyline-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(label, name, colour, save);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.expand(name);
        return form;
    }

    private void edit(Storyline storyline) {
        selected = storyline;
        label.setValue(storyline == null ? "" : storyline.getLabel());
        label.setReadOnly(storyline != null);
        name.setValue(storyline == null ? "" : storyline.getName());
        colour.setValue(storyline == null ? "" : storyline.getColour());
    }

    private void save() {
        if (selected == null) {
            catalog.addStoryline(label.getValue(), name.getValue(), colour.getValue());
        } else {
            catalog.updateStoryline(selected.getId(), selected.getVersion(), name.getValue(), colour.getValue());
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
