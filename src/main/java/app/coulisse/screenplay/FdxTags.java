package app.coulisse.screenplay;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.w3c.dom.Element;

/**
 * Final Draft Tagger data: resolves a {@code Text@TagNumber} through {@code Tag@Number → DefId →
 * TagDefinition → CatId → TagCategory} to a category name and label.
 */
final class FdxTags {

    private final Map<String, SceneTag> tagsByNumber;

    private FdxTags(Map<String, SceneTag> tagsByNumber) {
        this.tagsByNumber = tagsByNumber;
    }

    /** Reads the {@code TagData} element; {@code null} gives no tags. */
    static FdxTags read(Element tagData) {
        Map<String, String> categoryNames = new HashMap<>();
        FdxXml.children(FdxXml.child(tagData, "TagCategories"), "TagCategory")
                .forEach(category -> categoryNames.put(category.getAttribute("Id"), category.getAttribute("Name")));

        Map<String, SceneTag> definitionsById = new HashMap<>();
        Map<String, SceneTag> tagsByNumber = new HashMap<>();
        for (Element definition : FdxXml.children(FdxXml.child(tagData, "TagDefinitions"), "TagDefinition")) {
            SceneTag tag = new SceneTag(categoryNames.getOrDefault(definition.getAttribute("CatId"), ""),
                    definition.getAttribute("Label"));
            definitionsById.put(definition.getAttribute("Id"), tag);
            // Beat's files number definitions like the tags; a Tags entry below overrides this guess.
            if (!definition.getAttribute("Number").isEmpty()) {
                tagsByNumber.put(definition.getAttribute("Number"), tag);
            }
        }
        for (Element tag : FdxXml.children(FdxXml.child(tagData, "Tags"), "Tag")) {
            Element definitionId = FdxXml.child(tag, "DefId");
            SceneTag definition = definitionId == null ? null : definitionsById.get(definitionId.getTextContent().strip());
            if (definition != null) {
                tagsByNumber.put(tag.getAttribute("Number"), definition);
            }
        }
        return new FdxTags(tagsByNumber);
    }

    Optional<SceneTag> find(String tagNumber) {
        return Optional.ofNullable(tagsByNumber.get(tagNumber));
    }
}
