package app.coulisse.screenplay.ui;

import app.coulisse.outline.ui.EpisodeHeaderItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.core.annotation.Order;

/** The episode's script, one click from the header of its board and one-liner. */
@org.springframework.stereotype.Component
@Order(5)
class ScriptHeaderItem implements EpisodeHeaderItem {

    @Override
    public Component create(long episodeId) {
        Button script = new Button(VaadinIcon.FILE_TEXT_O.create(), event -> ScriptNavigation.toEpisode(episodeId));
        script.setText(script.getTranslation("screenplay.reader"));
        script.setId("link-script");
        script.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return script;
    }
}
