package app.coulisse.screenplay.ui;

import app.coulisse.outline.EpisodeBoard;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.ui.OutlineNavigation;
import app.coulisse.revision.RevisionInfo;
import app.coulisse.revision.RevisionService;
import app.coulisse.screenplay.ScriptTextService;
import app.coulisse.screenplay.StoredElement;
import app.coulisse.ui.IconButton;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;

/**
 * An episode's script read as a screenplay (issue 24, record 049): its scenes in order, each with a button back to
 * its card on the board. Opened at a scene from its card or one-liner row. Read in three statements whatever the
 * number of scenes: the board, the current revision, the texts.
 */
@Route("episodes/:" + ScriptNavigation.EPISODE_ID + "([0-9]{1,18})/script")
@PermitAll
public class ScriptReaderView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient OutlineService outlineService;
    private final transient RevisionService revisionService;
    private final transient ScriptTextService texts;
    private final transient List<ScriptReaderDecoration> decorations;
    private transient EpisodeBoard board;

    public ScriptReaderView(OutlineService outlineService, RevisionService revisionService, ScriptTextService texts,
                            ObjectProvider<ScriptReaderDecoration> decorations) {
        this.decorations = decorations.orderedStream().toList();
        this.outlineService = outlineService;
        this.revisionService = revisionService;
        this.texts = texts;
        addClassName("script-reader");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long episodeId = event.getRouteParameters().getLong(ScriptNavigation.EPISODE_ID).orElse(-1L);
        board = outlineService.board(episodeId);
        RevisionInfo current = revisionService.current(episodeId);
        Map<Long, List<StoredElement>> text = texts.episodeText(episodeId);
        removeAll();
        add(header(episodeId, current));
        ScriptPage page = new ScriptPage();
        Div wanted = null;
        String sceneParameter = event.getLocation().getQueryParameters().getSingleParameter(ScriptNavigation.SCENE)
                .orElse("");
        for (Scene scene : board.scenes()) {
            Div block = page.addScene(scene, text.getOrDefault(scene.getId(), List.of()), current.id(),
                    new IconButton(VaadinIcon.ARROW_BACKWARD, "screenplay.reader.to-card",
                            "script-scene-" + scene.getId() + "-card",
                            () -> OutlineNavigation.toScene(episodeId, scene.getId())));
            if (sceneParameter.equals(String.valueOf(scene.getId()))) {
                wanted = block;
            }
        }
        decorations.forEach(decoration -> decoration.decorate(board.episode(), page));
        Div scroller = new Div(page);
        scroller.addClassName("script-scroller");
        addAndExpand(scroller);
        if (wanted != null) {
            wanted.addClassName("script-scene-wanted");
            wanted.getElement().callJsFunction("scrollIntoView");
        }
    }

    @Override
    public String getPageTitle() {
        return board == null ? getTranslation("screenplay.reader")
                : getTranslation("screenplay.reader.title", board.episode().getNumber());
    }

    private HorizontalLayout header(long episodeId, RevisionInfo current) {
        H2 title = new H2(getTranslation("screenplay.reader.heading", board.episode().getNumber(),
                board.episode().getTitle()));
        title.setId("script-title");
        Button back = new Button(getTranslation("screenplay.reader.to-board"), VaadinIcon.ARROW_BACKWARD.create(),
                event -> OutlineNavigation.toBoard(episodeId));
        back.setId("script-to-board");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(title, back);
        if (current.id() != null) {
            Span revision = new Span(getTranslation("screenplay.reader.revision", current.title(getLocale())));
            revision.setId("script-revision");
            revision.getElement().getThemeList().add("badge");
            header.add(revision);
        }
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassNames("page-header");
        header.setWidthFull();
        return header;
    }
}
