package org.corroborate.service.source.text;

import jakarta.enterprise.context.ApplicationScoped;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Text recognition with the Tesseract command (Debian's {@code tesseract-ocr}, {@code tesseract-ocr-eng},
 * {@code tesseract-ocr-kor}), in English and Korean. Each page is one run of the command on a PNG in a temporary
 * directory of its own, writing plain text and a TSV of words with their confidences; a run past its time is
 * killed. A separate process, not a binding in the server's JVM: a crash or a runaway page costs that process only,
 * its time limit is enforced by killing it, and no native library or JNA jar has to be loaded into Payara. It runs
 * on one thread ({@code OMP_THREAD_LIMIT=1}), which on this machine is faster than several for a page.
 */
@ApplicationScoped
public class TesseractOcr implements PageOcr {

    /** English and Korean, the languages of Corroborate's sources. */
    static final String LANGUAGES = "eng+kor";

    private static final Logger LOG = Logger.getLogger(TesseractOcr.class.getName());
    private static final Duration VERSION_TIMEOUT = Duration.ofSeconds(10);

    private final String command;
    private volatile Optional<String> engine;

    public TesseractOcr() {
        this("tesseract");
    }

    /** @param command the Tesseract executable (a name found on the PATH, or a path) */
    TesseractOcr(String command) {
        this.command = command;
    }

    /** "Tesseract 5.3.0, eng+kor" when the command runs and has both languages; empty otherwise. Asked once. */
    @Override
    public Optional<String> engine() {
        Optional<String> known = engine;
        if (known == null) {
            known = probe();
            engine = known;
        }
        return known;
    }

    private Optional<String> probe() {
        try {
            Run version = run(List.of(command, "--version"), null, VERSION_TIMEOUT);
            Run languages = run(List.of(command, "--list-langs"), null, VERSION_TIMEOUT);
            if (version.exit != 0 || languages.exit != 0) {
                LOG.warning("OCR is not available: " + command + " answered " + version.exit + " / " + languages.exit);
                return Optional.empty();
            }
            List<String> installed = languages.output.lines().map(String::strip).toList();
            for (String language : LANGUAGES.split("\\+")) {
                if (!installed.contains(language)) {
                    LOG.warning("OCR is not available: Tesseract has no " + language + " language data (install tesseract-ocr-" + language + ")");
                    return Optional.empty();
                }
            }
            String first = version.output.lines().findFirst().orElse("tesseract").strip();
            String number = first.replaceFirst("(?i)^tesseract\\s*v?", "").strip();
            return Optional.of("Tesseract " + number + ", " + LANGUAGES);
        } catch (IOException e) {
            LOG.warning("OCR is not available: " + command + " cannot be run (" + e.getMessage()
                    + "); install Debian's tesseract-ocr, tesseract-ocr-eng and tesseract-ocr-kor");
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @Override
    public Recognized read(BufferedImage page, int dpi, Duration timeout) throws OcrFailure {
        Path directory = null;
        try {
            directory = Files.createTempDirectory("kb-ocr-");
            Path image = directory.resolve("page.png");
            if (!ImageIO.write(page, "png", image.toFile())) {
                throw new OcrFailure("no PNG writer for the page's image");
            }
            Path output = directory.resolve("page");
            Run run = run(List.of(command, image.toString(), output.toString(), "-l", LANGUAGES,
                    "--dpi", String.valueOf(dpi), "--psm", "3", "txt", "tsv"), directory.resolve("log.txt"), timeout);
            if (run.exit != 0) {
                throw new OcrFailure("tesseract answered " + run.exit + ": " + run.output.strip());
            }
            String text = new String(Files.readAllBytes(directory.resolve("page.txt")), StandardCharsets.UTF_8);
            String tsv = new String(Files.readAllBytes(directory.resolve("page.tsv")), StandardCharsets.UTF_8);
            return new Recognized(text(text), meanWordConfidence(tsv));
        } catch (IOException | UncheckedIOException e) {
            throw new OcrFailure("tesseract could not be run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcrFailure("interrupted");
        } finally {
            delete(directory);
        }
    }

    /** Tesseract's text without its page-end form feed, trailing spaces of lines and blank lines at either end. */
    static String text(String tesseract) {
        String text = tesseract.replace("\f", "").replace("\r\n", "\n").replaceAll("[ \\t]+\n", "\n");
        return text.strip();
    }

    /**
     * The mean confidence, rounded to 0–100, of the words (level 5 rows with a text and a confidence of 0 or more)
     * of Tesseract's TSV output; null when it lists no word.
     */
    static Integer meanWordConfidence(String tsv) {
        double sum = 0;
        int words = 0;
        for (String line : tsv.split("\n")) {
            String[] cells = line.split("\t", -1);
            if (cells.length < 12 || !"5".equals(cells[0]) || cells[11].isBlank()) {
                continue;
            }
            double confidence;
            try {
                confidence = Double.parseDouble(cells[10].strip());
            } catch (NumberFormatException e) {
                continue;
            }
            if (confidence >= 0) {
                sum += Math.min(confidence, 100);
                words++;
            }
        }
        return words == 0 ? null : (int) Math.round(sum / words);
    }

    private record Run(int exit, String output) {
    }

    /** Runs a command with its output in a file (or discarded into a temporary one), killing it past the timeout. */
    private static Run run(List<String> commandLine, Path log, Duration timeout) throws IOException, InterruptedException {
        Path output = log != null ? log : Files.createTempFile("kb-ocr-", ".log");
        ProcessBuilder builder = new ProcessBuilder(commandLine).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        builder.environment().put("LC_ALL", "C.UTF-8");
        Process process = builder.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
                throw new IOException(String.format(Locale.ROOT, "took longer than %d s and was stopped", timeout.toSeconds()));
            }
            String said = new String(Files.readAllBytes(output), StandardCharsets.UTF_8);
            return new Run(process.exitValue(), said.length() > 2_000 ? said.substring(0, 2_000) : said);
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
            if (log == null) {
                Files.deleteIfExists(output);
            }
        }
    }

    private static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            List<Path> all = new ArrayList<>(files.sorted(Comparator.reverseOrder()).toList());
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete the OCR directory " + directory, e);
        }
    }
}
