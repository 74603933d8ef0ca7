package app.coulisse.outline;

import app.coulisse.season.Episode;
import app.coulisse.season.Series;
import java.util.List;

/**
 * Everything the board and the one-liner show for one episode, loaded in a fixed number of
 * statements: the scenes in episode order with act, set and storylines ready to read.
 */
public record EpisodeBoard(Episode episode, Series series, List<Act> acts, List<Scene> scenes,
                           List<Storyline> storylines) {

    /** The scenes of one act (null: scenes in no act), in episode order. */
    public List<Scene> scenesIn(Act act) {
        return scenes.stream().filter(scene -> act == null ? scene.getAct() == null : act.equals(scene.getAct())).toList();
    }
}
