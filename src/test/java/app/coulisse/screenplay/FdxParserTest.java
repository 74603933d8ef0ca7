package app.coulisse.screenplay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.coulisse.outline.TimeOfDay;
import java.util.List;

import org.junit.jupiter.api.Test;

class FdxParserTest {

    private final FdxParser parser = new FdxParser();

    @Test
    void paragraph_types_become_element_types() throws Exception {
        ParsedScene scene = onlyScene(paragraph("Scene Heading", "INT. MBT - STUDIO - DAY")
                + paragraph("Action", "Music.") + paragraph("Shot", "CLOSE ON her feet")
                + paragraph("Character", "CHEYENNE") + paragraph("Parenthetical", "(counting)")
                + paragraph("Dialogue", "Five, six.") + paragraph("Lyrics", "Little swan")
                + paragraph("General", "Over black.") + paragraph("Transition", "CUT TO:"));
        assertThat(scene.elements()).extracting(ScriptElement::type).containsExactly(
                ElementType.ACTION, ElementType.SHOT, ElementType.CHARACTER, ElementType.PARENTHETICAL,
                ElementType.DIALOGUE, ElementType.LYRICS, ElementType.GENERAL, ElementType.TRANSITION);
        assertThat(scene.speakingCharacters()).containsExactly(new SpeakingCharacter("CHEYENNE", false));
    }

    @Test
    void several_text_runs_in_one_paragraph_are_joined() throws Exception {
        ParsedScene scene = onlyScene(paragraph("Scene Heading", "INT. MBT - STUDIO - DAY")
                + "<Paragraph Type=\"Action\"><Text Style=\"Bold\">Gaël</Text><Text> spins</Text>"
                + "<Text Style=\"Italic\"> twice.</Text></Paragraph>");
        assertThat(scene.elements()).containsExactly(new ScriptElement(ElementType.ACTION, "Gaël spins twice."));
    }

    @Test
    void the_number_attribute_of_a_heading_is_the_scene_number() throws Exception {
        ParsedScene scene = onlyScene(
                "<Paragraph Type=\"Scene Heading\" Number=\"12A\"><Text>EXT. ROOF - DUSK</Text></Paragraph>");
        assertThat(scene.number()).isEqualTo("12A");
        assertThat(scene.heading().set()).isEqualTo("ROOF");
        assertThat(scene.heading().timeOfDay()).isEqualTo(TimeOfDay.DUSK);
    }

    // Issue 23, causes 9 to 12 through the FDX parser: its headings and cues go through the same rules.
    @Test
    void fdx_headings_read_annotated_times_wide_dashes_and_both_ways_prefixes() throws Exception {
        Screenplay screenplay = parser.parse(fdx(
                "<Paragraph Type=\"Scene Heading\"><Text>EXT/INT. BLOOM HOUSE</Text><Text> – NIGHT (1973)</Text>"
                        + "</Paragraph>" + paragraph("Character", "WILL\u00A0") + paragraph("Dialogue", "Dad?")
                        + paragraph("Scene Heading", "INT. LIVING ROOM — MOMENTS LATER")
                        + paragraph("Character", "WILL") + paragraph("Dialogue", "Dad!")));
        assertThat(screenplay.scenes()).extracting(s -> s.heading().interiorExterior(), s -> s.heading().set(),
                s -> s.heading().timeOfDay(), s -> s.heading().note()).containsExactly(
                tuple(InteriorExterior.INT_EXT, "BLOOM HOUSE",
                        TimeOfDay.NIGHT, "NIGHT (1973)"),
                tuple(InteriorExterior.INT, "LIVING ROOM",
                        TimeOfDay.LATER, "MOMENTS LATER"));
        assertThat(screenplay.scenes()).flatExtracting(ParsedScene::speakingCharacters)
                .extracting(SpeakingCharacter::name).containsExactly("WILL", "WILL");
    }

