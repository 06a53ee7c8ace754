package org.corroborate.service.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Sends plain-text e-mail through Jakarta Mail to the SMTP server configured by {@code kb.mail.host} (environment
 * {@code KB_MAIL_HOST}), {@code kb.mail.port}, {@code kb.mail.from}, optionally {@code kb.mail.user},
 * {@code kb.mail.password} and {@code kb.mail.starttls}. Without a host no e-mail is sent (members are told in the
 * app only), and the log says so once.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    private final AtomicBoolean toldNoServer = new AtomicBoolean();

    @Inject
    @ConfigProperty(name = "kb.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "kb.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "kb.mail.from", defaultValue = "corroborate@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "kb.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "kb.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "kb.mail.starttls", defaultValue = "false")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "kb.mail.timeout-ms", defaultValue = "10000")
    int timeoutMillis;

    /** Whether an SMTP server is configured; logs once when none is. */
    public boolean configured() {
        boolean configured = host.filter(h -> !h.isBlank()).isPresent();
        if (!configured && toldNoServer.compareAndSet(false, true)) {
            LOG.info("No SMTP server configured (kb.mail.host / KB_MAIL_HOST): members are told in the app only, no e-mail is sent.");
        }
        return configured;
    }

    /** Sends one plain-text message. */
    public void send(String to, String subject, String body) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", host.orElseThrow());
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.connectiontimeout", Integer.toString(timeoutMillis));
        props.put("mail.smtp.timeout", Integer.toString(timeoutMillis));
        props.put("mail.smtp.writetimeout", Integer.toString(timeoutMillis));
        props.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
        Authenticator auth = null;
        if (user.filter(u -> !u.isBlank()).isPresent()) {
            props.put("mail.smtp.auth", "true");
            String name = user.get();
            String secret = password.orElse("");
            auth = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(name, secret);
                }
            };
        }
        Session session = Session.getInstance(props, auth);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(subject, "UTF-8");
        message.setText(body, "UTF-8");
        message.setSentDate(Date.from(Instant.now()));
        Transport.send(message);
    }
}
