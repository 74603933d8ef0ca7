package app.coulisse.dance.readiness;

import java.util.List;

/** A part as the form writes it: name, how many dancers, first cast (none for an ensemble) and covers in order. */
public record PartDraft(String name, int dancerCount, Long firstCastId, List<Long> coverIds) {

    public PartDraft {
        coverIds = coverIds == null ? List.of() : List.copyOf(coverIds);
    }
}
