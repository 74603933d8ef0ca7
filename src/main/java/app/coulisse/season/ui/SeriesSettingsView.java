package app.coulisse.season.ui;

import app.coulisse.season.Company;
import app.coulisse.season.NewCompany;
import app.coulisse.season.PaperSize;
import app.coulisse.season.SeasonService;
import app.coulisse.season.Series;
import app.coulisse.security.Roles;
import app.coulisse.ui.Confirm;
import app.coulisse.ui.IconButton;
import app.coulisse.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The showrunner's settings of the series: title, production and languages; the dance companies (add,
 * edit, reorder, remove); the strip palette; the way to the element categories. Every save carries the
 * version it loaded, so a stale one is refused rather than overwriting someone else's change. Opened from
 * the season overview (the side navigation keeps its one entry per feature).
 */
@Route("settings")
@RolesAllowed(Roles.SHOWRUNNER)
public class SeriesSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final transient SeasonService seasonService;
    private final TextField title = new TextField();
    private final TextField production = new TextField();
    private final LanguageFields languages = new LanguageFields("settings");
    private final Select<PaperSize> paperSize = new Select<>();
    private final Grid<Company> companies = new Grid<>();
    private final CompanyFields newCompany = new CompanyFields("settings-new-company");
    private final TextField intDay = paletteField("int-day", "INT_DAY");
    private final TextField extDay = paletteField("ext-day", "EXT_DAY");
    private final TextField intNight = paletteField("int-night", "INT_NIGHT");
    private final TextField extNight = paletteField("ext-night", "EXT_NIGHT");
    private long seriesVersion;

    public SeriesSettingsView(SeasonService seasonService, ObjectProvider<SettingsSection> sections) {
        this.seasonService = seasonService;
        setId("series-settings-view");
        setMaxWidth("70em");
        title.setLabel(getTranslation("series.title"));
        title.setId("settings-title");
        title.setWidthFull();
        production.setLabel(getTranslation("series.production"));
        production.setId("settings-production");
        production.setWidthFull();
        paperSize.setId("settings-paper-size");
        paperSize.setLabel(getTranslation("series.paper-size"));
        paperSize.setItems(PaperSize.values());
        paperSize.setItemLabelGenerator(paper -> getTranslation("paper-size." + paper.name()));
        Button saveSeries = new Button(getTranslation("settings.series.save"), event -> saveSeries());
        saveSeries.setId("settings-save-series");
        saveSeries.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        companies.setId("settings-companies");
        companies.setAllRowsVisible(true);
        companies.addColumn(Company::getName).setHeader(getTranslation("company.name")).setKey("name");
        companies.addColumn(Company::getCity).setHeader(getTranslation("company.city")).setKey("city");
        companies.addColumn(company -> company.getVenue() == null ? "" : company.getVenue())
                .setHeader(getTranslation("company.venue")).setKey("venue");
        companies.addComponentColumn(this::swatch).setHeader(getTranslation("company.colour")).setKey("colour");
        companies.addComponentColumn(this::companyActions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        Button addCompany = new Button(getTranslation("settings.company.add"), VaadinIcon.PLUS.create(),
                event -> addCompany());
        addCompany.setId("settings-add-company");

        Button savePalette = new Button(getTranslation("settings.palette.save"), event -> savePalette());
        savePalette.setId("settings-save-palette");

        add(new H2(getTranslation("nav.settings")),
                new H3(getTranslation("settings.series")), title, production,
                new HorizontalLayout(languages.languages, languages.workbookLanguage, paperSize), saveSeries,
                new H3(getTranslation("settings.companies")), companies, newCompany, addCompany,
                new H3(getTranslation("strip.palette")), new HorizontalLayout(intDay, extDay, intNight, extNight),
                savePalette);
        sections.orderedStream().forEach(section -> add(section.create()));
        load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.settings");
    }

    private void load() {
        Series series = seasonService.series();
        seriesVersion = series.getVersion();
        title.setValue(series.getTitle());
        production.setValue(series.getProduction() == null ? "" : series.getProduction());
        languages.fill(series.getLanguages(), series.getWorkbookLanguage());
        paperSize.setValue(series.getPaperSize());
        intDay.setValue(series.getStripIntDay());
        extDay.setValue(series.getStripExtDay());
        intNight.setValue(series.getStripIntNight());
        extNight.setValue(series.getStripExtNight());
        companies.setItems(seasonService.companies());
    }

    private Series edited() {
        Series edited = seasonService.series();
        Series copy = new Series();
        copy.setVersion(seriesVersion);
        copy.setTitle(edited.getTitle());
        copy.setProduction(edited.getProduction());
        copy.setLanguages(edited.getLanguages());
        copy.setWorkbookLanguage(edited.getWorkbookLanguage());
        copy.setPaperSize(edited.getPaperSize());
        copy.setStripIntDay(edited.getStripIntDay());
        copy.setStripExtDay(edited.getStripExtDay());
        copy.setStripIntNight(edited.getStripIntNight());
        copy.setStripExtNight(edited.getStripExtNight());
        return copy;
    }

    private void saveSeries() {
        Series edited = edited();
        edited.setTitle(title.getValue());
        edited.setProduction(production.getValue());
        edited.setLanguages(String.join(",", languages.selected()));
        edited.setWorkbookLanguage(languages.workbookLanguage.getValue());
        edited.setPaperSize(paperSize.getValue());
        if (Attempt.run(() -> seasonService.updateSeries(edited), (refused, message) ->
                SeriesRefusal.show(title, production, languages, refused.getMessageKey(), message))) {
            load();
            Notifications.success(getTranslation("settings.saved"));
        }
    }

    private void savePalette() {
        Series edited = edited();
        edited.setStripIntDay(intDay.getValue());
        edited.setStripExtDay(extDay.getValue());
        edited.setStripIntNight(intNight.getValue());
        edited.setStripExtNight(extNight.getValue());
        if (Attempt.run(() -> seasonService.updateStripPalette(edited))) {
            load();
            Notifications.success(getTranslation("settings.saved"));
        }
    }

    private void addCompany() {
        NewCompany company = newCompany.value();
        if (Attempt.run(() -> seasonService.addCompany(company.name(), company.city(), company.venue(),
                company.colour()), (refused, message) -> newCompany.showRefusal(refused.getMessageKey(), message))) {
            newCompany.fill(new NewCompany("", "", "", ""));
            load();
        }
    }

    private Span swatch(Company company) {
        Span swatch = new Span(company.getColour());
        swatch.addClassName("colour-swatch");
        swatch.getStyle().set("border-left", "1.2em solid " + company.getColour()).set("padding-left", "0.4em");
        return swatch;
    }

    private HorizontalLayout companyActions(Company company) {
        String id = "company-" + company.getPosition();
        HorizontalLayout actions = new HorizontalLayout(
                icon(VaadinIcon.PENCIL, "settings.company.edit", id + "-edit", () -> editCompany(company)),
                icon(VaadinIcon.ARROW_UP, "settings.company.up", id + "-up", () -> move(company, -1)),
                icon(VaadinIcon.ARROW_DOWN, "settings.company.down", id + "-down", () -> move(company, 1)),
                icon(VaadinIcon.TRASH, "settings.company.remove", id + "-remove", () -> confirmRemove(company)));
        actions.setSpacing(false);
        return actions;
    }

    private void move(Company company, int direction) {
        Attempt.run(() -> seasonService.moveCompany(company.getId(), direction));
        load();
    }

    private void editCompany(Company company) {
        Dialog dialog = new Dialog(company.getName());
        dialog.setId("edit-company-dialog");
        CompanyFields fields = new CompanyFields("edit-company");
        fields.fill(new NewCompany(company.getName(), company.getCity(), company.getVenue(), company.getColour()));
        long loadedVersion = company.getVersion();
        Button save = new Button(getTranslation("settings.company.save"), event -> {
            if (Attempt.run(() -> seasonService.updateCompany(company.getId(), fields.value(), loadedVersion),
                    (refused, message) -> fields.showRefusal(refused.getMessageKey(), message))) {
                dialog.close();
                load();
            }
        });
        save.setId("edit-company-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(fields);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), event -> dialog.close()), save);
        dialog.open();
    }

    private void confirmRemove(Company company) {
        Confirm.destructive("confirm-remove-company", getTranslation("settings.company.remove.title", company.getName()),
                getTranslation("settings.company.remove.text"), getTranslation("settings.company.remove"), () -> {
                    if (Attempt.run(() -> seasonService.removeCompany(company.getId()))) {
                        load();
                    }
                });
    }

    private TextField paletteField(String id, String stripType) {
        TextField field = new TextField(getTranslation("strip." + stripType));
        field.setId("settings-palette-" + id);
        return field;
    }

    private Button icon(VaadinIcon icon, String labelKey, String id, Runnable action) {
        return new IconButton(icon, labelKey, id, action);
    }
}
