package app.coulisse.schedule;

import app.coulisse.cast.CastLabel;
import app.coulisse.core.Eighths;
import app.coulisse.core.Messages;
import app.coulisse.export.PrintFrame;
import app.coulisse.outline.StripColour;
import app.coulisse.season.Series;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
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
 * with the warnings), Shoes and costumes, Readiness (go or no go per number and shoot day), and the sheets other
 * features add ({@link ProductionWorkbookTable}). Every sheet prints landscape on the series' paper, fitted to width but
 * never below 75 %, framed like the breakdown workbooks, its header row (and the DOOD's names) repeated.
 */
final class ProductionWorkbook {

    private final ProductionPlan plan;
    private final SeasonReadiness readiness;
    private final List<ProductionWorkbookTable.Table> tables;
    private final Series series;
    private final Locale locale;
    private final Messages messages = Messages.bundled();
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Map<String, CellStyle> fills = new HashMap<>();
    private final CellStyle header;
    private final CellStyle banner;
    private final CellStyle totalLine;
    private final CellStyle dayHeader;
    private final CellStyle upright;
    private final CellStyle shortDate;
    private final CellStyle numberCell;
    private final CellStyle bannerNumber;
    private final CellStyle totalNumber;
    private final CellStyle wrapped;
    private final CellStyle warning;

    /**
     * DOOD column widths in characters: ID, character and performer (wrapped); a day (room for "SWF"); a count (two
     * digits, its title upright); a start or finish date ("10/10").
     */
    private static final int[] DOOD_LEAD = {4, 14, 11};
    private static final int DOOD_DAY = 4;
    private static final int DOOD_COUNT = 3;
    private static final int DOOD_DATE = 5;
    /**
     * Calc measures a character of Carlito (Calibri's stand-in) about 8 % wider than Excel's 7 pixels: the scale and
     * the hand-made page breaks leave it that room, or Calc breaks a page of its own a few days early.
     */
    private static final double CALC_SLACK = 1.1;
    private static final String[] DOOD_TOTALS = {"work", "hold", "drop", "rehearsal", "fitting", "travel", "start",
            "finish", "total"};
    private static final int[] REHEARSAL_WIDTHS = {28, 12, 14, 24, 16, 20, 40, 10};
    private static final int[] SHOE_WIDTHS = {30, 12, 10, 10, 60};
    private static final int[] READINESS_WIDTHS = {12, 30, 12, 80};
    /** The days a DOOD page is scaled to show beside the names and the totals: a month. */
    private static final int DOOD_MONTH = 31;
    /** Room for the upright day and total titles ("Répétition"). */
    private static final float DOOD_HEAD_POINTS = 66;
    /** One line of 11 pt text. */
    private static final float LINE_POINTS = 15;

    ProductionWorkbook(ProductionPlan plan, SeasonReadiness readiness, List<ProductionWorkbookTable.Table> tables,
                       Series series, Locale locale) {
        this.plan = plan;
        this.readiness = readiness;
        this.tables = List.copyOf(tables);
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
        // The DOOD's narrow columns take their titles upright; a day is a date cell shown as the screen shows it
        // ("Fri 31/7"), its weekday in the workbook's language.
        upright = workbook.createCellStyle();
        upright.cloneStyleFrom(header);
        upright.setAlignment(HorizontalAlignment.CENTER);
        upright.setRotation((short) 90);
        dayHeader = workbook.createCellStyle();
        dayHeader.cloneStyleFrom(upright);
        dayHeader.setDataFormat(workbook.createDataFormat().getFormat(languageTag(locale) + "ddd d/m"));
        shortDate = workbook.createCellStyle();
        shortDate.setAlignment(HorizontalAlignment.CENTER);
        shortDate.setVerticalAlignment(VerticalAlignment.CENTER);
        shortDate.setDataFormat(workbook.createDataFormat().getFormat("d/m"));
        // Numbers are centred in their columns: right-aligned, they read as one with the text that starts the next
        // column ("-3 2026-09-10", "690 23 dancers").
        numberCell = workbook.createCellStyle();
        numberCell.setAlignment(HorizontalAlignment.CENTER);
        numberCell.setVerticalAlignment(VerticalAlignment.CENTER);
        banner = fill("#37474F");
        Font white = workbook.createFont();
        white.setBold(true);
        white.setColor(org.apache.poi.ss.usermodel.IndexedColors.WHITE.getIndex());
        banner.setFont(white);
        bannerNumber = workbook.createCellStyle();
        bannerNumber.cloneStyleFrom(banner);
        bannerNumber.setAlignment(HorizontalAlignment.CENTER);
        totalNumber = workbook.createCellStyle();
        totalNumber.cloneStyleFrom(totalLine);
        totalNumber.setAlignment(HorizontalAlignment.CENTER);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.CENTER);
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
        readiness();
        tables.forEach(this::table);
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
                text(row, 6, timeOfDay(strip.timeOfDay()), style);
                text(row, 7, Eighths.format(strip.eighths()), style);
                number(row, 8, strip.eighths(), centred(colour(strip.colour())));
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
            end.getCell(8).setCellStyle(bannerNumber);
            sheet.addMergedRegion(new CellRangeAddress(end.getRowNum(), end.getRowNum(), 0, 7));
            totalEighths += day.eighths();
            totalScenes += day.strips().size();
        }
        Row total = sheet.createRow(r + 1);
        text(total, 0, label("production.xlsx.total", totalScenes, Eighths.format(totalEighths)), totalLine);
        number(total, 8, totalEighths, totalNumber);
        sheet.addMergedRegion(new CellRangeAddress(total.getRowNum(), total.getRowNum(), 0, 7));
        finish(sheet, columns.length, new int[]{6, 12, 16, 10, 8, 34, 10, 8, 8, 18, 28});
    }

    private void dayOutOfDays() {
        Sheet sheet = workbook.createSheet(label("production.xlsx.dood"));
        DayOutOfDays dood = plan.dayOutOfDays();
        List<LocalDate> dates = dood.dates();
        Row head = headRow(sheet, 0);
        head.setHeightInPoints(DOOD_HEAD_POINTS);
        text(head, 0, label("production.xlsx.col.id"), header);
        text(head, 1, label("production.xlsx.col.character"), header);
        text(head, 2, label("production.xlsx.col.performer"), header);
        int c = DOOD_LEAD.length;
        for (LocalDate date : dates) {
            Cell day = head.createCell(c++);
            day.setCellValue(date);
            day.setCellStyle(dayHeader);
        }
        for (String total : DOOD_TOTALS) {
            text(head, c++, label("production.xlsx.col." + total), upright);
        }
        int r = 1;
        for (DayOutOfDays.Row line : dood.rows()) {
            Row row = sheet.createRow(r++);
            number(row, 0, line.castId());
            wrappedText(row, 1, line.name(), DOOD_LEAD[1]);
            wrappedText(row, 2, line.performer(), DOOD_LEAD[2]);
            c = DOOD_LEAD.length;
            for (LocalDate date : dates) {
                DoodCode code = line.on(date);
                text(row, c++, code == null ? "" : code.name(), code == null ? null : centred(code.colour()));
            }
            DayOutOfDays.Totals t = line.totals();
            for (int value : new int[]{t.work(), t.hold(), t.drop(), t.rehearsal(), t.fitting(), t.travel()}) {
                number(row, c++, value);
            }
            date(row, c++, t.start());
            date(row, c++, t.finish());
            number(row, c, t.total());
        }
        legend(sheet, r + 1);
        int[] widths = new int[DOOD_LEAD.length + dates.size() + DOOD_TOTALS.length];
        System.arraycopy(DOOD_LEAD, 0, widths, 0, DOOD_LEAD.length);
        Arrays.fill(widths, DOOD_LEAD.length, widths.length - DOOD_TOTALS.length, DOOD_DAY);
        Arrays.fill(widths, widths.length - DOOD_TOTALS.length, widths.length, DOOD_COUNT);
        widths[widths.length - 3] = DOOD_DATE;
        widths[widths.length - 2] = DOOD_DATE;
        columnWidths(sheet, widths);
        sheet.createFreezePane(DOOD_LEAD.length, 1);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, DOOD_LEAD.length - 1));
        frame(sheet);
        monthAPage(sheet, dates.size(), widths);
    }

    /**
     * The DOOD's print scale shows a month of days beside the names and the totals on one landscape page (never
     * below 75 %); longer schedules break by hand into pages of as many days as a page holds, the last one
     * ending with the totals.
     */
    private void monthAPage(Sheet sheet, int days, int[] widths) {
        double perChar = 256 * PrintFrame.pointsPerWidthUnit();
        double lead = Arrays.stream(widths, 0, DOOD_LEAD.length).sum() * perChar;
        double totals = Arrays.stream(widths, widths.length - DOOD_TOTALS.length, widths.length).sum() * perChar;
        double day = DOOD_DAY * perChar;
        double scale = PrintFrame.scaleForBand(sheet, series.getPaperSize(),
                (lead + Math.min(days, DOOD_MONTH) * day + totals) * CALC_SLACK);
        double room = PrintFrame.printableWidth(series.getPaperSize(), true) / scale / CALC_SLACK - lead;
        int perPage = (int) (room / day);
        int withTotals = (int) ((room - totals) / day);
        int placed = 0;
        while (days - placed > withTotals) {
            int take = Math.min(perPage, days - placed);
            if (take == days - placed) {
                take -= withTotals;
            }
            placed += take;
            sheet.setColumnBreak(DOOD_LEAD.length + placed - 1);
        }
    }

    /**
     * What each code means, in the workbook's language, under the grid: the code in its colour, then its meaning
     * wrapped across the character and performer columns, so every page (they repeat) prints it whole.
     */
    private void legend(Sheet sheet, int firstRow) {
        int r = firstRow;
        text(sheet.createRow(r++), 1, label("production.xlsx.legend"), totalLine);
        for (DoodCode code : DoodCode.values()) {
            Row row = sheet.createRow(r++);
            text(row, 0, code.name(), centred(code.colour()));
            wrappedText(row, 1, label("production.xlsx.code." + code.name()), DOOD_LEAD[1] + DOOD_LEAD[2]);
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 1, 2));
        }
    }

    private void rehearsals() {
        Sheet sheet = workbook.createSheet(label("production.xlsx.rehearsals"));
        headerRow(sheet, new String[]{"number", "needed", "called", "balance", "first-shoot", "warning"});
        int r = 1;
        for (RehearsalPlan.Balance balance : plan.rehearsals().balances()) {
            Row row = sheet.createRow(r++);
            wrappedText(row, 0, balance.title(), REHEARSAL_WIDTHS[0]);
            number(row, 1, balance.minutesNeeded() / 60.0);
            number(row, 2, balance.minutesCalledBefore() / 60.0);
            number(row, 3, balance.balanceMinutes() / 60.0);
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
            number(row, 2, call.minutes() / 60.0);
            wrappedText(row, 3, call.numberTitle(), REHEARSAL_WIDTHS[3]);
            text(row, 4, call.studio(), null);
            text(row, 5, call.choreographer(), null);
            wrappedText(row, 6, String.join(", ", call.dancers()), REHEARSAL_WIDTHS[6]);
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
                wrappedText(row, 1, number.getKey(), REHEARSAL_WIDTHS[1]);
                number(row, 2, number.getValue() / 60.0);
            }
        }
        finish(sheet, callColumns.length, REHEARSAL_WIDTHS);
    }

    private void shoes() {
        Sheet sheet = workbook.createSheet(label("production.xlsx.shoes"));
        headerRow(sheet, new String[]{"number", "per-dancer", "dancers", "pairs", "costumes"});
        int r = 1;
        for (ShoeCount.NumberLine line : plan.shoes().numbers()) {
            Row row = sheet.createRow(r++);
            text(row, 0, line.title(), null);
            number(row, 1, line.shoesPerDancer());
            number(row, 2, line.dancers());
            number(row, 3, line.pairs());
            wrappedText(row, 4, line.costumeNotes(), SHOE_WIDTHS[4]);
        }
        Row total = sheet.createRow(r++);
        text(total, 0, label("production.xlsx.col.total"), header);
        number(total, 3, plan.shoes().total(), totalNumber);
        r++;
        Row head = headRow(sheet, r++);
        text(head, 0, label("production.xlsx.col.dancer"), header);
        text(head, 1, label("production.xlsx.col.numbers"), header);
        text(head, 3, label("production.xlsx.col.pairs"), header);
        for (ShoeCount.DancerLine dancer : plan.shoes().dancers()) {
            Row row = sheet.createRow(r++);
            text(row, 0, CastLabel.of(dancer.castId(), dancer.name()), null);
            number(row, 1, dancer.numbers());
            number(row, 3, dancer.pairs());
        }
        finish(sheet, 5, SHOE_WIDTHS);
    }

    /** Go or no go of each number on each shoot day, each failing condition named (record 054). */
    private void readiness() {
        Sheet sheet = workbook.createSheet(label("production.xlsx.readiness"));
        headerRow(sheet, new String[]{"date", "number", "go", "reasons"});
        int r = 1;
        for (SeasonReadiness.NumberDay day : readiness.numberDays()) {
            Row row = sheet.createRow(r++);
            date(row, 0, day.date());
            text(row, 1, day.title(), null);
            text(row, 2, label(day.go() ? "production.readiness.go" : "production.readiness.no-go"),
                    day.go() ? null : warning);
            wrappedText(row, 3, day.reasons().stream().map(reason -> label(reason.messageKey(),
                            reason.arguments().toArray())).collect(java.util.stream.Collectors.joining("\n")),
                    READINESS_WIDTHS[3]);
        }
        finish(sheet, READINESS_WIDTHS.length, READINESS_WIDTHS);
    }

    /** A sheet another feature adds: its titles, then its rows as text. */
    private void table(ProductionWorkbookTable.Table table) {
        Sheet sheet = workbook.createSheet(table.title());
        Row head = headRow(sheet, 0);
        for (int c = 0; c < table.columns().size(); c++) {
            text(head, c, table.columns().get(c), header);
        }
        int r = 1;
        for (List<String> cells : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < cells.size(); c++) {
                text(row, c, cells.get(c), null);
            }
        }
        finish(sheet, table.columns().size(), table.widths());
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
        columnWidths(sheet, widths);
        sheet.createFreezePane(0, 1);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        if (sheet.getLastRowNum() > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, columnCount - 1));
        }
        frame(sheet);
        PrintFrame.fitWidthReadably(sheet, series.getPaperSize(), widths.length - 1);
    }

    private static void columnWidths(Sheet sheet, int[] widths) {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    /** Landscape on the series' paper, with the header and footer of every printed workbook. */
    private void frame(Sheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        PrintFrame.paper(sheet, series.getPaperSize());
        PrintFrame.texts(sheet, series.getTitle(), label("xlsx.header.season") + " " + plan.seasonNumber(),
                sheet.getSheetName(), "", label("xlsx.footer.page"), label("xlsx.footer.printed"));
    }

    /** A scene's time of day in the workbook's language ("NUIT"), as the breakdown workbooks print it. */
    private String timeOfDay(String stored) {
        return messages.find("time-of-day." + stored, locale).orElse(stored);
    }

    /** The locale prefix of a date format, so that Excel and Calc name the weekday in the workbook's language. */
    private static String languageTag(Locale locale) {
        return Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? "[$-40C]" : "[$-409]";
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
            style.setVerticalAlignment(VerticalAlignment.CENTER);
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
        cell.setCellStyle(style);
    }

    private void number(Row row, int column, double value) {
        number(row, column, value, numberCell);
    }

    private void date(Row row, int column, LocalDate value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(shortDate);
    }

    /** Text wrapped within its column, the row growing to the lines it needs (Excel does not grow it on opening). */
    private void wrappedText(Row row, int column, String value, int columnChars) {
        text(row, column, value, wrapped);
        int lines = Math.max(1, (int) Math.ceil((value == null ? 0 : value.length()) / (double) columnChars));
        row.setHeightInPoints(Math.max(row.getHeightInPoints(), lines * LINE_POINTS));
    }
}
