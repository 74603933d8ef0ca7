package app.coulisse.cast.ui;

import app.coulisse.cast.CharacterCategory;
import app.coulisse.cast.CharacterSummary;
import app.coulisse.cast.NewCharacter;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.season.Company;
import app.coulisse.ui.BeanForm;
import app.coulisse.ui.FieldRefusal;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;

/**
 * A character's name, cast ID, performer, aliases, company, category and dancer flag, bound to the constraints on
 * {@link StoryCharacter}; saving hands the view a {@link NewCharacter}. A refusal the service alone can
 * judge (a cast ID or name already taken) is shown at its field by {@link #showRefusal}.
 */
class CharacterForm extends BeanForm<StoryCharacter> {

    private final TextField name = new TextField();
    private final IntegerField castId = new IntegerField();
    private final TextField performer = new TextField();
    private final TextField aliases = new TextField();
    private final Select<Company> company = new Select<>();
    private final Checkbox dancer = new Checkbox();
    private final Select<CharacterCategory> category = new Select<>();
    private final List<Company> companies;

    CharacterForm(List<Company> companies) {
        super(StoryCharacter.class, () -> new StoryCharacter(null, 0, ""));
        this.companies = companies;
        text(name, "character-name", "character.name", "name");
        castId.setId("character-cast-id");
        castId.setLabel(getTranslation("character.cast-id"));
        castId.setMin(1);
        castId.setMax(9999);
        String range = getTranslation("character.cast-id.range");
        castId.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(range).setMaxErrorMessage(range)
                .setBadInputErrorMessage(range));
        binder.forField(castId).bind("castId");
        text(performer, "character-performer", "character.performer", "performer");
        text(aliases, "character-aliases", "character.aliases", "aliases");
        aliases.setHelperText(getTranslation("character.aliases.help"));
        company.setId("character-company");
        company.setLabel(getTranslation("character.company"));
        company.setItems(companies);
        company.setItemLabelGenerator(c -> c == null ? getTranslation("cast.no-company") : c.getName());
        company.setEmptySelectionAllowed(true);
        company.setEmptySelectionCaption(getTranslation("cast.no-company"));
        binder.forField(company).bind("company");
        dancer.setId("character-dancer");
        dancer.setLabel(getTranslation("character.dancer"));
        binder.forField(dancer).bind("dancer");
        category.setId("character-category");
        category.setLabel(getTranslation("character.category"));
        category.setItems(Arrays.asList(CharacterCategory.values()));
        category.setItemLabelGenerator(c -> getTranslation("character.category." + c.name()));
        binder.forField(category).bind("category");
        add(name, castId, performer, aliases, company, category, dancer);
        setId("character-form");
        startIn(name);
        saveButton().setText(getTranslation("cast.save"));
        saveButton().setId("save-character");
    }

    /** Shows a catalog row, or an empty form (cast ID {@code nextCastId}) for a new character. */
    void show(CharacterSummary summary, Integer nextCastId) {
        StoryCharacter shown = new StoryCharacter(null, 0, summary == null ? "" : summary.name());
        shown.setCastId(summary == null ? nextCastId : Integer.valueOf(summary.castId()));
        shown.setPerformer(summary == null ? null : summary.performer());
        shown.setAliases(summary == null ? null : summary.aliases());
        shown.setDancer(summary != null && summary.dancer());
        shown.setCategory(summary == null ? CharacterCategory.SUPPORTING : summary.category());
        shown.setCompany(summary == null || summary.companyId() == null ? null : companies.stream()
                .filter(known -> known.getId().equals(summary.companyId())).findFirst().orElse(null));
        read(shown);
    }

    /** Says a service refusal at the field it concerns (cast ID or name); false when it concerns neither. */
    boolean showRefusal(String key, String message) {
        return FieldRefusal.show(castId, key.startsWith("character.cast-id"), message)
                | FieldRefusal.show(name, key.startsWith("character.name"), message);
    }

    /** What a saved form's bean holds, as the service takes it. */
    static NewCharacter draft(StoryCharacter typed) {
        return new NewCharacter(typed.getName(), typed.getCastId(), typed.getPerformer(),
                typed.getCompany() == null ? null : typed.getCompany().getId(), typed.isDancer(), typed.getCategory(),
                typed.getAliases() == null ? "" : typed.getAliases());
    }
}
