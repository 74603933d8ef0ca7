package app.coulisse.sides;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.sides.SidesPagination.Kind;
import app.coulisse.sides.SidesPagination.Line;
import app.coulisse.sides.SidesPagination.Page;
import app.coulisse.sides.SidesPagination.Paragraph;
import app.coulisse.sides.SidesPagination.SceneText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Screenplay pages of 55 lines, with the breaks a script supervisor expects. */
class SidesPaginationTest {

    private static Paragraph action(int lines) {
        return new Paragraph(Kind.ACTION, String.join("\n", IntStream.rangeClosed(1, lines)
                .mapToObj(i -> "Action line " + i + ".").toList()));
    }

    private static List<Paragraph> speech(String cue, int lines) {
        return List.of(new Paragraph(Kind.CUE, cue), new Paragraph(Kind.DIALOGUE, String.join("\n",
                IntStream.rangeClosed(1, lines).mapToObj(i -> "Said " + i + ".").toList())));
    }

    private static List<String> texts(Page page) {
        return page.lines().stream().map(Line::text).toList();
    }

    @Test
    void short_scenes_share_a_page_with_a_blank_line_after_each_block_and_numbered_headings() {
        List<Paragraph> body = new ArrayList<>(List.of(action(2)));
        body.addAll(speech("MAYA", 1));
        List<Page> pages = SidesPagination.paginate(List.of(new SceneText("4", "INT. STUDIO - DAY", body),
                new SceneText("7", "EXT. ROOF - NIGHT", List.of(action(1)))));
        assertThat(pages).hasSize(1);
        assertThat(texts(pages.getFirst())).containsExactly("INT. STUDIO - DAY", "", "Action line 1.",
                "Action line 2.", "", "MAYA", "Said 1.", "", "EXT. ROOF - NIGHT", "", "Action line 1.");
        assertThat(pages.getFirst().lines()).filteredOn(Line::numbered).extracting(Line::scene)
                .containsExactly("4", "7");
        assertThat(pages.getFirst().scenes()).containsExactly("4", "7");
    }

    @Test
    void a_speech_across_the_page_ends_on_more_and_goes_on_under_the_cue_contd() {
        // Heading, blank, 47 action lines, blank: 50 lines used, 5 left for the speech of 10 lines.
        List<Paragraph> body = new ArrayList<>(List.of(action(47)));
        body.addAll(speech("MAYA (V.O.)", 10));
        List<Page> pages = SidesPagination.paginate(List.of(new SceneText("12", "INT. STUDIO - DAY", body)));

        assertThat(pages).hasSize(2);
        List<String> first = texts(pages.getFirst());
        assertThat(first).hasSize(SidesPagination.LINES_PER_PAGE);
        assertThat(first.subList(50, 55)).containsExactly("MAYA (V.O.)", "Said 1.", "Said 2.", "Said 3.", "(MORE)");
        assertThat(texts(pages.get(1))).startsWith("MAYA (V.O.) (CONT'D)", "Said 4.").endsWith("Said 10.");
        assertThat(pages.get(1).lines().getFirst().kind()).isEqualTo(Kind.CUE);
        assertThat(pages.get(1).scenes()).containsExactly("12");
    }

    @Test
    void dual_dialogue_goes_side_by_side_in_narrower_columns_and_over_whole() {
        List<Paragraph> body = new ArrayList<>(List.of(action(50)));
        body.add(new Paragraph(Kind.CUE, "CHEYENNE", true));
        body.add(new Paragraph(Kind.DIALOGUE, "Un, deux, trois, quatre, cinq, six, sept, huit.", true));
        body.add(new Paragraph(Kind.CUE, "GAEL", true));
        body.add(new Paragraph(Kind.PARENTHETICAL, "(over her)", true));
        body.add(new Paragraph(Kind.DIALOGUE, "Five, six, seven, eight.", true));
        List<Page> pages = SidesPagination.paginate(List.of(new SceneText("9", "INT. STUDIO - DAY", body)));

        // Heading, blank, 50 action lines, blank: 2 lines left for three rows side by side, which go over whole.
        assertThat(pages).hasSize(2);
        assertThat(texts(pages.getFirst())).endsWith("Action line 50.");
        List<Line> rows = pages.get(1).lines();
        assertThat(rows).hasSize(3).allSatisfy(row -> {
            assertThat(row.kind()).isEqualTo(Kind.DUAL);
            assertThat(row.columns()).allSatisfy(column ->
                    assertThat(column.text().length()).isLessThanOrEqualTo(SidesPagination.DUAL_WIDTH));
        });
        assertThat(rows.getFirst().columns()).extracting(Line::text).containsExactly("CHEYENNE", "GAEL");
        assertThat(rows.get(1).columns()).extracting(Line::text, Line::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Un, deux, trois, quatre,", Kind.DIALOGUE),
                org.assertj.core.groups.Tuple.tuple("(over her)", Kind.PARENTHETICAL));
        assertThat(rows.get(2).columns()).extracting(Line::text).containsExactly("cinq, six, sept, huit.",
                "Five, six, seven, eight.");
    }

