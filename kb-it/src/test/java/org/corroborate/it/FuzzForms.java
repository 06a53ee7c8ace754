package org.corroborate.it;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The pages' forms and links as {@link FuzzIT} reads them (jsoup): each form's address, method, encoding, fields
 * (hidden ones such as {@code jakarta.faces.ViewState} included), choices and buttons; and a way to post one with
 * some of its values replaced by hostile ones, as a browser would send it (URL-encoded or multipart, a full
 * postback or a PrimeFaces partial request).
 */
final class FuzzForms {

    /**
     * Buttons and forms the harness never presses, because they would change what other test classes rely on: the
     * member's sign-out, password and API tokens (the fuzzer's session and token must keep working, and other classes
     * use the member's organization), and anything that deactivates an account.
     */
    private static final Pattern FORBIDDEN = Pattern.compile("sign-?out|logout|password|revoke|token|deactivate|invit",
            Pattern.CASE_INSENSITIVE);

    /** One field of a form: its name, the value the page gives it, its kind and, for a choice, its options. */
    record Field(String name, String value, String kind, List<String> options) {
    }

    /** A form as a page shows it. {@code action} is a path relative to the server's base address. */
    record Form(String page, String id, String action, String method, boolean multipart, List<Field> fields,
                List<Field> buttons) {
    }

    /** A request as the harness will send it. */
    record Post(String method, String path, String contentType, byte[] body, Map<String, String> headers) {
    }

    private FuzzForms() {
    }

