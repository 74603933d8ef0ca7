package app.coulisse.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;

/** A page for a navigation that cannot be shown: a translated title, a sentence and the way back to the season. */
public abstract class TranslatedErrorPage<T extends Exception> extends VerticalLayout implements HasErrorParameter<T> {

    private final String titleKey;
    private final String messageKey;
    private final int status;

    protected TranslatedErrorPage(String id, String titleKey, String messageKey, int status) {
        this.titleKey = titleKey;
        this.messageKey = messageKey;
        this.status = status;
        setId(id);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<T> parameter) {
        removeAll();
        add(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(messageKey)),
                HomeNavigation.link(getTranslation("error.back-to-season")));
        return status;
    }
}
