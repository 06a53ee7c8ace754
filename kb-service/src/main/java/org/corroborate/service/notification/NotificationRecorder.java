package org.corroborate.service.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.corroborate.model.account.Account;
import org.corroborate.model.account.AccountRole;
import org.corroborate.model.claim.Claim;
import org.corroborate.model.claim.ClaimStatus;
import org.corroborate.model.measure.Measure;
import org.corroborate.model.notification.Notification;
import org.corroborate.model.notification.NotificationKind;
import org.corroborate.model.notification.NotificationSettings;
import org.corroborate.service.access.Reader;
import org.corroborate.service.claim.ClaimChanged;
import org.corroborate.service.claim.ClaimRepository;
import org.corroborate.service.crossref.ConflictFound;
import org.corroborate.service.measure.MeasureRepository;
import org.corroborate.service.reconciliation.ReconciliationAwaitsApproval;
import org.corroborate.service.reconciliation.ReconciliationResponded;
import org.corroborate.service.review.ClaimReviewed;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Records notifications inside the transaction of the change they tell of, by observing the domains' events: they
 * commit with it or not at all, and their e-mails go only once it has committed ({@link NotificationsRecorded}).
 * Each recipient is checked with the access rules first: nobody is told of what they may not see.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class NotificationRecorder {

    private static final Set<AccountRole> CONTRIBUTORS = EnumSet.of(AccountRole.CONTRIBUTOR, AccountRole.ORG_ADMIN);
    private static final Set<AccountRole> EDITORS = EnumSet.of(AccountRole.EDITOR);

    @Inject
    NotificationRepository notifications;

    @Inject
    ClaimRepository claims;

    @Inject
    MeasureRepository measures;

    @Inject
    Event<NotificationsRecorded> recorded;

    /** Comments and decisions: the contributors of the claim's organization. */
    public void reviewed(@Observes ClaimReviewed review) {
        Claim claim = claims.find(review.claimId()).orElse(null);
        if (claim == null) {
            return;
        }
        List<Account> to = notifications.activeWithRole(CONTRIBUTORS, Set.of(claim.getOrganization().getSlug()));
        record(to, r -> NotificationRules.mayBeToldOf(claim, r), a -> new Draft(
                review.decision() == null ? NotificationKind.COMMENT : NotificationKind.DECISION,
                measureId(claim), claim.getId(), null, null, review.organization(), review.decision()));
    }

    /** A claim submitted for review is new to the members watching its measure (once per claim). */
    public void claimChanged(@Observes ClaimChanged change) {
        Claim claim = claims.find(change.claimId()).orElse(null);
        if (claim == null || claim.getStatus() != ClaimStatus.SUBMITTED || claim.getMeasure() == null
                || notifications.anyForClaim(NotificationKind.NEW_CLAIM, claim.getId())) {
            return;
        }
        record(watchers(claim.getMeasure().getId()), r -> NotificationRules.mayBeToldOf(claim, r), a -> new Draft(
                NotificationKind.NEW_CLAIM, claim.getMeasure().getId(), claim.getId(), null, null,
                claim.getOrganization().getSlug(), null));
    }

    /** A new conflict: the members watching the measure who may see both claims. */
    public void conflict(@Observes ConflictFound conflict) {
        Claim one = claims.find(conflict.claimId()).orElse(null);
        Claim other = claims.find(conflict.otherClaimId()).orElse(null);
        record(watchers(conflict.measureId()),
                r -> NotificationRules.mayBeToldOf(one, r) && NotificationRules.mayBeToldOf(other, r),
                a -> new Draft(NotificationKind.CONFLICT, conflict.measureId(), conflict.claimId(),
                        conflict.otherClaimId(), null, null, null));
    }

    /**
     * A reconciliation draft waits for approval: the editors of the other organizations (once until they read it,
     * however often the draft is saved meanwhile).
     */
    public void awaitsApproval(@Observes ReconciliationAwaitsApproval draft) {
        List<Account> to = notifications.activeWithRole(EDITORS, null).stream()
                .filter(a -> !a.getOrganization().getSlug().equals(draft.draftedOrganization()))
                .filter(a -> !notifications.unreadAbout(a.getId(), NotificationKind.APPROVAL_WANTED, draft.measureId()))
                .toList();
        record(to, r -> measures.find(draft.measureId(), r).isPresent(), a -> new Draft(NotificationKind.APPROVAL_WANTED,
                draft.measureId(), null, null, null, draft.draftedOrganization(), null));
    }

    /**
     * A dissent from a published version: the editors of the organizations that drafted and approved it, and the
     * members watching the measure; never the dissenting organization itself.
     */
    public void responded(@Observes ReconciliationResponded response) {
        if (!"DISSENT".equals(response.stance())) {
            return;
        }
        Set<String> responsible = new java.util.HashSet<>();
        if (response.draftedOrganization() != null) {
            responsible.add(response.draftedOrganization());
        }
        if (response.approvedOrganization() != null) {
            responsible.add(response.approvedOrganization());
        }
        Map<Long, Account> to = new LinkedHashMap<>();
        notifications.activeWithRole(EDITORS, responsible).forEach(a -> to.put(a.getId(), a));
        watchers(response.measureId()).forEach(a -> to.putIfAbsent(a.getId(), a));
        List<Account> others = to.values().stream()
                .filter(a -> !a.getOrganization().getSlug().equals(response.organization())).toList();
        record(others, r -> measures.find(response.measureId(), r).isPresent(), a -> new Draft(NotificationKind.DISSENT,
                response.measureId(), null, null, response.versionNumber(), response.organization(), response.stance()));
    }

    private List<Account> watchers(long measureId) {
        List<Account> found = new ArrayList<>();
        for (long id : notifications.watchers(measureId)) {
            notifications.account(id).filter(Account::isActive).ifPresent(found::add);
        }
        return found;
    }

    private static Long measureId(Claim claim) {
        Measure m = claim.getMeasure();
        return m == null ? null : m.getId();
    }

    private void record(List<Account> recipients, Predicate<Reader> mayBeTold,
                        java.util.function.Function<Account, Draft> what) {
        int count = 0;
        for (Account account : recipients) {
            if (!mayBeTold.test(NotificationRepository.reader(account))) {
                continue;
            }
            Draft d = what.apply(account);
            boolean email = notifications.settings(account.getId()).map(NotificationSettings::getEmail)
                    .filter(Objects::nonNull).isPresent();
            notifications.add(new Notification(account.getId(), d.kind(), d.measureId(), d.claimId(), d.otherClaimId(),
                    d.versionNumber(), d.organization(), d.detail(), email));
            count++;
        }
        if (count > 0) {
            recorded.fire(new NotificationsRecorded(count));
        }
    }

    private record Draft(NotificationKind kind, Long measureId, Long claimId, Long otherClaimId, Integer versionNumber,
                         String organization, String detail) {
    }
}
