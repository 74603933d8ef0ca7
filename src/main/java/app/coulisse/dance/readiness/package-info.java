/**
 * Dance readiness: a number's parts with their first cast, ordered covers and the choreographer's sign-offs, dancers
 * out and the covers put in for them, and the {@link app.coulisse.dance.readiness.ReadinessRule} seam every go / no
 * go condition implements (record 054).
 */
package app.coulisse.dance.readiness;
