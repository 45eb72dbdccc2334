package io.stancegraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.stancegraph.extract.Frames.Frame;
import io.stancegraph.extract.Quotes.Quote;
import io.stancegraph.extract.Segmenter.Span;

/**
 * Finds who said what in an English news text: quotations (straight or curly, interrupted by their attribution,
 * running over paragraphs, partial) and reported speech after a speech verb or "according to", each with its
 * speaker resolved through names, titles, appositions, pronouns and anonymous sources. Plain Java and rules: no
 * framework, no database, no model files, so it runs anywhere, in bulk, and is tested on its own.
 */
public final class QuoteExtractor {

    /** A quotation shorter than this, with no attribution of its own, is a term or a title, not a statement. */
    private static final int MIN_UNATTRIBUTED_WORDS = 5;
    private static final Pattern WORDS_OF = Pattern.compile("[.!?]?[”\"]?\\s*(?:(?:Those|These|The)\\s+(?:were\\s+the\\s+)?"
            + "words\\s+(?:came\\s+)?(?:of|from)|So\\s+said)\\s+([^.,;:\"“”]+?)(?=\\s*[.,;:]|\\s+(?:who|on|in|at|as|during)\\b)");
    private static final Pattern NAME_THEN_ASIDE = Pattern.compile("\\s*(\\p{Lu}[\\p{L}.’'\\-]*(?:\\s+\\p{Lu}[\\p{L}.’'\\-]*){1,3}),"
            + "\\s+[^,\"“”]{3,90},\\s+\\p{Ll}");
    private static final Pattern BARE_CUE_END = Pattern.compile("\\s*[.:!]?[”\"]?\\s*");
    /** "A spokesman for Pakistan's army", "an army spokesman", "the ministry's senior official": one unnamed officer. */
    private static final Pattern UNNAMED_OFFICE = Pattern.compile("(?i)(?:a|an|the|one)\\s+(?:[\\p{L}’'\\-.]+\\s+){0,3}?"
            + "(spokes(?:man|woman|person)|official|officer)(?:\\s+(?:for|of|at|with|from)\\s+.+)?");
    private static final Pattern CAPITALISED = Pattern.compile("\\b[\\p{Lu}][\\p{L}.]*(?:\\s+[\\p{Lu}][\\p{L}.]*)?");
    /** Every statement in the text, in text order. {@code published} resolves relative dates; may be null. */
    public List<Extraction> extract(String text, LocalDate published) {
        Run run = new Run(text, published);
        List<Span> paragraphs = Segmenter.paragraphs(text);
        for (int i = 0; i < paragraphs.size(); i++) {
            run.paragraph(paragraphs.get(i), i);
        }
        run.officesNamedLater();
        run.spokesmenNamedLater();
        run.out.sort(Comparator.comparingInt(Extraction::start).thenComparing(Extraction::kind));
        return run.out;
    }

    /** The state of one pass over a text. */
    private static final class Run {
        final String text;
        final LocalDate published;
        final Discourse discourse = new Discourse();
        final List<Extraction> out = new ArrayList<>();
        final Set<Long> seen = new HashSet<>();
        /** The sentence each extraction of {@link #out} was found in, by index. */
        final List<Integer> saidIn = new ArrayList<>();
        Discourse.Resolved runOn;
        String runOnAttribution;
        int lastStatementParagraph = -10;
        Discourse.Resolved lastResolved;

        Run(String text, LocalDate published) {
            this.text = text;
            this.published = published;
        }

