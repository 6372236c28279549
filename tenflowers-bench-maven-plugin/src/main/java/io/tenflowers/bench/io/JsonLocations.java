package io.tenflowers.bench.io;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import java.io.IOException;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a value sits in a JSON text, so that an error about a field can name its line
 * ({@code baseline.json:14: score is negative}). Paths are Gson's: {@code $.runs[0].benchmarks[2].score}.
 */
final class JsonLocations {
    private static final Pattern LOCATION = Pattern.compile(" at line (\\d+) column (\\d+)");

    private JsonLocations() {
    }

    /**
     * @param text a well-formed JSON text
     * @param path a path to a value in it
     * @return the line (1-based) where that value starts, or 0 if the path is not in the text
     */
    static int lineOf(String text, String path) {
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.LENIENT);
            return find(reader, path);
        } catch (IOException | IllegalStateException e) {
            return 0;
        }
    }

    /** Walks the tokens until the reader stands before the value at {@code path}. */
    private static int find(JsonReader reader, String path) throws IOException {
        while (true) {
            JsonToken token = reader.peek();
            if (token == JsonToken.END_DOCUMENT) {
                return 0;
            }
            String here = reader.getPath();
            if (token != JsonToken.END_ARRAY && token != JsonToken.END_OBJECT && token != JsonToken.NAME
                    && here.equals(path)) {
                return line(reader);
            }
            switch (token) {
                case BEGIN_ARRAY -> reader.beginArray();
                case END_ARRAY -> reader.endArray();
                case BEGIN_OBJECT -> reader.beginObject();
                case END_OBJECT -> reader.endObject();
                case NAME -> reader.nextName();
                default -> reader.skipValue();
            }
        }
    }

    /** @return the line the reader stands on, from its description ("… at line 3 column 5 path …") */
    static int line(JsonReader reader) {
        Matcher matcher = LOCATION.matcher(reader.toString());
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    /**
     * @param message a Gson parse error message
     * @return {@code line:column} from it, or null
     */
    static String lineAndColumn(String message) {
        Matcher matcher = message == null ? null : LOCATION.matcher(message);
        return matcher != null && matcher.find() ? matcher.group(1) + ":" + matcher.group(2) : null;
    }
}
