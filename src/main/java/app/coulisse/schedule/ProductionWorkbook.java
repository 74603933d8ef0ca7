package app.coulisse.schedule;

import app.coulisse.core.Messages;
import app.coulisse.export.PrintFrame;
import app.coulisse.core.Eighths;
import app.coulisse.outline.StripColour;
import app.coulisse.season.Series;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The production workbook: Shooting schedule (strips in shoot order, coloured, each day closed by its banner with
 * the day's totals), Day out of days (codes in their colours, totals), Rehearsals (per number, per call, per dancer,
 * with the warnings) and Shoes and costumes. Every sheet prints landscape on the series' paper, fitted to width but
 * never below 75 %, framed like the breakdown workbooks, its header row (and the DOOD's names) repeated.
 */
final class ProductionWorkbook {

    private final ProductionPlan plan;
    private final Series series;
    private final Locale locale;
    private final Messages messages = Messages.bundled();
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Map<String, CellStyle> fills = new HashMap<>();
    private final CellStyle header;
    private final CellStyle banner;
    private final CellStyle totalLine;
    private final CellStyle dayHeader;
    private final CellStyle warning;

    ProductionWorkbook(ProductionPlan plan, Series series, Locale locale) {
        this.plan = plan;
        this.series = series;
        this.locale = locale;
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.BOTTOM);
        totalLine = workbook.createCellStyle();
        totalLine.cloneStyleFrom(header);
        totalLine.setWrapText(false);
        // A date cell, shown as the screen's DOOD shows it ("Fri 31/7").
        dayHeader = workbook.createCellStyle();
        dayHeader.cloneStyleFrom(header);
        dayHeader.setAlignment(HorizontalAlignment.CENTER);
        dayHeader.setDataFormat(workbook.createDataFormat().getFormat("ddd d/m"));
        banner = fill("#37474F");
        Font white = workbook.createFont();
        white.setBold(true);
        white.setColor(org.apache.poi.ss.usermodel.IndexedColors.WHITE.getIndex());
        banner.setFont(white);
        warning = workbook.createCellStyle();
        Font red = workbook.createFont();
        red.setColor(org.apache.poi.ss.usermodel.IndexedColors.DARK_RED.getIndex());
        red.setBold(true);
        warning.setFont(red);
    }

    void write(OutputStream out) throws IOException {
        shootingSchedule();
        dayOutOfDays();
        rehearsals();
        shoes();
        workbook.write(out);
        workbook.close();
    }

    private String label(String key, Object... arguments) {
        return messages.get(key, locale, arguments);
    }

    private void shootingSchedule() {
        Sheet sheet = workbook.createSheet(label("production.xlsx.schedule"));
        String[] columns = {"day", "date", "unit", "scene", "int-ext", "set", "day-night", "pages", "eighths", "cast",
                "dances"};
        headerRow(sheet, columns);
        int r = 1;
        int totalEighths = 0;
        int totalScenes = 0;
        for (ProductionPlan.BoardDay day : plan.days()) {
            if (day.type() != DayType.SHOOT) {
                continue;
            }
            for (ProductionPlan.Strip strip : day.strips()) {
                Row row = sheet.createRow(r++);
                CellStyle style = fill(colour(strip.colour()));
                text(row, 0, String.valueOf(day.number()), style);
                text(row, 1, day.date().toString(), style);
                text(row, 2, day.unitName(), style);
                text(row, 3, strip.label(), style);
                text(row, 4, strip.intExt(), style);
                text(row, 5, strip.set(), style);
                text(row, 6, strip.timeOfDay(), style);
                text(row, 7, Eighths.format(strip.eighths()), style);
                number(row, 8, strip.eighths(), style);
                text(row, 9, strip.castIds().stream().map(String::valueOf).collect(Collectors.joining(", ")), style);
                text(row, 10, String.join(", ", strip.danceTitles()), style);
            }
            Row end = sheet.createRow(r++);
            for (int c = 0; c < columns.length; c++) {
                end.createCell(c).setCellStyle(banner);
            }
            end.getCell(0).setCellValue(label("production.xlsx.end-of-day", day.number(), day.unitName(), day.date(),
                    day.strips().size(), Eighths.format(day.eighths())));
            end.getCell(8).setCellValue(day.eighths());
            sheet.addMergedRegion(new CellRangeAddress(end.getRowNum(), end.getRowNum(), 0, 7));
            totalEighths += day.eighths();
            totalScenes += day.strips().size();
        }
        Row total = sheet.createRow(r + 1);
        text(total, 0, label("production.xlsx.total", totalScenes, Eighths.format(totalEighths)), totalLine);
        number(total, 8, totalEighths, totalLine);
        sheet.addMergedRegion(new CellRangeAddress(total.getRowNum(), total.getRowNum(), 0, 7));
        finish(sheet, columns.length, new int[]{6, 12, 16, 10, 8, 34, 10, 8, 8, 18, 28});
    }

    private void dayOutOfDays() {
        Sheet sheet = workbook.createSheet(label("production.xlsx.dood"));
        DayOutOfDays dood = plan.dayOutOfDays();
        Row head = headRow(sheet, 0);
        text(head, 0, label("production.xlsx.col.id"), header);
        text(head, 1, label("production.xlsx.col.character"), header);
        text(head, 2, label("production.xlsx.col.performer"), header);
        int c = 3;
        for (LocalDate date : dood.dates()) {
            Cell day = head.createCell(c++);
            day.setCellValue(date);
            day.setCellStyle(dayHeader);
        }
        String[] totals = {"work", "hold", "drop", "rehearsal", "fitting", "travel", "start", "finish", "total"};
        for (String total : totals) {
            text(head, c++, label("production.xlsx.col." + total), header);
        }
        int r = 1;
        for (DayOutOfDays.Row line : dood.rows()) {
            Row row = sheet.createRow(r++);
            number(row, 0, line.castId(), null);
            text(row, 1, line.name(), null);
            text(row, 2, line.performer(), null);
            c = 3;
            for (LocalDate date : dood.dates()) {
                DoodCode code = line.on(date);
                text(row, c++, code == null ? "" : code.name(), code == null ? null : centred(code.colour()));
            }
            DayOutOfDays.Totals t = line.totals();
            for (int value : new int[]{t.work(), t.hold(), t.drop(), t.rehearsal(), t.fitting(), t.travel()}) {
                number(row, c++, value, null);
            }
            text(row, c++, t.start() == null ? "" : t.start().toString(), null);
            text(row, c++, t.finish() == null ? "" : t.finish().toString(), null);
            number(row, c, t.total(), null);
        }
        int[] widths = new int[3 + dood.dates().size() + totals.length];
        java.util.Arrays.fill(widths, 8);
        java.util.Arrays.fill(widths, 3, 3 + dood.dates().size(), 9);
        widths[0] = 5;
        widths[1] = 22;
        widths[2] = 22;
        finish(sheet, widths.length, widths);
        sheet.createFreezePane(3, 1);
        sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 2));
    }

    private void rehearsals() {
        Sheet sheet = workbook.createSheet(label("production.xlsx.rehearsals"));
        headerRow(sheet, new String[]{"number", "needed", "called", "balance", "first-shoot", "warning"});
        int r = 1;
        for (RehearsalPlan.Balance balance : plan.rehearsals().balances()) {
            Row row = sheet.createRow(r++);
            text(row, 0, balance.title(), null);
            decimal(row, 1, balance.minutesNeeded() / 60.0);
            decimal(row, 2, balance.minutesCalledBefore() / 60.0);
            decimal(row, 3, balance.balanceMinutes() / 60.0);
            text(row, 4, balance.firstShootDay() == null ? "" : balance.firstShootDay().toString(), null);
            text(row, 5, balance.isShort() ? label("schedule.warning.shot-short", balance.title(), "",
                    balance.firstShootDay(), plan.maxRehearsalHours()) : "", balance.isShort() ? warning : null);
        }
        r++;
        Row callHead = headRow(sheet, r++);
        String[] callColumns = {"date", "start", "hours", "number", "studio", "choreographer", "dancers", "after-wrap"};
        for (int c = 0; c < callColumns.length; c++) {
            text(callHead, c, label("production.xlsx.col." + callColumns[c]), header);
        }
        for (ProductionPlan.Call call : plan.calls()) {
            Row row = sheet.createRow(r++);
            text(row, 0, call.date().toString(), null);
            text(row, 1, call.start().toString(), null);
            decimal(row, 2, call.minutes() / 60.0);
            text(row, 3, call.numberTitle(), null);
            text(row, 4, call.studio(), null);
            text(row, 5, call.choreographer(), null);
            text(row, 6, String.join(", ", call.dancers()), null);
            text(row, 7, call.afterWrap() ? "✓" : "", null);
        }
        r++;
        Map<Long, String> titles = plan.rehearsals().balances().stream()
                .collect(Collectors.toMap(RehearsalPlan.Balance::numberId, RehearsalPlan.Balance::title));
        Map<Integer, String> dancers = new HashMap<>();
        plan.calls().forEach(call -> {
            for (int i = 0; i < call.castIds().size(); i++) {
                dancers.put(call.castIds().get(i), call.dancers().get(i));
            }
        });
        text(sheet.createRow(r++), 0, label("production.xlsx.warnings"), header);
        for (RehearsalPlan.Warning w : plan.rehearsals().warnings()) {
            text(sheet.createRow(r++), 0, label(w.messageKey(), titles.getOrDefault(w.numberId(), ""),
                    dancers.getOrDefault(w.castId(), ""), w.date(), plan.maxRehearsalHours()), warning);
        }
        r++;
        Row dancerHead = headRow(sheet, r++);
        text(dancerHead, 0, label("production.xlsx.col.dancer"), header);
        text(dancerHead, 1, label("production.xlsx.col.number"), header);
        text(dancerHead, 2, label("production.xlsx.col.hours"), header);
        Map<Integer, Map<String, Integer>> perDancer = new java.util.TreeMap<>();
        plan.calls().forEach(call -> call.castIds().forEach(castId -> perDancer
                .computeIfAbsent(castId, id -> new java.util.TreeMap<>()).merge(call.numberTitle(), call.minutes(), Integer::sum)));
        for (Map.Entry<Integer, Map<String, Integer>> dancer : perDancer.entrySet()) {
            for (Map.Entry<String, Integer> number : dancer.getValue().entrySet()) {
                Row row = sheet.createRow(r++);
                text(row, 0, dancers.getOrDefault(dancer.getKey(), String.valueOf(dancer.getKey())), null);
                text(row, 1, number.getKey(), null);
                decimal(row, 2, number.getValue() / 60.0);
            }
        }
        finish(sheet, callColumns.length, new int[]{28, 12, 14, 24, 16, 20, 40, 10});
    }

    private void shoes() {
        Sheet sheet = workbook.createSheet(label("production.xlsx.shoes"));
        headerRow(sheet, new String[]{"number", "per-dancer", "dancers", "pairs", "costumes"});
        int r = 1;
        for (ShoeCount.NumberLine line : plan.shoes().numbers()) {
            Row row = sheet.createRow(r++);
            text(row, 0, line.title(), null);
            number(row, 1, line.shoesPerDancer(), null);
            number(row, 2, line.dancers(), null);
            number(row, 3, line.pairs(), null);
            text(row, 4, line.costumeNotes(), null);
        }
        Row total = sheet.createRow(r++);
        text(total, 0, label("production.xlsx.col.total"), header);
        number(total, 3, plan.shoes().total(), header);
        r++;
        Row head = headRow(sheet, r++);
        text(head, 0, label("production.xlsx.col.dancer"), header);
        text(head, 1, label("production.xlsx.col.numbers"), header);
        text(head, 3, label("production.xlsx.col.pairs"), header);
        for (ShoeCount.DancerLine dancer : plan.shoes().dancers()) {
            Row row = sheet.createRow(r++);
            text(row, 0, dancer.castId() + ". " + dancer.name(), null);
            number(row, 1, dancer.numbers(), null);
            number(row, 3, dancer.pairs(), null);
        }
        finish(sheet, 5, new int[]{30, 12, 10, 10, 60});
    }

    private void headerRow(Sheet sheet, String[] columns) {
        Row head = headRow(sheet, 0);
        for (int c = 0; c < columns.length; c++) {
            text(head, c, label("production.xlsx.col." + columns[c]), header);
        }
    }

    /** A row of column titles, two lines high so a long title wraps instead of being cut by the next column. */
    private static Row headRow(Sheet sheet, int index) {
        Row row = sheet.createRow(index);
        row.setHeightInPoints(30);
        return row;
    }

    private void finish(Sheet sheet, int columnCount, int[] widths) {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        if (sheet.getLastRowNum() > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, columnCount - 1));
        }
        sheet.getPrintSetup().setLandscape(true);
        PrintFrame.paper(sheet, series.getPaperSize());
        PrintFrame.texts(sheet, series.getTitle(), label("xlsx.header.season") + " " + plan.seasonNumber(),
                sheet.getSheetName(), "", label("xlsx.footer.page"), label("xlsx.footer.printed"));
        PrintFrame.fitWidthReadably(sheet, series.getPaperSize(), widths.length - 1);
    }

    private String colour(StripColour colour) {
        return colour.in(series);
    }

    private CellStyle fill(String hex) {
        return fills.computeIfAbsent(hex, key -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.setFillForegroundColor(new XSSFColor(rgb(key), null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setBorderBottom(BorderStyle.HAIR);
            return style;
        });
    }

    private CellStyle centred(String hex) {
        CellStyle filled = fill(hex);
        return fills.computeIfAbsent("centred" + hex, key -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(filled);
            style.setAlignment(HorizontalAlignment.CENTER);
            return style;
        });
    }

    private static byte[] rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return new byte[]{(byte) (value >> 16), (byte) (value >> 8), (byte) value};
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void decimal(Row row, int column, double value) {
        row.createCell(column).setCellValue(value);
    }
}
