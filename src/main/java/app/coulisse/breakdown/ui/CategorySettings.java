package app.coulisse.breakdown.ui;

import app.coulisse.season.ui.SettingsSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.springframework.core.annotation.Order;

/** The element categories' place in the series settings: what they are, and the way to the screen that edits them. */
@org.springframework.stereotype.Component
@Order(1)
class CategorySettings implements SettingsSection {

    @Override
    public Component create() {
        Div section = new Div();
        section.add(new H3(section.getTranslation("settings.categories")),
                new Paragraph(section.getTranslation("settings.categories.text")),
                new RouterLink(section.getTranslation("settings.categories.link"), ElementsView.class));
        return section;
    }
}
