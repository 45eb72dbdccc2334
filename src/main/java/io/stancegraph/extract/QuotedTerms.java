package io.stancegraph.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.stancegraph.extract.Quotes.Quote;

/**
 * Quotations that are no one's statement: a term ("the so-called 'clean network'"), a short modifier ("the 'clean
 * network' plan") or a title ("Streamflow of 2006 - Water Year Summary").
 */
final class QuotedTerms {

    private static final Pattern SCARE = Pattern.compile(
            "(?i)(?:so-called|dubbed|called|termed|known as|named|titled|labell?ed|branded|the word|the term|"
                    + "the phrase|the slogan|the motto|coined)\\s*$");
    private static final Pattern PREDICATE_NEXT = Pattern.compile("the|a|an|his|her|their|its|our|this|these|those|"
            + "\\p{Ll}{3,}ed");
    private static final Pattern NEXT_WORD = Pattern.compile("^\\s+([a-z]+)");
    /** Words after a short quotation that continue the sentence rather than follow a modifier. */
    private static final Set<String> SENTENCE_GOES_ON = Set.of("and", "or", "but", "as", "that", "he", "she", "they",
            "said", "says", "is", "was", "in", "on", "for", "to", "by", "with", "of", "at", "from", "about", "if", "when",
            "while", "because", "how", "whether", "it", "we", "which", "who", "into", "over", "against", "after",
            "before", "than", "during", "between", "among", "toward", "towards");

    private QuotedTerms() {
    }

    static boolean isTerm(String text, Quote q) {
        int lineStart = Math.max(0, q.open() - 40);
        if (SCARE.matcher(text.substring(lineStart, q.open())).find()) {
            return true;
        }
        if (isTitle(text.substring(q.textStart(), q.close()))) {
            return true;
        }
        if (words(text, q) > 4 || q.runsOn() || ",.!?".indexOf(text.charAt(Math.max(q.textStart(), q.close() - 1))) >= 0) {
            return false;
        }
        // "the “clean network” plan": a short quotation used as a modifier
        Matcher next = NEXT_WORD.matcher(text.substring(Math.min(q.close() + 1, text.length())));
        // but 'media "fabricated" the stories', '"hooded gunmen" opened fire': a verb's object or a verb after the
        // quotation makes it part of the sentence, not a modifier of the next noun
        return next.find() && !PREDICATE_NEXT.matcher(next.group(1)).matches()
                && !SENTENCE_GOES_ON.contains(next.group(1));
    }

    /** "Streamflow of 2006 - Water Year Summary": every longer word capitalised is a title, not speech. */
    private static boolean isTitle(String quoted) {
        String[] words = quoted.strip().replaceAll("[,.:;]+$", "").split("[\\s\\-–—]+");
        int capitalised = 0;
        for (String w : words) {
            if (w.length() >= 4 && w.chars().allMatch(Character::isLetter)) {
                if (!Character.isUpperCase(w.charAt(0))) {
                    return false;
                }
                capitalised++;
            }
        }
        return capitalised >= 3 && !quoted.matches("(?s).*[.!?]\\s+\\p{Lu}.*");
    }

    static int words(String text, Quote q) {
        return text.substring(q.textStart(), q.close()).strip().split("\\s+").length;
    }
}
