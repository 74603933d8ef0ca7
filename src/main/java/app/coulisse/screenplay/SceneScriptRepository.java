package app.coulisse.screenplay;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SceneScriptRepository extends JpaRepository<SceneScript, Long> {

    List<SceneScript> findBySceneIdIn(Collection<Long> sceneIds);
}
