package org.corroborate.service.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.corroborate.model.shared.StorableText;

/**
 * What a person enters to accept an invitation. The user name's shape and the password's length are checked by
 * {@link Accounts#accept}, with messages in the person's language.
 */
@StorableText
public record NewMember(@NotBlank @Size(max = 60) String username,
                        @NotBlank @Size(max = 200) String displayName,
                        @NotNull String password) {

    @Override
    public String toString() {
        return "NewMember[" + username + "]";
    }
}
