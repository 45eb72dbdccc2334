package io.stancegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attribution frames in a sentence: a speaker phrase and a speech cue outside quotation marks ("Harris said",
 * "said the official", "according to officials"), with offsets into the text.
 */
final class Frames {

    /** @param speakerStart start of the speaker phrase; {@code speakerEnd} its end; cue the verb's span */
    record Frame(int speakerStart, int speakerEnd, int cueStart, int cueEnd, String cue, boolean inverted) {
        int start() {
            return Math.min(speakerStart, cueStart);
        }

        int end() {
            return Math.max(speakerEnd, cueEnd);
        }
    }

    /** A word; periods only inside it ("U.S"), so "said." is the word "said". */
    private static final Pattern WORD = Pattern.compile("[\\p{L}](?:[\\p{L}\\p{N}’'\\-]|\\.(?=\\p{L}))*");
    private static final Pattern BOUNDARY_WORDS = Pattern.compile(
            "\\b(?:that|as|while|when|because|after|before|but|and|although|if|since|where|whereas|so|which|then)\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_FILLER = Pattern.compile(
            "(?:\\s+(?:has|have|had|also|later|then|previously|again|reportedly|repeatedly|recently|further|once|"
                    + "publicly|earlier|was|were|is|are|would|will|could|might|may|had|been|just|already|separately|"
                    + "additionally|still|now|today|yesterday|often|privately|explicitly|initially|eventually|"
                    + "ultimately|finally|simply|flatly|firmly|strongly|openly|clearly|quickly|recently|subsequently|"
                    + "has\\s+long|did\\s+not|does\\s+not|didn’t|doesn’t|" + Lexicon.TEMPORAL + "))+$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern AFTER_CUE = Pattern.compile("^\\s+([^,;:!?()—]+)");
    private static final Pattern BOUNDARY_WORD = Pattern.compile("\\b(?:that|as|while|when|because|after|before|but|and|although|if|since|where|"
                + "whereas|so|which|then|who)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern STOP = Pattern.compile("\\s(?:in|on|at|during|after|before|when|while|as|adding|to|that|who|with|"
                + "from|last|this|earlier|told|said|for)\\b");
    /** A sentence's subject, after an opening adverbial: "However, the Syrian government has ...". */
    private static final Pattern SUBJECT = Pattern.compile("\\s*(?:(?:However|Meanwhile|Separately|Later|Earlier|Also|"
            + "On \\p{Lu}\\p{L}+|In a statement),\\s+)?((?:The|A|An)\\s+\\p{Ll}[\\p{L}\\-]*|(?:(?:The|A|An)\\s+)?(?:[\\p{Lu}][\\p{L}.’'\\-]*\\s+)*"
            + "[\\p{Lu}][\\p{L}.’'\\-]*|He|She|They|It|We)\\s+\\p{Ll}");
    private static final Pattern NAMED = Pattern.compile(",\\s+(?:named|identified(?: only)? as|called)\\s+"
            + "(\\p{Lu}[\\p{L}’'\\-]*(?:\\s+\\p{Lu}[\\p{L}’'\\-]*)*)");
    private static final Pattern BY_SAYING = Pattern.compile("(?:\\s+[\\p{L}’'\\-]+){0,5}\\s+by\\s+(?:saying|telling|stating|noting)\\b");
    /** Capitalised openings of adverbial phrases, which an apposition's name never starts with. */
    private static final Pattern NOT_A_NAME = Pattern.compile("(?:At|In|On|For|From|With|By|After|Before|During|Under|"
            + "Over|Near|Asked|Pressed|Questioned|Speaking|Responding|Referring|Turning|Commenting|Regarding|Concerning|"
            + "Addressing|Writing|Noting|Citing|Quoting|According|When|While)\\s");
    /** "Sarken Oktem, the coordinator for Turkey's Foundation for Human Rights, Freedom and Relief, says". */
    private static final Pattern NAME_THEN_ASIDE = Pattern.compile("(?:^|[,;:(—–]\\s*|\\s)(\\p{Lu}[\\p{L}.'’\\-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){1,3}),\\s+(?:the|a|an)\\s+[^;:\"“”()]*$");
    private static final Pattern PRONOUN_AT_END = Pattern.compile("\\s(he|she|they|we|I)$");
    private static final Pattern QUOTED_AS = Pattern.compile("\\bquot(?:ed|es|ing)\\s+(.+?)\\s+as\\s*$");

    private Frames() {
    }

    static List<Frame> find(String text, Segmenter.Span sentence, List<Quotes.Quote> quotes) {
        List<Frame> out = new ArrayList<>();
        Matcher w = WORD.matcher(text).region(sentence.start(), sentence.end());
        while (w.find()) {
            String word = w.group().toLowerCase(Locale.ROOT);
            if (insideQuote(w.start(), quotes)) {
                continue;
            }
            if (word.equals("saying") && !text.substring(w.end()).matches("(?s)^\\s*[.,;].*")) {
                Frame f = sayingFrame(text, sentence, w.start(), w.end(), quotes);
                if (f != null) {
                    out.add(f);
                }
            } else if (word.equals("according") && text.startsWith(" to ", w.end())) {
                Frame f = speakerAfter(text, sentence, w.start(), w.end() + 3, "according to", quotes);
                if (f != null) {
                    out.add(f);
                }
            } else if (Lexicon.isCue(word) && Character.isLowerCase(w.group().charAt(0))
                    && !(word.equals("pointed") && !text.startsWith(" out", w.end()))
                    // "concluded the interview by saying ...": the saying is the cue, not the concluding
                    && !BY_SAYING.matcher(text).region(w.end(), sentence.end()).lookingAt()) {
                Frame f = speakerBefore(text, sentence, w.start(), w.end(), w.group(), quotes);
                if (f == null) {
                    f = speakerAfter(text, sentence, w.start(), w.end(), w.group(), quotes);
                }
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /**
     * "The IMF cut its forecast Thursday, saying ...", "Syria countered by saying ...": the sentence's subject speaks;
     * "Reuters quoted a spokesman as saying ...": the one quoted does.
     */
    private static Frame sayingFrame(String text, Segmenter.Span s, int cueStart, int cueEnd, List<Quotes.Quote> quotes) {
        String before = text.substring(s.start(), cueStart);
        Matcher quoted = QUOTED_AS.matcher(before);
        if (quoted.find()) {
            Segmenter.Span span = Segmenter.trim(text, s.start() + quoted.start(1), s.start() + quoted.end(1));
            return looksLikeSpeaker(text.substring(span.start(), span.end()))
                    ? new Frame(span.start(), span.end(), cueStart, cueEnd, "saying", false) : null;
        }
        if (!before.matches("(?s).*(?:,|\\bby)\\s*$")) {
            return null;
        }
        Matcher subject = SUBJECT.matcher(text).region(s.start(), cueStart);
        if (!subject.lookingAt() || insideQuote(s.start() + 1, quotes)) {
            return null;
        }
        Segmenter.Span span = Segmenter.trim(text, subject.start(1), subject.end(1));
        String speaker = text.substring(span.start(), span.end());
        return looksLikeSpeaker(speaker) && !Lexicon.QUANTIFIERS.contains(speaker.toLowerCase(Locale.ROOT))
                ? new Frame(span.start(), span.end(), cueStart, cueEnd, "saying", false) : null;
    }

    static boolean insideQuote(int i, List<Quotes.Quote> quotes) {
        for (Quotes.Quote q : quotes) {
            if (i > q.open() && i < q.close()) {
                return true;
            }
        }
        return false;
    }

    private static Frame speakerBefore(String text, Segmenter.Span s, int cueStart, int cueEnd, String cue,
            List<Quotes.Quote> quotes) {
        int from = s.start();
        for (Quotes.Quote q : quotes) {
            if (q.close() < cueStart && q.close() + 1 > from) {
                from = Math.min(q.close() + 1, cueStart);
            }
        }
        String before = text.substring(from, cueStart);
        int cut = Math.max(lastBoundaryChar(before), lastBoundaryWord(before));
        int start = from + cut;
        String phrase = text.substring(start, cueStart).stripTrailing();
        Matcher filler = TRAILING_FILLER.matcher(phrase);
        int end = filler.find() ? start + filler.start() : cueStart;
        Segmenter.Span span = Segmenter.trim(text, start, end);
        if (span.start() == span.end() && start - 1 > from && text.charAt(start - 1) == ',') {
            String prior = text.substring(from, start - 1);
            Segmenter.Span aside = Segmenter.trim(text, from + lastBoundaryChar(prior), start - 1);
            Matcher named = NAME_THEN_ASIDE.matcher(prior);
            if (isDescription(text.substring(aside.start(), aside.end()))) {
                // "DeSutter, the Assistant Secretary for Verification and Compliance, told": the whole aside, so
                // the name before it is found (an "and" inside a title is not where the speaker starts)
                span = aside;
            } else if (named.find() && !NOT_A_NAME.matcher(named.group(1)).lookingAt() && looksLikeSpeaker(named.group(1))) {
                // an aside whose own words hold commas (an organisation's name): the name before it speaks
                span = new Segmenter.Span(from + named.start(1), from + named.end(1));
            } else {
                int priorCut = Math.max(lastBoundaryChar(prior), lastBoundaryWord(prior));
                span = Segmenter.trim(text, from + priorCut, start - 1);
            }
        }
        // "He called Iran a threat and emphasized that ...": the sentence's subject does both
        if (span.start() == span.end() && text.substring(from, cueStart).matches("(?s).*\\S.*\\s(?:and|but)\\s+$")) {
            Matcher subject = SUBJECT.matcher(text).region(from, cueStart);
            if (subject.lookingAt() && !insideQuote(subject.start(1), quotes)) {
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
            if (full.end() > full.start() && looksLikeSpeaker(text.substring(full.start(), full.end()))) {
                return new Frame(full.start(), full.end(), cueStart, cueEnd, cue, false);
            }
        }
        // "Hugh Hill, a doctor, said" / "John Mbeki, speaking in Mombasa, said": the name before the aside speaks
        // "Dave Hutcheson, a U.S. rescue worker says": an indefinite description after a comma describes the name
        boolean description = isDescription(speaker) || speaker.matches("^(?:a|an)\\s.*") && commaBefore(text, from, span);
        if (!looksLikeSpeaker(speaker) || description) {
            int comma = span.start() - 1;
            while (comma > from && Character.isWhitespace(text.charAt(comma))) {
                comma--;
            }
            Segmenter.Span appos = apposition(text, from, comma + 1, span, description);
            if (appos != null) {
                span = appos;
            } else if (!looksLikeSpeaker(speaker)) {
                return null;
            }
        }
        return new Frame(span.start(), span.end(), cueStart, cueEnd, cue, false);
    }

    /**
     * An aside about the speaker rather than the speaker: "a doctor", "speaking in Mombasa", "director of the
     * Cambodian Defenders Project", "on hand to give the awards". Lowercase words that do not name a speaker
     * themselves ("officials", "police", "he") are not asides.
     */
    private static boolean isDescription(String phrase) {
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
        return !isCapitalised(original[original.length - 1])
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
            if (!candidate.isEmpty() && isCapitalised(candidate.split("\\s+")[0]) && looksLikeSpeaker(candidate)
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

    private static boolean commaBefore(String text, int from, Segmenter.Span span) {
        int i = span.start() - 1;
        while (i > from && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i > from && text.charAt(i) == ',';
    }

    /** A word that starts a name: capitalised, or an Arabic article before one ("al-Shabab", "el-Sisi"). */
    static boolean isCapitalised(String word) {
        return !word.isEmpty() && (Character.isUpperCase(word.charAt(0))
                || word.matches("(?:al|el|ad|ar|as|at|az|an|ash|ibn|bin|ben|abu|de|van|von)-\\p{Lu}.*"));
    }

    private static Frame speakerAfter(String text, Segmenter.Span s, int cueStart, int cueEnd, String cue,
            List<Quotes.Quote> quotes) {
        int limit = s.end();
        for (Quotes.Quote q : quotes) {
            if (q.open() > cueEnd && q.open() < limit) {
                limit = q.open();
            }
        }
        String after = text.substring(cueEnd, limit);
        Matcher m = AFTER_CUE.matcher(after);
        if (!m.find()) {
            return null;
        }
        String phrase = m.group(1);
        Matcher stop = STOP.matcher(phrase);
        int len = phrase.length();
        while (stop.find()) {
            String head = phrase.substring(0, stop.start());
            String next = phrase.substring(stop.end()).strip();
            boolean titleGoesOn = !next.isEmpty() && Character.isUpperCase(next.charAt(0))
                    && stop.group().strip().matches("in|of|for|to");
            if (!head.isBlank() && !titleGoesOn && !head.matches(".*\\b(?:of|Secretary|Minister|Department|Ministry)$")) {
                len = stop.start();
                break;
            }
        }
        int start = cueEnd + m.start(1);
        while (len > 0 && phrase.charAt(len - 1) == '.' && !phrase.substring(0, len).matches(".*\\b\\p{Lu}\\.$")) {
            len--;
        }
        Segmenter.Span span = Segmenter.trim(text, start, start + len);
        // "said one caller from Banteay Meanchey, named Thany": the name given speaks
        Matcher named = NAMED.matcher(text).region(cueEnd + m.end(1), limit);
        if (named.lookingAt()) {
            span = new Segmenter.Span(named.start(1), named.end(1));
        }
        String speaker = text.substring(span.start(), span.end());
        // "said Wednesday": a day, not a speaker
        if (!looksLikeSpeaker(speaker) || Lexicon.PRONOUNS.contains(speaker.toLowerCase(Locale.ROOT))
                && !cue.equals("according to") || speaker.matches("(?i)^(?:" + Lexicon.TEMPORAL + ")\\b.*")) {
            return null;
        }
        return new Frame(span.start(), span.end(), cueStart, cueEnd, cue, true);
    }

    static boolean looksLikeSpeaker(String phrase) {
        if (phrase.isEmpty()) {
            return false;
        }
        String[] words = phrase.split("\\s+");
        if (words.length > 18) {
            return false;
        }
        String lower = phrase.toLowerCase(Locale.ROOT);
        if (Lexicon.PRONOUNS.contains(lower)) {
            return true;
        }
        if (Lexicon.SENTENCE_ADVERBS.contains(lower) || lower.matches("the|a|an|this|that|these|those|during|in|on|at|after|before|when|while|with|for|as|"
                + "since|under|from|by|if|although|though|despite|amid|following")) {
            return false;
        }
        String head = words[words.length - 1].toLowerCase(Locale.ROOT).replaceAll("[’']s$", "");
        if (Lexicon.ANONYMOUS_HEADS.contains(head)) {
            return true;
        }
        if (lower.matches("^(a|an|the)\\s.*")) {
            for (String w : words) {
                String lw = w.toLowerCase(Locale.ROOT);
                if (Lexicon.ANONYMOUS_HEADS.contains(lw) || Lexicon.ROLE_WORDS.contains(lw)) {
                    return true;
                }
            }
            if (Lexicon.BODY_WORDS.contains(head) || Lexicon.BODY_WORDS.contains(head.replaceAll("s$", ""))) {
                return true;
            }
        }
        String last = words[words.length - 1];
        return isCapitalised(last) && !lower.matches("^(it|this|that|there|what|which)\\b.*");
    }

    private static int lastBoundaryChar(String s) {
        int best = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean spacedHyphen = c == '-' && i > 0 && i + 1 < s.length() && s.charAt(i - 1) == ' ' && s.charAt(i + 1) == ' ';
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '—' || c == '–' || spacedHyphen
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
            best = m.end();
        }
        return best;
    }
}
