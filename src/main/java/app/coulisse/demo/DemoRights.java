package app.coulisse.demo;

import app.coulisse.dance.ClearanceStatus;
import app.coulisse.dance.CostumePiece;
import app.coulisse.dance.CostumeService;
import app.coulisse.dance.CueUsage;
import app.coulisse.dance.DanceNumber;
import app.coulisse.dance.RightsAndMusic;
import app.coulisse.dance.RightsService;
import app.coulisse.dance.RightsStatus;
import app.coulisse.cast.StoryCharacter;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The demo's rights, music, costumes and shoes (record 055): every number is cleared, built and shod for the shoot,
 * except that the licence of "Corps de Ballet in Pieces" is still being negotiated, so that number is no go on its
 * first shoot day (with its big swan, record 054) until someone approves it. "The Veil" is licensed and credited.
 */
@Component
class DemoRights {

    private static final LocalDate TERM_START = LocalDate.of(2026, 6, 1);
    private static final LocalDate TERM_END = LocalDate.of(2031, 5, 31);

    private final RightsService rightsService;
    private final CostumeService costumeService;

    DemoRights(RightsService rightsService, CostumeService costumeService) {
        this.rightsService = rightsService;
        this.costumeService = costumeService;
    }

    void write(Map<String, DanceNumber> numbers) {
        RightsAndMusic veil = licence(RightsStatus.APPROVED, "Arnaud Dance Trust", "The Veil (2019), Ballet National staging",
                "Sylvie Arnaud", "Television series, worldwide, all media, 5 years",
                "Flat fee per episode plus a royalty per broadcast",
                "\"The Veil\" choreography by Sylvie Arnaud, by arrangement with the Arnaud Dance Trust",
                "« Le Voile », chorégraphie de Sylvie Arnaud, avec l'accord de l'Arnaud Dance Trust");
        music(veil, "Orchestre du Ballet National, recorded live on set", true, ClearanceStatus.NOT_REQUIRED,
                ClearanceStatus.NOT_REQUIRED, 412);
        save(numbers.get("The Veil"), veil);

        RightsAndMusic corps = licence(RightsStatus.NEGOTIATING, "Ivanov Heritage Foundation",
                "Swan Lake, Act II (Ivanov, 1895), 1951 restaging", "Irina Volkova",
                "Television series, worldwide, excerpts up to 5 minutes", "Royalty per broadcast under discussion",
                "Swan Lake Act II choreography after Lev Ivanov, staged by Irina Volkova",
                "Le Lac des cygnes, acte II, chorégraphie d'après Lev Ivanov, remontée par Irina Volkova");
        music(corps, "Lumen Classics LC-1877, Orchestre de Paris", false, ClearanceStatus.NOT_REQUIRED,
                ClearanceStatus.CLEARED, 265);
        save(numbers.get("Corps de Ballet in Pieces"), corps);

        RightsAndMusic partnering = licence(RightsStatus.APPROVED, "Kessler Works",
                "Romeo and Juliet, balcony pas de deux (Hannah Kessler)", "Hannah Kessler", "Television series, worldwide",
                "Buy-out", "Balcony pas de deux choreography by Hannah Kessler",
                "Pas de deux du balcon, chorégraphie de Hannah Kessler");
        music(partnering, "Northlight Records NL-2231, London Symphonic", false, ClearanceStatus.CLEARED,
                ClearanceStatus.CLEARED, 150);
        save(numbers.get("First Partnering"), partnering);

        RightsAndMusic morningClass = new RightsAndMusic(null);
        music(morningClass, "Company pianist, recorded live on set", true, ClearanceStatus.NOT_REQUIRED,
                ClearanceStatus.NOT_REQUIRED, 180);
        save(numbers.get("Morning Class"), morningClass);

        RightsAndMusic solo = new RightsAndMusic(null);
        music(solo, "Quai Records QR-0412, solo piano", false, ClearanceStatus.NOT_REQUIRED, ClearanceStatus.CLEARED, 95);
        save(numbers.get("Seine Solo"), solo);

        piece(numbers.get("The Veil"), "White tulle veil, 3 m", 46, LocalDate.of(2026, 8, 21));
        piece(numbers.get("The Veil"), "Romantic tutu, white", 23, LocalDate.of(2026, 8, 28));
        piece(numbers.get("Corps de Ballet in Pieces"), "Swan tutu", 19, LocalDate.of(2026, 8, 28));
        piece(numbers.get("Corps de Ballet in Pieces"), "Feathered headpiece", 19, LocalDate.of(2026, 8, 28));
        numbers.values().forEach(this::shoes);
    }

    private static RightsAndMusic licence(RightsStatus status, String licensor, String version, String stager,
                                          String scope, String fee, String creditEnglish, String creditFrench) {
        RightsAndMusic rights = new RightsAndMusic(null);
        rights.setRightsStatus(status);
        rights.setLicensor(licensor);
        rights.setProductionVersion(version);
        rights.setStager(stager);
        rights.setScope(scope);
        rights.setTermStart(TERM_START);
        rights.setTermEnd(TERM_END);
        rights.setFeeNote(fee);
        rights.setCreditEnglish(creditEnglish);
        rights.setCreditFrench(creditFrench);
        return rights;
    }

    private static void music(RightsAndMusic music, String recording, boolean ours, ClearanceStatus sync,
                              ClearanceStatus master, int seconds) {
        music.setRecording(recording);
        music.setRecordedByProduction(ours);
        music.setSyncClearance(sync);
        music.setMasterClearance(master);
        music.setCueUsage(CueUsage.VISUAL_INSTRUMENTAL);
        music.setTimingSeconds(seconds);
    }

    private void save(DanceNumber number, RightsAndMusic typed) {
        rightsService.save(number.getId(), 0, typed);
    }

    /** A piece built in full, due a week or two before the shoot. */
    private void piece(DanceNumber number, String name, int quantity, LocalDate due) {
        CostumePiece piece = new CostumePiece(null);
        piece.setName(name);
        piece.setQuantity(quantity);
        piece.setBuilt(quantity);
        piece.setDueDate(due);
        costumeService.savePiece(number.getId(), null, 0, piece);
    }

    /** Every pair needed received; each principal dancer given their shoes per dancer. */
    private void shoes(DanceNumber number) {
        int perDancer = number.getShoesPerDancer() == null ? 0 : number.getShoesPerDancer();
        Map<Long, Integer> allotments = number.getPrincipalDancers().stream()
                .collect(Collectors.toMap(StoryCharacter::getId, dancer -> perDancer));
        costumeService.saveShoes(number.getId(), 0, costumeService.pairsNeeded(number.getId()), allotments);
    }
}
