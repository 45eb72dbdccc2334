package io.stancegraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a statement's attribution gives ("on June 5", "Thursday", "in May", "yesterday"), resolved against the
 * article's date: a day or month without a year is the latest one not after the article.
 */
final class Dates {

    record Dated(LocalDate day, Extraction.Precision precision) {
    }

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.";
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(" + MONTHS + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS + ")(?:,?\\s+(\\d{4}))?");
    private static final Pattern IN_MONTH = Pattern.compile("\\b[Ii]n\\s+(?:early\\s+|late\\s+|mid-)?(" + MONTHS + ")(?:\\s+(\\d{4}))?\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern YESTERDAY = Pattern.compile("\\byesterday\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_YEAR = Pattern.compile("\\b[Ii]n\\s+((?:19|20)\\d{2})\\b");

    private Dates() {
    }

    /** The first date the text gives, else null. */
    static Dated find(String text, LocalDate article) {
        Matcher m = MONTH_DAY.matcher(text);
        if (m.find()) {
            return day(month(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), article);
        }
        m = DAY_MONTH.matcher(text);
        if (m.find()) {
            return day(month(m.group(2)), Integer.parseInt(m.group(1)), m.group(3), article);
        }
        m = WEEKDAY.matcher(text);
        if (m.find() && article != null) {
            DayOfWeek d = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            return new Dated(article.with(TemporalAdjusters.previousOrSame(d)), Extraction.Precision.DAY);
        }
        m = YESTERDAY.matcher(text);
        if (m.find() && article != null) {
            return new Dated(article.minusDays(1), Extraction.Precision.DAY);
        }
        m = IN_MONTH.matcher(text);
        if (m.find()) {
            Month month = month(m.group(1));
            Integer year = m.group(2) != null ? Integer.valueOf(m.group(2)) : article == null ? null
                    : month.getValue() > article.getMonthValue() ? article.getYear() - 1 : article.getYear();
            return year == null ? null : new Dated(LocalDate.of(year, month, 1), Extraction.Precision.MONTH);
        }
        m = IN_YEAR.matcher(text);
        if (m.find()) {
            return new Dated(LocalDate.of(Integer.parseInt(m.group(1)), 1, 1), Extraction.Precision.YEAR);
        }
        return null;
    }

    private static Dated day(Month month, int day, String year, LocalDate article) {
        if (day < 1 || day > month.maxLength()) {
            return null;
        }
        int y;
        if (year != null) {
            y = Integer.parseInt(year);
        } else if (article != null) {
            y = article.getYear();
            if (LocalDate.of(y, month, Math.min(day, month.length(java.time.Year.isLeap(y)))).isAfter(article.plusDays(1))) {
                y--;
            }
        } else {
            return null;
        }
        return new Dated(LocalDate.of(y, month, Math.min(day, month.length(java.time.Year.isLeap(y)))),
                Extraction.Precision.DAY);
    }

    private static Month month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(n.substring(0, 3))) {
                return m;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
