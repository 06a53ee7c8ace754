package org.corroborate.model.account;

import org.corroborate.model.organization.Organization;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountTest {

    private final Organization org = new Organization("hrnk", "HRNK");

    @Test
    void refusesUserNamesOfAnotherShape() {
        assertThrows(IllegalArgumentException.class, () -> new Account("Ab", "x", org, "h", Set.of(AccountRole.EDITOR)));
        assertThrows(IllegalArgumentException.class, () -> new Account("has space", "x", org, "h", Set.of(AccountRole.EDITOR)));
        assertThrows(IllegalArgumentException.class, () -> new Account("-leading", "x", org, "h", Set.of(AccountRole.EDITOR)));
        new Account("hrnk-contributor", "x", org, "h", Set.of(AccountRole.EDITOR));
    }

    @Test
    void needsARoleAndStartsActive() {
        assertThrows(IllegalArgumentException.class,
                () -> new Account("someone", "x", org, "h", EnumSet.noneOf(AccountRole.class)));
        Account account = new Account("someone", " ", org, "h", Set.of(AccountRole.EDITOR));
        assertTrue(account.isActive());
        assertEquals("someone", account.getDisplayName(), "a blank display name falls back to the user name");
        account.deactivate();
        assertFalse(account.isActive());
    }

    @Test
    void aRevokedTokenOrADeactivatedAccountsTokenIsUnusable() {
        Account account = new Account("someone", "x", org, "h", Set.of(AccountRole.EDITOR));
        ApiToken token = new ApiToken(account, "script", "0".repeat(64), "cbt_abcdefgh", java.time.Instant.now());
        assertTrue(token.isUsable());
        account.deactivate();
        assertFalse(token.isUsable());
        account.reactivate();
        token.revoke(java.time.Instant.now());
        assertFalse(token.isUsable());
    }
}
