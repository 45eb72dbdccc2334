package io.stancegraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The speaker phrase before a cue ("Harris said", "Hugh Hill, a doctor, said", "He called Iran a threat and
 * emphasized"): where it starts, past fillers, asides and appositions, and which words of it name the speaker.
 */
final class SpeakerBefore {

    private static final Pattern TRAILING_FILLER = Pattern.compile(
            "(?:\\s+(?:has|have|had|also|later|then|previously|again|reportedly|repeatedly|recently|further|once|"
                    + "publicly|earlier|was|were|is|are|would|will|could|might|may|had|been|just|already|separately|"
                    + "additionally|still|now|today|yesterday|often|privately|explicitly|initially|eventually|"
                    + "ultimately|finally|simply|flatly|firmly|strongly|openly|clearly|quickly|recently|subsequently|"
                    + "has\\s+long|(?:went|goes|go|going|would\\s+go)\\s+on\\s+to|(?:was|were)\\s+quick\\s+to|did\\s+not|does\\s+not|didn’t|doesn’t|" + Lexicon.TEMPORAL + "))+$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern BOUNDARY_WORD = Pattern.compile("\\b(?:that|as|while|when|because|after|before|but|and|although|if|since|where|"
                + "whereas|so|which|then|who)\\s+", Pattern.CASE_INSENSITIVE);

    /** Capitalised openings of adverbial phrases, which an apposition's name never starts with. */
    private static final Pattern NOT_A_NAME = Pattern.compile("(?:At|In|On|For|From|With|By|After|Before|During|Under|"
            + "Over|Near|Asked|Pressed|Questioned|Speaking|Responding|Referring|Turning|Commenting|Regarding|Concerning|"
            + "Addressing|Writing|Noting|Citing|Quoting|According|When|While)\\s");

    /** "Sarken Oktem, the coordinator for Turkey's Foundation for Human Rights, Freedom and Relief, says". */
    private static final Pattern NAME_THEN_ASIDE = Pattern.compile("(?:^|[,;:(—–]\\s*|\\s)(\\p{Lu}[\\p{L}.'’\\-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){1,3}),\\s+(?:the|a|an)\\s+[^;:\"“”()]*$");

    private static final Pattern WHO_BEFORE = Pattern.compile("(?:^|[,;:—–]\\s*|\\s)(\\p{Lu}[\\p{L}.'’\\-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,3}),\\s+who\\s+(?:(?:has|had|have)\\s+)?(?:(?:long|repeatedly|previously|"
            + "always|also|often)\\s+)?$");
    private static final Pattern BARE_WHO_BEFORE = Pattern.compile("(?:^|[,;:—–]\\s*|\\s)(\\p{Lu}[\\p{L}.'’\\-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,3})\\s+who\\s+[^,;:\"“”]*$");
    private static final Pattern COORDINATED = Pattern.compile("(?:^\\s*|,\\s+)([Hh]e|[Ss]he|[Tt]hey|(?!(?:In|On|At|For|With|After|Before|During|From|By)\\b)\\p{Lu}[\\p{L}.'’\\-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,3})\\s+\\p{Ll}+(?:ed|s)\\b[^,;]*\\s+and\\s+$");
    private static final Pattern NAME_THEN_OFFICE = Pattern.compile("(?:^|[,;:(—–]\\s*|\\s)(\\p{Lu}[\\p{L}.'’\\-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){1,4}),\\s+((?!(?:the|a|an)\\s)\\p{Ll}[^;:\"“”(),]*?),?\\s*$");
    private static final Pattern SPEAKING_FROM = Pattern.compile("(?:^|[,;:—–]\\s*|\\s)(\\p{Lu}[\\p{L}.'’\\-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,3}),\\s+(?:speaking|writing|reporting|calling|talking)\\s+(?:from|in|at|by)\\s+"
            + "[^,;]+,\\s+\\p{Lu}[\\p{L}.]*,?\\s*$");
    private static final Pattern AGED = Pattern.compile("(?:^|[\\s,;:—–])(\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,4}),"
            + "\\s+\\d{1,3},\\s*(?:(?:also|later|then)\\s+)?$");
    private static final Pattern DAY_ASIDE = Pattern.compile("(?i),\\s*(?:" + Lexicon.TEMPORAL + "),\\s*$");
    private static final Pattern PLACED_DESCRIPTION = Pattern.compile("(?:^|\\s)((?:the|The)\\s+[^,;:\"“”]*?\\p{Lu}[\\p{L}.'’\\-]*"
            + ",\\s+\\p{Lu}[\\p{L}.]*(?:,\\s+(?:[\\p{Ll}\\-]+\\s+){0,2}[\\p{Ll}\\-]+|(?=,\\s*$)))\\s*,?\\s*$");
    private static final Pattern CAPITALISED_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}\\-]*\\s+$");
    private static final Pattern BRACKETS_AT_END = Pattern.compile("\\s*\\([^()\"“”]{1,60}\\)"
            + "(?:\\s+(?:has|have|had|also|has\\s+also))?\\s*$");
    private static final Pattern SUFFIX_NEXT = Pattern.compile("\\s*(?:Jr|Sr)\\.?(?=\\s|$)");
    private static final Pattern OPENING_TIME = Pattern.compile("\\s*(?i:(?:also|later|earlier|on|meanwhile|separately)\\s+)?"
            + "(?i:" + Lexicon.TEMPORAL + "),\\s+");
    private static final Pattern PRONOUN_AT_END = Pattern.compile("\\s(he|she|they|we|I)$");

    static Frames.Frame find(String text, Segmenter.Span s, int cueStart, int cueEnd, String cue,
            List<Quotes.Quote> quotes) {
        int from = s.start();
        for (Quotes.Quote q : quotes) {
            if (q.close() < cueStart && q.close() + 1 > from) {
                from = Math.min(q.close() + 1, cueStart);
            }
        }
        // "Also Wednesday, Pakistan's army said": a time opening the sentence is not part of the speaker
        Matcher opening = OPENING_TIME.matcher(text).region(from, cueStart);
        if (opening.lookingAt()) {
            from = opening.end();
        }
        // "in Jordan,Saturday, said": a day between commas is when, not who; the phrase ends before it
        int anchor = cueStart;
        Matcher day = DAY_ASIDE.matcher(text.substring(from, cueStart));
        if (day.find()) {
            anchor = from + day.start() + 1;
        }
        // "the U.N. refugee agency (UNHCR) said", "Senator Fred Thompson (Republican of Tennessee) said": brackets
        // after the name say more about it
        Matcher brackets = BRACKETS_AT_END.matcher(text).region(from, anchor);
        if (brackets.find()) {
            anchor = brackets.start();
        }
        String before = text.substring(from, anchor);
        // "Hor Namhong, who has maintained he was a prisoner": the name the relative clause hangs on
        Matcher who = WHO_BEFORE.matcher(before);
        if (who.find() && Frames.looksLikeSpeaker(who.group(1))
                && text.substring(cueEnd, s.end()).matches("(?s)\\s+(?:that|he|she|it|they|we|I|there)\\b.*")) {
            return new Frames.Frame(from + who.start(1), from + who.end(1), cueStart, cueEnd, cue, false);
        }
        // "In an interview with the BBC, she described the victory as 'incredible' and said": the first verb's subject
        if (before.isBlank() || before.strip().equals("and")) {
            Matcher coordinated = COORDINATED.matcher(text).region(s.start(), anchor);
            if (coordinated.find() && Frames.looksLikeSpeaker(coordinated.group(1))) {
                return new Frames.Frame(coordinated.start(1), coordinated.end(1), cueStart, cueEnd, cue, false);
            }
        }
        // "Machar who heads the rebellion against the government in Juba says": a relative clause without commas
        Matcher bareWho = BARE_WHO_BEFORE.matcher(before);
        if (bareWho.find() && Frames.looksLikeSpeaker(bareWho.group(1)) && !Lexicon.QUANTIFIERS.contains(bareWho.group(1).toLowerCase(Locale.ROOT))) {
            return new Frames.Frame(from + bareWho.start(1), from + bareWho.end(1), cueStart, cueEnd, cue, false);
        }
        // "Mr. Khieu Kanharith, government spokesman and Minister of Information alleges", "Sok Sam Oeun, executive
        // director of the Cambodian Defenders Project and a legal expert, said": a lowercase office after the name
        Matcher office = NAME_THEN_OFFICE.matcher(before);
        if (office.find() && Frames.looksLikeSpeaker(office.group(1)) && namesAnOffice(office.group(2))) {
            return new Frames.Frame(from + office.start(1), from + office.end(1), cueStart, cueEnd, cue, false);
        }
        // "Tsangyang Gyatso, speaking from Dharmasala, India says": the place's comma is inside the aside
        Matcher remote = SPEAKING_FROM.matcher(before);
        if (remote.find() && Frames.looksLikeSpeaker(remote.group(1))) {
            return new Frames.Frame(from + remote.start(1), from + remote.end(1), cueStart, cueEnd, cue, false);
        }
        // "Walsh, 58, said": an age between commas belongs to the name before it
        Matcher aged = AGED.matcher(before);
        if (aged.find() && Frames.looksLikeSpeaker(aged.group(1))) {
            return new Frames.Frame(from + aged.start(1), from + aged.end(1), cueStart, cueEnd, cue, false);
        }
        // "the Norfolk, Va., native said": the commas of a place are inside the description
        Matcher placed = PLACED_DESCRIPTION.matcher(before);
        if (placed.find() && !before.substring(0, placed.start(1)).stripTrailing().endsWith(",")) {
            return new Frames.Frame(from + placed.start(1), from + placed.end(1), cueStart, cueEnd, cue, false);
        }
        int cut = Math.max(lastBoundaryChar(before), lastBoundaryWord(before));
        int start = from + cut;
        String phrase = text.substring(start, anchor).stripTrailing();
        Matcher filler = TRAILING_FILLER.matcher(phrase);
        int end = filler.find() ? start + filler.start() : anchor;

        Segmenter.Span span = Segmenter.trim(text, start, end);
        if (span.start() == span.end() && start - 1 > from && text.charAt(start - 1) == ',') {
            String prior = text.substring(from, start - 1);
            Segmenter.Span aside = Segmenter.trim(text, from + lastBoundaryChar(prior), start - 1);
            Matcher named = NAME_THEN_ASIDE.matcher(prior);
            if (isDescription(text.substring(aside.start(), aside.end()))) {
                // "DeSutter, the Assistant Secretary for Verification and Compliance, told": the whole aside, so
                // the name before it is found (an "and" inside a title is not where the speaker starts)
                span = aside;
            } else if (named.find() && !NOT_A_NAME.matcher(named.group(1)).lookingAt() && Frames.looksLikeSpeaker(named.group(1))) {
                // an aside whose own words hold commas (an organisation's name): the name before it speaks
                span = new Segmenter.Span(from + named.start(1), from + named.end(1));
            } else {
                int priorCut = Math.max(lastBoundaryChar(prior), lastBoundaryWord(prior));
                span = Segmenter.trim(text, from + priorCut, start - 1);
            }
        }
        // "He called Iran a threat and emphasized that ...": the sentence's subject does both
        if (span.start() == span.end() && text.substring(from, anchor).matches("(?s).*\\S.*\\s(?:and|but)\\s+$")) {
            Matcher subject = Frames.SUBJECT.matcher(text).region(from, anchor);
            if (subject.lookingAt() && !Frames.insideQuote(subject.start(1), quotes)) {
                span = Segmenter.trim(text, subject.start(1), subject.end(1));
            }
        }
        // "When it comes to the US he asked": the pronoun right before the cue is the speaker
        Matcher pronoun = PRONOUN_AT_END.matcher(text).region(span.start(), span.end());
        if (pronoun.find() && pronoun.start(1) > span.start()) {
            span = new Segmenter.Span(pronoun.start(1), pronoun.end(1));
        }
        String speaker = text.substring(span.start(), span.end());
        // "The African Union Mission to Somalia, or AMISOM, said": the full name speaks
        if (speaker.matches("^or\\s+\\p{Lu}[\\p{Lu}.\\-]+$") && span.start() - 2 > from
                && text.substring(from, span.start()).stripTrailing().endsWith(",")) {
            int comma = from + text.substring(from, span.start()).stripTrailing().length() - 1;
            String prior = text.substring(from, comma);
            int priorCut = Math.max(lastBoundaryChar(prior), lastBoundaryWord(prior));
            Segmenter.Span full = Segmenter.trim(text, from + priorCut, comma);
            if (full.end() > full.start() && Frames.looksLikeSpeaker(text.substring(full.start(), full.end()))) {
                return new Frames.Frame(full.start(), full.end(), cueStart, cueEnd, cue, false);
            }
        }
        // "Hugh Hill, a doctor, said" / "John Mbeki, speaking in Mombasa, said": the name before the aside speaks
        // "Dave Hutcheson, a U.S. rescue worker says": an indefinite description after a comma describes the name
        boolean description = isDescription(speaker) || speaker.matches("^(?:a|an)\\s.*") && commaBefore(text, from, span);
        if (!Frames.looksLikeSpeaker(speaker) || description) {
            int comma = span.start() - 1;
            while (comma > from && Character.isWhitespace(text.charAt(comma))) {
                comma--;
            }
            Segmenter.Span appos = apposition(text, from, comma + 1, span, description);
            if (appos != null) {
                span = appos;
            } else if (!Frames.looksLikeSpeaker(speaker)) {
                return null;
            }
        }
        return new Frames.Frame(span.start(), span.end(), cueStart, cueEnd, cue, false);
    }

    /**
     * An aside about the speaker rather than the speaker: "a doctor", "speaking in Mombasa", "director of the
     * Cambodian Defenders Project", "on hand to give the awards". Lowercase words that do not name a speaker
     * themselves ("officials", "police", "he") are not asides.
     */
    private static boolean isDescription(String phrase) {
        // "Missouri's adjutant general": a place's or body's office, all lowercase after the possessive
        if (phrase.matches("\\p{Lu}[\\p{L}.\\-]*(?:\\s+\\p{Lu}[\\p{L}.\\-]*)?[’']s\\s+\\p{Ll}[\\p{Ll}\\s\\-]*")) {
            return true;
        }
        if (phrase.isEmpty() || !Character.isLowerCase(phrase.charAt(0))) {
            return false;
        }
        if (phrase.matches("^(?:a|an|the)\\s+\\p{Ll}.*|^\\p{Ll}+(?:ing|ed)\\b.*")) {
            return true;
        }
        String lower = phrase.toLowerCase(Locale.ROOT);
        String[] words = lower.split("\\s+");
        String head = words[words.length - 1].replaceAll("[’']s$", "");
        if (Lexicon.PRONOUNS.contains(lower) || Lexicon.ANONYMOUS_HEADS.contains(head)
                || Lexicon.QUANTIFIERS.contains(words[0])) {
            return false;
        }
        // "spokesman Brian Whitman" is a title and a name; "director of the Defenders Project" is about someone
        String[] original = phrase.split("\\s+");
        return !Frames.isCapitalised(original[original.length - 1])
                || lower.matches(".*\\b(?:of|at|for|with|from|in|on|to|by)\\s.*");
    }

    /**
     * "Hugh Hill, a doctor, said", "Sok Sam Oeun, director of the project, a legal group, said": the name before one
     * or more appositive asides speaks.
     */
    private static Segmenter.Span apposition(String text, int from, int phraseStart, Segmenter.Span described,
            boolean knownDescription) {
        String desc = text.substring(described.start(), described.end());
        int end = phraseStart;
        for (int asides = 0; asides < 3 && (asides == 0 && knownDescription || isDescription(desc)); asides++) {
            if (end - 1 <= from || text.charAt(end - 1) != ',') {
                return null;
            }
            String before = text.substring(from, end - 1);
            int cut = Math.max(lastBoundaryChar(before), lastBoundaryWord(before));
            Segmenter.Span name = Segmenter.trim(text, from + cut, end - 1);
            String candidate = text.substring(name.start(), name.end());
            // "Meanwhile, the Khmer Kampuchea Krom Federation, an advocacy group ..., said": a name may keep its 'the'
            String named = candidate.replaceFirst("^the\\s+", "");
            if (!named.isEmpty() && Frames.isCapitalised(named.split("\\s+")[0]) && Frames.looksLikeSpeaker(candidate)
                    && candidate.split("\\s+").length <= 6
                    && !NOT_A_NAME.matcher(candidate).lookingAt()) {
                return name;
            }
            desc = candidate;
            end = from + cut;
            while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
        }
        return null;
    }

    /** "government spokesman and Minister of Information": an office, not "however" or "too". */
    private static boolean namesAnOffice(String description) {
        String first = description.split("\\s+")[0];
        if (List.of("who", "which", "whose", "and", "but", "however", "meanwhile", "too", "also", "though", "then",
                "in", "on", "at", "for", "with", "after", "before", "when", "while", "as").contains(first)) {
            return false;
        }
        String[] words = description.toLowerCase(Locale.ROOT).split("[\\s,]+");
        for (String w : words) {
            if (Lexicon.isCue(w)) {
                return false;
            }
        }
        for (String w : words) {
            if (Lexicon.ROLE_WORDS.contains(w) || Lexicon.TITLE_WORDS.contains(w) && !w.matches("u\\.s\\.|us|state|home")) {
                return true;
            }
        }
        return false;
    }

    private static boolean commaBefore(String text, int from, Segmenter.Span span) {
        int i = span.start() - 1;
        while (i > from && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i > from && text.charAt(i) == ',';
    }

    private static int lastBoundaryChar(String s) {
        int best = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean spacedHyphen = c == '-' && i > 0 && i + 1 < s.length() && (s.charAt(i - 1) == ' ' && s.charAt(i + 1) == ' '
                    || s.charAt(i - 1) == '-' || s.charAt(i + 1) == '-');
            // "Martin Luther King, Jr.": the suffix's comma is inside the name
            boolean suffix = c == ',' && SUFFIX_NEXT.matcher(s).region(i + 1, s.length()).lookingAt();
            if (c == ',' && !suffix || c == ';' || c == ':' || c == '(' || c == ')' || c == '—' || c == '–' || spacedHyphen
                    || Quotes.isOpenChar(c) || Quotes.isCloseChar(c) && c != '’') {
                best = i + 1;
            }
        }
        return best;
    }

    private static int lastBoundaryWord(String s) {
        int best = 0;
        Matcher m = BOUNDARY_WORD.matcher(s);
        while (m.find()) {
            // "Center for Information Technology and Development": 'and' between capitalised words is inside a name
            // "The WHO says": the World Health Organization, not a relative pronoun
            boolean who = m.group().strip().equals("WHO");
            if (!who && !(m.group().strip().equals("and") && CAPITALISED_BEFORE.matcher(s).region(0, m.start()).find()
                    && m.end() < s.length() && Character.isUpperCase(s.charAt(m.end())))) {
                best = m.end();
            }
        }
        return best;
    }

    private SpeakerBefore() {
    }
}
