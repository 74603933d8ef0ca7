package app.coulisse.export.ui;

import app.coulisse.breakdown.BreakdownMatrix;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.ListDataProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * A breakdown matrix (cast × scenes, songs or episodes) in a grid that is made once and kept: {@link #show} gives it
 * the matrix as read now, remaking only the columns when they differ, so a push never detaches the grid and its
 * scroll stays (record 062).
 */
final class MatrixGrid extends Grid<BreakdownMatrix.Row> {

    private final List<BreakdownMatrix.Row> rows = new ArrayList<>();
    private List<BreakdownMatrix.Column> shownColumns;
    private FooterRow footer;

    MatrixGrid(String id) {
        setId(id);
        addClassName("matrix");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_ROW_STRIPES);
        setSizeFull();
        setItems(new ListDataProvider<>(rows));
        setEmptyStateText(getTranslation("reports.empty"));
    }

    /** Shows the matrix: its rows, its totals, and its columns when they are not the ones shown. */
    void show(BreakdownMatrix matrix) {
        if (!matrix.columns().equals(shownColumns)) {
            makeColumns(matrix.columns());
        }
        for (int i = 0; i < matrix.columns().size(); i++) {
            footer.getCell(getColumnByKey("c" + i)).setText(String.valueOf(matrix.columnTotals().get(i)));
        }
        footer.getCell(getColumnByKey("total")).setText(String.valueOf(matrix.grandTotal()));
        rows.clear();
        rows.addAll(matrix.rows());
        getDataProvider().refreshAll();
    }

    private void makeColumns(List<BreakdownMatrix.Column> columns) {
        removeAllFooterRows();
        removeAllColumns();
        addColumn(BreakdownMatrix.Row::castId).setHeader(getTranslation("reports.cast-id")).setKey("castId")
                .setFrozen(true).setAutoWidth(true).setFlexGrow(0);
        addColumn(BreakdownMatrix.Row::name).setHeader(getTranslation("reports.character")).setKey("name")
                .setFrozen(true).setAutoWidth(true).setFlexGrow(0);
        for (int i = 0; i < columns.size(); i++) {
            int index = i;
            addColumn(row -> row.cells().get(index)).setHeader(columns.get(i).label())
                    .setKey("c" + i).setTextAlign(ColumnTextAlign.CENTER).setAutoWidth(true).setFlexGrow(0);
        }
        addColumn(BreakdownMatrix.Row::total).setHeader(getTranslation("reports.total")).setKey("total")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        footer = appendFooterRow();
        footer.getCell(getColumnByKey("name")).setText(getTranslation("reports.total"));
        shownColumns = columns;
    }
}
