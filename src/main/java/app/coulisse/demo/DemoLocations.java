package app.coulisse.demo;

import app.coulisse.callsheet.ShootingLocation;
import app.coulisse.callsheet.ShootingLocationService;
import app.coulisse.season.SeasonService;
import org.springframework.stereotype.Component;

/**
 * The demo's shooting locations, one for each place its scenes shoot, so that every demo shoot day's call sheet
 * publishes as it is (record 052). Their values are names, addresses and telephone numbers, which read the same in
 * English and French; the call sheet's labels around them are translated.
 */
@Component
class DemoLocations {

    private static final String LARIBOISIERE = "Hôpital Lariboisière, 2 rue Ambroise-Paré, 75010 Paris";
    private static final String HOTEL_DIEU = "Hôtel-Dieu, 1 parvis Notre-Dame, 75004 Paris";
    private static final String PARIS_CONTACT = "Camille Roux, +33 6 12 34 56 78";
    private static final String NEW_YORK_CONTACT = "Dana Price, +1 917 555 0142";

    private final SeasonService seasonService;
    private final ShootingLocationService locations;

    DemoLocations(SeasonService seasonService, ShootingLocationService locations) {
        this.seasonService = seasonService;
        this.locations = locations;
    }

    void write() {
        int season = seasonService.currentSeason().getNumber();
        add(season, DemoSeason.PARIS_STAGE, "6 rue Louis Daguerre, 94360 Bry-sur-Marne",
                "P2 — 6 rue Louis Daguerre, 94360 Bry-sur-Marne",
                "Hôpital Saint-Camille, 2 rue des Pères Camilliens, 94360 Bry-sur-Marne", PARIS_CONTACT,
                48.8386, 2.5213);
        add(season, DemoSeason.MBT_STAGE, "34-12 36th Street, Astoria, NY 11106", "35-11 35th Avenue, Astoria, NY 11106",
                "Mount Sinai Queens, 25-10 30th Avenue, Astoria, NY 11102", NEW_YORK_CONTACT, 40.7565, -73.9242);
        add(season, "JFK Terminal 1", "JFK Airport, Terminal 1, Jamaica, NY 11430",
                "JFK Airport, Lot 9, Jamaica, NY 11430",
                "Jamaica Hospital Medical Center, 8900 Van Wyck Expressway, Jamaica, NY 11418", NEW_YORK_CONTACT,
                40.6437, -73.7900);
        add(season, "Rooftop, Paris 9e", "Palais Garnier, 8 rue Scribe, 75009 Paris",
                "Rue Halévy, 75009 Paris", LARIBOISIERE, PARIS_CONTACT, 48.8720, 2.3316);
        add(season, "Place de l'Opéra, Paris 9e", "Place de l'Opéra, 75009 Paris", "Rue Halévy, 75009 Paris",
                LARIBOISIERE, PARIS_CONTACT, 48.8709, 2.3319);
        add(season, "Quai de la Tournelle", "Quai de la Tournelle, 75005 Paris", "Quai Saint-Bernard, 75005 Paris",
                HOTEL_DIEU, PARIS_CONTACT, 48.8508, 2.3545);
        add(season, "Pont des Arts, Paris 6e", "Pont des Arts, 75006 Paris", "Quai de Conti, 75006 Paris",
                HOTEL_DIEU, PARIS_CONTACT, 48.8583, 2.3375);
        add(season, "Orly Sud, Terminal", "Aéroport de Paris-Orly, Orly 1, 94390 Orly",
                "P0 — Aéroport de Paris-Orly, 94390 Orly",
                "Hôpital Bicêtre, 78 rue du Général Leclerc, 94270 Le Kremlin-Bicêtre", PARIS_CONTACT,
                48.7262, 2.3652);
    }

    private void add(int season, String name, String address, String parking, String hospital, String contact,
                     double latitude, double longitude) {
        ShootingLocation location = ShootingLocation.draft();
        location.setName(name);
        location.setAddress(address);
        location.setParking(parking);
        location.setHospital(hospital);
        location.setContact(contact);
        location.setLatitude(latitude);
        location.setLongitude(longitude);
        locations.save(season, null, 0, location);
    }
}
