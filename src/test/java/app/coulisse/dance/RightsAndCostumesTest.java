package app.coulisse.dance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coulisse.SpringAppTest;
import app.coulisse.cast.CastService;
import app.coulisse.cast.CharacterCategory;
import app.coulisse.cast.NewCharacter;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.core.DomainException;
import app.coulisse.season.SeasonService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/** Rights, music, costumes and shoes stored, refused at bad input, read back by the readiness rules and the cue sheet. */
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class RightsAndCostumesTest extends SpringAppTest {

    private static final LocalDate DAY = LocalDate.of(2026, 9, 7);

    @Autowired
    RightsService rightsService;

    @Autowired
    CostumeService costumeService;

    @Autowired
    DanceService danceService;

    @Autowired
    CastService castService;

    @Autowired
    SeasonService seasonService;

    @Autowired
    List<ReadinessRule> rules;

    @Autowired
    RightsReadinessRule rightsRule;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    EntityManager entityManager;

    @BeforeEach
    void asProductionOffice() {
        actAs("production", "PRODUCTION");
    }

    private DanceNumber newNumber(String title, int shoesPerDancer, Set<Long> dancers) {
        actAs("writer", "WRITER");
        DanceNumber number = danceService.create(new DanceNumberDraft(title, null, null, "Composer", "Work", null,
                MusicSource.PLAYBACK, null, 120, dancers, 4, BigDecimal.ZERO, null, shoesPerDancer, null));
        actAs("production", "PRODUCTION");
        return number;
    }

    private static RightsAndMusic typed(RightsStatus status, LocalDate start, LocalDate end, String english, String french) {
        RightsAndMusic typed = new RightsAndMusic(null);
        typed.setRightsStatus(status);
        typed.setLicensor("The Petipa Trust");
        typed.setTermStart(start);
        typed.setTermEnd(end);
        typed.setCreditEnglish(english);
        typed.setCreditFrench(french);
        typed.setSyncClearance(ClearanceStatus.CLEARED);
        typed.setMasterClearance(ClearanceStatus.CLEARED);
        typed.setTimingSeconds(251);
        typed.setCueUsage(CueUsage.VISUAL_INSTRUMENTAL);
        return typed;
    }

    @Test
    void a_term_that_ends_before_it_starts_is_refused_and_nothing_is_saved() {
        long id = newNumber("Backwards term", 0, Set.of()).getId();
        assertThatThrownBy(() -> rightsService.save(id, 0, typed(RightsStatus.NEGOTIATING, DAY, DAY.minusDays(1), null, null)))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("dance.rights.term.order");
        assertThat(rightsService.rightsAndMusic(id).isNew()).isTrue();
    }

    @Test
    void an_approved_licence_without_both_credit_lines_is_refused_and_the_stored_one_stays() {
        long id = newNumber("Uncredited", 0, Set.of()).getId();
        RightsAndMusic stored = rightsService.save(id, 0, typed(RightsStatus.NEGOTIATING, null, null, "© Trust", null));
        assertThatThrownBy(() -> rightsService.save(id, stored.getVersion(),
                typed(RightsStatus.APPROVED, null, null, "© The Petipa Trust", "  ")))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("dance.rights.credit.required");
        entityManager.flush();
        entityManager.clear();
        assertThat(rightsService.rightsAndMusic(id).getRightsStatus()).isEqualTo(RightsStatus.NEGOTIATING);
    }

    @Test
    void writers_read_rights_but_only_the_production_office_changes_them() {
        long id = newNumber("Office only", 0, Set.of()).getId();
        actAs("writer", "WRITER");
        assertThat(rightsService.rightsAndMusic(id).getRightsStatus()).isNull();
        assertThatThrownBy(() -> rightsService.save(id, 0, typed(RightsStatus.REQUESTED, null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> costumeService.saveShoes(id, 0, 10, Map.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void more_pairs_allotted_than_received_is_refused_and_the_stored_pairs_stay() {
        List<StoryCharacter> dancers = castService.characters().stream().filter(StoryCharacter::isDancer).limit(2).toList();
        long id = newNumber("Shoe count", 10, Set.of(dancers.get(0).getId(), dancers.get(1).getId())).getId();
        PointeShoes stored = costumeService.saveShoes(id, 0, 50, Map.of(dancers.get(0).getId(), 10));
        assertThatThrownBy(() -> costumeService.saveShoes(id, stored.getVersion(), 15,
                Map.of(dancers.get(0).getId(), 10, dancers.get(1).getId(), 10)))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("dance.shoes.allotted.too-many");
        entityManager.flush();
        entityManager.clear();
        PointeShoes after = costumeService.pointeShoes(id);
        assertThat(after.getPairsReceived()).isEqualTo(50);
        assertThat(after.getAllotments()).containsExactly(Map.entry(dancers.get(0).getId(), 10));
        assertThat(costumeService.pairsNeeded(id)).isEqualTo(60);
    }

    @Test
    void a_merged_away_dancers_pairs_go_to_the_survivor() {
        actAs("writer", "WRITER");
        StoryCharacter survivor = castService.createCharacter(new NewCharacter("Merge survivor", 901, null, null, true,
                CharacterCategory.DAY_PLAYER));
        StoryCharacter duplicate = castService.createCharacter(new NewCharacter("Merge duplicate", 902, null, null,
                true, CharacterCategory.DAY_PLAYER));
        long id = newNumber("Merged shoes", 4, Set.of(survivor.getId(), duplicate.getId())).getId();
        costumeService.saveShoes(id, 0, 20, Map.of(survivor.getId(), 4, duplicate.getId(), 3));

        actAs("writer", "WRITER");
        castService.mergeCharacters(survivor.getId(), duplicate.getId());
        entityManager.flush();
        entityManager.clear();

        assertThat(costumeService.pointeShoes(id).getAllotments()).containsExactly(Map.entry(survivor.getId(), 7));
    }

    @Test
    void more_pieces_built_than_needed_is_refused() {
        long id = newNumber("Tutus", 0, Set.of()).getId();
        CostumePiece typed = new CostumePiece(null);
        typed.setName("Tutu");
        typed.setQuantity(3);
        typed.setBuilt(4);
        assertThatThrownBy(() -> costumeService.savePiece(id, null, 0, typed))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("dance.costume.built.too-many");
        assertThat(costumeService.pieces(id)).isEmpty();
    }

    @Test
    void the_rules_read_what_was_stored() {
        long id = newNumber("Read back", 2, Set.of()).getId();
        rightsService.save(id, 0, typed(RightsStatus.APPROVED, DAY.plusDays(1), null, "© Trust", "© Fondation"));
        CostumePiece piece = new CostumePiece(null);
        piece.setName("Tutu");
        piece.setQuantity(4);
        piece.setBuilt(1);
        costumeService.savePiece(id, null, 0, piece);
        costumeService.saveShoes(id, 0, 5, Map.of());

        ReadinessScope scope = new ReadinessScope(1, Set.of(id), Map.of());
        List<String> keys = rules.stream().flatMap(rule -> rule.load(scope).reasons(id, DAY).stream())
                .map(NoGoReason::messageKey).toList();
        assertThat(keys).containsExactlyInAnyOrder("readiness.rights.before-term", "readiness.costume.not-built",
                "readiness.shoes.short");
    }

    @Test
    void each_rule_loads_the_season_in_one_statement_whatever_the_number_of_numbers() {
        Set<Long> few = numbersWithEverything(2);
        Set<Long> many = new HashSet<>(few);
        many.addAll(numbersWithEverything(38));
        List<ReadinessRule> ours = rules.stream()
                .filter(r -> r.getClass().getPackageName().equals("app.coulisse.dance")).toList();
        assertThat(ours).hasSize(4);
        for (ReadinessRule rule : ours) {
            assertThat(statements(rule, few)).as(rule.getClass().getSimpleName()).isEqualTo(1);
            assertThat(statements(rule, many)).as(rule.getClass().getSimpleName()).isEqualTo(1);
        }
        assertThat(statements(rightsRule, Set.of())).isZero();
    }

    private Set<Long> numbersWithEverything(int count) {
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < count; i++) {
            long id = newNumber("Bench " + count + "-" + i, 1, Set.of()).getId();
            rightsService.save(id, 0, typed(RightsStatus.APPROVED, null, null, "© A", "© B"));
            CostumePiece piece = new CostumePiece(null);
            piece.setName("Piece");
            piece.setQuantity(2);
            costumeService.savePiece(id, null, 0, piece);
            costumeService.saveShoes(id, 0, 1, Map.of());
            ids.add(id);
        }
        return ids;
    }

    private long statements(ReadinessRule rule, Set<Long> numbers) {
        entityManager.flush();
        entityManager.clear();
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        ReadinessRule.Check check = rule.load(new ReadinessScope(1, numbers, Map.of()));
        numbers.forEach(id -> check.reasons(id, DAY));
        return statistics.getPrepareStatementCount();
    }

    @Test
    void the_cue_sheet_lists_an_episodes_numbers_in_order_with_timing_and_credits() {
        long episodeId = seasonService.episodeSummaries().getFirst().id();
        List<DanceLink> links = danceService.episodeLinks(episodeId);
        assertThat(links).isNotEmpty();
        long first = links.getFirst().danceNumberId();
        rightsService.save(first, rightsService.rightsAndMusic(first).getVersion(),
                typed(RightsStatus.APPROVED, null, null, "Choreography © The Petipa Trust", "Chorégraphie © Fondation Petipa"));

        CueSheet sheet = rightsService.cueSheet(episodeId);
        assertThat(sheet.cues()).extracting(CueSheet.Cue::danceNumberId)
                .containsExactlyElementsOf(links.stream().map(DanceLink::danceNumberId).distinct().toList());
        CueSheet.Cue cue = sheet.cues().getFirst();
        assertThat(cue.timingSeconds()).isEqualTo(251);
        assertThat(cue.usage()).isEqualTo(CueUsage.VISUAL_INSTRUMENTAL);
        assertThat(sheet.credits()).contains(new CueSheet.Credit(cue.title(), "The Petipa Trust",
                "Choreography © The Petipa Trust", "Chorégraphie © Fondation Petipa"));
    }
}
