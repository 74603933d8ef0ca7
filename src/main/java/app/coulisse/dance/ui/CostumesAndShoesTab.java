package app.coulisse.dance.ui;

import app.coulisse.cast.StoryCharacter;
import app.coulisse.core.DomainException;
import app.coulisse.dance.CostumePiece;
import app.coulisse.dance.CostumeService;
import app.coulisse.dance.DanceNumber;
import app.coulisse.dance.PointeShoes;
import app.coulisse.ui.FieldRefusal;
import app.coulisse.ui.LocalFormats;
import app.coulisse.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Costumes and shoes tab of the Dance numbers screen: the pieces the costume head has built, and the pointe shoes
 * received and given to each principal dancer against the pairs the number needs. The production office edits it.
 */
class CostumesAndShoesTab extends VerticalLayout {

    private final transient CostumeService costumeService;
    private final boolean editable;
    private final transient FirstDayNeeded firstDayNeeded;
    private final Span hint = new Span();
    private final Span firstDay = new Span();
    private final VerticalLayout content = new VerticalLayout();
    private final Grid<CostumePiece> pieces = new Grid<>();
    private final CostumePieceForm pieceForm = new CostumePieceForm();
    private final Button deletePiece = new Button();
    private final Span needed = new Span();
    private final IntegerField received = new IntegerField();
    private final FormLayout allotments = new FormLayout();
    private final Map<Long, IntegerField> allotted = new LinkedHashMap<>();
    private final Span left = new Span();
    private final Button saveShoes = new Button();
    private DanceNumber number;
    private PointeShoes shoes;
    private LocalDate neededFrom;

    CostumesAndShoesTab(CostumeService costumeService, boolean editable, FirstDayNeeded firstDayNeeded) {
        this.costumeService = costumeService;
        this.firstDayNeeded = firstDayNeeded;
        this.editable = editable;
        setPadding(false);
        content.setPadding(false);
        hint.setText(getTranslation("dance.rights.pick-number"));

        pieces.setId("costume-pieces");
        pieces.addThemeVariants(GridVariant.LUMO_COMPACT);
        pieces.setAllRowsVisible(true);
        pieces.addColumn(CostumePiece::getName).setHeader(getTranslation("dance.costume.name")).setKey("name")
                .setFlexGrow(1);
        pieces.addColumn(CostumePiece::getQuantity).setHeader(getTranslation("dance.costume.quantity"))
                .setKey("quantity").setAutoWidth(true).setFlexGrow(0);
        pieces.addColumn(CostumePiece::getBuilt).setHeader(getTranslation("dance.costume.built")).setKey("built")
                .setAutoWidth(true).setFlexGrow(0);
        pieces.addColumn(this::due).setHeader(getTranslation("dance.costume.due")).setKey("due").setAutoWidth(true)
                .setFlexGrow(0);
        pieces.setPartNameGenerator(p -> p.isLateFor(neededFrom) ? "costume-late"
                : p.isComplete() ? null : "costume-unbuilt");
        pieces.asSingleSelect().addValueChangeListener(e -> {
            pieceForm.show(e.getValue());
            deletePiece.setEnabled(e.getValue() != null);
        });
        firstDay.setId("costume-first-day");
        content.add(new H4(getTranslation("dance.costume.heading")), firstDay, pieces);

        received.setId("shoes-received");
        received.setLabel(getTranslation("dance.shoes.received"));
        received.setMin(0);
        received.setStepButtonsVisible(true);
        received.addValueChangeListener(e -> showLeft());
        needed.setId("shoes-needed");
        left.setId("shoes-left");
        allotments.setId("shoes-allotments");
        if (editable) {
            Button newPiece = new Button(getTranslation("dance.costume.new"), e -> pieces.asSingleSelect().clear());
            newPiece.setId("new-costume");
            deletePiece.setText(getTranslation("dance.costume.delete"));
            deletePiece.setId("delete-costume");
            deletePiece.addThemeVariants(ButtonVariant.LUMO_ERROR);
            deletePiece.addClickListener(e -> deleteSelectedPiece());
            pieceForm.add(new HorizontalLayout(pieceForm.saveButton(), newPiece, deletePiece), 2);
            pieceForm.addSaveListener(event -> savePiece(event.getBean()));
            content.add(pieceForm);
            saveShoes.setText(getTranslation("dance.shoes.save"));
            saveShoes.setId("save-shoes");
            saveShoes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            saveShoes.addClickListener(e -> saveShoes());
        }
        received.setReadOnly(!editable);
        saveShoes.setVisible(editable);
        content.add(new H4(getTranslation("dance.shoes.heading")), needed, received, allotments, left, saveShoes);
        add(hint, content);
        show(null);
    }

