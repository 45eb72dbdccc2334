package io.stancegraph.actor;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("Affiliation")
@Description("A person's (or body's) membership of an organisation, with its role and period.")
public class Affiliation {

    private final long memberKey;
    private final long organizationKey;
    private final String role;
    private final LocalDate startedOn;
    private final LocalDate endedOn;

    public Affiliation(long memberKey, long organizationKey, String role, LocalDate startedOn, LocalDate endedOn) {
        this.memberKey = memberKey;
        this.organizationKey = organizationKey;
        this.role = role;
        this.startedOn = startedOn;
        this.endedOn = endedOn;
    }

    public long memberKey() {
        return memberKey;
    }

    public long organizationKey() {
        return organizationKey;
    }

    @Description("The role held, e.g. 'Ambassador to South Korea'.")
    public String getRole() {
        return role;
    }

    @Description("First day of the membership; null when unknown or since always.")
    public LocalDate getStartedOn() {
        return startedOn;
    }

    @Description("Last day of the membership; null while it lasts or when unknown.")
    public LocalDate getEndedOn() {
        return endedOn;
    }
}
