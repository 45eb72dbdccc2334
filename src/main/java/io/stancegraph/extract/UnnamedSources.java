package io.stancegraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.stancegraph.extract.Cast.Entity;
import io.stancegraph.extract.Discourse.Resolved;

/**
 * Speakers the text does not name: "a ministry official", "U.S. health officials", "one Kenyan police officer",
 * "the news agency". They speak for the body or country the phrase names, for the body of that kind met before, or
 * for no one.
 */
final class UnnamedSources {

    private static final Pattern LEADING_DETERMINER = Pattern.compile("(?i)(?:the|a|an|one|two|three|four|five|six|"
            + "seven|eight|nine|ten|some|several|many|most|few|other|another)\\s+");

    private final Cast cast;

    UnnamedSources(Cast cast) {
        this.cast = cast;
    }

    /** 'a ministry official' speaks for the ministry the text named; 'the official' is the one met before. */
    Resolved anonymous(String phrase, String lower, String head, Entity lastAnonymous) {
        // "Authorities say": one word capitalised by the sentence's start names no one
        boolean namesSomeone = phrase.contains(" ")
                && Names.NAME_RUN.matcher(LEADING_DETERMINER.matcher(phrase).replaceFirst("")).find();
        if (lower.startsWith("the ") && !namesSomeone) {
            // "the news agency", "the ministry": the body of that kind named last
            Entity ofKind = Lexicon.BODY_WORDS.contains(head) ? cast.lastOfKind(head, true, "of") : null;
            if (ofKind != null) {
                return new Resolved(ofKind, null, false);
            }
            if (lastAnonymous != null && lower.split("\\s+").length <= 3) {
                return new Resolved(lastAnonymous, null, true);
            }
        }
        if (!phrase.contains(" ") && Lexicon.BODY_WORDS.contains(head)) {
            // "Police said" after "Greater Manchester Police": the body of that kind named last
            Entity ofKind = cast.lastOfKind(head, false, "of");
            if (ofKind != null) {
                return new Resolved(ofKind, null, false);
            }
        }
        if (namesSomeone && Lexicon.STATE_BODY_HEADS.contains(head)) {
            // "The British government", "China's government", "Afghan authorities": the body speaks itself
            return new Resolved(cast.body(phrase.replaceAll("^(?i)the\\s+", "")), null, false);
        }
        Resolved named = namedIn(phrase);
        if (named != null) {
            return named;
        }
        for (Entity e : cast.reversed()) {
            if (e.kind != Speaker.Kind.PERSON && e.kind != Speaker.Kind.COUNTRY) {
                for (String w : lower.split("\\s+")) {
                    if (w.length() > 3 && !w.equals(head) && e.name.toLowerCase(Locale.ROOT).contains(w)) {
                        return new Resolved(e, null, true);
                    }
                }
            }
        }
        return new Resolved(null, null, true);
    }

    /** "U.S. health officials", "a Foreign Ministry spokesman": the country or body the phrase itself names. */
    Resolved namedIn(String phrase) {
        // "One caller", "Three callers": a capitalised number or determiner opens the sentence, it names no one
        Matcher determiner = LEADING_DETERMINER.matcher(phrase);
        int from = determiner.lookingAt() ? determiner.end() : 0;
        Matcher m = Names.NAME_RUN.matcher(phrase).region(from, phrase.length());
        while (m.find()) {
            String run = m.group().replaceAll("[’']s$", "").replaceAll("^(?:The|A|An|Senior|Top)\\s+", "");
            int runEnd = m.end();
            // "a Bureau of Meteorology spokesperson": a body's name goes on after 'of'
            Matcher ofName = Names.OF_NAME.matcher(phrase).region(m.end(), phrase.length());
            if (!run.endsWith("’s") && !run.endsWith("'s") && ofName.lookingAt()) {
                run = run + " " + ofName.group(1) + " " + ofName.group(2).replaceAll("[’']s$", "");
                runEnd = ofName.end();
            }
            // "News reports say": a common word capitalised because it opens the sentence
            if (run.isEmpty() || List.of("The", "A", "An").contains(run)
                    || m.start() == from && Lexicon.GENERIC_OPENERS.contains(run.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String country = Lexicon.country(run);
            String rest = phrase.substring(runEnd).strip();
            String[] restWords = rest.isEmpty() ? new String[0] : rest.split("\\s+");
            if (country != null && Lexicon.CIVILIAN_HEADS.contains(restWords.length == 0 ? ""
                    : restWords[restWords.length - 1].toLowerCase(Locale.ROOT))) {
                return new Resolved(null, null, true);
            }
            if (country != null) {
                // "one Kenyan police officer": the country's police speaks, not the whole country
                String[] between = java.util.Arrays.copyOfRange(restWords, 0, Math.max(0, restWords.length - 1));
                if (between.length > 0 && between.length <= 2 && Names.containsBodyWord(between)
                        && rest.equals(rest.toLowerCase(Locale.ROOT))) {
                    return new Resolved(cast.body(run + " " + String.join(" ", between)), null, true);
                }
                return new Resolved(cast.entity(country, Speaker.Kind.COUNTRY, run), null, true);
            }
            // "a Tibetan source": a people's adjective with no country behind it names no body
            if (run.matches("\\p{Lu}\\p{Ll}+(?:an|ese|ish|i)") && restWords.length == 1
                    && !Lexicon.BODY_WORDS.contains(run.toLowerCase(Locale.ROOT))) {
                return new Resolved(null, null, true);
            }
            // "a Taliban spokesman", "an al-Shabab official": the name right before the role is who they speak for
            boolean beforeHead = restWords.length == 1;
            if (Names.containsBodyWord(run.split("\\s+")) || run.matches("\\p{Lu}{2,}") || beforeHead) {
                return new Resolved(cast.body(run), null, true);
            }
        }
        return null;
    }
}