    /** Shows a saved number's pieces and shoes; a hint for a number not saved yet. */
    void show(DanceNumber shown) {
        number = shown;
        hint.setVisible(shown == null);
        content.setVisible(shown != null);
        if (shown == null) {
            return;
        }
        neededFrom = firstDayNeeded.of(shown.getId()).orElse(null);
        firstDay.setText(neededFrom == null ? getTranslation("dance.costume.first-day.none")
                : getTranslation("dance.costume.first-day", LocalFormats.date(neededFrom, getLocale())));
        refreshPieces();
        pieceForm.show(null);
        deletePiece.setEnabled(false);
        shoes = costumeService.pointeShoes(shown.getId());
        int perDancer = shown.getShoesPerDancer() == null ? 0 : shown.getShoesPerDancer();
        needed.setText(getTranslation("dance.shoes.needed", costumeService.pairsNeeded(shown.getId()), perDancer,
                shown.totalDancers()));
        FieldRefusal.show(received, false, null);
        received.setValue(shoes.getPairsReceived());
        allotments.removeAll();
        allotted.clear();
        for (StoryCharacter dancer : shown.getPrincipalDancers()) {
            IntegerField pairs = new IntegerField(getTranslation("dance.shoes.for", dancer.castLabel()));
            pairs.setId("shoes-for-" + dancer.getCastId());
            pairs.setMin(0);
            pairs.setStepButtonsVisible(true);
            pairs.setReadOnly(!editable);
            pairs.setValue(shoes.getAllotments().getOrDefault(dancer.getId(), 0));
            pairs.addValueChangeListener(e -> showLeft());
            allotted.put(dancer.getId(), pairs);
            allotments.add(pairs);
        }
        showLeft();
    }

    private void showLeft() {
        int given = allotted.values().stream().mapToInt(f -> f.getValue() == null ? 0 : f.getValue()).sum();
        left.setText(getTranslation("dance.shoes.left", (received.getValue() == null ? 0 : received.getValue()) - given));
    }

    /** The due date; a piece not built that is due after the first day needing it says it is late. */
    private String due(CostumePiece piece) {
        String due = LocalFormats.date(piece.getDueDate(), getLocale());
        return piece.isLateFor(neededFrom)
                ? getTranslation("dance.costume.late", due, LocalFormats.date(neededFrom, getLocale())) : due;
    }

    private void refreshPieces() {
        pieces.setItems(costumeService.pieces(number.getId()));
    }

    private void savePiece(CostumePiece typed) {
        CostumePiece selected = pieces.asSingleSelect().getValue();
        CostumePiece saved;
        try {
            saved = costumeService.savePiece(number.getId(), selected == null ? null : selected.getId(),
                    selected == null ? 0 : selected.getVersion(), typed);
        } catch (DomainException refused) {
            String message = getTranslation(refused.getMessageKey(), refused.getArguments());
            if (!pieceForm.showRefusal(refused.getMessageKey(), message)) {
                Notifications.error(message);
            }
            return;
        }
        Notifications.success(getTranslation("dance.costume.saved", saved.getName()));
        refreshPieces();
        pieces.asSingleSelect().clear();
        pieceForm.show(null);
    }

    private void deleteSelectedPiece() {
        CostumePiece selected = pieces.asSingleSelect().getValue();
        if (selected == null) {
            return;
        }
        costumeService.deletePiece(selected.getId());
        Notifications.success(getTranslation("dance.costume.deleted", selected.getName()));
        refreshPieces();
        pieceForm.show(null);
    }

    private void saveShoes() {
        Map<Long, Integer> pairs = new LinkedHashMap<>();
        allotted.forEach((dancer, field) -> pairs.put(dancer, field.getValue() == null ? 0 : field.getValue()));
        try {
            shoes = costumeService.saveShoes(number.getId(), shoes.getVersion(),
                    received.getValue() == null ? 0 : received.getValue(), pairs);
        } catch (DomainException refused) {
            FieldRefusal.show(received, true, getTranslation(refused.getMessageKey(), refused.getArguments()));
            return;
        }
        FieldRefusal.show(received, false, null);
        Notifications.success(getTranslation("dance.shoes.saved", number.getTitle()));
    }
}
