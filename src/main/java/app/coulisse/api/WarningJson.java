package app.coulisse.api;

import java.util.List;

/** A warning of an import: its English text, its translation key and arguments (for a client's own language). */
record WarningJson(String message, String key, List<Object> args) {
}
