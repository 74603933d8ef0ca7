package app.coulisse.callsheet;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What a call sheet must satisfy before it is published: scenes to shoot, an address for every location, and no call
 * after the shooting call (the crew's, nor any performer's).
 */
final class CallSheetRules {

    private CallSheetRules() {
    }

    static List<CallSheetProblem> check(CallSheetContent content) {
        List<CallSheetProblem> problems = new ArrayList<>();
        if (content.scenes().isEmpty()) {
            problems.add(new CallSheetProblem("callsheet.problem.no-scenes", List.of()));
        }
        content.locations().stream().filter(location -> location.address() == null)
                .forEach(location -> problems.add(new CallSheetProblem("callsheet.problem.no-address",
                        List.of(location.name()))));
        problems.addAll(timeProblems(content));
        return problems;
    }

    /** The problems an edit must not make: any call after the shooting call. */
    static List<CallSheetProblem> timeProblems(CallSheetContent content) {
        List<CallSheetProblem> problems = new ArrayList<>();
        LocalTime shooting = content.shootingCall();
        if (content.crewCall().isAfter(shooting)) {
            problems.add(new CallSheetProblem("callsheet.crew-call.after-shooting-call",
                    List.of(CallTimes.format(content.crewCall()), CallTimes.format(shooting))));
        }
        for (CallSheetContent.CastLine line : content.cast()) {
            for (LocalTime time : new LocalTime[] {line.pickUp(), line.makeUp(), line.wardrobe(), line.onSet()}) {
                if (time.isAfter(shooting)) {
                    problems.add(new CallSheetProblem("callsheet.cast-time.after-shooting-call",
                            List.of("#" + line.castId(), CallTimes.format(time), CallTimes.format(shooting))));
                    break;
                }
            }
        }
        return problems;
    }
}
