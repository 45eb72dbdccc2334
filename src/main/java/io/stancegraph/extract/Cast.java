package io.stancegraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The people and bodies an article has named so far, each once, with the short forms the text uses for them. */
final class Cast {

    private static final Pattern POSSESSIVE = Pattern.compile("^(.+?)[’']s\\s+(.+)$");

    private final List<Entity> entities = new ArrayList<>();

    static final class Entity {
        final String name;
        final Speaker.Kind kind;
        final Set<String> aliases = new LinkedHashSet<>();
        /** When the text last named or quoted it (sentence count): pronouns go to the latest. */
        int lastMention;
        /** Where in the sentence of {@link #lastMention} the text first named it. */
        int offsetInSentence;
        /** The mention before {@link #lastMention}: a name after the pronoun in its sentence does not count. */
        int previousMention;
        /** Offices the text gave it ("President X", "X, the former president of Y"): 'the former president' is X. */
        final Set<String> roles = new LinkedHashSet<>();
        /** A body quoted through an anonymous individual ("a ministry official"): 'he' can refer to it. */
        boolean voicedByPerson;
        /** When the text first named it (sentence count); 0 until then. */
        int firstMention;
        /** 'm' or 'f' once a courtesy title or a resolved 'he' or 'she' has told; 0 until then. */
        char gender;

        Entity(String name, Speaker.Kind kind) {
            this.name = name;
            this.kind = kind;
        }

        /** Keeps the first gender the text tells (0 tells nothing). */
        void learnGender(char told) {
            if (gender == 0) {
                gender = told;
            }
        }

        Speaker speaker() {
            List<String> shorter = aliases.stream().filter(a -> !a.equals(name)).toList();
            return new Speaker(name, kind, shorter);
        }
    }

    Entity single(String word) {
        for (Entity e : reversed()) {
            if (e.kind == Speaker.Kind.PERSON && (e.name.endsWith(" " + word) || e.aliases.contains(word))) {
                e.aliases.add(word);
                return e;
            }
            if (e.name.equals(word) || e.aliases.contains(word)) {
                return e;
            }
        }
        // "Mr. Hwang" after "Hwang Jong Yop": a name written family name first, three words without initials
        for (Entity e : reversed()) {
            if (e.kind == Speaker.Kind.PERSON && e.name.startsWith(word + " ") && e.name.split(" ").length == 3
                    && !e.name.contains(".")) {
                e.aliases.add(word);
                return e;
            }
        }
        boolean acronym = word.matches("\\p{Lu}{2,}");
        return entity(word, acronym ? Speaker.Kind.ORGANIZATION : Speaker.Kind.PERSON, word);
    }

    /** The person named last whose surname or short form is {@code word}, or null; creates no one. */
    Entity knownSurname(String word) {
        for (Entity e : reversed()) {
            if (e.kind == Speaker.Kind.PERSON && (e.name.endsWith(" " + word) || e.aliases.contains(word))) {
                return e;
            }
        }
        return null;
    }

    Entity person(List<String> name) {
        String full = String.join(" ", name);
        for (Entity e : entities) {
            if (e.kind == Speaker.Kind.PERSON && (e.name.equals(full) || e.name.endsWith(" " + full)
                    || full.endsWith(" " + e.name))) {
                return e;
            }
        }
        Entity e = entity(full, Speaker.Kind.PERSON, full);
        e.aliases.add(Names.shortForm(name));
        return e;
    }

    Entity body(String fullName) {
        String name = fullName.replaceAll("^(?:Senior|Top|Former|Acting|Unnamed|Anonymous)\\s+", "");
        String country = null;
        Matcher m = POSSESSIVE.matcher(name);
        String n = name;
        // "China's Foreign Ministry" is the Foreign Ministry of China; "China's government" keeps its whole name
        if (m.matches() && Lexicon.country(m.group(1)) != null && !m.group(2).equals(m.group(2).toLowerCase(Locale.ROOT))) {
            country = Lexicon.country(m.group(1));
            n = m.group(2);
        }
        String[] words = n.split("\\s+");
        boolean government = country != null;
        for (String w : words) {
            government |= Lexicon.GOVERNMENT_WORDS.contains(w.toLowerCase(Locale.ROOT));
        }
        Speaker.Kind kind = government ? Speaker.Kind.GOVERNMENT
                : n.matches("(?i).*\\b(inc\\.?|corp\\.?|corporation|company|co\\.|ltd\\.?|llc|telecom|technologies)$")
                        ? Speaker.Kind.COMPANY : Speaker.Kind.ORGANIZATION;
        for (Entity e : reversed()) {
            if (e.name.equalsIgnoreCase(n) || e.aliases.stream().anyMatch(a -> a.equalsIgnoreCase(name))) {
                return e;
            }
        }
        Entity e = entity(n, kind, n);
        if (!name.equals(n)) {
            e.aliases.add(name);
        }
        return e;
    }

