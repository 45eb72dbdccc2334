package io.stancegraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The reported clause a frame introduces: after the cue ("said that ..."), or before it ("..., he said."). */
final class Clauses {

    private static final Pattern ADJUNCT = Pattern.compile("^\\s*(?:,\\s*)?(?:on\\s+)?(?:(?:Monday|Tuesday|Wednesday|"
            + "Thursday|Friday|Saturday|Sunday)|(?:January|February|March|April|May|June|July|August|September|October|"
            + "November|December)\\s+\\d{1,2}(?:,\\s*\\d{4})?|in an? (?:statement|interview|briefing|speech|letter|"
            + "email|post|tweet|report)(?:\\s+(?:with|to|on)\\s+[\\p{Lu}][\\p{L}.’'\\-]*(?:\\s+[\\p{Lu}][\\p{L}.’'\\-]*)*)?|"
            + "last (?:week|month|year|night)|earlier|yesterday|today|this week|to reporters|to journalists|"
            + "at a (?:news|press) conference|on (?:the )?condition of anonymity|publicly|again|also|here|"
            + "as of (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|now|\\p{Lu}\\p{L}+\\s+\\d{1,2}))\\b(?![’']),?");
    private static final Set<String> NO_CLAUSE_START = Set.of("as", "while", "when", "after", "before", "because",
            "amid", "during", "in", "at", "on", "about", "of", "for", "with", "by", "from", "into", "so", "since",
            "and", "but", "or", "if", "than", "over", "through", "without", "under", "via", "outside", "inside", "near",
            "following", "ahead", "upon", "within", "across", "behind", "around", "toward", "towards");
    private static final Set<String> TO_CUES = Set.of("promised", "vowed", "pledged", "urged", "urges", "asked",
            "asks", "agreed", "threatened", "warned");
    /** "promised aid" is an act, not speech: these report a clause only with 'to' or 'that'. */
    private static final Set<String> COMMITMENT_CUES = Set.of("promised", "vowed", "pledged", "agreed", "threatened");
    /** "charged that the police did nothing" reports; "charged him with murder" does not. */
    private static final Set<String> THAT_ONLY_CUES = Set.of("charged", "charges", "denied", "denies", "deny", "conceded",
            "concedes", "admitted", "admits");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}’'\\-]*");

    private static final Pattern THAT = Pattern.compile("^\\s*(?:[^,.;:“”\"]{0,60}?\\s)?that\\s");
    private static final Pattern LISTENER = Pattern.compile("^(?:reporters|journalists|lawmakers|the \\p{Ll}+|"
            + "(?:[\\p{Lu}][\\p{L}.\\-]*(?:[’']s)?\\s+)*[\\p{Lu}][\\p{L}.\\-]*)");
    private static final Pattern TOLD_OUTLET = Pattern.compile("^\\s+(?:reporters|journalists|the press|"
            + "VOA(?:[’']s)?(?:\\s+(?:Khmer|Somali|Tibetan|Persian|Urdu|Hausa|Swahili|Amharic|Burmese|Kurdish|Dari|Pashto|"
            + "Deewa|Afrique|Mandarin|Korean|Indonesian|Thai|Vietnamese|Russian|Ukrainian|Spanish|Creole|Bangla|Turkish|"
            + "Georgian|Albanian|Serbian|Bosnian|Zimbabwe|Studio\\s+7|Horn\\s+of\\s+Africa|English))?"
            + "(?:\\s+[Ss]ervice)?|the BBC|the (?:newspaper|paper|daily|broadcaster|agency|news agency|station|magazine|"
            + "website|radio|network|channel)|"
            + "\\p{Lu}{2,6}|\\p{Lu}\\p{L}+\\s+(?:News|Radio|Television|TV))(?:\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|"
            + "Thursday|Friday|Saturday|Sunday|today|yesterday))?,?(?=\\s+\\p{L})");
    private static final Pattern LISTENER_THEN_SUBJECT = Pattern.compile("\\s+[^,.;:“”\"]{1,60}?\\s(?=(?:he|she|they|it|we|I)\\s+"
            + "(?:was|is|were|are|had|has|would|will|could|did|does|do|\\p{Ll}+ed)\\b)");
    /** "..., citing intimidation": a participle after the clause is the writer's gloss, not the reported words. */
    private static final Pattern PARTICIPIAL_TAIL = Pattern.compile(",\\s+(?:citing|saying|adding|noting|calling|"
            + "urging|describing|claiming|arguing|insisting|warning|bringing|prompting|referring|pointing)\\b");
    /** "..., but critics say ...": the conjunction before the next speaker belongs to neither clause. */
    private static final Pattern TRAILING_CONJUNCTION = Pattern.compile(
            "[,;]?\\s+(?:and|but|or|while|as|because|although|though|so|yet)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ADJUNCT_TAIL = Pattern.compile("(?:during|at|in|on|from|before|following|outside|"
            + "inside|near|with|via|through|over|after)\\s(?![^.!?]*\\bthat\\b)[^,;:\"“”]*[.!?]?[”\"’)]?");
    private static final Pattern GLOSS = Pattern.compile("\\s*,\\s*(\\p{Ll}+ing)\\b");
    private static final Pattern CONTINUED = Pattern.compile("^\\s*,\\s*(?:and|but)\\s+(?:that\\s+)?");

    private Clauses() {
    }

    /** The clause after the cue, up to the next frame or the sentence end; null when there is none. */
    static Segmenter.Span after(String text, Frames.Frame f, Segmenter.Span s, List<Frames.Frame> frames) {
        if (f.inverted() && !Frames.isAccording(f.cue())) {
            return null;
        }
        // "..., according to Capt. Aziz Noorali, a Pensacola, Fla., native": after a report, what follows the name
        // describes the source; only "According to X, ..." opening its sentence reports after the comma
        boolean opensSentence = text.substring(s.start(), f.cueStart()).matches("(?s)\\W*(?:\\p{L}+\\W+){0,2}");
        int i = Frames.isAccording(f.cue()) ? opensSentence ? afterComma(text, f.speakerEnd(), s) : -1 : f.cueEnd();
        if (i < 0) {
            return null;
        }
        Matcher adj = ADJUNCT.matcher(text).region(i, s.end());
        while (adj.lookingAt() && adj.end() > i) {
            i = adj.end();
            adj.region(i, s.end());
        }
        String rest = text.substring(i, s.end());
        if (isGloss(rest)) {
            // "..., a spokesman for the army said, presaging heavy fighting": the writer's gloss, not a report
            return null;
        }
        // "..., Miller added, and some militaries are arming": the attribution also covers the clause after 'and'
        Matcher continued = CONTINUED.matcher(rest);
        if (continued.lookingAt()) {
            return clause(text, i + continued.end(), s.end());
        }
        Matcher that = THAT.matcher(rest);
        String lowerCue = f.cue().toLowerCase(Locale.ROOT);
        boolean objectCue = Lexicon.OBJECT_CUES.contains(lowerCue);
        // "wrote on Twitter that", "said at the meeting that": a place or channel before 'that' is no object
        boolean thatClause = that.find() && (objectCue || that.group().strip().equals("that")
                || that.group().strip().matches("(?:(?:on|in|at|during|via|through|over)\\s+(?:\\S+\\s+){0,7}|\\p{Ll}+ly\\s+)that"));
        Matcher outlet = TOLD_OUTLET.matcher(rest);
        if (thatClause) {
            i += that.end();
        } else if ((lowerCue.equals("told") || lowerCue.equals("tells")) && outlet.lookingAt()) {
            // "told VOA Gambians are disenchanted": the listener is a newsroom or the press, the clause follows
            i += outlet.end();
        } else if (lowerCue.equals("told") || lowerCue.equals("tells") || lowerCue.equals("informed")) {
            // "told judges at the tribunal on Thursday he was ready": the listener, then a clause with its subject
            Matcher listener = LISTENER_THEN_SUBJECT.matcher(rest);
            if (!listener.lookingAt()) {
                return null;
            }
            i += listener.end();
        }
        if (!thatClause && THAT_ONLY_CUES.contains(lowerCue)) {
            return null;
        }
        Matcher first = WORD.matcher(text).region(i, s.end());
        if (!first.find()) {
            return null;
        }
        String w = first.group().toLowerCase(Locale.ROOT);
        if (!thatClause && (NO_CLAUSE_START.contains(w) || (w.equals("to") && !TO_CUES.contains(lowerCue))
                || (COMMITMENT_CUES.contains(lowerCue) && !w.equals("to")))) {
            return null;
        }
        int end = s.end();
        // "Hor Namhong, who has maintained he was a prisoner at the camp, sued ...": the relative clause ends the report
        if (!f.inverted() && text.substring(f.speakerEnd(), f.cueStart()).matches("(?s),\\s+who\\b.*")) {
            int comma = text.indexOf(',', i);
            end = comma > 0 && comma < end ? comma : end;
        }
        for (Frames.Frame other : frames) {
            if (other.start() > i && other.start() < end) {
                end = commaBefore(text, i, other.start());
            }
        }
        return clause(text, i, end);
    }

    /** "..., Harris said." or "..., said the official": the clause from the sentence start to the comma. */
    static Segmenter.Span before(String text, Frames.Frame f, Segmenter.Span s, int from) {
        int comma = text.lastIndexOf(',', f.start());
        if (comma < from || comma < s.start() || !text.substring(comma + 1, f.start()).isBlank()) {
            return null;
        }
        // "..., according to the U.S. Geological Survey (USGS).": the speaker's abbreviation is not more sentence
        String tail = text.substring(f.end(), s.end()).strip().replaceFirst("^\\(\\p{Lu}[\\p{Lu}.&\\-]*\\)", "").strip();
        if (Lexicon.OBJECT_CUES.contains(f.cue().toLowerCase(Locale.ROOT))) {
            // "..., Panetta told CNN’s Wolf Blitzer in an interview yesterday.": the listener is not the clause's end
            Matcher listener = LISTENER.matcher(tail);
            tail = listener.lookingAt() ? tail.substring(listener.end()).strip() : tail;
        }
        // "..., according to Lt. Col. Hugh McNeely, deputy commander of 2nd BCT.": an apposition about the speaker
        if (f.inverted() && (tail.matches("(?s)^,\\s+(?:a|an|the|\\p{Ll}+)\\b[^\"“”]*$")
                // "..., says Condoleezza Rice, President Bush's national security advisor."
                || tail.matches("(?s)^,\\s+\\p{Lu}[^\"“”,;]*[’']s\\s+[^\"“”,;]*$"))) {
            tail = ".";
        }
        String rest = tail;
        Matcher adj = ADJUNCT.matcher(rest);
        while (adj.lookingAt() && adj.end() > 0) {
            rest = rest.substring(adj.end()).strip();
            adj = ADJUNCT.matcher(rest);
        }
        boolean ends = rest.matches("^[.!?”\"’)]*$")
                // "..., a spokesman said, presaging heavy fighting": the writer's gloss after the attribution
                || isGloss(rest)
                // "..., Mullen said during an award ceremony.": one phrase of where or when, no clause of its own
                || ADJUNCT_TAIL.matcher(rest).matches()
                || rest.matches("(?i)^,?\\s*(as|while|when|after|adding|amid|and|but|including)\\b.*")
                || rest.matches("^,?\\s*[.!?]?$");
        if (!ends) {
            return null;
        }
        return clause(text, from, comma);
    }

    /** ", presaging heavy fighting": a participle that neither reports ("adding") nor lists ("including"). */
    private static boolean isGloss(String rest) {
        Matcher m = GLOSS.matcher(rest);
        return m.lookingAt() && !Lexicon.PARTICIPLE_CUES.contains(m.group(1)) && !m.group(1).matches("including|according");
    }

    private static Segmenter.Span clause(String text, int start, int end) {
        while (start < end && (",;:—–".indexOf(text.charAt(start)) >= 0 || Character.isWhitespace(text.charAt(start)))) {
            start++;
        }
        Matcher tail = PARTICIPIAL_TAIL.matcher(text).region(start, end);
        if (tail.find()) {
            end = tail.start();
        }
        Segmenter.Span span = Segmenter.trim(text, start, end);
        Matcher conjunction = TRAILING_CONJUNCTION.matcher(text).region(span.start(), span.end());
        if (conjunction.find()) {
            span = Segmenter.trim(text, span.start(), conjunction.start());
        }
        int e = span.end();
        while (e > span.start() && ".,;:".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        span = Segmenter.trim(text, span.start(), e);
        String clause = text.substring(span.start(), span.end());
        return WORD.matcher(clause).results().count() >= 3 ? span : null;
    }

    private static int afterComma(String text, int from, Segmenter.Span s) {
        int comma = text.indexOf(',', from);
        return comma < 0 || comma >= s.end() || !text.substring(from, comma).isBlank() ? -1 : comma + 1;
    }

    private static int commaBefore(String text, int from, int at) {
        int comma = text.lastIndexOf(',', at);
        return comma > from && text.substring(comma + 1, at).isBlank() ? comma : at;
    }
}