        void paragraph(Span p, int index) {
            List<Quote> quotes = Quotes.find(text, p);
            Discourse.Resolved carried = runOn;
            String carriedAttribution = runOnAttribution;
            runOn = null;
            for (Span s : Segmenter.sentences(text, p)) {
                discourse.observe(text.substring(s.start(), s.end()));
                List<Quote> inSentence = quotes.stream().filter(q -> s.contains(q.open())).toList();
                List<Frame> frames = Frames.find(text, s, inSentence);
                Set<Quote> attributed = new HashSet<>();
                int clauseFrom = s.start();
                for (Frame f : frames) {
                    String words = text.substring(f.speakerStart(), f.speakerEnd());
                    Discourse.Resolved r = discourse.resolve(words, f.speakerStart() - s.start());
                    boolean used = false;
                    Span reported = Clauses.after(text, f, s, frames);
                    for (Quote q : inSentence) {
                        if (!attributed.contains(q) && (endsRightBefore(q, f, reported) || opensRightAfter(q, f, s))
                                && !QuotedTerms.isTerm(text, q)) {
                            direct(q, f.cue(), words, r, s, index);
                            attributed.add(q);
                            used = true;
                        }
                    }
                    List<Span> clauses = new ArrayList<>();
                    // "X cut its forecast, saying ...": what X did before the comma is not what X said
                    if (!used && !Lexicon.PARTICIPLE_CUES.contains(f.cue())) {
                        clauses.add(Clauses.before(text, f, s, clauseFrom));
                    }
                    clauses.add(reported);
                    for (Span clause : clauses) {
                        if (clause != null && !isMostlyQuote(clause, inSentence)) {
                            indirect(clause, f.cue(), words, r, s, index);
                            for (Quote q : inSentence) {
                                if (!attributed.contains(q) && q.open() >= clause.start() && q.open() < clause.end()
                                        && !QuotedTerms.isTerm(text, q)) {
                                    direct(q, f.cue(), words, r, s, index);
                                    attributed.add(q);
                                }
                            }
                            used = true;
                        }
                    }
                    // "Gen. Peter Pace, who accompanied Gates on this trip, agreed.": a cue that ends its sentence still
                    // makes its subject the one whose words follow
                    boolean bare = !used && r.entity() != null && r.entity().kind == Speaker.Kind.PERSON
                            && BARE_CUE_END.matcher(text).region(f.end(), s.end()).matches();
                    if (used || bare) {
                        discourse.spoke(r, words);
                    }
                    if (used) {
                        lastResolved = r;
                        clauseFrom = Math.max(clauseFrom, f.end());
                    }
                }
                for (Quote q : inSentence) {
                    if (attributed.contains(q)) {
                        continue;
                    }
                    boolean continuation = q.open() == p.start() && carried != null;
                    Discourse.Resolved r = continuation ? carried : lastStatementParagraph >= index - 1 ? lastResolved : null;
                    // "Committee Chairman Michael McCaul praised USAGM as a 'beacon of freedom ...'": the person the
                    // sentence is about, not the last speaker
                    Discourse.Resolved subject = continuation || !frames.isEmpty() ? null : subjectBefore(s, q);
                    r = subject != null ? subject : r;
                    // '"This is the worst disaster in our history." So said Prime Minister Gilani': named just after
                    Matcher after = continuation || !frames.isEmpty() ? null : WORDS_OF.matcher(text).region(q.close() + 1, text.length());
                    if (after != null && after.lookingAt() && Frames.looksLikeSpeaker(after.group(1))) {
                        r = discourse.resolve(after.group(1), Integer.MAX_VALUE);
                        direct(q, after.group().contains("said") ? "said" : "words", after.group(1), r, s, index);
                        attributed.add(q);
                        lastResolved = r;
                        continue;
                    }
                    // a quotation following another in the same paragraph continues it, however short
                    int minWords = lastStatementParagraph == index && endsSentence(q) ? 2 : MIN_UNATTRIBUTED_WORDS;
                    if (r != null && QuotedTerms.words(text, q) >= minWords && !QuotedTerms.isTerm(text, q)) {
                        direct(q, null, continuation ? carriedAttribution : null, r, s, index);
                        attributed.add(q);
                    }
                }
                for (Quote q : inSentence) {
                    if (q.runsOn() && attributed.contains(q)) {
                        runOn = lastResolved;
                        runOnAttribution = lastAttribution();
                    }
                }
            }
        }

        private String lastAttribution() {
            return out.isEmpty() ? null : out.get(out.size() - 1).attribution();
        }