    @Test
    void new_act_paragraphs_start_acts_and_other_unknown_types_are_kept_with_a_warning() throws Exception {
        Screenplay screenplay = parser.parse(fdx(paragraph("New Act", "ACT ONE")
                + paragraph("Scene Heading", "INT. MBT - STUDIO - DAY")
                + paragraph("End Of Act", "END OF ACT ONE") + paragraph("Cast List", "GAEL, CHEYENNE")
                + paragraph("End Of Act", "END OF ACT TWO")));
        assertThat(screenplay.acts()).containsExactly("ACT ONE");
        assertThat(screenplay.scenes().get(0).act()).isEqualTo("ACT ONE");
        assertThat(screenplay.scenes().get(0).elements()).extracting(ScriptElement::type)
                .containsOnly(ElementType.UNKNOWN).hasSize(3);
        assertThat(screenplay.warnings()).containsExactly(
                new ParseWarning("screenplay.warning.fdx-unknown-paragraph", List.of("End Of Act", 2)),
                new ParseWarning("screenplay.warning.fdx-unknown-paragraph", List.of("Cast List", 1)));
    }

    @Test
    void dual_dialogue_paragraphs_are_read_in_order_and_marked() throws Exception {
        ParsedScene scene = onlyScene(paragraph("Scene Heading", "INT. MBT - STUDIO - DAY")
                + "<Paragraph><DualDialogue>" + paragraph("Character", "JACK") + paragraph("Dialogue", "Left.")
                + paragraph("Character", "TOBIAS") + paragraph("Dialogue", "Right.") + "</DualDialogue></Paragraph>"
                + paragraph("Action", "After."));
        assertThat(scene.elements()).containsExactly(
                new ScriptElement(ElementType.CHARACTER, "JACK", true),
                new ScriptElement(ElementType.DIALOGUE, "Left.", true),
                new ScriptElement(ElementType.CHARACTER, "TOBIAS", true),
                new ScriptElement(ElementType.DIALOGUE, "Right.", true),
                new ScriptElement(ElementType.ACTION, "After.", false));
    }

    @Test
    void scene_properties_give_length_page_and_synopsis() throws Exception {
        ParsedScene scene = onlyScene("""
                <Paragraph Type="Scene Heading">
                  <SceneProperties Length="1 5/8" Page="7" Title="The swap">
                    <Summary>
                      <Paragraph Type="General"><Text>Jack calls Paris.</Text></Paragraph>
                      <Paragraph Type="General"><Text>Geneviève hangs up.</Text></Paragraph>
                    </Summary>
                  </SceneProperties>
                  <Text>INT. MBT - JACK'S OFFICE - NIGHT</Text>
                </Paragraph>
                """);
        assertThat(scene.eighths()).isEqualTo(13);
        assertThat(scene.lengthEstimated()).isFalse();
        assertThat(scene.page()).isEqualTo("7");
        assertThat(scene.synopsis()).isEqualTo("The swap\nJack calls Paris.\nGeneviève hangs up.");
        assertThat(scene.heading().text()).isEqualTo("INT. MBT - JACK'S OFFICE - NIGHT");
    }

    @Test
    void a_summary_of_plain_text_is_read_too() throws Exception {
        ParsedScene scene = onlyScene("<Paragraph Type=\"Scene Heading\"><SceneProperties Length=\"2/8\">"
                + "<Summary>Cheyenne packs.</Summary></SceneProperties><Text>INT. LOFT - NIGHT</Text></Paragraph>");
        assertThat(scene.synopsis()).isEqualTo("Cheyenne packs.");
        assertThat(scene.eighths()).isEqualTo(2);
    }

    @Test
    void a_missing_or_unreadable_length_falls_back_to_the_estimate() throws Exception {
        ParsedScene scene = onlyScene("<Paragraph Type=\"Scene Heading\"><SceneProperties Length=\"about two\"/>"
                + "<Text>INT. LOFT - NIGHT</Text></Paragraph>");
        assertThat(scene.lengthEstimated()).isTrue();
        assertThat(scene.eighths()).isEqualTo(1);
    }

