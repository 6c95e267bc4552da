/**
 * R16: the activities a participant did under the PWA. Nothing records them per activity yet, so a participant with
 * a PWA contract on 30 September 2017 counts for the activities they chose.
 */
export const pwaActivitiesOf = (hadPwaContract: boolean, chosenActivityCodes: readonly string[]): readonly string[] => (hadPwaContract ? chosenActivityCodes : []);
