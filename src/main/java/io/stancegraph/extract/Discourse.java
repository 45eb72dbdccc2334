package io.stancegraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an article has named so far, in order: resolves how the text names a speaker at one statement ('Harris',
 * 'he', 'a ministry official', 'US Ambassador to South Korea Harry Harris') to the fullest form of that actor.
 */
final class Discourse {

    /** A name as the text writes it: capitalised words, initials, particles and hyphenated parts. */
    private static final Pattern NAME_RUN = Pattern.compile(
            "(?:[\\p{Lu}][\\p{L}'’.\\-]*|Mc[\\p{Lu}][\\p{L}]*|(?:al|el)-[\\p{Lu}][\\p{L}'’.\\-]*)"
                    + "(?:\\s+(?:(?:de|van|von|der|da|al|bin|la|le|du|di)\\s+)?(?:[\\p{Lu}][\\p{L}'’.\\-]*|(?:al|el)-[\\p{Lu}][\\p{L}'’.\\-]*))*");

    private static final java.util.Set<String> SENTENCE_STARTERS = java.util.Set.of("the", "a", "an", "but", "and",
            "meanwhile", "however", "in", "on", "at", "for", "while", "when", "after", "before", "this", "that",
            "these", "those", "it", "he", "she", "they", "we", "i", "his", "her", "their", "our", "according", "as",
            "since", "during", "under", "with", "without", "if", "although", "though", "also", "still", "yet", "so");

    private static final Pattern OF_BODY = Pattern.compile("^(.*?\\p{Lu}[\\p{L}.’'\\-]*\\s+\\p{Lu}[\\p{L}.’'\\-]*)\\s+(?:of|for|at|from)\\s+(?:the\\s+)?(\\p{Lu}.*)$");
    private static final Pattern OWNER = Pattern.compile("^(.+?)[’']s\\s+(?:\\p{Ll}+\\s+)?\\p{Ll}+$");
    private static final Pattern APPOSITION = Pattern.compile(",\\s+(?:the|a|an)\\s+([^,;]{1,80})[,;]");
    private static final Pattern POSSESSIVE = Pattern.compile("^(.+?)[’']s\\s+(.+)$");
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

        Entity(String name, Speaker.Kind kind) {
            this.name = name;
            this.kind = kind;
        }

