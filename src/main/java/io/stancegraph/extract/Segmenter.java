package io.stancegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Paragraphs and sentences of a text, as offsets into it. A sentence never ends inside a quotation. */
final class Segmenter {

    record Span(int start, int end) {
        boolean contains(int i) {
            return i >= start && i < end;
        }
    }

    private Segmenter() {
    }

    /** Non-blank lines: news bodies put one paragraph per line, or separate them with blank lines. */
    static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? text.length() : nl;
            Span s = trim(text, i, end);
            if (s.start < s.end) {
                out.add(s);
            }
            i = end + 1;
        }
        return out;
    }

    static List<Span> sentences(String text, Span paragraph) {
        List<Span> out = new ArrayList<>();
        int start = paragraph.start;
        boolean inQuote = false;
        for (int i = paragraph.start; i < paragraph.end; i++) {
            char c = text.charAt(i);
            if (Quotes.isOpen(text, i)) {
                inQuote = true;
            } else if (Quotes.isClose(text, i)) {
                inQuote = false;
            }
            // a quotation that ends its sentence ('... were "fiction." He said') ends it outside the mark too
            if ((c == '.' || c == '!' || c == '?') && (!inQuote || i + 1 < paragraph.end && Quotes.isClose(text, i + 1))
                    && endsSentence(text, i, paragraph.end)) {
                int end = i + 1;
                while (end < paragraph.end && (Quotes.isCloseChar(text.charAt(end)) || text.charAt(end) == ')')) {
                    // the loop resumes after these marks, so a closing one must close the quotation here
                    inQuote &= !Quotes.isClose(text, end);
                    end++;
                }
                out.add(trim(text, start, end));
                start = end;
                i = end - 1;
            }
        }
        Span last = trim(text, start, paragraph.end);
        if (last.start < last.end) {
            out.add(last);
        }
        return out;
    }

    private static boolean endsSentence(String text, int i, int limit) {
        int j = i + 1;
        while (j < limit && (Quotes.isCloseChar(text.charAt(j)) || text.charAt(j) == ')')) {
            j++;
        }
        if (j >= limit) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(j))) {
            return false;
        }
        while (j < limit && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        if (j >= limit) {
            return true;
        }
        char next = text.charAt(j);
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || Quotes.isOpenChar(next) || next == '(')) {
            return false;
        }
        if (text.charAt(i) == '.') {
            String word = wordBefore(text, i + 1).toLowerCase(Locale.ROOT);
            if (Lexicon.ABBREVIATIONS.contains(word) || word.matches("[a-z]\\.") ) {
                return false;
            }
            // "H.R. 4444", "U.S. 1": a dotted abbreviation before a number names it
            if (word.matches("(?:\\p{L}\\.){2,}") && Character.isDigit(next)) {
                return false;
            }
        }
        return true;
    }

    /** The whitespace-delimited word ending at {@code end} (exclusive). */
    static String wordBefore(String text, int end) {
        int s = end;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1)) && !Quotes.isOpenChar(text.charAt(s - 1))) {
            s--;
        }
        return text.substring(s, end);
    }

    static Span trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }
}
