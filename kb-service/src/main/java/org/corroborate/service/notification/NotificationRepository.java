package org.corroborate.service.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.corroborate.model.account.Account;
import org.corroborate.model.account.AccountRole;
import org.corroborate.model.notification.MeasureWatch;
import org.corroborate.model.notification.Notification;
import org.corroborate.model.notification.NotificationKind;
import org.corroborate.model.notification.NotificationSettings;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Role;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Notifications, watches and settings. Called by services, inside their transactions. */
@ApplicationScoped
public class NotificationRepository {

    @PersistenceContext(unitName = "kb")
    EntityManager em;

    public void add(Notification notification) {
        em.persist(notification);
    }

    public Optional<Notification> find(long id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    /** The account's notifications, the newest first. */
    public List<Notification> ofAccount(long accountId, int max) {
        return em.createNamedQuery("Notification.ofAccount", Notification.class).setParameter("account", accountId)
                .setMaxResults(max).getResultList();
    }

    public List<Notification> unread(long accountId) {
        return em.createNamedQuery("Notification.unread", Notification.class).setParameter("account", accountId)
                .getResultList();
    }

    /** Notifications whose e-mail is pending and due now. */
    public List<Notification> due(Instant now) {
        return em.createNamedQuery("Notification.due", Notification.class).setParameter("now", now).getResultList();
    }

    public boolean anyForClaim(NotificationKind kind, long claimId) {
        return em.createNamedQuery("Notification.existsForClaim", Long.class).setParameter("kind", kind)
                .setParameter("claim", claimId).getSingleResult() > 0;
    }

    /** Whether the account has an unread notification of this kind about this measure. */
    public boolean unreadAbout(long accountId, NotificationKind kind, long measureId) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.accountId = :account AND n.kind = :kind"
                        + " AND n.measureId = :measure AND n.readAt IS NULL", Long.class)
                .setParameter("account", accountId).setParameter("kind", kind).setParameter("measure", measureId)
                .getSingleResult() > 0;
    }

    public Set<Long> watchers(long measureId) {
        return Set.copyOf(em.createNamedQuery("MeasureWatch.watchers", Long.class).setParameter("measure", measureId)
                .getResultList());
    }

    public boolean watches(long accountId, long measureId) {
        return em.find(MeasureWatch.class, new MeasureWatch.Key(accountId, measureId)) != null;
    }

    public void watch(long accountId, long measureId) {
        if (!watches(accountId, measureId)) {
            em.persist(new MeasureWatch(accountId, measureId));
        }
    }

    public void unwatch(long accountId, long measureId) {
        MeasureWatch watch = em.find(MeasureWatch.class, new MeasureWatch.Key(accountId, measureId));
        if (watch != null) {
            em.remove(watch);
        }
    }

    public Optional<NotificationSettings> settings(long accountId) {
        return Optional.ofNullable(em.find(NotificationSettings.class, accountId));
    }

    public NotificationSettings settingsOrNew(long accountId) {
        return settings(accountId).orElseGet(() -> {
            NotificationSettings created = new NotificationSettings(accountId);
            em.persist(created);
            return created;
        });
    }

    public Optional<Account> account(long accountId) {
        return Optional.ofNullable(em.find(Account.class, accountId));
    }

    /** Active accounts of these organizations (null: of any) holding any of these roles. */
    public List<Account> activeWithRole(Set<AccountRole> roles, Set<String> organizations) {
        return em.createQuery("SELECT DISTINCT a FROM Account a JOIN a.roles r WHERE a.active = TRUE AND r IN :roles"
                        , Account.class)
                .setParameter("roles", roles)
                .getResultList().stream()
                .filter(a -> organizations == null || organizations.contains(a.getOrganization().getSlug()))
                .toList();
    }

    public void flush() {
        em.flush();
    }

    /** The account as the services know a signed-in person. */
    static Reader reader(Account account) {
        Set<Role> roles = account.getRoles().stream().map(r -> Role.valueOf(r.name()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return Reader.account(account.getId(), account.getUsername(), account.getOrganization().getSlug(), roles);
    }
}
