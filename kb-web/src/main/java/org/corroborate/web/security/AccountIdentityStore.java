package org.corroborate.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Role;
import org.corroborate.service.account.Accounts;

import java.util.stream.Collectors;

/**
 * The identity store: accounts in the database, checked by {@link Accounts#signIn} against their PBKDF2 hashes.
 * Deactivated accounts are refused like wrong passwords. The groups are the account's roles, by the same names.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return accounts.signIn(Reader.ANONYMOUS, credential.getCaller(), credential.getPasswordAsString())
                .map(account -> new CredentialValidationResult(new AccountPrincipal(account),
                        account.roles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
