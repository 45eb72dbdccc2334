package io.stancegraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How news writes names: capitalised runs, titles before a name, asides after it, headlines that are not names. */
final class Names {

    /** A name as the text writes it: capitalised words, initials, particles and hyphenated parts. */
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{Ll}+)\\b");
    /** A body's name going on after 'of' or 'for': "Bureau" + " of Meteorology". */
    static final Pattern OF_NAME = Pattern.compile("\\s+(of|for)\\s+(\\p{Lu}[\\p{L}.’'\\-]*(?:\\s+\\p{Lu}[\\p{L}.’'\\-]*)*)");
    static final Pattern NAME_RUN = Pattern.compile(
            "(?:[\\p{Lu}][\\p{L}'’.\\-]*|Mc[\\p{Lu}][\\p{L}]*|(?:al|el)-[\\p{Lu}][\\p{L}'’.\\-]*)"
                    + "(?:\\s+(?:(?:de|van|von|der|da|al|bin|la|le|du|di)\\s+)?(?:[\\p{Lu}][\\p{L}'’.\\-]*|(?:al|el)-[\\p{Lu}][\\p{L}'’.\\-]*))*");

    static final java.util.Set<String> SENTENCE_STARTERS = java.util.Set.of("the", "a", "an", "but", "and",
            "meanwhile", "however", "in", "on", "at", "for", "while", "when", "after", "before", "this", "that",
            "these", "those", "it", "he", "she", "they", "we", "i", "his", "her", "their", "our", "according", "as",
            "since", "during", "under", "with", "without", "if", "although", "though", "also", "still", "yet", "so");

    static final Pattern APPOSITION = Pattern.compile(",\\s+(?:the|a|an)\\s+([^,;]{1,80})[,;]");

    static String wordBefore(String sentence, int at) {
        String before = sentence.substring(0, at).stripTrailing();
        int space = before.lastIndexOf(' ');
        return before.substring(space + 1).toLowerCase(Locale.ROOT);
    }

    /** "Duch's Lawyers Launch First Tribunal Salvo": capitalised words of a headline are not names. */
    static boolean isHeadline(String sentence) {
        String s = sentence.strip();
        if (s.isEmpty() || ".!?\"”’".indexOf(s.charAt(s.length() - 1)) >= 0) {
            return false;
        }
        String[] words = s.split("\\s+");
        long capitalised = java.util.Arrays.stream(words).filter(w -> Character.isUpperCase(w.charAt(0))).count();
        return words.length >= 3 && capitalised * 10 >= words.length * 6;
    }

    /** Names inside quotation marks are the speaker's words: they say nothing about who speaks next. */
    static String withoutQuotations(String sentence) {
        StringBuilder sb = new StringBuilder(sentence.length());
        boolean in = false;
        for (int i = 0; i < sentence.length(); i++) {
            if (Quotes.isOpen(sentence, i)) {
                in = true;
            } else if (in && Quotes.isClose(sentence, i)) {
                in = false;
            }
            sb.append(in ? ' ' : sentence.charAt(i));
        }
        return sb.toString();
    }

    /** Offices written with a name: in its title, in the two words before it, or in an apposition after it. */
    static Set<String> roles(String sentence, int start, int end, String[] run) {
        Set<String> roles = new LinkedHashSet<>();
        List<String> words = new ArrayList<>(List.of(run));
        String[] before = sentence.substring(0, start).strip().split("\\s+");
        words.addAll(List.of(before).subList(Math.max(0, before.length - 2), before.length));
        Matcher appos = APPOSITION.matcher(sentence).region(end, sentence.length());
        if (appos.lookingAt()) {
            words.addAll(List.of(appos.group(1).split("\\s+")));
        }
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (Lexicon.ROLE_WORDS.contains(lw)) {
                roles.add(lw);
            } else if (Lexicon.RANKS.containsKey(lw)) {
                roles.add(Lexicon.RANKS.get(lw));
            }
        }
        return roles;
    }

    /**
     * How the text will name the person later: the surname, which is the last word, except in Korean-style names
     * written family name first with a hyphenated given name (Kim In-chul, Kang Kyung-wha).
     */
    static String shortForm(List<String> name) {
        // "Adam Robinson Jr." is "Robinson"
        if (name.size() >= 3 && name.get(name.size() - 1).matches("(?:Jr|Sr)\\.?|II|III|IV")) {
            name = name.subList(0, name.size() - 1);
        }
        String last = name.get(name.size() - 1);
        return name.size() >= 2 && last.matches("\\p{Lu}\\p{Ll}+-\\p{Ll}+") ? name.get(0) : last;
    }

    /** The person's name at the end of a phrase: capitalised words after the last title word or lowercase word. */
    static List<String> nameAtEnd(String[] words) {
        List<String> name = new ArrayList<>();
        for (int i = words.length - 1; i >= 0; i--) {
            String w = words[i].replaceAll("[,;:]$", "");
            String lw = w.toLowerCase(Locale.ROOT);
            boolean particle = List.of("de", "van", "von", "der", "da", "al", "bin", "la", "le", "du", "di").contains(lw)
                    && !name.isEmpty();
            // "Secretary-General", "Director-General": hyphenated titles are titles too
            boolean title = Lexicon.TITLE_WORDS.contains(lw)
                    || lw.contains("-") && java.util.Arrays.stream(lw.split("-")).allMatch(Lexicon.TITLE_WORDS::contains);
            // "Superintendent Randy King": a title word after a given name is a surname
            title &= !(name.isEmpty() && i > 0 && Frames.isCapitalised(words[i - 1]) && !words[i - 1].endsWith(".")
                    && !Lexicon.TITLE_WORDS.contains(words[i - 1].toLowerCase(Locale.ROOT))
                    && Lexicon.country(words[i - 1]) == null && !Lexicon.BODY_WORDS.contains(words[i - 1].toLowerCase(Locale.ROOT)));
            // "Passenger Laura Conti": a common noun capitalised by the sentence's start describes the person named
            title |= i == 0 && name.size() >= 2 && (Lexicon.PERSON_DESCRIPTIONS.contains(lw) || Lexicon.ANONYMOUS_HEADS.contains(lw));
            if (!(particle || Frames.isCapitalised(w)) || title) {
                break;
            }
            name.add(0, w);
        }
        // "US Ambassador to South Korea Harry Harris": a place before the name belongs to the title
        boolean stripped = true;
        while (stripped && name.size() > 2) {
            stripped = false;
            if (name.size() > 3 && Lexicon.country(name.get(0) + " " + name.get(1)) != null) {
                name.subList(0, 2).clear();
                stripped = true;
            } else if (Lexicon.country(name.get(0)) != null) {
                name.remove(0);
                stripped = true;
            }
        }
        return name.size() > 4 ? name.subList(name.size() - 4, name.size()) : name;
    }

    /** "FBI Deputy Director" names the FBI: role words after the body's name go. */
    static String stripRoles(String run) {
        List<String> words = new ArrayList<>(List.of(run.split("\\s+")));
        while (words.size() > 1 && Lexicon.TITLE_WORDS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))
                && !Lexicon.BODY_WORDS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    static String[] stripTitles(String[] words) {
        return nameAtEnd(words).toArray(String[]::new);
    }

    static boolean containsBodyWord(String[] words) {
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT).replaceAll("[’']s$", "");
            if (Lexicon.BODY_WORDS.contains(lw) || lw.length() > 4 && Lexicon.BODY_WORDS.contains(lw.replaceAll("s$", ""))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Sudanese-backed Arab militia", "the Janjaweed fighters": a capitalised run that qualifies a group (or is itself
     * "-backed", "-led") names no person.
     */
    static boolean modifiesGroup(String sentence, String[] words, int end) {
        for (String w : words) {
            if (w.matches(".*-(?:backed|led|based|born|owned|run|funded|allied|linked)")) {
                return true;
            }
        }
        Matcher next = NEXT_WORD.matcher(sentence).region(end, sentence.length());
        return next.lookingAt() && Lexicon.GROUP_NOUNS.contains(next.group(1));
    }

    static boolean allLowerOrBody(String[] words) {
        for (String w : words) {
            if (Character.isUpperCase(w.charAt(0)) && Lexicon.country(w) == null
                    && !Lexicon.BODY_WORDS.contains(w.toLowerCase(Locale.ROOT)) && !w.matches("(?:\\p{Lu}\\.){2,}")) {
                return false;
            }
        }
        return true;
    }

    private Names() {
    }
}
