package org.corroborate.web.faces.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.web.security.CurrentReader;
import org.corroborate.service.access.Reader;
import org.corroborate.service.account.Accounts;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.NotPermittedException;

import java.util.Objects;

/** Changing one's own password ({@code /account/password.xhtml}); the current one is asked first. */
@Named
@RequestScoped
public class PasswordPage {

    @Inject
    Accounts accounts;

    @Inject
    CurrentReader caller;

    private String current;
    private String chosen;
    private String chosenAgain;

    public void change() {
        try {
            if (!Objects.equals(chosen, chosenAgain)) {
                Texts.error("password:chosenAgain", "invitation.mismatch");
                return;
            }
            accounts.changePassword(caller.reader(), current, chosen);
            Texts.info(null, "password.changed");
        } finally {
            // a refusal goes on to web.faces.support.Refusals, which shows it
            current = null;
            chosen = null;
            chosenAgain = null;
        }
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getChosen() {
        return chosen;
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }

    public String getChosenAgain() {
        return chosenAgain;
    }

    public void setChosenAgain(String chosenAgain) {
        this.chosenAgain = chosenAgain;
    }
}
