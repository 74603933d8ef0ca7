package app.coulisse.dance.readiness;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PartSignOffRepository extends JpaRepository<PartSignOff, Long> {

    @Query("select s from PartSignOff s where s.partId in ?1")
    List<PartSignOff> byParts(Collection<Long> partIds);

    Optional<PartSignOff> findByPartIdAndCharacterId(long partId, long characterId);

    @Modifying
    @Query("delete from PartSignOff s where s.partId = ?1 and s.characterId not in ?2")
    void deleteOthers(long partId, Collection<Long> keptCharacterIds);
}
