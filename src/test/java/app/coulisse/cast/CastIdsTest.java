package app.coulisse.cast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CastIdsTest {

    @Test
    void new_characters_fill_the_gaps_first_then_continue_after_the_highest_id() {
        assertThat(CastIds.nextFree(List.of(1, 2, 4, 7), 4)).containsExactly(3, 5, 6, 8);
        assertThat(CastIds.nextFree(List.of(), 3)).containsExactly(1, 2, 3);
        assertThat(CastIds.nextFree(List.of(2, 2, 3), 2)).containsExactly(1, 4);
        assertThat(CastIds.nextFree(List.of(5), 0)).isEmpty();
    }

    @Test
    void the_next_free_ids_agree_with_asking_for_the_lowest_free_id_one_at_a_time() {
        List<Integer> taken = List.of(1, 3, 4, 9, 10, 11, 15);
        List<Integer> many = CastIds.nextFree(taken, 12);
        List<Integer> growing = new java.util.ArrayList<>(taken);
        for (int expected : many) {
            assertThat(CastIds.nextFree(growing.stream().sorted().toList())).isEqualTo(expected);
            growing.add(expected);
        }
    }

    @Test
    void asking_for_n_ids_among_m_taken_looks_at_no_more_than_n_plus_m_candidates() {
        for (int size : new int[] {1_000, 100_000}) {
            Set<Integer> taken = new HashSet<>(IntStream.rangeClosed(1, size).filter(id -> id % 3 != 0).boxed().toList());
            int[] probes = {0};
            Set<Integer> counting = new HashSet<>(taken) {
                @Override
                public boolean contains(Object id) {
                    probes[0]++;
                    return super.contains(id);
                }
            };
            List<Integer> free = CastIds.nextFree(counting, size);
            // Checked through the set: AssertJ's list-against-list check is quadratic (minutes at 100,000).
            assertThat(free).hasSize(size).doesNotHaveDuplicates();
            assertThat(free.stream().filter(taken::contains).toList()).isEmpty();
            assertThat(probes[0]).isLessThanOrEqualTo(taken.size() + size);
        }
    }
}
