package io.stancegraph.common;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.jwt.build.Jwt;
import io.vertx.ext.web.Router;

/**
 * Dev profile only: {@code GET /dev/token?sub=alice} mints an editor token signed with the throwaway dev key, for
 * trying mutations in the GraphQL UI (header {@code Authorization: Bearer <token>}).
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class DevTokens {

    void install(@Observes Router router) {
        router.get("/dev/token").handler(ctx -> {
            String subject = ctx.request().getParam("sub", "dev-editor");
            ctx.response().putHeader("Content-Type", "text/plain")
                    .end(Jwt.subject(subject).upn(subject).groups(Set.of(Editor.ROLE)).sign() + "\n");
        });
    }
}
