package app.coulisse.breakdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * A character-by-something report (scenes, episodes, dance numbers) as plain values: one row per
 * character in cast-ID order, one cell per column, and totals both ways. The factories build it
 * from projections, so the same matrix serves the screen and the workbook.
 */
public record BreakdownMatrix(List<Column> columns, List<Row> rows, List<Integer> columnTotals, int grandTotal) {

    /** A column: a scene (its number), an episode (its number) or a dance number (its title). */
    public record Column(long id, String label) {
    }

    /** A character with its cells, in column order; an empty string is an empty cell. */
    public record Row(long characterId, int castId, String name, List<String> cells, int total) {
    }

    /** A character as the row header. */
    public record Character(long id, int castId, String name) {
    }

    /** One filled cell before layout. */
    public record Cell(long characterId, long columnId, String value) {
    }

    /**
     * Lays out the cells: one row per given character, in cast-ID order (cells of other
     * characters or columns are ignored); totals add each cell's weight (1 per mark, or the count it holds).
     */
    public static BreakdownMatrix of(List<Column> columns, List<Character> characters, List<Cell> cells,
                                     ToIntFunction<String> weight) {
        Map<Long, Integer> columnIndex = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            columnIndex.put(columns.get(i).id(), i);
        }
        Map<Long, Character> rowHeaders = new LinkedHashMap<>();
        characters.forEach(character -> rowHeaders.put(character.id(), character));
        Map<Long, String[]> values = new HashMap<>();
        for (Cell cell : cells) {
            Integer column = columnIndex.get(cell.columnId());
            if (column == null || !rowHeaders.containsKey(cell.characterId())) {
                continue;
            }
            values.computeIfAbsent(cell.characterId(), id -> emptyRow(columns.size()))[column] = cell.value();
        }
        int[] columnTotals = new int[columns.size()];
        List<Row> rows = new ArrayList<>();
        rowHeaders.values().stream().sorted(Comparator.comparingInt(Character::castId)).forEach(character -> {
            String[] row = values.getOrDefault(character.id(), emptyRow(columns.size()));
            int total = 0;
            for (int i = 0; i < row.length; i++) {
                int value = row[i].isEmpty() ? 0 : weight.applyAsInt(row[i]);
                total += value;
                columnTotals[i] += value;
            }
            rows.add(new Row(character.id(), character.castId(), character.name(), List.of(row), total));
        });
        List<Integer> totals = Arrays.stream(columnTotals).boxed().toList();
        return new BreakdownMatrix(List.copyOf(columns), List.copyOf(rows), totals,
                totals.stream().mapToInt(Integer::intValue).sum());
    }

    /** Weight for mark cells: each mark counts once. */
    public static int countMarks(String mark) {
        return 1;
    }

    /** Weight for count cells: the number the cell holds. */
    public static int sumCounts(String count) {
        return Integer.parseInt(count);
    }

    private static String[] emptyRow(int size) {
        String[] row = new String[size];
        Arrays.fill(row, "");
        return row;
    }
}
