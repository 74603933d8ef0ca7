package app.coulisse.breakdown.ui;

import app.coulisse.ui.MaxLength;
import app.coulisse.core.Messages;
import app.coulisse.breakdown.BreakdownElement;
import app.coulisse.breakdown.BreakdownService;
import app.coulisse.breakdown.ElementCategory;
import app.coulisse.breakdown.ElementLink;
import app.coulisse.breakdown.ElementSummary;
import app.coulisse.security.CurrentUser;
import app.coulisse.ui.Confirm;
import app.coulisse.ui.IconButton;
import app.coulisse.ui.MasterDetail;
import app.coulisse.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * Element categories and their elements. The showrunner renames, recolours, reorders and adds
 * categories; writers add and delete elements; everyone sees where each element is tagged.
 */
@Route("elements")
@Menu(title = "nav.elements", order = 40, icon = "vaadin:tags")
@PermitAll
public class ElementsView extends VerticalLayout implements HasDynamicTitle {

    private final transient BreakdownService breakdownService;
    private final boolean editable;
    private final boolean showrunner;
    private final Grid<ElementCategory> categories = new Grid<>();
    private final Grid<ElementSummary> elements = new Grid<>();
    private final Grid<ElementLink> scenes = new Grid<>();
    private final CategoryForm categoryForm = new CategoryForm();
    private final TextField elementName = new TextField();
    private final HorizontalLayout elementActions = new HorizontalLayout();

    public ElementsView(BreakdownService breakdownService, CurrentUser currentUser) {
        this.breakdownService = breakdownService;
        this.editable = currentUser.canEdit();
        this.showrunner = currentUser.isShowrunner();
        setSizeFull();
        add(new H2(getTranslation("elements.heading")));

        categories.setId("categories");
        categories.addThemeVariants(GridVariant.LUMO_COMPACT);
        categories.addComponentColumn(this::swatch).setHeader(getTranslation("category.colour")).setKey("colour")
                .setAutoWidth(true).setFlexGrow(0);
        categories.addColumn(this::shown).setHeader(getTranslation("category.name")).setKey("name").setFlexGrow(1);
        categories.asSingleSelect().addValueChangeListener(e -> showCategory(e.getValue()));

        elements.setId("elements");
        elements.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        elements.addColumn(ElementSummary::name).setHeader(getTranslation("element.name")).setKey("name").setFlexGrow(1);
        elements.addColumn(ElementSummary::scenes).setHeader(getTranslation("element.scenes")).setKey("scenes")
                .setAutoWidth(true).setFlexGrow(0);
        elements.asSingleSelect().addValueChangeListener(e -> {
            elementActions.setEnabled(e.getValue() != null);
            scenes.setItems(e.getValue() == null ? List.of() : breakdownService.scenesOf(e.getValue().id()));
        });

        scenes.setId("element-scenes");
        scenes.addThemeVariants(GridVariant.LUMO_COMPACT);
        scenes.addColumn(ElementLink::sceneNumber).setHeader(getTranslation("element.scene")).setKey("scene");
        scenes.addColumn(ElementLink::quantity).setHeader(getTranslation("element.quantity")).setKey("quantity");
        scenes.addColumn(ElementLink::note).setHeader(getTranslation("element.note")).setKey("note").setFlexGrow(1);

        VerticalLayout left = new VerticalLayout(categories);
        if (showrunner) {
            left.add(categoryForm());
        }
        VerticalLayout right = new VerticalLayout(elements);
        if (editable) {
            right.add(elementForm());
        }
        right.add(new H3(getTranslation("element.where")), scenes);
        addAndExpand(new MasterDetail(left, right, 35));
        refreshCategories();
    }

    private Span swatch(ElementCategory category) {
        Span swatch = new Span(category.getColour());
        swatch.addClassName("category-badge");
        swatch.getStyle().set("border-left-color", category.getColour());
        return swatch;
    }

