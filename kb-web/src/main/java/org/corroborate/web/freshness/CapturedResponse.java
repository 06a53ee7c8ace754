package org.corroborate.web.freshness;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A response whose body is held back, so that its ETag can be computed and a 304 sent instead, and so that it can be
 * kept; headers and status go straight through. A body larger than the limit (a full export) is not held: what was
 * held is sent, and the rest streams on.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

    private final int limit;
    private final Runnable beforeStreaming;
    private final ByteArrayOutputStream held = new ByteArrayOutputStream(16 * 1024);
    private OutputStream sink = held;
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean streaming;
    private boolean setsCookie;
    private boolean errorSent;

    /**
     * @param limit           how many bytes to hold at most
     * @param beforeStreaming called once if the body outgrows the limit, while headers can still be set
     */
    CapturedResponse(HttpServletResponse response, int limit, Runnable beforeStreaming) {
        super(response);
        this.limit = limit;
        this.beforeStreaming = beforeStreaming;
    }

    /** The body held back, or null when it outgrew the limit and went out as it came. */
    byte[] body() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        return streaming ? null : held.toByteArray();
    }

    /** Whether the response sets a cookie (a new session, a language choice): such an answer is not for others. */
    boolean setsCookie() {
        return setsCookie;
    }

    boolean errorSent() {
        return errorSent;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (writer != null) {
            throw new IllegalStateException("getWriter() was called first");
        }
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    ensureRoom(1);
                    sink.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    ensureRoom(len);
                    sink.write(b, off, len);
                }

                @Override
                public void flush() throws IOException {
                    if (streaming) {
                        sink.flush();
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("blocking writes only");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            if (stream != null) {
                throw new IllegalStateException("getOutputStream() was called first");
            }
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset), false);
        }
        return writer;
    }

    private void ensureRoom(int more) throws IOException {
        if (!streaming && held.size() + more > limit) {
            streaming = true;
            beforeStreaming.run();
            sink = getResponse().getOutputStream();
            held.writeTo(sink);
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        if (streaming) {
            getResponse().flushBuffer();
        }
    }

    @Override
    public void setContentLength(int len) {
        // the length is set when the held body is sent
    }

    @Override
    public void setContentLengthLong(long len) {
        // the length is set when the held body is sent
    }

    @Override
    public void resetBuffer() {
        super.resetBuffer();
        held.reset();
    }

    @Override
    public void reset() {
        super.reset();
        held.reset();
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        errorSent = true;
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        errorSent = true;
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        errorSent = true;
        super.sendRedirect(location);
    }

    @Override
    public void addCookie(Cookie cookie) {
        setsCookie = true;
        super.addCookie(cookie);
    }

    @Override
    public void setHeader(String name, String value) {
        setsCookie |= "Set-Cookie".equalsIgnoreCase(name);
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        setsCookie |= "Set-Cookie".equalsIgnoreCase(name);
        super.addHeader(name, value);
    }
}
