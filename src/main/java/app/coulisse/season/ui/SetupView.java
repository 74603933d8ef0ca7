package app.coulisse.season.ui;

import app.coulisse.core.DomainException;
import app.coulisse.core.Languages;
import app.coulisse.season.CompanyRefused;
import app.coulisse.season.SeasonService;
import app.coulisse.season.SeriesSetup;
import app.coulisse.security.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The first screen of a fresh install: the showrunner names the series and its production, the crew's
 * languages and the first dance companies; saving creates the series with its Season 1.
 */
@Route("setup")
@RolesAllowed(Roles.SHOWRUNNER)
public class SetupView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient SeasonService seasonService;
    private final TextField title = new TextField();
    private final TextField production = new TextField();
    private final LanguageFields languages = new LanguageFields("setup");
    private final VerticalLayout companyRows = new VerticalLayout();
    private final List<CompanyFields> companies = new ArrayList<>();

    public SetupView(SeasonService seasonService, ObjectProvider<SetupAlternative> alternatives) {
        this.seasonService = seasonService;
        setId("setup");
        setMaxWidth("60em");
        title.setLabel(getTranslation("series.title"));
        title.setId("setup-title");
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        production.setLabel(getTranslation("series.production"));
        production.setId("setup-production");
        production.setWidthFull();
        languages.fill(String.join(",", Languages.CODES), "en");
        companyRows.setPadding(false);

        Button addCompany = new Button(getTranslation("setup.company.add"), VaadinIcon.PLUS.create(),
                event -> addCompanyRow());
        addCompany.setId("setup-add-company");
        addCompany.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button save = new Button(getTranslation("setup.save"), event -> save());
        save.setId("setup-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(new H2(getTranslation("setup.title")), new Paragraph(getTranslation("setup.intro")), title, production,
                new HorizontalLayout(languages.languages, languages.workbookLanguage),
                new H3(getTranslation("setup.companies")), new Paragraph(getTranslation("setup.companies.help")),
                companyRows, addCompany, save);
        alternatives.orderedStream().map(SetupAlternative::create).forEach(this::add);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (seasonService.hasSeries()) {
            event.forwardTo(SeasonOverviewView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title");
    }

    private void addCompanyRow() {
        int index = companies.size() + 1;
        CompanyFields fields = new CompanyFields("setup-company-" + index);
        companies.add(fields);
        companyRows.add(fields);
    }

    private void save() {
        List<CompanyFields> entered = companies.stream().filter(fields -> !fields.isBlank()).toList();
        if (Attempt.run(() -> seasonService.setUp(new SeriesSetup(title.getValue(), production.getValue(),
                languages.selected(), languages.workbookLanguage.getValue(),
                entered.stream().map(CompanyFields::value).toList())),
                (refused, message) -> showRefusal(refused, message, entered))) {
            UI.getCurrent().navigate(SeasonOverviewView.class);
        }
    }

    /**
     * Says a refusal at its field: the series' title, production or languages, or the field of the company refused
     * (the message names it too); clears the fields refused before. False when it concerns no field.
     */
    private boolean showRefusal(DomainException refused, String message, List<CompanyFields> entered) {
        int refusedCompany = refused instanceof CompanyRefused company ? company.position() : -1;
        String seriesKey = refusedCompany < 0 ? refused.getMessageKey() : "";
        boolean shown = SeriesRefusal.show(title, production, languages, seriesKey, message);
        for (CompanyFields fields : companies) {
            shown |= fields.showRefusal(refusedCompany >= 0 && entered.indexOf(fields) == refusedCompany
                    ? refused.getMessageKey() : "", message);
        }
        return shown;
    }
}
