package app.coulisse.schedule;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The JSON Schema written from the USS v1 documentation (src/test/resources/uss), checked by networknt's validator. */
public final class UssSchema {

    private static final Schema SCHEMA = load();

    private UssSchema() {
    }

    private static Schema load() {
        try (InputStream in = UssSchema.class.getResourceAsStream("/uss/uss-v1.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the schema finds wrong in a JSON text, as messages with their place; empty when it is valid. */
    public static List<String> problems(String json) {
        return SCHEMA.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
    }
}