    @Test
    void tags_resolve_through_tags_definitions_and_categories() throws Exception {
        Screenplay screenplay = parser.parse("""
                <FinalDraft DocumentType="Script" Version="2">
                  <Content>
                    <Paragraph Type="Scene Heading"><Text>INT. MBT - STUDIO - DAY</Text></Paragraph>
                    <Paragraph Type="Action"><Text>She laces her </Text><Text TagNumber="7">pointe shoes</Text>
                      <Text>. </Text><Text TagNumber="99">ghost</Text></Paragraph>
                  </Content>
                  <TagData>
                    <TagCategories>
                      <TagCategory Id="cat-props" Name="Props" Number="4" Color="#9A9A00000000"/>
                    </TagCategories>
                    <TagDefinitions>
                      <TagDefinition CatId="cat-props" Id="def-shoes" Label="pointe shoes" Number="1"/>
                    </TagDefinitions>
                    <Tags>
                      <Tag Number="7"><DefId>def-shoes</DefId></Tag>
                    </Tags>
                  </TagData>
                </FinalDraft>
                """);
        assertThat(screenplay.scenes().get(0).tags()).containsExactly(new SceneTag("Props", "pointe shoes"));
        assertThat(screenplay.warnings())
                .containsExactly(new ParseWarning("screenplay.warning.fdx-unknown-tag", List.of("99")));
    }

    @Test
    void script_notes_become_note_elements() throws Exception {
        ParsedScene scene = onlyScene(paragraph("Scene Heading", "INT. MBT - STUDIO - DAY")
                + "<Paragraph Type=\"Action\"><Text>She bows.</Text><ScriptNote ID=\"1\"><Paragraph>"
                + "<Text>Playback cue 12</Text></Paragraph></ScriptNote></Paragraph>");
        assertThat(scene.elements()).containsExactly(new ScriptElement(ElementType.ACTION, "She bows."),
                new ScriptElement(ElementType.NOTE, "Playback cue 12"));
    }

    @Test
    void title_page_lines_become_title_credit_author_and_notes() throws Exception {
        Screenplay screenplay = parser.parse("<FinalDraft><Content>" + paragraph("Scene Heading", "INT. A - DAY")
                + "</Content><TitlePage><Content>" + paragraph("General", "ÉTOILE") + paragraph("General", "")
                + paragraph("General", "by") + paragraph("General", "Ana Ruiz") + paragraph("General", "Draft 3")
                + "</Content></TitlePage></FinalDraft>");
        assertThat(screenplay.titlePage()).containsEntry("Title", "ÉTOILE").containsEntry("Credit", "by")
                .containsEntry("Author", "Ana Ruiz").containsEntry("Notes", "Draft 3");
    }

    @Test
    void xml_that_is_not_final_draft_is_an_unknown_format() {
        assertThatThrownBy(() -> parser.parse("<html><body>INT. A - DAY</body></html>"))
                .isInstanceOf(UnreadableScreenplayException.class)
                .isInstanceOfSatisfying(UnreadableScreenplayException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("screenplay.error.unknown-format"));
    }

    @Test
    void a_final_draft_file_without_scene_headings_has_no_scene() {
        assertThatThrownBy(() -> parser.parse(fdx(paragraph("Action", "Notes only."))))
                .isInstanceOf(UnreadableScreenplayException.class)
                .isInstanceOfSatisfying(UnreadableScreenplayException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("screenplay.error.no-scene"));
    }

    private ParsedScene onlyScene(String paragraphs) throws UnreadableScreenplayException {
        Screenplay screenplay = parser.parse(fdx(paragraphs));
        assertThat(screenplay.scenes()).hasSize(1);
        return screenplay.scenes().get(0);
    }

    private static String fdx(String paragraphs) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<FinalDraft DocumentType=\"Script\" Version=\"2\"><Content>"
                + paragraphs + "</Content></FinalDraft>";
    }

    private static String paragraph(String type, String text) {
        return "<Paragraph Type=\"" + type + "\"><Text>" + text + "</Text></Paragraph>";
    }
}
