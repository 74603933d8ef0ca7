package app.coulisse.callsheet;

import java.time.LocalTime;

/**
 * Minutes before the shooting call at which the crew is called and each performer is picked up, goes to hair and
 * make-up, to wardrobe and to set; proposals only, every time stays editable on the sheet.
 */
public record CallOffsets(int crewCall, int pickUp, int makeUp, int wardrobe, int onSet) {

    /** Offsets are between 0 and 8 hours. */
    public static final int MAX_MINUTES = 8 * 60;

    /** The proposed times for a performer from the day's shooting call. */
    CastTimes propose(int castId, LocalTime shootingCall) {
        return new CastTimes(castId, shootingCall.minusMinutes(pickUp), shootingCall.minusMinutes(makeUp),
                shootingCall.minusMinutes(wardrobe), shootingCall.minusMinutes(onSet));
    }
}
