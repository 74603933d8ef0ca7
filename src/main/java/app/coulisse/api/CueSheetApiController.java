package app.coulisse.api;

import app.coulisse.dance.RightsService;
import app.coulisse.season.SeasonService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** An episode's music cue sheet as JSON (issue 26); its workbook is served beside the other workbooks. */
@RestController
class CueSheetApiController {

    private final RightsService rightsService;
    private final SeasonService seasonService;

    CueSheetApiController(RightsService rightsService, SeasonService seasonService) {
        this.rightsService = rightsService;
        this.seasonService = seasonService;
    }

    /** Every number performed in the episode, with its music, usage, timing, clearances and credit lines; 404 for an unknown episode. */
    @GetMapping("/api/episodes/{episodeId}/cue-sheet")
    CueSheetJson cueSheet(@PathVariable long episodeId) {
        String number = seasonService.episode(episodeId).getNumber();
        return CueSheetJson.of(number, rightsService.cueSheet(episodeId));
    }
}
