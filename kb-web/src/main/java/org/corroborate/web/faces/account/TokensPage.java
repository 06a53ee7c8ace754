package org.corroborate.web.faces.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.web.faces.support.FormFields;
import org.corroborate.web.security.CurrentReader;
import org.corroborate.service.access.Reader;
import org.corroborate.service.account.ApiTokenView;
import org.corroborate.service.account.ApiTokens;
import org.corroborate.service.account.IssuedApiToken;

import java.io.Serializable;
import java.util.Map;
import java.util.List;

/** Personal API tokens ({@code /account/tokens.xhtml}): create one (its text shown once), list, revoke. */
@Named
@ViewScoped
public class TokensPage implements Serializable, FormFields {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiTokens apiTokens;

    @Inject
    CurrentReader caller;

    private String name;
    /** The token just created; kept only for the response that shows it. */
    private transient IssuedApiToken issued;
    private List<ApiTokenView> tokens;

    public void create() {
        tokens = null;
        // a refusal goes on to web.faces.support.Refusals, which shows it
        issued = apiTokens.create(caller.reader(), name);
        Texts.info(null, "tokens.created", issued.name());
        name = null;
    }

    public void revoke(long id) {
        issued = null;
        tokens = null;
        ApiTokenView revoked = apiTokens.revoke(caller.reader(), id);
        Texts.info(null, "tokens.revokedDone", revoked.name());
    }

    @Override
    public Map<String, String> fieldComponents() {
        return Map.of("create.name", "name");
    }

    public List<ApiTokenView> getTokens() {
        if (tokens == null) {
            tokens = apiTokens.mine(caller.reader());
        }
        return tokens;
    }

    /** The token created by the last action, or null: shown this once only. */
    public IssuedApiToken getIssued() {
        return issued;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
