package io.stancegraph.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.common.Preloaded;

@Type("Stance")
@Description("A statement's stance on one topic.")
public class Stance extends Preloaded {

    private final long statementKey;
    private final long topicKey;
    private final StanceLabel label;
    private final Double confidence;

    public Stance(long statementKey, long topicKey, StanceLabel label, Double confidence) {
        this.statementKey = statementKey;
        this.topicKey = topicKey;
        this.label = label;
        this.confidence = confidence;
    }

    public long statementKey() {
        return statementKey;
    }

    public long topicKey() {
        return topicKey;
    }

    @NonNull
    @Description("For, against, neutral or mixed, relative to the topic's proposition.")
    public StanceLabel getLabel() {
        return label;
    }

    @Description("0..1: how sure the annotator (or extractor) is of the label.")
    public Double getConfidence() {
        return confidence;
    }
}
