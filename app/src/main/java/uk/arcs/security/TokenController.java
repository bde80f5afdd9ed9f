package uk.arcs.security;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.arcs.common.ForbiddenException;
import uk.arcs.common.NotFoundException;

/** A user's own personal API tokens: issue (the secret is shown once), list, revoke. */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@RestController
@RequestMapping("/api/v1/tokens")
class TokenController {

    private final PersonalTokens tokens;
    private final Clock clock;

    TokenController(PersonalTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    record NewToken(String name, Integer expiresInDays) {
    }

    record IssuedToken(long id, String name, String token, Instant createdAt, Instant expiresAt) {
    }

    record TokenView(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt,
                     PersonalToken.State state) {
    }

    @Operation(summary = "Issue a personal API token (expiresInDays 1-365, default 90); the token is shown only in "
            + "this answer. Needs a password login: a token cannot issue tokens")
    @PostMapping
    ResponseEntity<IssuedToken> issue(@RequestBody(required = false) NewToken body, Authentication authentication) {
        ArcsUser user = localUser(authentication);
        if (authentication instanceof PersonalTokenLogin.TokenAuthentication) {
            throw new ForbiddenException("a personal token cannot issue tokens: log in with your password");
        }
        if (body == null) {
            throw new IllegalArgumentException("name: a token needs a name, such as 'hr-export'");
        }
        PersonalTokens.Issued issued = tokens.issue(user.username(), body.name(), body.expiresInDays());
        PersonalToken token = issued.token();
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + token.id()))
                .body(new IssuedToken(token.id(), token.name(), issued.secret(), token.createdAt(), token.expiresAt()));
    }

    @Operation(summary = "The caller's own tokens, active, expired and revoked; never the secrets")
    @GetMapping
    List<TokenView> list(Authentication authentication) {
        Instant now = clock.instant();
        return tokens.ownedBy(localUser(authentication).username()).stream().map(t -> view(t, now)).toList();
    }

    @Operation(summary = "Revoke one of the caller's tokens")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, Authentication authentication) {
        revoked(id, authentication);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Revoke one of the caller's tokens, answering the token as it now stands")
    @PostMapping("/{id}/revoke")
    TokenView revoke(@PathVariable long id, Authentication authentication) {
        return view(revoked(id, authentication), clock.instant());
    }

    private PersonalToken revoked(long id, Authentication authentication) {
        return tokens.revoke(localUser(authentication).username(), id)
                .orElseThrow(() -> new NotFoundException("you have no token " + id));
    }

    /** Tokens belong to local users: a single sign-on login has no account that a token could act as later. */
    private static ArcsUser localUser(Authentication authentication) {
        ArcsUser user = (ArcsUser) authentication.getPrincipal();
        if (!user.local()) {
            throw new ForbiddenException("personal tokens belong to local users (arcs.security.users); "
                    + user.username() + " logged in through single sign-on");
        }
        return user;
    }

    private static TokenView view(PersonalToken token, Instant now) {
        return new TokenView(token.id(), token.name(), token.createdAt(), token.expiresAt(), token.lastUsedAt(),
                token.revokedAt(), token.stateAt(now));
    }
}
