package app.coulisse.schedule;

import app.coulisse.export.SheetWriter;
import app.coulisse.export.WorkbookStyles;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;

/**
 * The production workbook's Rehearsals: each number's hours needed, called and short before its first shoot day;
 * then the calls; the warnings; and each dancer's hours per number.
 */
final class RehearsalsSheet {

    private static final int[] WIDTHS = {28, 12, 14, 24, 16, 20, 40, 10};
    private static final String[] CALL_COLUMNS = {"date", "start", "hours", "number", "studio", "choreographer",
            "dancers", "after-wrap"};

    private final ProductionWorkbookContext context;
    private final ProductionPlan plan;
    private final WorkbookStyles styles;
    private final SheetWriter sheet;

    private RehearsalsSheet(ProductionWorkbookContext context) {
        this.context = context;
        this.plan = context.plan();
        this.styles = context.styles();
        this.sheet = context.newSheet(context.label("production.xlsx.rehearsals"));
    }

    static void write(ProductionWorkbookContext context) {
        new RehearsalsSheet(context).write();
    }

    private void write() {
        balances();
        calls();
        Map<Integer, String> dancers = new HashMap<>();
        plan.calls().forEach(call -> {
            for (int i = 0; i < call.castIds().size(); i++) {
                dancers.put(call.castIds().get(i), call.dancers().get(i));
            }
        });
        warnings(dancers);
        hoursPerDancer(dancers);
        context.finish(sheet, CALL_COLUMNS.length, WIDTHS);
    }

    private void balances() {
        context.columnTitles(sheet, "number", "needed", "called", "balance", "first-shoot", "warning");
        for (RehearsalPlan.Balance balance : plan.rehearsals().balances()) {
            Row row = sheet.newRow();
            context.wrappedText(sheet, row, 0, balance.title(), WIDTHS[0]);
            context.number(sheet, row, 1, balance.minutesNeeded() / 60.0);
            context.number(sheet, row, 2, balance.minutesCalledBefore() / 60.0);
            context.number(sheet, row, 3, balance.balanceMinutes() / 60.0);
            sheet.text(row, 4, balance.firstShootDay() == null ? "" : balance.firstShootDay().toString(), styles.text);
            sheet.text(row, 5, balance.isShort() ? context.label("schedule.warning.shot-short", balance.title(), "",
                            balance.firstShootDay(), plan.maxRehearsalHours()) : "",
                    balance.isShort() ? styles.warning() : styles.text);
        }
    }

    private void calls() {
        sheet.skipRow();
        Row head = context.titleRow(sheet);
        for (int c = 0; c < CALL_COLUMNS.length; c++) {
            sheet.text(head, c, context.label("production.xlsx.col." + CALL_COLUMNS[c]), styles.columnTitle());
        }
        for (ProductionPlan.Call call : plan.calls()) {
            Row row = sheet.newRow();
            sheet.text(row, 0, call.date().toString(), styles.text);
            sheet.text(row, 1, call.start().toString(), styles.text);
            context.number(sheet, row, 2, call.minutes() / 60.0);
            context.wrappedText(sheet, row, 3, call.numberTitle(), WIDTHS[3]);
            sheet.text(row, 4, call.studio(), styles.text);
            sheet.text(row, 5, call.choreographer(), styles.text);
            context.wrappedText(sheet, row, 6, String.join(", ", call.dancers()), WIDTHS[6]);
            sheet.text(row, 7, call.afterWrap() ? "✓" : "", styles.text);
        }
    }

    private void warnings(Map<Integer, String> dancers) {
        sheet.skipRow();
        Map<Long, String> titles = plan.rehearsals().balances().stream()
                .collect(Collectors.toMap(RehearsalPlan.Balance::numberId, RehearsalPlan.Balance::title));
        sheet.text(sheet.newRow(), 0, context.label("production.xlsx.warnings"), styles.columnTitle());
        for (RehearsalPlan.Warning w : plan.rehearsals().warnings()) {
            sheet.text(sheet.newRow(), 0, context.label(w.messageKey(), titles.getOrDefault(w.numberId(), ""),
                    dancers.getOrDefault(w.castId(), ""), w.date(), plan.maxRehearsalHours()), styles.warning());
        }
    }

    private void hoursPerDancer(Map<Integer, String> dancers) {
        sheet.skipRow();
        Row head = context.titleRow(sheet);
        sheet.text(head, 0, context.label("production.xlsx.col.dancer"), styles.columnTitle());
        sheet.text(head, 1, context.label("production.xlsx.col.number"), styles.columnTitle());
        sheet.text(head, 2, context.label("production.xlsx.col.hours"), styles.columnTitle());
        Map<Integer, Map<String, Integer>> perDancer = new TreeMap<>();
        plan.calls().forEach(call -> call.castIds().forEach(castId -> perDancer
                .computeIfAbsent(castId, id -> new TreeMap<>())
                .merge(call.numberTitle(), call.minutes(), Integer::sum)));
        for (Map.Entry<Integer, Map<String, Integer>> dancer : perDancer.entrySet()) {
            for (Map.Entry<String, Integer> number : dancer.getValue().entrySet()) {
                Row row = sheet.newRow();
                sheet.text(row, 0, dancers.getOrDefault(dancer.getKey(), String.valueOf(dancer.getKey())), styles.text);
                context.wrappedText(sheet, row, 1, number.getKey(), WIDTHS[1]);
                context.number(sheet, row, 2, number.getValue() / 60.0);
            }
        }
    }
}