    @Test
    void a_speech_with_room_for_fewer_than_two_lines_goes_over_whole_without_more() {
        List<Paragraph> body = new ArrayList<>(List.of(action(49)));
        body.addAll(speech("JACK", 10));
        List<Page> pages = SidesPagination.paginate(List.of(new SceneText("1", "INT. BAR - NIGHT", body)));
        assertThat(texts(pages.getFirst())).doesNotContain("(MORE)").endsWith("Action line 49.");
        assertThat(texts(pages.get(1))).startsWith("JACK", "Said 1.").doesNotContain("JACK (CONT'D)");
    }

    @Test
    void a_speech_never_breaks_right_after_a_parenthetical() {
        List<Paragraph> body = new ArrayList<>(List.of(action(47)));
        body.add(new Paragraph(Kind.CUE, "MAYA"));
        body.add(new Paragraph(Kind.DIALOGUE, "One.\nTwo."));
        body.add(new Paragraph(Kind.PARENTHETICAL, "(softly)"));
        body.add(new Paragraph(Kind.DIALOGUE, "Three.\nFour.\nFive."));
        List<Page> pages = SidesPagination.paginate(List.of(new SceneText("1", "INT. BAR - NIGHT", body)));
        assertThat(texts(pages.getFirst())).endsWith("MAYA", "One.", "Two.", "(MORE)");
        assertThat(texts(pages.get(1))).startsWith("MAYA (CONT'D)", "(softly)", "Three.");
    }

    @Test
    void a_heading_that_would_end_a_page_starts_the_next_one() {
        List<Page> pages = SidesPagination.paginate(List.of(new SceneText("1", "INT. BAR - NIGHT", List.of(action(51))),
                new SceneText("2", "EXT. STREET - NIGHT", List.of(action(3)))));
        assertThat(texts(pages.getFirst())).endsWith("Action line 51.");
        assertThat(texts(pages.get(1)).getFirst()).isEqualTo("EXT. STREET - NIGHT");
        assertThat(pages.get(1).lines().getFirst().numbered()).isTrue();
    }

    @Test
    void a_long_paragraph_breaks_with_at_least_two_lines_on_each_side() {
        // 53 lines used after the first scene's action and a blank: 2 left, the paragraph of 3 keeps 2 for the next.
        List<Page> pages = SidesPagination.paginate(List.of(new SceneText("1", "INT. BAR - NIGHT",
                List.of(action(50), action(3)))));
        assertThat(texts(pages.getFirst())).endsWith("Action line 50.");
        assertThat(texts(pages.get(1))).containsExactly("Action line 1.", "Action line 2.", "Action line 3.");

        List<Page> longOne = SidesPagination.paginate(List.of(new SceneText("1", "INT. BAR - NIGHT",
                List.of(action(120)))));
        assertThat(longOne).hasSize(3);
        assertThat(longOne).allSatisfy(page -> assertThat(page.lines()).hasSizeLessThanOrEqualTo(55));
        assertThat(longOne.getLast().lines()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void text_wraps_at_the_screenplay_widths() {
        String words = "word ".repeat(30).strip();
        assertThat(SidesPagination.lines(Kind.ACTION, words, SidesPagination.ACTION_WIDTH, "1"))
                .extracting(Line::text).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(61))
                .hasSize(3);
        assertThat(SidesPagination.lines(Kind.DIALOGUE, words, SidesPagination.DIALOGUE_WIDTH, "1")).hasSize(5);
        assertThat(SidesPagination.lines(Kind.ACTION, "x".repeat(130), 61, "1")).extracting(Line::text)
                .containsExactly("x".repeat(61), "x".repeat(61), "x".repeat(8));
    }
}
