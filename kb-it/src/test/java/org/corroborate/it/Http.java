package org.corroborate.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A plain HTTP client, as any consumer of the API would use. */
final class Http {

    // HTTP/1.1, as browsers speak to a plain-http server: the JDK's attempt at HTTP/2 over cleartext (h2c) on a
    // long-lived connection to Payara Micro was seen to hang a request past its timeout
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    private Http() {
    }

    /** GETs {@code path} (relative to the deployment's base URL). */
    static HttpResponse<String> get(URL base, String path) {
        return get(base, path, "application/json");
    }

    static HttpResponse<String> get(URL base, String path, String accept) {
        return get(base, path, accept, null);
    }

    /** GETs {@code path} with a personal API token ({@code Authorization: Bearer}), or none if it is null. */
    static HttpResponse<String> get(URL base, String path, String accept, String token) {
        try {
            URI uri = base.toURI().resolve(path.startsWith("/") ? path.substring(1) : path);
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", accept)
                    .timeout(Duration.ofSeconds(30)).GET();
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The HTML of a page that must answer 200. */
    static String page(URL base, String path) {
        HttpResponse<String> response = get(base, path, "text/html");
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    static JsonObject json(HttpResponse<String> response) {
        return json(response.body());
    }

    static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    /**
     * A word of {@code n} random lowercase letters (at most 32), which search takes as one token: a name no demo entry
     * and no other test holds.
     */
    static String randomWord(int n) {
        StringBuilder word = new StringBuilder();
        for (char c : java.util.UUID.randomUUID().toString().replace("-", "").toCharArray()) {
            word.append(c <= '9' ? (char) ('g' + (c - '0')) : c); // hex digits 0-9 as the letters g to p
        }
        return word.substring(0, Math.min(n, word.length()));
    }
}
