package app.coulisse.outline.ui;

import app.coulisse.outline.SceneBadges;
import app.coulisse.outline.SceneFilter;
import app.coulisse.outline.SceneTagIndex;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What the features built on the outline add to its screens (badges on scenes, sections of the
 * scene editor, items of the episode header), found as Spring beans so the outline never depends
 * on them.
 */
@Component
public class OutlineExtensions {

    private final List<SceneBadges> badges;
    private final List<SceneEditorSection> editorSections;
    private final List<EpisodeHeaderItem> headerItems;
    private final List<SceneFilter> filters;
    private final List<SceneTagIndex> tagIndexes;
    private final List<SceneLink> sceneLinks;

    OutlineExtensions(ObjectProvider<SceneBadges> badges, ObjectProvider<SceneEditorSection> editorSections,
                      ObjectProvider<EpisodeHeaderItem> headerItems, ObjectProvider<SceneFilter> filters,
                      ObjectProvider<SceneTagIndex> tagIndexes, ObjectProvider<SceneLink> sceneLinks) {
        this.badges = badges.orderedStream().toList();
        this.editorSections = editorSections.orderedStream().toList();
        this.headerItems = headerItems.orderedStream().toList();
        this.filters = filters.orderedStream().toList();
        this.tagIndexes = tagIndexes.orderedStream().toList();
        this.sceneLinks = sceneLinks.orderedStream().toList();
    }

    /** The links from every scene's card and one-liner row to other features' screens (its script). */
    public List<SceneLink> sceneLinks() {
        return sceneLinks;
    }

    /** The filters to offer on the board and the one-liner. */
    public List<SceneFilter> filters() {
        return filters;
    }

    /** The kinds of tag scenes carry (cast, dance numbers, elements): one-liner filters, delete confirmation. */
    public List<SceneTagIndex> tagIndexes() {
        return tagIndexes;
    }

    /** The badges to show on every scene, in display order. */
    public List<SceneBadges> badges() {
        return badges;
    }

    /** The sections to add to the editor of a saved scene. */
    public List<SceneEditorSection> editorSections() {
        return editorSections;
    }

    /** The items to add to an episode's header. */
    public List<EpisodeHeaderItem> headerItems() {
        return headerItems;
    }
}
