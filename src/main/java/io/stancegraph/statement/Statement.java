package io.stancegraph.statement;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.common.GlobalId;
import io.stancegraph.common.Node;
import io.stancegraph.common.Preloaded;

@Type("Statement")
@Description("Something an actor said or did, as an article reports it.")
public class Statement extends Preloaded implements Node {

    public static final String TYPE = "Statement";

    private final long key;
    private final long articleKey;
    private final Long speakerKey;
    private final Long onBehalfOfKey;
    private final String attribution;
    private final StatementKind kind;
    private final String text;
    private final String cue;
    private final LocalDate saidOn;
    private final DatePrecision saidOnPrecision;
    private final Integer start;
    private final Integer end;
    private final Long respondsToKey;
    private final boolean retracted;
    private final String retractionReason;
    private final int version;
    /** said_on, else the article's date: the sort key cursors carry. */
    private final LocalDate effectiveOn;

    @SuppressWarnings("java:S107") // one row of the statement table
    public Statement(long key, long articleKey, Long speakerKey, Long onBehalfOfKey, String attribution,
            StatementKind kind, String text, String cue, LocalDate saidOn, DatePrecision saidOnPrecision,
            Integer start, Integer end, Long respondsToKey, boolean retracted, String retractionReason, int version,
            LocalDate effectiveOn) {
        this.key = key;
        this.articleKey = articleKey;
        this.speakerKey = speakerKey;
        this.onBehalfOfKey = onBehalfOfKey;
        this.attribution = attribution;
        this.kind = kind;
        this.text = text;
        this.cue = cue;
        this.saidOn = saidOn;
        this.saidOnPrecision = saidOnPrecision;
        this.start = start;
        this.end = end;
        this.respondsToKey = respondsToKey;
        this.retracted = retracted;
        this.retractionReason = retractionReason;
        this.version = version;
        this.effectiveOn = effectiveOn;
    }

    public long key() {
        return key;
    }

    public long articleKey() {
        return articleKey;
    }

    public Long speakerKey() {
        return speakerKey;
    }

    public Long onBehalfOfKey() {
        return onBehalfOfKey;
    }

    public Long respondsToKey() {
        return respondsToKey;
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    @Id
    @NonNull
    @Override
    @Description("Opaque global ID.")
    public String getId() {
        return GlobalId.encode(TYPE, key);
    }

    @Description("How the text names the speaker here: 'Harris', 'he', 'a ministry official'.")
    public String getAttribution() {
        return attribution;
    }

    @NonNull
    @Description("Quote, reported speech, or reported position or action.")
    public StatementKind getKind() {
        return kind;
    }

    @NonNull
    @Description("For DIRECT, the quoted words without quotation marks; otherwise the reported clause.")
    public String getText() {
        return text;
    }

    @Description("Speech or action verb: said, urged, warned, banned.")
    public String getCue() {
        return cue;
    }

    @Description("When it was said or done, as the text gives it; null when the text does not say (filters then use the article's date).")
    public LocalDate getSaidOn() {
        return saidOn;
    }

    @Description("How exact saidOn is.")
    public DatePrecision getSaidOnPrecision() {
        return saidOnPrecision;
    }

    @Description("Character offset of text in article.body (UTF-16 code units), when text stands there verbatim.")
    public Integer getStart() {
        return start;
    }

    @Description("Offset just past text in article.body (end exclusive).")
    public Integer getEnd() {
        return end;
    }

    @Description("True once retracted: hidden from lists, positions and counts, still resolvable by ID.")
    public boolean isRetracted() {
        return retracted;
    }

    @Description("Why it was retracted.")
    public String getRetractionReason() {
        return retractionReason;
    }

    @Description("Bumped by every change; send it back as expectedVersion to update safely.")
    public int getVersion() {
        return version;
    }
}
