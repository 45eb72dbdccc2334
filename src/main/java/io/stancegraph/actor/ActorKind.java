package io.stancegraph.actor;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of actor speaks or acts.")
public enum ActorKind {
    @Description("A named individual.")
    PERSON,
    @Description("A body that is neither a company nor part of a state: a party, an NGO, an alliance, a news agency.")
    ORGANIZATION,
    @Description("An executive body or office of a state: a ministry, an embassy, a presidential office, an administration.")
    GOVERNMENT,
    @Description("A business.")
    COMPANY,
    @Description("A state as a whole, including its metonyms (Washington, Seoul).")
    COUNTRY
}
