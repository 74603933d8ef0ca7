package app.coulisse.notes.ui;

import app.coulisse.notes.OpenQuestion;
import app.coulisse.notes.SceneNoteService;
import app.coulisse.outline.ui.EpisodeHeaderItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.springframework.core.annotation.Order;

/** In an episode's header: "Open questions (3)", opening the episode's open questions as one list. */
@org.springframework.stereotype.Component
@Order(5)
class OpenQuestionsItem implements EpisodeHeaderItem {

    private final SceneNoteService service;

    OpenQuestionsItem(SceneNoteService service) {
        this.service = service;
    }

    @Override
    public Component create(long episodeId) {
        int open = service.openQuestions(episodeId).size();
        Button button = new Button(VaadinIcon.QUESTION_CIRCLE_O.create());
        button.setText(button.getTranslation("notes.open-questions.count", open));
        button.setId("open-questions");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClickListener(event -> list(button, episodeId));
        return button;
    }

    private void list(Component parent, long episodeId) {
        Dialog dialog = new Dialog(parent.getTranslation("notes.open-questions.title"));
        dialog.setId("open-questions-dialog");
        dialog.setWidth("min(48rem, 96vw)");
        Grid<OpenQuestion> grid = new Grid<>();
        grid.setId("open-questions-list");
        grid.addColumn(OpenQuestion::sceneNumber).setHeader(parent.getTranslation("scene.number")).setKey("scene")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OpenQuestion::body).setHeader(parent.getTranslation("notes.question")).setKey("question")
                .setFlexGrow(1);
        grid.addColumn(OpenQuestion::askedBy).setHeader(parent.getTranslation("notes.asked-by")).setKey("by")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(question -> {
            Button answered = new Button(parent.getTranslation("notes.mark-answered"), event -> {
                service.markAnswered(question.noteId());
                grid.setItems(service.openQuestions(episodeId));
            });
            answered.setId("question-" + question.noteId() + "-answered");
            answered.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return answered;
        }).setKey("answered").setAutoWidth(true).setFlexGrow(0);
        List<OpenQuestion> questions = service.openQuestions(episodeId);
        grid.setItems(questions);
        grid.setEmptyStateText(parent.getTranslation("notes.open-questions.none"));
        Button close = new Button(parent.getTranslation("action.close"), event -> dialog.close());
        close.setId("open-questions-close");
        dialog.add(grid);
        dialog.getFooter().add(close);
        dialog.open();
    }
}
