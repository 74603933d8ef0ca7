/**
 * The review of suggestions in the scene editor: each with its evidence highlighted, accept, edit then accept, reject,
 * accept all of the scene. The counts on cards and rows are {@code suggestion.SuggestionBadges}.
 */
package app.coulisse.suggestion.ui;
