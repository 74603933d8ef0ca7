package app.coulisse.screenplay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.w3c.dom.Element;

import app.coulisse.screenplay.UnreadableScreenplayException.Reason;

/** Reads Final Draft XML screenplays: {@code FinalDraft/Content/Paragraph} with their types, scene properties and tags. */
public final class FdxParser {

    private static final Map<String, ElementType> ELEMENT_TYPES = Map.ofEntries(
            Map.entry("Action", ElementType.ACTION),
            Map.entry("Character", ElementType.CHARACTER),
            Map.entry("Parenthetical", ElementType.PARENTHETICAL),
            Map.entry("Dialogue", ElementType.DIALOGUE),
            Map.entry("Transition", ElementType.TRANSITION),
            Map.entry("Shot", ElementType.SHOT),
            Map.entry("General", ElementType.GENERAL),
            Map.entry("Lyrics", ElementType.LYRICS),
            // A paragraph without a type is Final Draft's default element.
            Map.entry("", ElementType.GENERAL));
    private static final String SCENE_HEADING = "Scene Heading";
    private static final String NEW_ACT = "New Act";
    private static final Pattern CREDIT = Pattern.compile("(?i)(written )?by");

    /** Reads a decoded Final Draft XML text. */
    public Screenplay parse(String xml) throws UnreadableScreenplayException {
        Element root = FdxXml.parse(xml).getDocumentElement();
        if (!root.getTagName().equals("FinalDraft")) {
            throw new UnreadableScreenplayException(Reason.UNKNOWN_FORMAT);
        }
        Reading reading = new Reading(FdxTags.read(FdxXml.child(root, "TagData")));
        readTitlePage(FdxXml.child(root, "TitlePage"), reading.builder);
        FdxXml.children(FdxXml.child(root, "Content"), "Paragraph").forEach(p -> reading.paragraph(p, false));
        return reading.finish();
    }

    /**
     * FDX title pages are laid-out lines, not key/values: the first line is taken as the title, a "Written by" line
     * as the credit and the line after it as the author; other lines go to "Notes".
     */
    private static void readTitlePage(Element titlePage, ScreenplayBuilder builder) {
        List<String> lines = FdxXml.children(FdxXml.child(titlePage, "Content"), "Paragraph").stream()
                .map(FdxXml::paragraphText).filter(line -> !line.isEmpty()).toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0) {
                builder.titlePageEntry("Title", line);
            } else if (CREDIT.matcher(line).matches() && i + 1 < lines.size()) {
                builder.titlePageEntry("Credit", line);
                builder.titlePageEntry("Author", lines.get(++i));
            } else {
                builder.titlePageEntry("Notes", line);
            }
        }
    }

    /** The state of one file being read. */
    private static final class Reading {

        private final ScreenplayBuilder builder = new ScreenplayBuilder(ScreenplayFormat.FDX);
        private final FdxTags tags;
        private final Map<String, Integer> unknownTypes = new LinkedHashMap<>();
        private final Set<String> unknownTagNumbers = new LinkedHashSet<>();

        Reading(FdxTags tags) {
            this.tags = tags;
        }

        void paragraph(Element paragraph, boolean dual) {
            Element dualDialogue = FdxXml.child(paragraph, "DualDialogue");
            if (dualDialogue != null) {
                FdxXml.children(dualDialogue, "Paragraph").forEach(p -> paragraph(p, true));
                return;
            }
            String type = paragraph.getAttribute("Type");
            String text = FdxXml.paragraphText(paragraph);
            if (type.equals(SCENE_HEADING)) {
                String number = paragraph.getAttribute("Number").strip();
                SceneBuilder scene = builder.startScene(number.isEmpty() ? null : number, text);
                sceneProperties(FdxXml.child(paragraph, "SceneProperties"), scene);
            } else if (type.equals(NEW_ACT)) {
                builder.section(1, text);
            } else {
                ElementType elementType = ELEMENT_TYPES.get(type);
                if (elementType == null) {
                    unknownTypes.merge(type, 1, Integer::sum);
                    elementType = ElementType.UNKNOWN;
                }
                builder.element(new ScriptElement(elementType, text, dual));
            }
            tagsIn(paragraph);
            notesIn(paragraph);
        }

        private void sceneProperties(Element properties, SceneBuilder scene) {
            if (properties == null) {
                return;
            }
            scene.eighthsFromFile(SceneLength.parseEighths(properties.getAttribute("Length")));
            String page = properties.getAttribute("Page").strip();
            scene.page(page.isEmpty() ? null : page);
            String title = properties.getAttribute("Title").strip();
            if (!title.isEmpty()) {
                scene.addSynopsis(title);
            }
            String summary = summaryText(FdxXml.child(properties, "Summary"));
            if (!summary.isEmpty()) {
                scene.addSynopsis(summary);
            }
        }

        private static String summaryText(Element summary) {
            if (summary == null) {
                return "";
            }
            List<Element> paragraphs = FdxXml.children(summary, "Paragraph");
            if (paragraphs.isEmpty()) {
                return summary.getTextContent().strip();
            }
            List<String> lines = new ArrayList<>();
            paragraphs.forEach(p -> lines.add(FdxXml.paragraphText(p)));
            return String.join("\n", lines).strip();
        }

        private void tagsIn(Element paragraph) {
            for (Element run : FdxXml.children(paragraph, "Text")) {
                String number = run.getAttribute("TagNumber").strip();
                if (number.isEmpty() || builder.scene() == null) {
                    continue;
                }
                tags.find(number).ifPresentOrElse(builder.scene()::tag, () -> unknownTagNumbers.add(number));
            }
        }

        private void notesIn(Element paragraph) {
            for (Element note : FdxXml.children(paragraph, "ScriptNote")) {
                List<String> lines = FdxXml.children(note, "Paragraph").stream().map(FdxXml::paragraphText).toList();
                builder.element(new ScriptElement(ElementType.NOTE, String.join("\n", lines).strip()));
            }
        }

        Screenplay finish() throws UnreadableScreenplayException {
            unknownTypes.forEach((type, count) ->
                    builder.warn(ParseWarning.of(ParseWarning.Kind.FDX_UNKNOWN_PARAGRAPH, type, count)));
            unknownTagNumbers.forEach(number ->
                    builder.warn(ParseWarning.of(ParseWarning.Kind.FDX_UNKNOWN_TAG, number)));
            return builder.build();
        }
    }
}
