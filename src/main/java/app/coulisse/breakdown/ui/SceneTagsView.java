package app.coulisse.breakdown.ui;

import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** One scene's breakdown tags on their own page, e.g. linked from a board card or a report. */
@Route("scenes/:sceneId/tags")
@PermitAll
public class SceneTagsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient OutlineService outlineService;
    private final SceneTagsPanel panel;
    private final H2 heading = new H2();
    private final Paragraph synopsis = new Paragraph();
    private String title = "";

    public SceneTagsView(OutlineService outlineService, SceneTagsPanel panel) {
        this.outlineService = outlineService;
        this.panel = panel;
        heading.setId("scene-heading");
        add(heading, synopsis, panel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long sceneId = event.getRouteParameters().getLong("sceneId").orElse(-1L);
        Scene scene = outlineService.scene(sceneId);
        title = getTranslation("tags.heading", scene.getNumber());
        heading.setText(title);
        synopsis.setText(scene.getSynopsis() == null ? "" : scene.getSynopsis());
        panel.setScene(sceneId);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
