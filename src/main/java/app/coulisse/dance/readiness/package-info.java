/**
 * Dance readiness: a number's parts with their first cast, ordered covers and the choreographer's sign-offs, dancers
 * out and the covers put in for them, and the rule of the parts for the {@link app.coulisse.dance.ReadinessRule} seam
 * every go / no go condition implements (record 054; the seam lives in {@code dance}, beside the rules of rights,
 * music, costumes and shoes).
 */
package app.coulisse.dance.readiness;
