/**
 * Tagging by highlighting words of a scene's script: the highlight (anchor) kept with each tag made that way, carried
 * onto its words through every revision or flagged for a person to check, and what a revision touches (record 050).
 * It sits above the screenplay, the tags and the schedule, and plugs into their screens through extension points.
 */
package app.coulisse.highlight;
