package app.coulisse.outline.ui;

import app.coulisse.core.DomainException;
import app.coulisse.core.Messages;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.SceneTagIndex;
import app.coulisse.ui.Confirm;
import app.coulisse.ui.Notifications;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Map;

/**
 * Deleting a scene while the episode's numbers are unlocked: a confirmation that lists what the scene carries
 * (cast, dance numbers, elements, from the features' {@link SceneTagIndex}), then the delete. Once numbers are
 * locked the service refuses and a scene can only be omitted.
 */
final class SceneDeletion {

    private SceneDeletion() {
    }

    /** Asks before deleting {@code scene}; runs {@code afterDelete} once it is gone. */
    static ConfirmDialog ask(OutlineService outlineService, List<SceneTagIndex> indexes, Scene scene, Runnable afterDelete) {
        UI ui = UI.getCurrent();
        Div text = new Div(new Paragraph(ui.getTranslation("scene.delete.confirm", scene.getNumber(),
                scene.heading(Messages.bundled(), ui.getLocale()))));
        UnorderedList carried = new UnorderedList();
        carried.setId("scene-delete-carries");
        long episodeId = scene.getEpisode().getId();
        for (SceneTagIndex index : indexes) {
            List<String> tags = index.scenesByTag(episodeId, ui.getLocale()).entrySet().stream()
                    .filter(entry -> entry.getValue().contains(scene.getId())).map(Map.Entry::getKey).toList();
            if (!tags.isEmpty()) {
                carried.add(new ListItem(ui.getTranslation("label.value",
                        ui.getTranslation(index.headerKey()), String.join(", ", tags))));
            }
        }
        if (carried.getChildren().findAny().isPresent()) {
            text.add(new Paragraph(ui.getTranslation("scene.delete.carries")), carried);
        } else {
            text.add(new Paragraph(ui.getTranslation("scene.delete.carries-nothing")));
        }
        ConfirmDialog dialog = Confirm.destructive("scene-delete-dialog", ui.getTranslation("scene.delete.title", scene.getNumber()),
                "", ui.getTranslation("scene.delete"), () -> {
                    try {
                        outlineService.deleteScene(scene.getId());
                        Notifications.success(ui.getTranslation("scene.deleted", scene.getNumber()));
                        afterDelete.run();
                    } catch (DomainException refused) {
                        Notifications.error(ui.getTranslation(refused.getMessageKey(), refused.getArguments()));
                    }
                });
        dialog.setText(text);
        return dialog;
    }

    /** Whether the user is offered Delete (numbers unlocked) rather than only Omit. */
    static boolean offered(Scene scene) {
        return !scene.getEpisode().isNumbersLocked();
    }
}