        /** @param reported the clause the frame's cue reports after it, or null */
        private boolean endsRightBefore(Quote q, Frame f, Span reported) {
            if (q.runsOn() || q.close() >= f.start()) {
                return false;
            }
            // '... a “masquerade.” His spokesman says his re-election ...': a quote that ends its own sentence
            // does not belong to a cue that goes on to report a clause of its own
            if (endsSentence(q) && reported != null) {
                return false;
            }
            // "“...,” the minister, Ana Costa, said": a description may stand between the quote and the name
            return text.substring(q.close() + 1, f.start())
                    .matches("[\\s,.!?—–-]*(?:(?:the|a|an)\\s[^“”\"]{0,60},\\s*)?");
        }

        private boolean opensRightAfter(Quote q, Frame f, Span s) {
            if (q.open() < f.end()) {
                return false;
            }
            String gap = text.substring(f.end(), q.open());
            if (!gap.matches("[^“”\"]*") || gap.length() > 80) {
                return false;
            }
            String words = gap.replaceAll("[,:;—–\\s]+", " ").strip();
            boolean closesSentence = text.substring(Math.min(q.close() + 1, s.end()), s.end()).matches("[\\s.,!?”\"’)]*");
            return words.isEmpty() || (closesSentence && words.split(" ").length <= 4
                    && words.toLowerCase(Locale.ROOT).matches("(that|in a statement|in an interview|on \\w+|\\w+day|"
                            + "to reporters|reporters|journalists|him|her|them|the \\w+|in \\w+|\\w+)( .*)?"));
        }

        /** The quoted words end with a sentence's punctuation: “... a masquerade.” */
        private boolean endsSentence(Quote q) {
            return ".!?".indexOf(text.charAt(Math.max(q.textStart(), q.close() - 1))) >= 0;
        }

        private boolean isMostlyQuote(Span clause, List<Quote> quotes) {
            for (Quote q : quotes) {
                if (q.open() <= clause.start() + 1 && q.close() >= clause.end() - 2) {
                    return true;
                }
            }
            return false;
        }

        /** The sentence's subject before {@code q}, when it is a person the text has named. */
        private Discourse.Resolved subjectBefore(Span sentence, Quote q) {
            Matcher subject = Frames.SUBJECT.matcher(text).region(sentence.start(), q.open());
            if (!subject.lookingAt()) {
                // "Lobsang Sangay, head of the Central Tibetan Administration, called on ...": a name, then its aside
                subject = NAME_THEN_ASIDE.matcher(text).region(sentence.start(), q.open());
            }
            if (!subject.lookingAt() || subject.group(1).matches("(?s).*[’']s|He|She|They|It|We")) {
                return null;
            }
            Discourse.Resolved r = discourse.resolve(subject.group(1), subject.start(1) - sentence.start());
            return r.entity() != null && r.entity().kind == Speaker.Kind.PERSON && r.entity().name.contains(" ") ? r : null;
        }

