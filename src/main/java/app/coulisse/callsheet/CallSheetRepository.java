package app.coulisse.callsheet;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CallSheetRepository extends JpaRepository<CallSheet, Long> {

    @Query("select c from CallSheet c left join fetch c.cast where c.day.id = ?1")
    Optional<CallSheet> ofDay(long dayId);

    @Query("select distinct c from CallSheet c left join fetch c.cast where c.day.id in ?1")
    List<CallSheet> ofDays(Collection<Long> dayIds);
}
