package io.stancegraph.extract;

import java.util.List;

/**
 * An actor as the text names it: the fullest name it gives, a kind guessed from the words, and the shorter forms the
 * text also uses (for linking later mentions and other articles).
 */
public record Speaker(String name, Kind kind, List<String> aliases) {

    public enum Kind {
        PERSON, ORGANIZATION, GOVERNMENT, COMPANY, COUNTRY
    }
}
