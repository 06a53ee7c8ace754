package org.corroborate.model.account;

/** The roles an account may hold; the services' {@code Role} has the same names. */
public enum AccountRole {
    CONTRIBUTOR, EDITOR, ORG_ADMIN, PLATFORM_ADMIN
}
