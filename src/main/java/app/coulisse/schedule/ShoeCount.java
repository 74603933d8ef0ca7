package app.coulisse.schedule;

import app.coulisse.dance.DanceNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pointe shoes for the costume department: per number, shoes per dancer × dancers (principals and ensemble); per
 * principal dancer, the sum over their numbers; the season's total; the costume notes beside each number.
 */
public record ShoeCount(List<NumberLine> numbers, List<DancerLine> dancers, int total) {

    /** A number as the count reads it. */
    public record Number(long id, String title, int shoesPerDancer, List<Dancer> principals, int ensembleSize,
                         String costumeNotes) {

        public Number {
            principals = List.copyOf(principals);
        }
    }

    /** A principal dancer by cast ID. */
    public record Dancer(int castId, String name) {
    }

    /** One number's pairs. */
    public record NumberLine(long id, String title, int shoesPerDancer, int dancers, int pairs, String costumeNotes) {
    }

    /** One principal dancer's pairs over the numbers they dance. */
    public record DancerLine(int castId, String name, int numbers, int pairs) {
    }

    /** Counts the season's numbers. */
    public static ShoeCount of(List<Number> numbers) {
        List<NumberLine> lines = new ArrayList<>();
        Map<Integer, DancerLine> dancers = new TreeMap<>();
        int total = 0;
        for (Number number : numbers) {
            int count = DanceNumber.totalDancers(number.principals().size(), number.ensembleSize());
            int pairs = number.shoesPerDancer() * count;
            total += pairs;
            lines.add(new NumberLine(number.id(), number.title(), number.shoesPerDancer(), count, pairs,
                    number.costumeNotes() == null ? "" : number.costumeNotes()));
            for (Dancer dancer : number.principals()) {
                dancers.merge(dancer.castId(), new DancerLine(dancer.castId(), dancer.name(), 1, number.shoesPerDancer()),
                        (a, b) -> new DancerLine(a.castId(), a.name(), a.numbers() + 1, a.pairs() + b.pairs()));
            }
        }
        return new ShoeCount(lines, List.copyOf(dancers.values()), total);
    }
}