        Speaker speaker() {
            List<String> shorter = aliases.stream().filter(a -> !a.equals(name)).toList();
            return new Speaker(name, kind, shorter);
        }
    }

    /** How a phrase resolved: the actor (null when the text does not say), and the body behind an official. */
    record Resolved(Entity entity, Entity body, boolean anonymous) {
    }

    private final List<Entity> entities = new ArrayList<>();
    private Entity lastSpeaker;
    private Entity lastPersonSpeaker;
    private Entity lastBodySpeaker;
    private Entity lastAnonymous;
    private int clock;
    /** Where the phrase being resolved stands in its sentence: 'he' looks back from there, never ahead. */
    private int speakerAt = Integer.MAX_VALUE;
    /** When an unnamed group last spoke ("officials said"), for 'they'. */
    private int unnamedSpokeAt;

    /** Records the people and bodies a sentence names, so later surnames and pronouns can find them. */
    void observe(String sentence) {
        clock++;
        if (isHeadline(sentence)) {
            return;
        }
        Matcher m = NAME_RUN.matcher(withoutQuotations(sentence));
        while (m.find()) {
            // "... reporter Rahim Gul Sarwan.": the sentence's full stop is not part of the name ("U.S." keeps its own)
            String run = m.group().replaceAll("[’']s$", "").replaceAll("(\\p{Ll}{2,})\\.$", "$1");
            String[] words = run.split("\\s+");
            touchPerson(words[words.length - 1], m.start());
            if (containsBodyWord(words) && words.length <= 6) {
                String body = run.replaceAll("^(?:The|A|An)\\s+", "");
                if (!body.isEmpty() && !SENTENCE_STARTERS.contains(body.toLowerCase(Locale.ROOT))) {
                    body(stripRoles(body));
                }
                continue;
            }
            String[] name = stripTitles(words);
            if (name.length >= 2 && name.length <= 4 && !containsBodyWord(words) && Lexicon.country(run) == null
                    && !SENTENCE_STARTERS.contains(name[0].toLowerCase(Locale.ROOT))
                    && !Lexicon.NON_PERSON_HEADS.contains(name[name.length - 1].toLowerCase(Locale.ROOT))
                    && !Lexicon.PLACE_PREPOSITIONS.contains(wordBefore(sentence, m.start()))) {
                Entity person = person(name);
                mention(person, m.start());
                person.roles.addAll(roles(sentence, m.start(), m.end(), words));
            }
        }
    }

    private static String wordBefore(String sentence, int at) {
        String before = sentence.substring(0, at).stripTrailing();
        int space = before.lastIndexOf(' ');
        return before.substring(space + 1).toLowerCase(Locale.ROOT);
    }

    /** "Duch's Lawyers Launch First Tribunal Salvo": capitalised words of a headline are not names. */
    private static boolean isHeadline(String sentence) {
        String s = sentence.strip();
        if (s.isEmpty() || ".!?\"”’".indexOf(s.charAt(s.length() - 1)) >= 0) {
            return false;
        }
        String[] words = s.split("\\s+");
        long capitalised = java.util.Arrays.stream(words).filter(w -> Character.isUpperCase(w.charAt(0))).count();
        return words.length >= 3 && capitalised * 10 >= words.length * 6;
    }

    /** Names inside quotation marks are the speaker's words: they say nothing about who speaks next. */
    private static String withoutQuotations(String sentence) {
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

    private void touchPerson(String surname, int at) {
        for (Entity e : entities) {
            if (e.kind == Speaker.Kind.PERSON && (e.name.equals(surname) || e.name.endsWith(" " + surname)
                    || e.aliases.contains(surname))) {
                mention(e, at);
            }
        }
    }

    private void mention(Entity e, int at) {
        if (e.lastMention != clock) {
            e.offsetInSentence = at;
            e.previousMention = e.lastMention;
        }
        e.lastMention = clock;
    }

    /** Resolves a speaker phrase found {@code at} characters into the sentence last observed. */
    Resolved resolve(String phrase, int at) {
        speakerAt = at;
        return resolve(phrase);
    }

    private Resolved resolve(String phrase) {
        String p = phrase.strip().replaceAll("^(?i)(and|but|as|while|when)\\s+", "");
        String lower = p.toLowerCase(Locale.ROOT);
        if (Lexicon.PRONOUNS.contains(lower)) {
            return new Resolved(pronoun(lower), null, false);
        }
        if (Lexicon.QUANTIFIERS.contains(lower)) {
            return new Resolved(null, null, true);
        }
        String[] words = p.split("\\s+");
        String head = words[words.length - 1].toLowerCase(Locale.ROOT);
        boolean determiner = lower.matches("^(a|an|the|some|one|two|three|several|many|other|another|senior|"
                + "unnamed|anonymous|top)\\b.*");
        if (Lexicon.ANONYMOUS_HEADS.contains(head)) {
            Matcher owner = OWNER.matcher(p);
            if (owner.matches() && !owner.group(1).matches("(?i)(the|a|an|its|their)\\b.*")) {
                // "President Bozize's spokesman": speaks for the named owner ("the ministry's spokesman" does not
                // name one, and is left to the anonymous rules below)
                Resolved o = resolve(owner.group(1));
                if (o.entity() != null) {
                    return new Resolved(o.entity(), o.body(), true);
                }
            }
            if (determiner || words.length == 1 || allLowerOrBody(words)) {
                return anonymous(p, lower, head);
            }
        }
        String country = Lexicon.country(p);
        if (country != null) {
            return new Resolved(entity(country, Speaker.Kind.COUNTRY, p), null, false);
        }
        String[] afterThe = java.util.Arrays.copyOfRange(words, 1, words.length);
        // "the US envoy", "The Ambassador": an office, however capitalised, without a name
        if (lower.startsWith("the ") && Lexicon.ROLE_WORDS.contains(head.replaceAll("[’']s$", ""))
                && (allLowerOrBody(afterThe) || java.util.Arrays.stream(afterThe)
                        .allMatch(w -> Lexicon.TITLE_WORDS.contains(w.toLowerCase(Locale.ROOT))))) {
            // "the former president": the person the text gave that office; else "the US envoy" is the person
            // quoted last, else the person named last
            Entity person = withRole(head.replaceAll("[’']s$", ""));
            if (person == null) {
                person = lastPersonSpeaker != null && lastPersonSpeaker.kind == Speaker.Kind.PERSON
                        ? lastPersonSpeaker : latestPerson();
            }
            return new Resolved(person, bodyInTitle(words, 0), false);
        }
        String clean = p.replaceAll("^(?i)(the)\\s+", "").replaceAll("[’']s$", "");
        Matcher of = OF_BODY
                .matcher(clean);
        Entity affiliation = null;
        if (of.matches() && !containsBodyWord(nameAtEnd(of.group(1).split("\\s+")).toArray(String[]::new))
                && nameAtEnd(of.group(1).split("\\s+")).size() >= 2) {
            clean = of.group(1);
            affiliation = containsBodyWord(of.group(2).split("\\s+")) ? body(of.group(2)) : null;
        }
        String[] cw = clean.split("\\s+");
        List<String> name = nameAtEnd(cw);
        boolean personAtEnd = name.size() >= 2 && !containsBodyWord(name.toArray(String[]::new))
                && Lexicon.country(String.join(" ", name)) == null;
        if (containsBodyWord(cw) && !personAtEnd) {
            return new Resolved(body(clean), null, false);
        }
        if (name.isEmpty()) {
            return new Resolved(null, null, false);
        }
        Entity person = name.size() == 1 ? single(name.get(0)) : person(name);
        Entity behalf = affiliation != null ? affiliation : bodyInTitle(cw, name.size());
        return new Resolved(person, behalf, false);
    }

    void spoke(Resolved r) {
        if (r.entity() == null) {
            // "Activists said ... They also say ...": 'they' stays with the unnamed group
            unnamedSpokeAt = r.anonymous() ? clock : unnamedSpokeAt;
            return;
        }
        lastSpeaker = r.entity();
        mention(r.entity(), Integer.MAX_VALUE);
        if (r.anonymous()) {
            lastAnonymous = r.entity();
            r.entity().voicedByPerson = true;
        }
        if (r.entity().kind == Speaker.Kind.PERSON || r.anonymous()) {
            lastPersonSpeaker = r.entity();
        } else {
            lastBodySpeaker = r.entity();
        }
    }

    List<Entity> entities() {
        return entities;
    }

    private Entity pronoun(String pronoun) {
        return switch (pronoun) {
            case "he", "she", "i" -> pronounPerson();
            case "it" -> lastBodySpeaker;
            default -> unnamedSpokeAt > 0 && (lastSpeaker == null || unnamedSpokeAt >= lastSpeaker.lastMention) ? null
                    : lastBodySpeaker != null ? lastBodySpeaker : lastSpeaker;
        };
    }

    /**
     * 'he' or 'she': a person named earlier in this sentence, before the pronoun; else the last speaker, unless the text has named
     * another person since (news keeps to one speaker until it names another).
     */
    private Entity pronounPerson() {
        for (Entity e : entities) {
            if (e.kind == Speaker.Kind.PERSON && e.lastMention == clock && e.offsetInSentence < speakerAt
                    && e != lastPersonSpeaker) {
                return e;
            }
        }
        Entity latest = latestPerson();
        if (lastPersonSpeaker != null && (latest == null || mentionBefore(latest) <= mentionBefore(lastPersonSpeaker))) {
            return lastPersonSpeaker;
        }
        return latest;
    }

    /** The person named last whose office the text gave as {@code role}. */
    private Entity withRole(String role) {
        Entity best = null;
        for (Entity e : entities) {
            if (e.kind == Speaker.Kind.PERSON && e.roles.contains(role) && (best == null || mentionBefore(e) >= mentionBefore(best))) {
                best = e;
            }
        }
        return best;
    }

    /** Offices written with a name: in its title, in the two words before it, or in an apposition after it. */
    private static Set<String> roles(String sentence, int start, int end, String[] run) {
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
            }
        }
        return roles;
    }

    /** When the text last named it before the phrase being resolved. */
    private int mentionBefore(Entity e) {
        return e.lastMention == clock && e.offsetInSentence >= speakerAt ? e.previousMention : e.lastMention;
    }

    /** The person (or body speaking through a person) the text named or quoted last, before the phrase resolved. */
    private Entity latestPerson() {
        Entity best = null;
        for (Entity e : entities) {
            // of people named in the same sentence, the first named (most often its subject)
            if ((e.kind == Speaker.Kind.PERSON || e.voicedByPerson) && (best == null || mentionBefore(e) > mentionBefore(best)
                    || mentionBefore(e) == mentionBefore(best) && e.offsetInSentence < best.offsetInSentence)) {
                best = e;
            }
        }
        return best != null ? best : lastPersonSpeaker;
    }

    /** 'a ministry official' speaks for the ministry the text named; 'the official' is the one met before. */
    private Resolved anonymous(String phrase, String lower, String head) {
        boolean namesSomeone = NAME_RUN.matcher(phrase.replaceAll("^(?:The|A|An)\\s+", "")).find();
        if (lower.startsWith("the ") && !namesSomeone) {
            if (Lexicon.BODY_WORDS.contains(head)) {
                // "the news agency", "the ministry": the body of that kind named last
                for (Entity e : reversed()) {
                    String n = e.name.toLowerCase(Locale.ROOT);
                    if (e.kind != Speaker.Kind.PERSON && e.kind != Speaker.Kind.COUNTRY
                            && (n.equals(head) || n.endsWith(" " + head))) {
                        return new Resolved(e, null, false);
                    }
                }
            }
            if (lastAnonymous != null && lower.split("\\s+").length <= 3) {
                return new Resolved(lastAnonymous, null, true);
            }
        }
        if (namesSomeone && Lexicon.STATE_BODY_HEADS.contains(head)) {
            // "The British government", "China's government", "Afghan authorities": the body speaks itself
            return new Resolved(body(phrase.replaceAll("^(?i)the\\s+", "")), null, false);
        }
        Resolved named = namedIn(phrase);
        if (named != null) {
            return named;
        }
        for (Entity e : reversed()) {
            if (e.kind != Speaker.Kind.PERSON && e.kind != Speaker.Kind.COUNTRY) {
                for (String w : lower.split("\\s+")) {
                    if (w.length() > 3 && !w.equals(head) && e.name.toLowerCase(Locale.ROOT).contains(w)) {
                        return new Resolved(e, null, true);
                    }
                }
            }
        }
        return new Resolved(null, null, true);
    }

    /** "U.S. health officials", "a Foreign Ministry spokesman": the country or body the phrase itself names. */
    private Resolved namedIn(String phrase) {
        Matcher m = NAME_RUN.matcher(phrase);
        while (m.find()) {
            String run = m.group().replaceAll("[’']s$", "").replaceAll("^(?:The|A|An|Senior|Top)\\s+", "");
            if (run.isEmpty() || List.of("The", "A", "An").contains(run)) {
                continue;
            }
            String country = Lexicon.country(run);
            String rest = phrase.substring(m.end()).strip();
            String[] restWords = rest.isEmpty() ? new String[0] : rest.split("\\s+");
            if (country != null) {
                // "one Kenyan police officer": the country's police speaks, not the whole country
                String[] between = java.util.Arrays.copyOfRange(restWords, 0, Math.max(0, restWords.length - 1));
                if (between.length > 0 && between.length <= 2 && containsBodyWord(between)
                        && rest.equals(rest.toLowerCase(Locale.ROOT))) {
                    return new Resolved(body(run + " " + String.join(" ", between)), null, true);
                }
                return new Resolved(entity(country, Speaker.Kind.COUNTRY, run), null, true);
            }
            // "a Taliban spokesman", "an al-Shabab official": the name right before the role is who they speak for
            boolean beforeHead = restWords.length == 1;
            if (containsBodyWord(run.split("\\s+")) || run.matches("\\p{Lu}{2,}") || beforeHead) {
                return new Resolved(body(run), null, true);
            }
        }
        return null;
    }

    private Entity single(String word) {
        for (Entity e : reversed()) {
            if (e.kind == Speaker.Kind.PERSON && (e.name.endsWith(" " + word) || e.aliases.contains(word))) {
                e.aliases.add(word);
                return e;
            }
            if (e.name.equals(word) || e.aliases.contains(word)) {
                return e;
            }
        }
        boolean acronym = word.matches("\\p{Lu}{2,}");
        return entity(word, acronym ? Speaker.Kind.ORGANIZATION : Speaker.Kind.PERSON, word);
    }

    private Entity person(List<String> name) {
        String full = String.join(" ", name);
        for (Entity e : entities) {
            if (e.kind == Speaker.Kind.PERSON && (e.name.equals(full) || e.name.endsWith(" " + full)
                    || full.endsWith(" " + e.name))) {
                return e;
            }
        }
        Entity e = entity(full, Speaker.Kind.PERSON, full);
        e.aliases.add(shortForm(name));
        return e;
    }

    private Entity body(String fullName) {
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

    private Entity bodyInTitle(String[] words, int nameLength) {
        String title = String.join(" ", java.util.Arrays.copyOf(words, words.length - nameLength)).strip();
        if (title.isEmpty()) {
            return null;
        }
        Matcher m = NAME_RUN.matcher(title);
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
        if (containsBodyWord(titleWords)) {
            Matcher run = NAME_RUN.matcher(title);
            while (run.find()) {
                String candidate = run.group().replaceAll("[’']s$", "");
                if (containsBodyWord(candidate.split("\\s+")) || candidate.matches("\\p{Lu}{2,}")) {
                    return body(stripRoles(candidate));
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

    private Entity entity(String name, Speaker.Kind kind, String alias) {
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

    private Entity person(String[] words) {
        return words.length == 0 ? null : person(List.of(words));
    }

    /**
     * How the text will name the person later: the surname, which is the last word, except in Korean-style names
     * written family name first with a hyphenated given name (Kim In-chul, Kang Kyung-wha).
     */
    static String shortForm(List<String> name) {
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
    private static String stripRoles(String run) {
        List<String> words = new ArrayList<>(List.of(run.split("\\s+")));
        while (words.size() > 1 && Lexicon.TITLE_WORDS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))
                && !Lexicon.BODY_WORDS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    private static String[] stripTitles(String[] words) {
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

    private static boolean allLowerOrBody(String[] words) {
        for (String w : words) {
            if (Character.isUpperCase(w.charAt(0)) && Lexicon.country(w) == null
                    && !Lexicon.BODY_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private List<Entity> reversed() {
        List<Entity> r = new ArrayList<>(entities);
        java.util.Collections.reverse(r);
        return r;
    }
}
