package app.coulisse.callsheet.ui;

import app.coulisse.callsheet.ShootingLocation;
import app.coulisse.callsheet.ShootingLocationService;
import app.coulisse.core.DomainException;
import app.coulisse.season.SeasonService;
import app.coulisse.season.ui.SeasonPicker;
import app.coulisse.security.Roles;
import app.coulisse.ui.LocalFormats;
import app.coulisse.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The season's shooting locations: the name the scenes give, with the address, parking, hospital, contact and
 * position a call sheet prints. A location's name must match the scenes' shooting location to be found.
 */
@Route("production/locations")
@Menu(title = "nav.locations", order = 72, icon = "vaadin:map-marker")
@RolesAllowed({Roles.PRODUCTION, Roles.SHOWRUNNER})
public class ShootingLocationsView extends VerticalLayout implements HasDynamicTitle {

    private final transient ShootingLocationService service;
    private final int seasonNumber;
    private final Grid<ShootingLocation> grid = new Grid<>();
    private final LocationForm form = new LocationForm();
    private ShootingLocation editing;

    public ShootingLocationsView(ShootingLocationService service, SeasonService seasonService) {
        this.service = service;
        setSizeFull();
        SeasonPicker seasonPicker = SeasonPicker.reopening(seasonService);
        this.seasonNumber = seasonPicker.selected();
        Button add = new Button(getTranslation("callsheet.location.add"), click -> edit(null));
        add.setId("add-location");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("callsheet.locations.heading")),
                seasonPicker, add);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.addClassName("page-header");
        grid.setId("locations");
        grid.addColumn(ShootingLocation::getName).setHeader(getTranslation("callsheet.location.name")).setKey("name")
                .setAutoWidth(true);
        grid.addColumn(ShootingLocation::getAddress).setHeader(getTranslation("callsheet.location.address"))
                .setKey("address");
        grid.addColumn(ShootingLocation::getParking).setHeader(getTranslation("callsheet.location.parking"))
                .setKey("parking");
        grid.addColumn(ShootingLocation::getHospital).setHeader(getTranslation("callsheet.location.hospital"))
                .setKey("hospital");
        grid.addColumn(l -> l.hasPosition() ? l.getLatitude() + ", " + l.getLongitude() : "")
                .setHeader(getTranslation("callsheet.location.position")).setKey("position");
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                edit(event.getValue());
            }
        });
        form.setVisible(false);
        form.add(form.saveButton());
        form.addSaveListener(event -> save(event.getBean()));
        form.addCloseListener(event -> form.setVisible(false));
        add(header, grid, form);
        refresh();
    }

    private void edit(ShootingLocation location) {
        editing = location;
        form.read(location == null ? ShootingLocation.draft() : location);
        form.setVisible(true);
        form.focusFirst();
    }

    private void save(ShootingLocation edited) {
        try {
            service.save(seasonNumber, editing == null ? null : editing.getId(),
                    editing == null ? 0 : editing.getVersion(), edited);
            Notifications.success(getTranslation("callsheet.location.saved", edited.getName()));
            form.setVisible(false);
            refresh();
        } catch (DomainException refused) {
            Notifications.error(getTranslation(refused.getMessageKey(),
                    LocalFormats.arguments(refused.getArguments(), getLocale())));
        }
    }

    private void refresh() {
        grid.setItems(service.locations(seasonNumber));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("callsheet.locations.heading");
    }
}
