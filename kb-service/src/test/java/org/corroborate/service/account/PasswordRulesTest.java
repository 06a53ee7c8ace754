package org.corroborate.service.account;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PasswordRulesTest {

    @Test
    void refusesPasswordsShorterThanTwelveCharacters() {
        assertEquals(Optional.of("password.tooShort"), PasswordRules.problem("elevenchars", "someone"));
        assertEquals(Optional.of("password.tooShort"), PasswordRules.problem(null, "someone"));
        assertEquals(Optional.empty(), PasswordRules.problem("twelve chars", "someone"));
    }

    @Test
    void countsCharactersNotBytes() {
        assertEquals(Optional.empty(), PasswordRules.problem("비밀번호는열두글자입니다요", "someone"));
        assertEquals(Optional.of("password.tooShort"), PasswordRules.problem("비밀번호는짧아", "someone"));
    }

    @Test
    void refusesTheUserNameAndBlankPasswords() {
        assertEquals(Optional.of("password.likeUsername"), PasswordRules.problem("hrnk-contributor", "hrnk-contributor"));
        assertEquals(Optional.of("password.likeUsername"), PasswordRules.problem("             ", "someone"));
        assertEquals(Optional.of("password.tooLong"), PasswordRules.problem("x".repeat(201), "someone"));
    }
}