        private void direct(Quote q, String cue, String words, Discourse.Resolved r, Span sentence, int paragraph) {
            Span span = Segmenter.trim(text, q.textStart(), q.close());
            int end = span.end();
            while (end > span.start() && ",;:".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            add(Extraction.Kind.DIRECT, span.start(), end, cue, words, r, sentence, paragraph);
        }

        private void indirect(Span clause, String cue, String words, Discourse.Resolved r, Span sentence, int paragraph) {
            add(Extraction.Kind.INDIRECT, clause.start(), clause.end(), cue, words, r, sentence, paragraph);
        }

        /**
         * A statement of "a spokesman for Pakistan's army" gets the spokesman the next sentences name ("Army spokesman
         * Major General Athar Abbas"); the body he was credited to becomes the one he spoke for.
         */
        void spokesmenNamedLater() {
            for (int i = 0; i < out.size(); i++) {
                Extraction e = out.get(i);
                Matcher unnamed = e.attribution() == null ? null : UNNAMED_OFFICE.matcher(e.attribution());
                if (unnamed == null || !unnamed.matches() || e.speaker() != null && e.speaker().kind() == Speaker.Kind.PERSON) {
                    continue;
                }
                String role = unnamed.group(1).toLowerCase(Locale.ROOT).replaceAll("spokes(?:woman|person)", "spokesman");
                Cast.Entity holder = OfficeHolders.namedAfter(discourse.cast(), role, saidIn.get(i));
                if (holder != null) {
                    out.set(i, saidBy(e, holder, e.onBehalfOf() != null ? e.onBehalfOf() : e.speaker()));
                }
            }
        }

        /** A statement credited to an office before the text named its holder gets the holder, once the text has. */
        void officesNamedLater() {
            for (int i = 0; i < out.size(); i++) {
                Extraction e = out.get(i);
                Cast.Entity holder = e.speaker() != null || e.attribution() == null ? null : OfficeHolders.holderOf(discourse.cast(), e.attribution());
                if (holder != null) {
                    out.set(i, saidBy(e, holder, e.onBehalfOf()));
                }
            }
        }

        /** The same statement, credited to the holder of the office its words name (mentions re-read for them). */
        private Extraction saidBy(Extraction e, Cast.Entity holder, Speaker behalf) {
            Speaker s = holder.speaker();
            return new Extraction(e.kind(), e.text(), e.start(), e.end(), e.cue(), e.attribution(), s, behalf, e.saidOn(),
                    e.precision(), mentions(e.text(), s));
        }

        private void add(Extraction.Kind kind, int start, int end, String cue, String words, Discourse.Resolved r,
                Span sentence, int paragraph) {
            if (end <= start || !seen.add(((long) start << 32) | end | ((long) kind.ordinal() << 62))) {
                return;
            }
            lastStatementParagraph = paragraph;
            lastResolved = r;
            Dates.Dated dated = Dates.find(outside(sentence, start, end), published);
            Speaker speaker = r == null || r.entity() == null ? null : r.entity().speaker();
            Speaker behalf = r == null || r.body() == null ? null : r.body().speaker();
            saidIn.add(discourse.clock());
            out.add(new Extraction(kind, text.substring(start, end), start, end, cue, words, speaker, behalf,
                    dated != null ? dated.day() : published,
                    dated != null ? dated.precision() : published == null ? null : Extraction.Precision.DAY,
                    mentions(text.substring(start, end), speaker)));
        }

        /** Whether {@code name} stands in {@code words} as whole words. */
        private static boolean containsWord(String words, String name) {
            for (int i = words.indexOf(name); i >= 0; i = words.indexOf(name, i + 1)) {
                int end = i + name.length();
                if ((i == 0 || !Character.isLetterOrDigit(words.charAt(i - 1)))
                        && (end == words.length() || !Character.isLetterOrDigit(words.charAt(end)))) {
                    return true;
                }
            }
            return false;
        }

        /** The sentence without the statement's own words or any quotation: where its date is written. */
        private String outside(Span sentence, int start, int end) {
            StringBuilder sb = new StringBuilder();
            boolean inQuote = false;
            for (int i = sentence.start(); i < sentence.end(); i++) {
                if (Quotes.isOpen(text, i)) {
                    inQuote = true;
                } else if (Quotes.isClose(text, i)) {
                    inQuote = false;
                }
                sb.append(inQuote || (i >= start && i < end) ? ' ' : text.charAt(i));
            }
            return sb.toString();
        }

        private List<Speaker> mentions(String words, Speaker speaker) {
            Map<String, Speaker> found = new LinkedHashMap<>();
            for (Cast.Entity e : discourse.entities()) {
                List<String> names = new ArrayList<>(e.aliases);
                names.add(e.name);
                for (String n : names) {
                    if (n.length() > 2 && Character.isUpperCase(n.charAt(0)) && containsWord(words, n)) {
                        found.putIfAbsent(e.name, e.speaker());
                    }
                }
            }
            Matcher m = CAPITALISED.matcher(words);
            while (m.find()) {
                String country = Lexicon.country(m.group());
                if (country == null && m.group().contains(" ")) {
                    country = Lexicon.country(m.group().split("\\s+")[0]);
                }
                if (country != null) {
                    found.putIfAbsent(country, new Speaker(country, Speaker.Kind.COUNTRY, List.of()));
                }
            }
            if (speaker != null) {
                found.remove(speaker.name());
            }
            return List.copyOf(found.values());
        }
    }
}
