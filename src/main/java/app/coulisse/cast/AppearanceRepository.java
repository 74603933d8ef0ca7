package app.coulisse.cast;

import app.coulisse.outline.Scene;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppearanceRepository extends JpaRepository<Appearance, Long> {

    Optional<Appearance> findBySceneAndCharacter(Scene scene, StoryCharacter character);
}
