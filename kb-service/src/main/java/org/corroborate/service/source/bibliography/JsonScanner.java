package org.corroborate.service.source.bibliography;

/**
 * Walks JSON text far enough to know where each value starts and ends and on which line, and where the text
 * stops being JSON; the values themselves are read by citeproc-java's parser.
 */
final class JsonScanner {

    record Failure(int line, String reason) {
    }

    private final String text;
    private int pos;
    private int line = 1;

    JsonScanner(String text) {
        this.text = text;
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    char peek() {
        return text.charAt(pos);
    }

    int position() {
        return pos;
    }

    int line() {
        return line;
    }

    String text(int from) {
        return text.substring(from, pos);
    }

    char next() {
        char c = text.charAt(pos++);
        if (c == '\n') {
            line++;
        }
        return c;
    }

    void skipWhitespace() {
        while (!atEnd() && Character.isWhitespace(peek())) {
            next();
        }
    }

    /** Skips one value (object, array, string or literal); a failure names the line where the text went wrong. */
    Failure skipValue() {
        skipWhitespace();
        if (atEnd()) {
            return new Failure(line, "a value is missing");
        }
        char c = peek();
        if (c == '"') {
            return skipString();
        }
        if (c == '{' || c == '[') {
            char close = c == '{' ? '}' : ']';
            int openLine = line;
            next();
            skipWhitespace();
            if (!atEnd() && peek() == close) {
                next();
                return null;
            }
            while (true) {
                if (c == '{') {
                    skipWhitespace();
                    if (atEnd() || peek() != '"') {
                        return new Failure(line, atEnd() ? "the object opened on line " + openLine + " is not closed"
                                : "a field name in double quotes was expected, not '" + peek() + "'");
                    }
                    Failure f = skipString();
                    if (f != null) {
                        return f;
                    }
                    skipWhitespace();
                    if (atEnd() || peek() != ':') {
                        return new Failure(line, "a ':' was expected after the field name");
                    }
                    next();
                }
                Failure f = skipValue();
                if (f != null) {
                    return f;
                }
                skipWhitespace();
                if (atEnd()) {
                    return new Failure(line, "the " + (c == '{' ? "object" : "list") + " opened on line " + openLine + " is not closed");
                }
                char sep = next();
                if (sep == close) {
                    return null;
                }
                if (sep != ',') {
                    return new Failure(line, "a ',' or '" + close + "' was expected, not '" + sep + "'");
                }
            }
        }
        int start = pos;
        while (!atEnd() && (Character.isLetterOrDigit(peek()) || "+-.".indexOf(peek()) >= 0)) {
            next();
        }
        String literal = text.substring(start, pos);
        if (literal.isEmpty()) {
            return new Failure(line, "unexpected '" + peek() + "'");
        }
        if (!(literal.equals("true") || literal.equals("false") || literal.equals("null")
                || literal.matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?"))) {
            return new Failure(line, "\"" + literal + "\" is not a JSON value");
        }
        return null;
    }

    private Failure skipString() {
        int openLine = line;
        next();
        while (!atEnd()) {
            char c = next();
            if (c == '\\') {
                if (atEnd()) {
                    break;
                }
                next();
            } else if (c == '"') {
                return null;
            } else if (c == '\n') {
                return new Failure(openLine, "a text in double quotes is not closed on its line");
            }
        }
        return new Failure(openLine, "a text in double quotes is not closed");
    }
}
