package io.stancegraph.statement;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The inputs of the statement mutations. */
public final class StatementInputs {

    private StatementInputs() {
    }

    @Input("StanceInput")
    @Description("A stance on one topic.")
    public static class StanceInput {
        @Id
        @NonNull
        @Description("The topic.")
        public String topicId;
        @NonNull
        @Description("For, against, neutral or mixed.")
        public StanceLabel label;
        @Description("0..1")
        public Double confidence;
    }

    @Input("RecordStatementInput")
    @Description("A statement found in an article, with its stances; written whole or not at all.")
    public static class RecordStatementInput {
        @Id
        @NonNull
        @Description("The article it appears in.")
        public String articleId;
        @Id
        @Description("Who said or did it.")
        public String speakerId;
        @Id
        @Description("The body the speaker spoke for.")
        public String onBehalfOfId;
        @Description("How the text names the speaker here.")
        public String attribution;
        @NonNull
        @Description("Quote, reported speech, or reported position or action.")
        public StatementKind kind;
        @NonNull
        @Description("The quoted words, or the reported clause.")
        public String text;
        @Description("Speech or action verb.")
        public String cue;
        @Description("When it was said or done (MONTH and YEAR precision store the period's first day).")
        public LocalDate saidOn;
        @Description("How exact saidOn is; needs saidOn (DAY when saidOn is given alone).")
        public DatePrecision saidOnPrecision;
        @Description("When given, body[start:end] must equal text.")
        public Integer start;
        @Description("End offset (exclusive); given together with start.")
        public Integer end;
        @Description("Stances on topics, one per topic.")
        public List<@NonNull StanceInput> stances;
        @Id
        @Description("Actors the statement is about or addressed to.")
        public List<@NonNull String> mentionIds;
        @Id
        @Description("The statement this one answers.")
        public String respondsToId;
    }

    @Input("UpdateStatementInput")
    @Description("Fields left out stay as they are.")
    public static class UpdateStatementInput {
        @Id
        @NonNull
        @Description("The statement to change.")
        public String statementId;
        @Description("When given and different from the stored version, nothing changes and a CONFLICT user error says so.")
        public Integer expectedVersion;
        @Id
        @Description("New speaker.")
        public String speakerId;
        @Id
        @Description("New body spoken for.")
        public String onBehalfOfId;
        @Description("New attribution.")
        public String attribution;
        @Description("New kind.")
        public StatementKind kind;
        @Description("New text (start/end, when stored or given, must still index it).")
        public String text;
        @Description("New cue.")
        public String cue;
        @Description("New date.")
        public LocalDate saidOn;
        @Description("New date precision.")
        public DatePrecision saidOnPrecision;
        @Description("New start offset.")
        public Integer start;
        @Description("New end offset.")
        public Integer end;
        @Id
        @Description("Replaces the mentioned actors.")
        public List<@NonNull String> mentionIds;
        @Id
        @Description("New statement answered.")
        public String respondsToId;
    }

    @Input("SetStanceInput")
    @Description("A stance to set or replace.")
    public static class SetStanceInput {
        @Id
        @NonNull
        @Description("The statement.")
        public String statementId;
        @Id
        @NonNull
        @Description("The topic.")
        public String topicId;
        @NonNull
        @Description("The label.")
        public StanceLabel label;
        @Description("0..1")
        public Double confidence;
    }

    @Input("RemoveStanceInput")
    @Description("A stance to remove.")
    public static class RemoveStanceInput {
        @Id
        @NonNull
        @Description("The statement.")
        public String statementId;
        @Id
        @NonNull
        @Description("The topic.")
        public String topicId;
    }

    @Input("RetractStatementInput")
    @Description("A statement to hide, with the reason.")
    public static class RetractStatementInput {
        @Id
        @NonNull
        @Description("The statement.")
        public String statementId;
        @NonNull
        @Description("Why: a misattribution, a duplicate, a correction by the outlet.")
        public String reason;
    }
}
