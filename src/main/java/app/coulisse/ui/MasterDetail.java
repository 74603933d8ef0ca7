package app.coulisse.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.splitlayout.SplitLayout;

/**
 * A list beside the detail of its selected item, the frame of every catalog screen. Vaadin 25's split layout clips
 * what overflows its panes ({@code overflow: clip}, no scrollbar); here a pane that outgrows the window scrolls on its
 * own ({@code .master-detail-pane} in coulisse.css), so a long form keeps its Save and Delete within reach.
 */
public class MasterDetail extends SplitLayout {

    /** The master on the start side, taking {@code masterPercent} of the width; both panes scroll when too tall. */
    public MasterDetail(Component master, Component detail, double masterPercent) {
        super(master, detail);
        addClassName("master-detail");
        master.getElement().getClassList().add("master-detail-pane");
        detail.getElement().getClassList().add("master-detail-pane");
        setSplitterPosition(masterPercent);
        setSizeFull();
    }
}