    Entity bodyInTitle(String[] words, int nameLength) {
        String title = String.join(" ", java.util.Arrays.copyOf(words, words.length - nameLength)).strip();
        if (title.isEmpty()) {
            return null;
        }
        Matcher m = Names.NAME_RUN.matcher(title);
        while (m.find()) {
            // "Ambassador to South Korea": the host country follows 'to' or 'in'; the employer leads the title
            if (title.substring(0, m.start()).matches("(?is).*\\b(to|in)\\s+$")) {
                continue;
            }
            String[] runWords = m.group().replaceAll("[’']s$", "").split("\\s+");
            for (int n = Math.min(2, runWords.length); n >= 1; n--) {
                String country = Lexicon.country(String.join(" ", java.util.Arrays.copyOf(runWords, n)));
                if (country != null) {
                    return entity(country, Speaker.Kind.COUNTRY, String.join(" ", java.util.Arrays.copyOf(runWords, n)));
                }
            }
        }
        String[] titleWords = title.split("\\s+");
        if (Names.containsBodyWord(titleWords)) {
            Matcher run = Names.NAME_RUN.matcher(title);
            while (run.find()) {
                String candidate = run.group().replaceAll("[’']s$", "");
                if (Names.containsBodyWord(candidate.split("\\s+")) || candidate.matches("\\p{Lu}{2,}")) {
                    return body(Names.stripRoles(candidate));
                }
            }
        }
        String lower = title.toLowerCase(Locale.ROOT);
        for (String demonym : List.of("us ", "u.s. ", "american ", "south korean ", "chinese ", "british ",
                "japanese ", "russian ", "french ", "german ")) {
            if (lower.startsWith(demonym)) {
                return entity(Lexicon.country(demonym.strip()), Speaker.Kind.COUNTRY, demonym.strip());
            }
        }
        return null;
    }

    Entity entity(String name, Speaker.Kind kind, String alias) {
        for (Entity e : entities) {
            if (e.name.equals(name)) {
                if (alias != null && !alias.equals(name)) {
                    e.aliases.add(alias);
                }
                return e;
            }
        }
        Entity e = new Entity(name, kind);
        if (alias != null && !alias.equals(name)) {
            e.aliases.add(alias);
        }
        entities.add(e);
        return e;
    }

    Entity person(String[] words) {
        return words.length == 0 ? null : person(List.of(words));
    }

    /**
     * The body named last that the text can call "the {@code head}": one whose name ends in the word ("SANA news
     * agency") or has it before a connector ("Bureau of Meteorology"); with {@code bare}, also one named just that.
     */
    Entity lastOfKind(String head, boolean bare, String connectors) {
        Pattern beforeConnector = Pattern.compile("(?:.*\\s)?" + head + "\\s+(?:" + connectors + ")\\s.*");
        for (Entity e : reversed()) {
            String n = e.name.toLowerCase(Locale.ROOT);
            if (e.kind != Speaker.Kind.PERSON && e.kind != Speaker.Kind.COUNTRY
                    && (n.equals(head) ? bare : n.endsWith(" " + head) || beforeConnector.matcher(n).matches())) {
                return e;
            }
        }
        return null;
    }

    /** The gender a courtesy title gives ("Ms. Yingluck", "Mr. Hwang"), or 0. */
    static char genderOfTitle(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "mr.", "mr", "sir", "king", "prince", "father", "brother" -> 'm';
            case "ms.", "ms", "mrs.", "mrs", "miss", "madam", "madame", "dame", "lady", "queen", "princess", "sister" -> 'f';
            default -> 0;
        };
    }

    List<Entity> reversed() {
        List<Entity> r = new ArrayList<>(entities);
        java.util.Collections.reverse(r);
        return r;
    }

    /** In the order the text first named them. */
    List<Entity> all() {
        return entities;
    }
}
