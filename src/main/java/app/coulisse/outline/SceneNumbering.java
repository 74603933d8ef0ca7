package app.coulisse.outline;

import app.coulisse.core.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scene numbers as a shooting script writes them (docs/decisions/001-scene-numbering.md). Unlocked,
 * numbers follow the order: 1, 2, 3…. Locked, existing numbers never change and a new scene takes a
 * number derived from its neighbours: after 12 it is 12A, then 12B; between 12 and 12A it is 12aA;
 * at the very top it is A + the first number (A1); after 12Z it is 12ZA; at the end, the next whole
 * number when the last number is a whole number.
 */
public final class SceneNumbering {

    /** The longest number the schema holds. */
    public static final int MAX_LENGTH = 12;

    /** Prefix letters, digits, then suffix letters in either case: 12, 12A, 12aA, A1, A12A. */
    private static final Pattern VALID = Pattern.compile("[A-Za-z]*[0-9]+[A-Za-z]*");
    private static final Pattern WHOLE = Pattern.compile("[0-9]+");

    private SceneNumbering() {
    }

    /** The numbers of an unlocked episode with that many scenes: "1" … "count". */
    public static List<String> sequential(int count) {
        List<String> numbers = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            numbers.add(String.valueOf(i));
        }
        return numbers;
    }

    /** The numbers an unlocked episode's places get (1…n) and the places whose number changes. */
    public record Renumbering(List<String> numbers, List<Integer> changed) {
    }

    /**
     * Renumbers an unlocked episode 1…n in order. {@code current} holds each place's number now,
     * null for a scene that has none yet (it is not counted as a change).
     */
    public static Renumbering renumber(List<String> current) {
        List<String> numbers = sequential(current.size());
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < current.size(); i++) {
            if (current.get(i) != null && !numbers.get(i).equals(current.get(i))) {
                changed.add(i);
            }
        }
        return new Renumbering(numbers, List.copyOf(changed));
    }

    /**
     * The number for a scene inserted into a locked episode between {@code previous} and
     * {@code next} (either null at an end of the episode), unique among {@code taken}.
     */
    public static String insertAfter(String previous, String next, Set<String> taken) {
        if (previous == null) {
            return atTop(next, taken);
        }
        if (next == null && WHOLE.matcher(previous).matches()) {
            String following = String.valueOf(Long.parseLong(previous) + 1);
            if (!taken.contains(following)) {
                return checked(following);
            }
        }
        String successor = successor(previous);
        if (!taken.contains(successor)) {
            return checked(successor);
        }
        // The successor is in use (12A follows 12): go one level down, 12aA, then 12aaA….
        for (String level = "a"; level.length() < MAX_LENGTH; level += "a") {
            String candidate = previous + level + "A";
            if (!taken.contains(candidate)) {
                return checked(candidate);
            }
        }
        throw new DomainException("scene.number.exhausted", previous);
    }

    /** True for a number a writer may type: letters, digits, letters, at most 12 characters. */
    public static boolean isValid(String number) {
        return number != null && number.length() <= MAX_LENGTH && VALID.matcher(number).matches();
    }

    /** The next number on the same level: 12 → 12A, 12A → 12B, 12aA → 12aB, 12Z → 12ZA. */
    static String successor(String number) {
        char last = number.charAt(number.length() - 1);
        if (last >= 'A' && last < 'Z') {
            return number.substring(0, number.length() - 1) + (char) (last + 1);
        }
        return number + "A";
    }

    private static String atTop(String first, Set<String> taken) {
        if (first == null) {
            return "1";
        }
        String candidate = "A" + first;
        while (taken.contains(candidate)) {
            candidate = "A" + candidate;
        }
        return checked(candidate);
    }

    private static String checked(String number) {
        if (number.length() > MAX_LENGTH) {
            throw new DomainException("scene.number.exhausted", number);
        }
        return number;
    }
}
