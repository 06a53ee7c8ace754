package org.corroborate.web.faces.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.service.access.Reader;
import org.corroborate.service.account.ApiTokenView;
import org.corroborate.service.account.ApiTokens;
import org.corroborate.service.account.IssuedApiToken;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.NotPermittedException;

import java.io.Serializable;
import java.util.List;

/** Personal API tokens ({@code /account/tokens.xhtml}): create one (its text shown once), list, revoke. */
@Named
@ViewScoped
public class TokensPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiTokens apiTokens;

    @Inject
    Reader reader;

    private String name;
    /** The token just created; kept only for the response that shows it. */
    private transient IssuedApiToken issued;
    private List<ApiTokenView> tokens;

    public void create() {
        try {
            issued = apiTokens.create(reader, name);
            Texts.info(null, "tokens.created", issued.name());
            name = null;
        } catch (InvalidInputException | NotPermittedException e) {
            Texts.refusal("tokens:name", e);
        }
        tokens = null;
    }

    public void revoke(long id) {
        issued = null;
        try {
            ApiTokenView revoked = apiTokens.revoke(reader, id);
            Texts.info(null, "tokens.revokedDone", revoked.name());
        } catch (InvalidInputException | NotPermittedException e) {
            Texts.refusal(null, e);
        }
        tokens = null;
    }

    public List<ApiTokenView> getTokens() {
        if (tokens == null) {
            tokens = apiTokens.mine(reader);
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
