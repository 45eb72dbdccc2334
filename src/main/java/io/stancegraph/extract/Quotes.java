package io.stancegraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Quotation spans in a paragraph, with straight and curly marks. A quotation left open at the end of a paragraph
 * continues in the next one when that opens with a quotation mark (the news convention for long quotes).
 */
final class Quotes {

    /**
     * @param open index of the opening mark; {@code close} index of the closing mark, or the paragraph end when the
     *        quotation runs on into the next paragraph ({@code runsOn})
     */
    record Quote(int open, int close, boolean runsOn) {
        int textStart() {
            return open + 1;
        }
    }

    private Quotes() {
    }

    static boolean isOpenChar(char c) {
        return c == '“' || c == '"' || c == '«' || c == '‘';
    }

    static boolean isCloseChar(char c) {
        return c == '”' || c == '"' || c == '»' || c == '’';
    }

    /** An opening double mark: curly, or straight at the start of a word. */
    static boolean isOpen(String text, int i) {
        char c = text.charAt(i);
        if (c == '“' || c == '«') {
            return true;
        }
        return c == '"' && (i == 0 || isOpeningContext(text.charAt(i - 1)))
                && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    }

    static boolean isClose(String text, int i) {
        char c = text.charAt(i);
        return c == '”' || c == '»' || (c == '"' && !isOpen(text, i));
    }

    private static boolean isOpeningContext(char before) {
        return Character.isWhitespace(before) || before == '(' || before == '[' || before == '—' || before == '–'
                || before == '/' || before == ':' || before == '-';
    }

    static List<Quote> find(String text, Segmenter.Span paragraph) {
        List<Quote> out = new ArrayList<>();
        int open = -1;
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            if (open < 0 && isOpen(text, i)) {
                open = i;
            } else if (open >= 0 && isClose(text, i)) {
                out.add(new Quote(open, i, false));
                open = -1;
            }
        }
        if (open < 0) {
            findSingle(text, paragraph, out);
        } else if (paragraph.end() - open > 1) {
            out.add(new Quote(open, paragraph.end(), true));
        }
        return out;
    }

    /** British-style ‘single’ quotations, only where no double marks are used: ’ is mostly an apostrophe. */
    private static void findSingle(String text, Segmenter.Span paragraph, List<Quote> out) {
        if (!out.isEmpty()) {
            return;
        }
        int open = -1;
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            char c = text.charAt(i);
            if (c == '‘' && (i == paragraph.start() || isOpeningContext(text.charAt(i - 1)))) {
                open = i;
            } else if (open >= 0 && c == '’' && (i + 1 >= paragraph.end()
                    || !Character.isLetter(text.charAt(i + 1)))) {
                out.add(new Quote(open, i, false));
                open = -1;
            }
        }
    }
}