    /** The forms of a page (its path relative to {@code base}) the harness may post, with their fields. */
    static List<Form> read(URI base, String page, String html) {
        Document document = Jsoup.parse(html, base.resolve(page).toString());
        List<Form> forms = new ArrayList<>();
        for (Element form : document.select("form")) {
            String id = form.id();
            String action = form.hasAttr("action") ? form.absUrl("action") : base.resolve(page).toString();
            String path = local(base, action);
            if (path == null || FORBIDDEN.matcher(id + " " + path).find()) {
                continue;
            }
            List<Field> fields = new ArrayList<>();
            List<Field> buttons = new ArrayList<>();
            for (Element input : form.select("input[name], select[name], textarea[name], button[name]")) {
                String name = input.attr("name");
                String tag = input.tagName();
                String type = input.attr("type").toLowerCase(Locale.ROOT);
                if (tag.equals("button") || type.equals("submit") || type.equals("image")) {
                    if (!FORBIDDEN.matcher(name + " " + input.id()).find()) {
                        buttons.add(new Field(name, input.attr("value"), "button", List.of()));
                    }
                } else if (tag.equals("select")) {
                    List<String> options = input.select("option").eachAttr("value");
                    Element selected = input.selectFirst("option[selected]");
                    fields.add(new Field(name, selected != null ? selected.attr("value") : options.isEmpty() ? "" : options.get(0),
                            "select", options));
                } else if (tag.equals("textarea")) {
                    fields.add(new Field(name, input.text(), "text", List.of()));
                } else if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                    fields.add(new Field(name, input.attr("value"), "unchecked", List.of(input.attr("value"))));
                } else {
                    fields.add(new Field(name, input.attr("value"), type.isEmpty() ? "text" : type, List.of()));
                }
            }
            // PrimeFaces buttons are often plain <button>s without a name, sent by their id
            for (Element button : form.select("button[id]:not([name])")) {
                if (!FORBIDDEN.matcher(button.id()).find()) {
                    buttons.add(new Field(button.id(), "", "ajax-button", List.of()));
                }
            }
            forms.add(new Form(page, id, path, form.attr("method").isBlank() ? "get" : form.attr("method").toLowerCase(Locale.ROOT),
                    form.attr("enctype").toLowerCase(Locale.ROOT).startsWith("multipart/"), fields, buttons));
        }
        return forms;
    }

    /** The same-site links of a page (paths relative to {@code base}), for the harness's pool of addresses. */
    static Set<String> links(URI base, String page, String html) {
        Document document = Jsoup.parse(html, base.resolve(page).toString());
        Set<String> links = new LinkedHashSet<>();
        for (Element a : document.select("a[href], link[href], script[src], img[src]")) {
            String url = a.hasAttr("href") ? a.absUrl("href") : a.absUrl("src");
            String path = local(base, url);
            if (path != null && !FORBIDDEN.matcher(path).find() && !path.contains("jakarta.faces.Token")) {
                links.add(path);
            }
        }
        return links;
    }

    /** The form posted as a browser would, with some values replaced by hostile ones. */
    static Post mutate(Form form, Random random) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        boolean postback = form.method().equals("post");
        if (postback && !form.id().isEmpty()) {
            add(values, form.id(), form.id());
        }
        int mutations = 1 + random.nextInt(3);
        double share = Math.max(0.15, mutations / (double) Math.max(1, form.fields().size()));
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Field field : form.fields()) {
            boolean hostile = random.nextDouble() < share;
            switch (field.kind()) {
                case "file" -> files.put(field.name(), FuzzValues.bytes(random));
                case "unchecked" -> {
                    if (random.nextBoolean()) {
                        add(values, field.name(), hostile ? FuzzValues.text(random) : field.value());
                    }
                }
                case "select" -> add(values, field.name(), hostile || field.options().isEmpty() ? FuzzValues.text(random)
                        : FuzzValues.pick(random, field.options()));
                case "hidden" -> {
                    if (field.name().equals("jakarta.faces.ViewState")) {
                        add(values, field.name(), random.nextInt(12) == 0 ? FuzzValues.pick(random, List.of("", "1", "-1:-1", "x"))
                                : field.value());
                    } else if (random.nextInt(8) != 0) {
                        add(values, field.name(), hostile ? FuzzValues.text(random) : field.value());
                    }
                }
                default -> {
                    if (random.nextInt(10) != 0) { // now and then a field is missing altogether
                        add(values, field.name(), hostile ? FuzzValues.text(random) : plausible(field, random));
                    }
                }
            }
        }
        for (int i = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0; i > 0; i--) {
            add(values, FuzzValues.pick(random, List.of("jakarta.faces.ViewState", "jakarta.faces.Token", "lang", "q", "id",
                    "slug", "x", form.id() + ":zz", "jakarta.faces.source", "jakarta.faces.partial.execute")), FuzzValues.text(random));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (!form.buttons().isEmpty()) {
            Field button = FuzzValues.pick(random, form.buttons());
            if (button.kind().equals("ajax-button") || random.nextInt(3) == 0) {
                add(values, "jakarta.faces.partial.ajax", "true");
                add(values, "jakarta.faces.source", button.name());
                add(values, "jakarta.faces.partial.execute", random.nextBoolean() ? "@all" : button.name() + " " + form.id());
                add(values, "jakarta.faces.partial.render", random.nextBoolean() ? "@all" : form.id());
                add(values, button.name(), button.name());
                headers.put("Faces-Request", "partial/ajax");
            } else {
                add(values, button.name(), button.value().isEmpty() ? "x" : button.value());
            }
        }
        if (!postback) {
            StringBuilder query = new StringBuilder();
            values.forEach((name, list) -> list.forEach(v -> query.append(query.length() == 0 ? "" : "&")
                    .append(enc(name)).append('=').append(enc(v))));
            String path = form.action().replaceAll("\\?.*", "");
            return new Post("GET", path + (query.length() == 0 ? "" : "?" + query), null, null, headers);
        }
        if (form.multipart() || !files.isEmpty() || random.nextInt(20) == 0) {
            String boundary = "----fuzz" + Long.toHexString(random.nextLong());
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            values.forEach((name, list) -> list.forEach(v -> write(body, "--" + boundary
                    + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + v + "\r\n")));
            files.forEach((name, bytes) -> {
                write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                        + FuzzValues.pick(random, List.of("a.pdf", "a.bib", "a.ris", "a.json", "a.csv", "../../etc/passwd",
                        "x".repeat(300) + ".pdf", "파일.pdf", "", "a\"b.pdf")) + "\"\r\nContent-Type: "
                        + FuzzValues.pick(random, FuzzValues.CONTENT_TYPES) + "\r\n\r\n");
                body.writeBytes(bytes);
                write(body, "\r\n");
            });
            if (random.nextInt(10) != 0) { // now and then the body ends before its last boundary
                write(body, "--" + boundary + "--\r\n");
            }
            return new Post("POST", form.action(), "multipart/form-data; boundary=" + boundary, body.toByteArray(), headers);
        }
        StringBuilder body = new StringBuilder();
        values.forEach((name, list) -> list.forEach(v -> body.append(body.length() == 0 ? "" : "&")
                .append(enc(name)).append('=').append(enc(v))));
        return new Post("POST", form.action(), "application/x-www-form-urlencoded", body.toString().getBytes(StandardCharsets.UTF_8),
                headers);
    }

    /** A value a person might type into this field: its own, or one of its kind. */
    private static String plausible(Field field, Random random) {
        if (!field.value().isEmpty() && random.nextBoolean()) {
            return field.value();
        }
        String name = field.name().toLowerCase(Locale.ROOT);
        if (name.contains("date") || name.contains("issued") || name.contains("asof") || name.contains("from") || name.endsWith("to")) {
            return FuzzValues.date(random);
        }
        if (name.contains("value") || name.contains("low") || name.contains("high") || name.contains("page") || name.contains("number")) {
            return FuzzValues.number(random);
        }
        return FuzzValues.text(random);
    }

    /** A URL of this server as a path relative to its base address, or null for another site or scheme. */
    private static String local(URI base, String url) {
        if (url == null || url.isEmpty()) {
            return null;
        }
        try {
            URI uri = URI.create(url);
            if (!"http".equals(uri.getScheme()) || !base.getHost().equals(uri.getHost()) || base.getPort() != uri.getPort()) {
                return null;
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll(";jsessionid=[^?]*", "");
            path = path.startsWith("/") ? path.substring(1) : path;
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void add(Map<String, List<String>> values, String name, String value) {
        values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