    private VerticalLayout categoryForm() {
        categoryForm.addSaveListener(e -> saveCategory(e.getBean()));
        categoryForm.addCloseListener(e -> newCategory());
        categoryForm.show(null, null);
        Button add = new Button(getTranslation("category.add"), e -> newCategory());
        add.setId("add-category");
        Button up = new IconButton(VaadinIcon.ARROW_UP, "category.up", "category-up", () -> move(-1));
        Button down = new IconButton(VaadinIcon.ARROW_DOWN, "category.down", "category-down", () -> move(1));
        HorizontalLayout buttons = new HorizontalLayout(categoryForm.saveButton(), add, up, down);
        buttons.setWrap(true);
        VerticalLayout form = new VerticalLayout(categoryForm, buttons);
        form.setPadding(false);
        return form;
    }

    private HorizontalLayout elementForm() {
        elementName.setId("element-name");
        elementName.setLabel(getTranslation("element.new"));
        elementName.setMaxLength(MaxLength.of(BreakdownElement.class, "name"));
        Button add = new Button(getTranslation("element.add"), e -> addElement());
        add.setId("add-element");
        Button delete = new Button(getTranslation("element.delete"), e -> confirmDelete());
        delete.setId("delete-element");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        elementActions.add(delete);
        elementActions.setEnabled(false);
        HorizontalLayout form = new HorizontalLayout(elementName, add, elementActions);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private String shown(ElementCategory category) {
        return category.displayName(Messages.bundled(), getLocale());
    }

    private void showCategory(ElementCategory category) {
        categoryForm.show(category, category == null ? null : shown(category));
        refreshElements();
    }

    /** An empty form: its save adds a category. */
    private void newCategory() {
        categories.deselectAll();
        showCategory(null);
        categoryForm.focusFirst();
    }

    private void saveCategory(ElementCategory typed) {
        ElementCategory category = categories.asSingleSelect().getValue();
        if (category == null) {
            ElementCategory created = breakdownService.createCategory(typed.getName(), typed.getColour());
            Notifications.success(getTranslation("category.saved", created.getName()));
            refreshCategories();
            categories.select(created);
            return;
        }
        // A seeded name left as shown is not a rename: it keeps its key and stays in each reader's language.
        String name = typed.getName().equals(shown(category)) ? category.getName() : typed.getName();
        ElementCategory saved = breakdownService.updateCategory(category.getId(), category.getVersion(),
                name, typed.getColour());
        Notifications.success(getTranslation("category.saved", shown(saved)));
        refreshCategories();
        categories.select(saved);
    }

    private void move(int direction) {
        ElementCategory category = categories.asSingleSelect().getValue();
        if (category != null) {
            breakdownService.moveCategory(category.getId(), direction);
            refreshCategories();
            // The move changed the category's version: select the reloaded one, or the next save would conflict.
            categories.select(breakdownService.category(category.getId()));
        }
    }

    private void addElement() {
        ElementCategory category = categories.asSingleSelect().getValue();
        if (category == null) {
            Notifications.error(getTranslation("element.category.pick"));
            return;
        }
        BreakdownElement created = breakdownService.createElement(category.getId(), elementName.getValue());
        Notifications.success(getTranslation("element.created", created.getName()));
        elementName.clear();
        refreshElements();
    }

    private void confirmDelete() {
        ElementSummary doomed = elements.asSingleSelect().getValue();
        if (doomed == null) {
            return;
        }
        Confirm.destructive("confirm-delete", getTranslation("element.delete.title", doomed.name()),
                getTranslation("element.delete.text", breakdownService.elementTagCount(doomed.id())),
                getTranslation("element.delete"), () -> {
                    breakdownService.deleteElement(doomed.id());
                    Notifications.success(getTranslation("element.deleted", doomed.name()));
                    refreshElements();
                });
    }

    private void refreshCategories() {
        categories.setItems(breakdownService.categories());
    }

    private void refreshElements() {
        ElementCategory category = categories.asSingleSelect().getValue();
        elements.setItems(category == null ? List.of() : breakdownService.elements(category.getId()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.elements");
    }
}
