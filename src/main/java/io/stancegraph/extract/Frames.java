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

    private static final Pattern AFTER_CUE = Pattern.compile("^\\s+([^,;:!?()—]+)");
    private static final Pattern STOP = Pattern.compile("\\s(?:in|on|at|during|after|before|when|while|as|adding|to|that|who|with|"
                + "from|last|this|earlier|told|said|for)\\b");
    /** A sentence's subject, after an opening adverbial: "However, the Syrian government has ...". */
    static final Pattern SUBJECT = Pattern.compile("\\s*(?:(?:However|Meanwhile|Separately|Later|Earlier|Also|"
            + "On \\p{Lu}\\p{L}+|In a statement),\\s+)?((?:The|A|An|One|Two|Three|Four|Five|Several|Some|Many|Most|Few|Other|Another)\\s+\\p{Ll}[\\p{L}\\-]*|(?:(?:The|A|An)\\s+)?(?:[\\p{Lu}][\\p{L}.’'\\-]*\\s+"
            + "(?:(?:opposition|party|government|rebel|army|military|foreign|defense|defence|prime|deputy|senior|former|"
            + "interior|finance|health|justice|state|chief|police)\\s+){0,2}(?:leader|minister|secretary|spokesman|"
            + "spokeswoman|president|chief|commander|official|chairman|governor|general|director|envoy|ambassador)\\s+"
            + "(?=\\p{Lu}))?(?:[\\p{Lu}][\\p{L}.’'\\-]*\\s+)*"
            + "[\\p{Lu}][\\p{L}.’'\\-]*|He|She|They|It|We)\\s+\\p{Ll}");
    private static final Pattern NAMED = Pattern.compile(",\\s+(?:named|identified(?: only)? as|called)\\s+"
            + "(\\p{Lu}[\\p{L}’'\\-]*(?:\\s+\\p{Lu}[\\p{L}’'\\-]*)*)");
    private static final Pattern HOLDER = Pattern.compile(",\\s+((?:\\p{Lu}[\\p{L}.’'\\-]*\\s+){1,5}\\p{Lu}[\\p{L}’'\\-]+"
            + "(?:\\s+(?:Jr|Sr)\\.?)?)(?=[.,;]|\\s*$)");
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("\\b(?:the|a|an|this|that|these|those|his|her|its|"
            + "their|our|my|your)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PASSIVE = Pattern.compile("\\b(?:is|are|was|were|be|been|being)\\s+$");
    private static final Pattern DOCUMENT_END = Pattern.compile("\\b(?:statement|release|report|announcement|"
            + "communique|communiqué|bulletin|letter|filing|notice|document)$");
    private static final Pattern PUNCTUATION_NEXT = Pattern.compile("\\s*[.,;]");
    private static final Pattern CONTINUES_DOING = Pattern.compile("\\s+(?:to\\s|\\p{Ll}+ing\\b|\\p{Ll}+s?\\s)");
    private static final Pattern CONTINUES_SAYING = Pattern.compile("\\s+(?:that|by saying)\\b");
    private static final Pattern CLAUSE_NEXT = Pattern.compile("\\s+(?:that|he|she|it|they|we|I|there|this|these)\\b");
    private static final Pattern BY_SAYING = Pattern.compile("(?:\\s+[\\p{L}’'\\-]+){0,5}\\s+by\\s+(?:saying|telling|stating|noting)\\b");
    private static final Pattern DOCUMENT_SUBJECT = Pattern.compile("\\b(?:statement|letter|message|note|notice|release|"
            + "communiqu[eé]|sign|banner|placard|post|tweet|text|decree|resolution|editorial)\\b[^,;:\"“”]*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTE_NEXT = Pattern.compile("\\s*[:,]?\\s*[\"“]");
    private static final Pattern IN_THE = Pattern.compile("\\b[Ii]n\\s+the\\s+$");
    private static final Pattern POSSESSED_BODY = Pattern.compile("[\\p{L}.\\-]+(?:\\s+[\\p{L}.\\-]+)?[’']s\\s+(?:\\p{Ll}+\\s+){0,2}\\p{Ll}+");
    private static final Pattern REFUSED = Pattern.compile("\\b(?:declined|refused|declines|refuses|would\\s+not|wouldn['’]t|"
            + "did\\s+not|didn['’]t|could\\s+not|couldn['’]t|was\\s+unable)\\s+(?:to\\s+)?$");
    private static final Pattern QUOTED_BY = Pattern.compile("(\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){1,3}),?\\s+"
            + "(?:was|is|were|has\\s+been|had\\s+been)\\s+quoted\\s+by\\s+[^,;]+?\\s+as\\s*$");
    private static final Pattern COMMA_BEFORE = Pattern.compile(",\\s*$");
    private static final Pattern INVERTED_END = Pattern.compile("\\s*(?:[,;:!?\"“”]|\\.?\\s*$)");
    private static final Pattern QUOTED_AS = Pattern.compile("\\bquot(?:ed|es|ing)\\s+(.+?)\\s+as\\s*$");

    private Frames() {
    }

    static List<Frame> find(String text, Segmenter.Span sentence, List<Quotes.Quote> quotes) {
        List<Frame> out = new ArrayList<>();
        Matcher w = WORD.matcher(text).region(sentence.start(), sentence.end());
        Matcher inThe = IN_THE.matcher(text);
        while (w.find()) {
            String word = w.group().toLowerCase(Locale.ROOT);
            if (insideQuote(w.start(), quotes)) {
                continue;
            }
            if (Lexicon.PARTICIPLE_CUES.contains(word) && !PUNCTUATION_NEXT.matcher(text).region(w.end(), text.length()).lookingAt()
                    // "claiming it would hurt the region" reports; "adding to the confusion" does not
                    && (word.equals("saying") || CLAUSE_NEXT.matcher(text).region(w.end(), sentence.end()).lookingAt())) {
                Frame f = sayingFrame(text, sentence, w.start(), w.end(), word, quotes);
                // '"I have done nothing wrong," said Mayor Peter Walsh, adding that ...': the speaker just named
                Frame prior = out.isEmpty() ? null : out.get(out.size() - 1);
                if (f == null && prior != null && prior.inverted() && text.substring(prior.speakerEnd(), w.start()).matches("\\s*,\\s*")) {
                    f = new Frame(prior.speakerStart(), prior.speakerEnd(), w.start(), w.end(), word, false);
                }
                // "A Hushd militia spokesman, Mushtaq al Hassani, told state TV that ..., adding that ...": the one who
                // told, not the sentence's first words
                Frame first = out.isEmpty() ? null : out.get(0);
                if (f != null && first != null && !first.inverted() && first.speakerEnd() <= w.start()) {
                    f = new Frame(first.speakerStart(), first.speakerEnd(), w.start(), w.end(), word, false);
                }
                if (f != null) {
                    out.add(f);
                }
            } else if ((word.equals("read") || word.equals("reads"))
                    && DOCUMENT_SUBJECT.matcher(text).region(sentence.start(), w.start()).find()
                    && QUOTE_NEXT.matcher(text).region(w.end(), sentence.end()).lookingAt()) {
                // "A statement from the European Commission read: '...'": the document's words, its issuer's
                Frame f = SpeakerBefore.find(text, sentence, w.start(), w.end(), w.group(), quotes);
                if (f != null) {
                    out.add(f);
                }
            } else if (word.equals("words") && text.startsWith(" of ", w.end())
                    && inThe.reset().region(sentence.start(), w.start()).find()) {
                // "In the words of one rescuer, 'it could have been much worse'": as "according to"
                Frame f = speakerAfter(text, sentence, inThe.start(), w.end() + 3, "in the words of", quotes);
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
                    && !(word.equals("think") && text.startsWith(" tank", w.end()))
                    // "The corps continues working with ...": continuing is speech only before words or after them
                    && !(word.startsWith("continue") && CONTINUES_DOING.matcher(text).region(w.end(), sentence.end()).lookingAt()
                            && !CONTINUES_SAYING.matcher(text).region(w.end(), sentence.end()).lookingAt())
                    // "the alleged campaign", "his stated aim": a determiner makes the cue an adjective
                    && !DETERMINER_BEFORE.matcher(text.substring(sentence.start(), w.start())).find()
                    // "until the Guard is recalled by the governor": a passive report has no speaker of its own
                    && !PASSIVE.matcher(text.substring(sentence.start(), w.start())).find()
                    // "The spokesperson declined to say whether ...": a refusal reports nothing
                    && !REFUSED.matcher(text).region(sentence.start(), w.start()).find()
                    // "concluded the interview by saying ...": the saying is the cue, not the concluding
                    && !BY_SAYING.matcher(text).region(w.end(), sentence.end()).lookingAt()) {
                // "Together, says Mr. Bush, ...", "The plan, said Smith, is ...": a name between the cue and a comma
                // speaks, not the words before the cue
                Frame f = null;
                if (COMMA_BEFORE.matcher(text).region(sentence.start(), w.start()).find() && !Lexicon.OBJECT_CUES.contains(word)) {
                    Frame after = speakerAfter(text, sentence, w.start(), w.end(), w.group(), quotes);
                    if (after != null && Character.isUpperCase(text.charAt(after.speakerStart()))
                            && INVERTED_END.matcher(text).region(after.speakerEnd(), sentence.end()).lookingAt()) {
                        f = after;
                    }
                }
                f = f != null ? f : SpeakerBefore.find(text, sentence, w.start(), w.end(), w.group(), quotes);
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
    private static Frame sayingFrame(String text, Segmenter.Span s, int cueStart, int cueEnd, String cue,
            List<Quotes.Quote> quotes) {
        String before = text.substring(s.start(), cueStart);
        Matcher quoted = QUOTED_AS.matcher(before);
        // "She was quoted by Reuters as saying": she speaks, Reuters reports it
        if (quoted.find() && !quoted.group(1).startsWith("by ")) {
            Segmenter.Span span = Segmenter.trim(text, s.start() + quoted.start(1), s.start() + quoted.end(1));
            return looksLikeSpeaker(text.substring(span.start(), span.end()))
                    ? new Frame(span.start(), span.end(), cueStart, cueEnd, cue, false) : null;
        }
        // "Russia's deputy foreign minister, Sergei Ryabkov, was quoted by the Interfax news agency as saying": the name
        Matcher quotedBy = QUOTED_BY.matcher(before);
        if (quotedBy.find() && looksLikeSpeaker(quotedBy.group(1))) {
            return new Frame(s.start() + quotedBy.start(1), s.start() + quotedBy.end(1), cueStart, cueEnd, cue, false);
        }
        if (!before.matches("(?s).*(?:,|\\bby|\\bquoted\\s+by\\s+.+\\s+as)\\s*$")) {
            return null;
        }
        Matcher subject = SUBJECT.matcher(text).region(s.start(), cueStart);
        if (subject.lookingAt() && subject.group(1).matches("\\p{Lu}\\p{Ll}+ing|Asked|Pressed|Questioned|Told|Challenged")) {
            // "Stopping at a camp ..., Ban also voiced anger ..., saying": the subject follows the fronted clause
            int comma = text.indexOf(", ", s.start());
            subject = SUBJECT.matcher(text).region(comma < 0 || comma >= cueStart ? cueStart : comma + 1, cueStart);
        }
        if (!subject.lookingAt() || insideQuote(s.start() + 1, quotes)) {
            return null;
        }
        Segmenter.Span span = Segmenter.trim(text, subject.start(1), subject.end(1));
        String speaker = text.substring(span.start(), span.end());
        return looksLikeSpeaker(speaker) && !Lexicon.QUANTIFIERS.contains(speaker.toLowerCase(Locale.ROOT))
                ? new Frame(span.start(), span.end(), cueStart, cueEnd, cue, false) : null;
    }

    /** Cues that name their source after them and report what the sentence says around it. */
    static boolean isAccording(String cue) {
        return cue.equals("according to") || cue.equals("in the words of");
    }

    static boolean insideQuote(int i, List<Quotes.Quote> quotes) {
        for (Quotes.Quote q : quotes) {
            if (i > q.open() && i < q.close()) {
                return true;
            }
        }
        return false;
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
            // "said the Minister of State for Africa" goes on; "says Dr. James A. Estes in Santa Cruz" does not
            String[] headWords = head.strip().split("\\s+");
            List<String> nameBefore = Names.nameAtEnd(headWords);
            boolean afterName = stop.group().strip().equals("in") && nameBefore.size() >= 2
                    && !Names.containsBodyWord(nameBefore.toArray(String[]::new));
            boolean titleGoesOn = !next.isEmpty() && Character.isUpperCase(next.charAt(0)) && !afterName
                    && stop.group().strip().matches("in|of|for|to")
                    // "according to a press release from the Department of Defence": the document's source
                    || stop.group().strip().matches("from|by") && DOCUMENT_END.matcher(head).find();
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
        // "said National Naval Medical Center Commander, Rear Adm. Adam Robinson Jr.": the office, then its holder
        Matcher holder = HOLDER.matcher(text).region(cueEnd + m.end(1), limit);
        String[] office = phrase.strip().split("\\s+");
        if (holder.lookingAt() && Lexicon.ROLE_WORDS.contains(office[office.length - 1].toLowerCase(Locale.ROOT))
                && Names.nameAtEnd(holder.group(1).replaceAll("\\s+(?:Jr|Sr)\\.?$", "").split("\\s+")).size() >= 2) {
            span = new Segmenter.Span(holder.start(1), holder.end(1));
        }
        String speaker = text.substring(span.start(), span.end());
        // "said Wednesday": a day, not a speaker
        if (!looksLikeSpeaker(speaker) || Lexicon.PRONOUNS.contains(speaker.toLowerCase(Locale.ROOT))
                && !isAccording(cue) || speaker.matches("(?i)^(?:" + Lexicon.TEMPORAL + ")\\b.*")) {
            return null;
        }
        return new Frame(span.start(), span.end(), cueStart, cueEnd, cue, true);
    }

    private static final Pattern MODIFIED_GROUP = Pattern.compile("(?:[\\p{L}.\\-]+\\s+){0,2}?(\\p{L}+)\\s+(?:familiar\\s+"
            + "with|close\\s+to|with\\s+knowledge\\s+of|involved\\s+in|briefed\\s+on|who\\s+(?:was|were|had|have)|"
            + "in|from|at|inside|within)\\s");

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
        if (lower.matches("(?:the|a|an)\\s+[\\p{L}\\-]+[’']s\\s+(?:\\p{Ll}+\\s+){0,2}\\p{Ll}+")) {
            // "the bureau's forecaster", "the company's chief": someone of a body named before
            return true;
        }
        if (Lexicon.describesPerson(lower)) {
            return true;
        }
        if (Character.isUpperCase(phrase.charAt(0)) && POSSESSED_BODY.matcher(phrase).matches()
                && (Lexicon.STATE_BODY_HEADS.contains(head) || Lexicon.BODY_WORDS.contains(head))) {
            // "Pakistan's army", "China's foreign ministry": a country's or body's own body
            return true;
        }
        Matcher modified = MODIFIED_GROUP.matcher(lower);
        if (modified.lookingAt() && Lexicon.ANONYMOUS_HEADS.contains(modified.group(1))) {
            // "aid workers familiar with the region", "sources close to the talks"
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

}
