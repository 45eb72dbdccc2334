package io.stancegraph.extract;

import java.util.Locale;

import io.stancegraph.extract.Cast.Entity;

/**
 * Offices whose holder the text names only later: "The Assistant Secretary tells VOA" in a deck, "a spokesman for
 * Pakistan's army says" before "Army spokesman Major General Athar Abbas".
 */
final class OfficeHolders {

    private OfficeHolders() {
    }

    /**
     * "A spokesman for Pakistan's army says ... Army spokesman Major General Athar Abbas said": the first person the
     * text names with that office within a few sentences after {@code said}, or null.
     */
    static Entity namedAfter(Cast cast, String role, int said) {
        Entity best = null;
        for (Entity e : cast.all()) {
            if (e.kind == Speaker.Kind.PERSON && e.firstMention > said && e.firstMention <= said + 3
                    && e.roles.contains(role) && (best == null || e.firstMention < best.firstMention)) {
                best = e;
            }
        }
        return best;
    }

    /**
     * Who an office named without a name ("The Assistant Secretary tells VOA", "Spokesman also said", in a headline
     * or deck before the story names anyone) turned out to be: the first person the whole text gave that office.
     */
    static Entity holderOf(Cast cast, String phrase) {
        String written = phrase.strip().replaceAll("^(?i)(the|a|an)\\s+", "");
        String[] words = written.toLowerCase(Locale.ROOT).split("\\s+");
        String head = words[words.length - 1];
        // written as an office ("The Assistant Secretary"), not as a common noun ("the leader of the party")
        if (!Lexicon.ROLE_WORDS.contains(head) || !Character.isUpperCase(written.charAt(0))) {
            return null;
        }
        for (String w : words) {
            if (!Lexicon.TITLE_WORDS.contains(w) && Lexicon.country(w) == null) {
                return null;
            }
        }
        for (Entity e : cast.all()) {
            if (e.kind == Speaker.Kind.PERSON && e.roles.contains(head)) {
                return e;
            }
        }
        return null;
    }
}
