package org.corroborate.model.account;

import org.corroborate.model.organization.Organization;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InvitationTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private final Organization org = new Organization("hrnk", "HRNK");

    private Invitation invitation() {
        return new Invitation("0".repeat(64), org, EnumSet.of(AccountRole.CONTRIBUTOR), null, NOW);
    }

    @Test
    void expiresSevenDaysAfterItWasCreated() {
        Invitation invitation = invitation();
        assertEquals(NOW.plus(Duration.ofDays(7)), invitation.getExpiresAt());
        assertTrue(invitation.isOpenAt(NOW.plus(Duration.ofDays(7)).minusSeconds(1)));
        assertFalse(invitation.isOpenAt(NOW.plus(Duration.ofDays(7))));
        assertTrue(invitation.isExpiredAt(NOW.plus(Duration.ofDays(8))));
    }

    @Test
    void canBeUsedOnceOnly() {
        Invitation invitation = invitation();
        Account first = new Account("first-person", "First", org, "hash", Set.of(AccountRole.CONTRIBUTOR));
        invitation.usedBy(first, NOW.plusSeconds(60));
        assertFalse(invitation.isOpenAt(NOW.plusSeconds(61)));
        Account second = new Account("second-person", "Second", org, "hash", Set.of(AccountRole.CONTRIBUTOR));
        assertThrows(IllegalStateException.class, () -> invitation.usedBy(second, NOW.plusSeconds(120)));
    }

    @Test
    void anExpiredInvitationCannotBeUsed() {
        Invitation invitation = invitation();
        Account late = new Account("late-person", "Late", org, "hash", Set.of(AccountRole.EDITOR));
        assertThrows(IllegalStateException.class, () -> invitation.usedBy(late, NOW.plus(Duration.ofDays(7))));
    }

    @Test
    void needsARole() {
        assertThrows(IllegalArgumentException.class,
                () -> new Invitation("0".repeat(64), org, EnumSet.noneOf(AccountRole.class), null, NOW));
    }
}
