package app.coulisse.revision;

import app.coulisse.season.Episode;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RevisionRepository extends JpaRepository<Revision, Long> {

    List<Revision> findByEpisodeOrderBySequence(Episode episode);

    Optional<Revision> findFirstByEpisodeOrderBySequenceDesc(Episode episode);
}
