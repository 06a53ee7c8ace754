package org.corroborate.web.security;

import jakarta.security.enterprise.CallerPrincipal;
import org.corroborate.service.account.SignedInAccount;

/** The caller an identity store recognised, with the account it found, so it is not looked up twice. */
public class AccountPrincipal extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    private final SignedInAccount account;

    public AccountPrincipal(SignedInAccount account) {
        super(account.username());
        this.account = account;
    }

    public SignedInAccount account() {
        return account;
    }
}
