package io.stancegraph.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * One statement found in a text: its kind, its exact words with offsets into the text, the cue, how the text names
 * the speaker and whom that resolves to, its date, and the actors it mentions.
 */
public record Extraction(Kind kind, String text, int start, int end, String cue, String attribution, Speaker speaker,
        Speaker onBehalfOf, LocalDate saidOn, Precision precision, List<Speaker> mentions) {

    /** DIRECT: words in quotation marks; INDIRECT: a reported clause. */
    public enum Kind {
        DIRECT, INDIRECT
    }

    public enum Precision {
        DAY, MONTH, YEAR
    }
}
