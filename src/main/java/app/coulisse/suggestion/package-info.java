/**
 * Suggestions: tags the script proposes for a scene (catalog characters, dance numbers and elements named in its
 * action, capitalised things with a guessed category), stored for a person to accept, edit or reject and never applied
 * on their own. Rules and measured precision: docs/decisions/051.
 */
package app.coulisse.suggestion;
