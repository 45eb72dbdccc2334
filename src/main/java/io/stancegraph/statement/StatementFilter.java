package io.stancegraph.statement;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.stancegraph.actor.ActorKind;

@Input("StatementFilter")
@Description("Which statements to include. Every list filter matches any of its values; filters combine with AND. An empty list matches nothing; a null or absent one does not filter.")
public class StatementFilter {

    @Id
    @Description("Statements by any of these actors.")
    public List<@NonNull String> speakerIds;

    @DefaultValue("false")
    @Description("With speakerIds: also statements by their members while affiliated (through nested affiliations), and statements made on their behalf.")
    public Boolean includeAffiliated;

    @Description("Statements whose speaker is of any of these kinds.")
    public List<@NonNull ActorKind> speakerKinds;

    @Id
    @Description("Statements with a stance on any of these topics.")
    public List<@NonNull String> topicIds;

    @Description("Statements with a stance of any of these labels (on one of topicIds, when given).")
    public List<@NonNull StanceLabel> stances;

    @Description("Statements of any of these kinds.")
    public List<@NonNull StatementKind> kinds;

    @Id
    @Description("Statements in any of these articles.")
    public List<@NonNull String> articleIds;

    @Id
    @Description("Statements in articles of any of these outlets.")
    public List<@NonNull String> outletIds;

    @Id
    @Description("Statements that mention or address any of these actors.")
    public List<@NonNull String> mentionIds;

    @Description("Statements dated on or after this day (their own date, else their article's).")
    public LocalDate from;

    @Description("Statements dated on or before this day (their own date, else their article's).")
    public LocalDate to;

    @Description("Full-text search over the statement text (web search syntax: words, \"a phrase\", -excluded, or).")
    public String search;

    @DefaultValue("false")
    @Description("Also retracted statements.")
    public Boolean includeRetracted;

    public StatementFilter copy() {
        StatementFilter f = new StatementFilter();
        f.speakerIds = speakerIds;
        f.includeAffiliated = includeAffiliated;
        f.speakerKinds = speakerKinds;
        f.topicIds = topicIds;
        f.stances = stances;
        f.kinds = kinds;
        f.articleIds = articleIds;
        f.outletIds = outletIds;
        f.mentionIds = mentionIds;
        f.from = from;
        f.to = to;
        f.search = search;
        f.includeRetracted = includeRetracted;
        return f;
    }
}
