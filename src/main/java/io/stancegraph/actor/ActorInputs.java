package io.stancegraph.actor;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The inputs of the actor mutations. */
public final class ActorInputs {

    private ActorInputs() {
    }

    @Input("CreateActorInput")
    @Description("A new actor.")
    public static class CreateActorInput {
        @NonNull
        @Description("Usual full name.")
        public String name;
        @NonNull
        @Description("What kind of actor.")
        public ActorKind kind;
        @Description("Other names texts use: 'Harris', 'U.S.'.")
        public List<@NonNull String> aliases;
        @Description("Who or what this is.")
        public String description;
        @Description("Wikidata item (Q followed by digits); unique.")
        public String wikidataId;
    }

    @Input("UpdateActorInput")
    @Description("Fields left out stay as they are.")
    public static class UpdateActorInput {
        @Id
        @NonNull
        @Description("The actor to change.")
        public String actorId;
        @Description("New name.")
        public String name;
        @Description("New kind.")
        public ActorKind kind;
        @Description("New description.")
        public String description;
        @Description("New Wikidata item.")
        public String wikidataId;
    }

    @Input("AliasInput")
    @Description("An alias of an actor.")
    public static class AliasInput {
        @Id
        @NonNull
        @Description("The actor.")
        public String actorId;
        @NonNull
        @Description("The alias, e.g. 'U.S.' (compared ignoring case, spaces and punctuation).")
        public String alias;
    }

    @Input("AddAffiliationInput")
    @Description("A membership of an organisation.")
    public static class AddAffiliationInput {
        @Id
        @NonNull
        @Description("The member: a person or a body.")
        public String memberId;
        @Id
        @NonNull
        @Description("The organisation.")
        public String organizationId;
        @Description("The role held, e.g. 'Ambassador to South Korea'.")
        public String role;
        @Description("First day (inclusive).")
        public LocalDate startedOn;
        @Description("Last day (inclusive).")
        public LocalDate endedOn;
    }

    @Input("MergeActorsInput")
    @Description("Two records of the same actor to make one.")
    public static class MergeActorsInput {
        @Id
        @NonNull
        @Description("The actor that survives.")
        public String intoId;
        @Id
        @NonNull
        @Description("The actor whose statements, aliases and affiliations move to intoId; its ID then resolves to intoId.")
        public String fromId;
    }
}
