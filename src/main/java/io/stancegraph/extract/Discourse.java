package io.stancegraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.stancegraph.extract.Cast.Entity;

/**
 * What an article has named so far, in order: resolves how the text names a speaker at one statement ('Harris',
 * 'he', 'a ministry official', 'US Ambassador to South Korea Harry Harris') to the fullest form of that actor.
 */
final class Discourse {

    private static final Pattern OF_BODY = Pattern.compile("^(.*?\\p{Lu}[\\p{L}.’'\\-]*\\s+\\p{Lu}[\\p{L}.’'\\-]*)\\s+(?:of|for|at|from)\\s+(?:the\\s+)?"
            + "((?:\\p{Ll}+[’']s\\s+)?\\p{Lu}.*)$");
    private static final Pattern PLACED_GROUP = Pattern.compile("(?i)(?:(?:the|a|an|one|some|many|several|two|three|four|"
            + "five|other)\\s+)?(?:local\\s+)?(\\p{L}+)\\s+(?:in|from|of|at|across|for)\\s+((?:the\\s+)?\\p{Lu}.*)");
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("(?:(?:While|When|After|Before|As|Since|Although|"
            + "Though|Despite|During|Upon|Once|Having)\\b[^,“”\"]*,\\s+)?(?:He|he|She|she)\\s+\\p{Ll}");
    private static final Pattern OFFICE_OF = Pattern.compile("(?:the|The)\\s+(?:former|new|current|outgoing|\\d+(?:st|nd|rd|th))"
            + "\\s+(?:[\\p{L}.\\-]+\\s+){0,3}?([\\p{L}.]+)\\s+(?:of|for|at)\\s+(?:the\\s+)?(.+)");
    private static final Pattern NAMED_DOCUMENT = Pattern.compile("(?:[Aa]n?|[Tt]he)\\s+((?:\\p{Lu}[\\p{L}.\\-]*\\s+){0,3}"
            + "\\p{Lu}[\\p{L}.\\-]*?)(?:[’']s)?\\s+(?:statement|report|release|announcement|communiqu[eé]|bulletin|letter)\\b.*");
    private static final Pattern DOCUMENT_FROM = Pattern.compile("(?i)(?:a|an|the|its|their)\\s+(?:[\\p{L}\\-]+\\s+){0,2}?"
            + "(?:statement|release|report|announcement|communiqu[eé]|bulletin|letter|filing|notice|document)\\s+"
            + "(?:from|by|of|issued\\s+by)\\s+((?:the\\s+)?\\p{Lu}.*)");
    private static final Pattern BODY_OF_KIND = Pattern.compile("the\\s+(?:[\\p{Ll}\\-]+\\s+)?(\\p{Ll}+)");
    private static final Pattern TRAILING_DAY = Pattern.compile("\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$");
    private static final Pattern OPENING_PARTICIPLE = Pattern.compile("\\p{Lu}\\p{Ll}+ing\\s.*");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}(?:-\\p{Lu}+)?");
    private static final Pattern LEADING_CONJUNCTION = Pattern.compile("^(?i)(and|but|as|while|when)\\s+");
    private static final Pattern DATELINE_YEAR = Pattern.compile("^\\d{1,4}\\s+(?=\\p{Lu})");
    private static final Pattern SINGULAR_SOURCE = Pattern.compile("(?i)(?:a|an|one)\\s+(?:[\\p{L}.\\-]+\\s+){0,4}?"
            + "(?:official|spokesman|spokeswoman|spokesperson|diplomat|aide|source|officer|representative|analyst)");
    private static final Pattern INTRODUCED_BODY = Pattern.compile("(?i:the\\s+)?(?:[\\p{L}.\\-]+\\s+){0,4}?(?:group|watchdog|"
            + "organi[sz]ation|charity|agency|firm|company|newspaper|daily|broadcaster|monitor|coalition|alliance|"
            + "movement|union|association|institute|think\\s+tank)\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}.’'&\\-]*)"
            + "(?:\\s+(?:of|for|and|on|\\p{Lu}[\\p{L}.’'&\\-]*))*)");
    private static final Pattern COMMA_SUFFIX = Pattern.compile("(?<=\\p{L}),\\s+(?:Jr|Sr)\\.?$");
    private static final Pattern BASED_IN = Pattern.compile("^((?i:the|an?)\\s+)?\\p{Lu}[\\p{L}.\\-]*-based\\s+(?=\\p{Lu})");
    private static final Pattern PLURAL_NOUN = Pattern.compile("\\p{Lu}\\p{Ll}+(?:ers|ists|ians|ors)");
    private static final Pattern INDEFINITE_PERSON_SUBJECT = Pattern.compile("(?:A|An|Another|One)\\s+(?:[\\p{Ll}\\-]+\\s+){0,2}?"
            + "(\\p{Ll}+)\\b(?!\\s+of\\b)");
    private static final Pattern ABBREVIATED_BODY = Pattern.compile("(?:[Tt]he\\s+)?((?:\\p{Lu}\\.){2,}|\\p{Lu}{2,6})");
    private static final Pattern MOTION_TO = Pattern.compile("\\b(?:go|goes|went|going|travel(?:l?ed|l?ing)?|fl(?:y|ew|ies)|"
            + "mov(?:e|ed|es|ing)|return(?:ed|s|ing)?|head(?:ed|s|ing)?|deploy(?:ed|s|ing)?|sent|arriv(?:e|ed|es|ing)\\s+back)"
            + "\\s+to\\s+$");
    private static final Pattern DEMONYM = Pattern.compile("\\p{Lu}\\p{Ll}+(?:an|ian|ese|i|ish|ch|ot|on|man|woman)");
    private static final Pattern OWNER = Pattern.compile("^(.+?)[’']s\\s+(?:\\p{Ll}+\\s+)?\\p{Ll}+$");

    /** How a phrase resolved: the actor (null when the text does not say), and the body behind an official. */
    record Resolved(Entity entity, Entity body, boolean anonymous) {
    }

    private final Cast cast = new Cast();
    private final UnnamedSources unnamed = new UnnamedSources(cast);
    private Entity lastSpeaker;
    private Entity lastPersonSpeaker;
    private Entity lastBodySpeaker;
    private Entity lastAnonymous;
    private int clock;
    /** Where the phrase being resolved stands in its sentence: 'he' looks back from there, never ahead. */
    private int speakerAt = Integer.MAX_VALUE;
    /** When an unnamed group last spoke ("officials said"), for 'they'. */
    private int unnamedSpokeAt;
    /** When one unnamed person ("a senior official") last spoke, and when a named person last did, for 'he'. */
    private int unnamedPersonSpokeAt;
    private int personSpokeAt;
    private String sentence = "";

    /** Records the people and bodies a sentence names, so later surnames and pronouns can find them. */
    void observe(String sentence) {
        clock++;
        this.sentence = sentence;
        if (Names.isHeadline(sentence)) {
            return;
        }
        // "While accompanying a mission to Shah Wali Kot, he had ...": a pronoun subject keeps the person the text is
        // about, ahead of whoever the sentence names in passing
        Entity topic = null;
        if (PRONOUN_SUBJECT.matcher(sentence).lookingAt()) {
            speakerAt = 0;
            topic = pronounPerson();
        }
        Matcher someone = INDEFINITE_PERSON_SUBJECT.matcher(sentence);
        if (someone.lookingAt() && Lexicon.PERSON_DESCRIPTIONS.contains(someone.group(1).toLowerCase(Locale.ROOT))) {
            // "Another man from Istanbul decided ... '...,' he said": the unnamed person is now the one speaking
            unnamedPersonSpokeAt = clock;
        }
        String plain = Names.withoutQuotations(sentence);
        Matcher m = Names.NAME_RUN.matcher(plain);
        while (m.find()) {
            // "... reporter Rahim Gul Sarwan.": the sentence's full stop is not part of the name ("U.S." keeps its own)
            // "Sam Rainsy Wednesday": a day after a name is the date of what the sentence reports
            String run = m.group().replaceAll("[’']s$", "").replaceAll("(\\p{Ll}{2,})\\.$", "$1");
            run = TRAILING_DAY.matcher(run).replaceFirst("");
            // "Visiting Syrian refugee camps, the U.N. chief ...": a participle opening the sentence is no name
            if (m.start() == 0 && OPENING_PARTICIPLE.matcher(run).matches()) {
                run = run.substring(run.indexOf(' ') + 1);
            }
            String[] words = run.split("\\s+");
            touchPerson(words[words.length - 1], m.start());
            if (words.length == 2 && Cast.genderOfTitle(words[0]) != 0) {
                // "Ms. Yingluck" after "Yingluck Shinawatra": a courtesy title before a given name
                for (Entity e : cast.all()) {
                    if (e.kind == Speaker.Kind.PERSON && e.name.startsWith(words[1] + " ")) {
                        mention(e, m.start());
                        e.learnGender(Cast.genderOfTitle(words[0]));
                    }
                }
            }
            String[] name = Names.stripTitles(words);
            // "Navy Secretary Donald Winter", "Air Force Maj. Kristina Miller": a body in the title, a person named
            String titleWord = name.length < words.length ? words[words.length - name.length - 1].toLowerCase(Locale.ROOT) : "";
            boolean titled = name.length >= 2 && name.length < words.length && !Names.containsBodyWord(name)
                    && java.util.Arrays.stream(titleWord.split("-")).allMatch(Lexicon.TITLE_WORDS::contains);
            boolean generic = words.length == 1 && m.start() == 0 && Lexicon.GENERIC_OPENERS.contains(run.toLowerCase(Locale.ROOT));
            if (Names.containsBodyWord(words) && words.length <= 6 && !titled && !generic) {
                String body = run.replaceAll("^(?:The|A|An)\\s+", "");
                // "the Bureau of Meteorology", "the Department of Defence": one body, named across 'of'
                Matcher ofName = Names.OF_NAME.matcher(plain).region(m.end(), plain.length());
                if (!run.matches(".*[’']s") && ofName.lookingAt()) {
                    body = body + " " + ofName.group(1) + " " + ofName.group(2).replaceAll("[’']s$", "");
                    m.region(ofName.end(), plain.length());
                }
                if (!body.isEmpty() && !Names.SENTENCE_STARTERS.contains(body.toLowerCase(Locale.ROOT))) {
                    cast.body(Names.stripRoles(body));
                }
                continue;
            }
            // "JOINT BASE LEWIS-MCCHORD, Wash.": a dateline in capitals names no one
            boolean capitals = run.equals(run.toUpperCase(Locale.ROOT)) && run.codePoints().filter(Character::isLetter).count() > 4
                    // "Tsvangirai MDC": a name ending in an acronym is a party or a body
                    || name.length > 0 && ACRONYM.matcher(name[name.length - 1]).matches()
                    && !name[name.length - 1].matches("II|III|IV|VI");
            String wordBefore = Names.wordBefore(sentence, m.start());
            if (name.length >= 2 && name.length <= 4 && (titled || !Names.containsBodyWord(words)) && !capitals
                    && Lexicon.country(run) == null
                    && !Names.SENTENCE_STARTERS.contains(name[0].toLowerCase(Locale.ROOT))
                    && !Lexicon.NON_PERSON_HEADS.contains(name[name.length - 1].toLowerCase(Locale.ROOT))
                    && !Lexicon.PLACE_PREPOSITIONS.contains(wordBefore)
                    // "go to San Diego for boot camp": a destination, not a person
                    && !MOTION_TO.matcher(sentence).region(Math.max(0, m.start() - 24), m.start()).find()
                    // "the President's Emergency Plan for AIDS Relief": the rest of a body's name, not a person
                    && !(wordBefore.matches("for|of") && Lexicon.NAME_GOES_ON.contains(
                            Names.wordBefore(sentence, sentence.lastIndexOf(' ', Math.max(0, m.start() - 2)))))
                    && !Names.modifiesGroup(sentence, words, m.end())) {
                Entity person = cast.person(name);
                mention(person, m.start());
                person.learnGender(Cast.genderOfTitle(words[0]));
                person.roles.addAll(Names.roles(sentence, m.start(), m.end(), words));
            }
        }
        if (topic != null) {
            mention(topic, 0);
            topic.offsetInSentence = -1;
        }
    }

    private void touchPerson(String surname, int at) {
        for (Entity e : cast.all()) {
            if (e.kind == Speaker.Kind.PERSON && (e.name.equals(surname) || e.name.endsWith(" " + surname)
                    || e.aliases.contains(surname))) {
                mention(e, at);
            }
        }
    }

    private void mention(Entity e, int at) {
        if (e.firstMention == 0) {
            e.firstMention = clock;
        }
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
        // "2005 The Army Corps of Engineers": the year of a dateline run into the subject
        String p = DATELINE_YEAR.matcher(LEADING_CONJUNCTION.matcher(phrase.strip()).replaceFirst("")).replaceFirst("");
        // "Martin Luther King, Jr.": the suffix after a comma is not the name; "the Paris-based OECD": where it is
        p = BASED_IN.matcher(COMMA_SUFFIX.matcher(p).replaceFirst("")).replaceFirst("$1");
        String lower = p.toLowerCase(Locale.ROOT);
        if (Lexicon.PRONOUNS.contains(lower)) {
            return new Resolved(pronoun(lower), null, false);
        }
        if (Lexicon.QUANTIFIERS.contains(lower) || lower.matches("(?:hundreds|thousands|dozens|scores|millions|tens)\\b.*")) {
            // "Hundreds of protesters": a crowd, no one in particular
            return new Resolved(null, null, true);
        }
        Matcher abbreviated = ABBREVIATED_BODY.matcher(p);
        if (abbreviated.matches()) {
            // "The U.N. says", "The U.S. says": an abbreviation is a country or a body, never a title
            String country = Lexicon.country(abbreviated.group(1));
            return new Resolved(country != null ? cast.entity(country, Speaker.Kind.COUNTRY, abbreviated.group(1))
                    : cast.body(abbreviated.group(1)), null, false);
        }
        String[] words = p.split("\\s+");
        String head = words[words.length - 1].toLowerCase(Locale.ROOT);
        Matcher issuedBy = NAMED_DOCUMENT.matcher(p);
        if (issuedBy.matches()) {
            // "An MDC report issued on the weekend": the body it names issued it
            Resolved source = resolve(issuedBy.group(1));
            return new Resolved(source.entity(), null, true);
        }
        Matcher document = DOCUMENT_FROM.matcher(p);
        if (document.matches()) {
            // "a press release from the Department of Defence": the body that issued it
            Resolved source = resolve(document.group(1));
            return new Resolved(source.entity(), null, true);
        }
        Matcher possessed = OWNER.matcher(p);
        if (possessed.matches() && possessed.group(1).matches("(?i)(?:the|its|their)\\s+\\p{Ll}+")
                && !Lexicon.PRONOUNS.contains(head)) {
            // "the bureau's forecaster": someone of the body of that kind named before
            Resolved owner = resolve(possessed.group(1));
            if (owner.entity() != null && owner.entity().kind != Speaker.Kind.PERSON) {
                return new Resolved(owner.entity(), null, true);
            }
        }
        if (possessed.matches() && (Lexicon.STATE_BODY_HEADS.contains(head) || head.equals("army"))
                && Lexicon.country(possessed.group(1)) != null) {
            // "Pakistan's military says", "South Korea's military says": that country's body speaks itself
            return new Resolved(cast.body(p), null, false);
        }
        Matcher placed = PLACED_GROUP.matcher(p);
        if (placed.matches() && Lexicon.ANONYMOUS_HEADS.contains(placed.group(1).toLowerCase(Locale.ROOT))
                && !Lexicon.BODY_WORDS.contains(placed.group(1).toLowerCase(Locale.ROOT))) {
            // "Farmers in Zimbabwe" speak for no one; "officials in Harare" for whom the place names
            Resolved where = Lexicon.CIVILIAN_HEADS.contains(placed.group(1).toLowerCase(Locale.ROOT))
                    ? null : unnamed.namedIn(placed.group(2));
            return where != null ? where : new Resolved(null, null, true);
        }
        Matcher introduced = INTRODUCED_BODY.matcher(p);
        if (introduced.matches() && !Lexicon.TITLE_WORDS.contains(introduced.group(1).split("\\s+")[0].toLowerCase(Locale.ROOT))) {
            // "the U.S. election monitoring group the Carter Center", "the London-based watchdog Global Witness": the
            // name after the kind of body
            return new Resolved(cast.body(introduced.group(1)), null, false);
        }
        if (lower.matches("(?:a|an|one)\\s.*") && Lexicon.ROLE_WORDS.contains(head)) {
            // "A senior Taliban commander": someone unnamed of the body the phrase names
            Resolved named = unnamed.namedIn(p);
            if (named != null && named.entity() != null && named.entity().kind != Speaker.Kind.PERSON) {
                return named;
            }
        }
        if (words.length == 2 && lower.startsWith("the ") && DEMONYM.matcher(words[1]).matches() && Lexicon.country(words[1]) != null
                && !Lexicon.country(words[1]).equalsIgnoreCase(words[1])) {
            // "'He played better,' the Serbian said": the person the text is about, described by nationality
            Entity person = personAbout();
            if (person != null) {
                return new Resolved(person, null, false);
            }
        }
        Matcher generic = BODY_OF_KIND.matcher(lower);
        if (generic.matches() && Lexicon.GENERIC_BODY_NOUNS.contains(generic.group(1))
                && Lexicon.ANONYMOUS_HEADS.contains(generic.group(1))) {
            // "the Lufthansa Group said ... The airline added": the body of that kind, else the body quoted last (not
            // a one-word name, which may be a person's)
            Entity named = cast.lastOfKind(generic.group(1), false, "of|for");
            Entity body = named != null ? named : lastBodySpeaker;
            if (body != null) {
                return new Resolved(body, null, false);
            }
        }
        if (lower.matches("the\\s+(?:[\\p{Ll}\\-]+\\s+){0,2}?(?:spokesman|spokeswoman|spokesperson)")) {
            // "Somali military spokesman Yabal Haji Aden told VOA ... 'They tried ...,' the spokesman said"
            Entity holder = withRole(head);
            // unless an unnamed spokesman has spoken since ("A Kenyan police spokesman told VOA Somali ...")
            if (holder != null && mentionBefore(holder) > unnamedPersonSpokeAt) {
                return new Resolved(holder, null, false);
            }
        }
        if (lower.matches("the\\s+\\d+-year-old\\b.*") && !possessed.matches()) {
            // "The 72-year-old lawyer, who lost two previous elections": the person the text is about, whatever the noun
            Entity person = personAbout();
            if (person != null) {
                return new Resolved(person, null, false);
            }
        }
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
            if (determiner || words.length == 1 || Names.allLowerOrBody(words)) {
                return unnamed.anonymous(p, lower, head, lastAnonymous);
            }
        }
        Matcher kind = BODY_OF_KIND.matcher(lower);
        if (kind.matches() && (Lexicon.BODY_WORDS.contains(kind.group(1)) || Lexicon.GENERIC_BODY_NOUNS.contains(kind.group(1)))) {
            Entity body = bodyOfKind(kind.group(1));
            if (body != null) {
                return new Resolved(body, null, false);
            }
        }
        if (words.length >= 2 && words.length <= 3 && Lexicon.QUANTIFIERS.contains(words[0].toLowerCase(Locale.ROOT))
                && head.endsWith("s")) {
            // "Some Brazilians", "Many Kenyans": people of a place, no one in particular
            return new Resolved(null, null, true);
        }
        if (words.length == 1 && PLURAL_NOUN.matcher(p).matches() && cast.knownSurname(p) == null && !p.equals("Reuters")) {
            // "Astronomers say": a common noun capitalised by the sentence's start, not a surname met before
            return new Resolved(null, null, true);
        }
        String country = Lexicon.country(p);
        if (country != null) {
            return new Resolved(cast.entity(country, Speaker.Kind.COUNTRY, p), null, false);
        }
        String[] afterThe = java.util.Arrays.copyOfRange(words, 1, words.length);
        // "the US envoy", "The Ambassador": an office, however capitalised, without a name
        if (lower.startsWith("the ") && Lexicon.ROLE_WORDS.contains(head.replaceAll("[’']s$", ""))
                && (Names.allLowerOrBody(afterThe) || java.util.Arrays.stream(afterThe)
                        .allMatch(w -> Lexicon.TITLE_WORDS.contains(w.toLowerCase(Locale.ROOT))))) {
            // "the former president": the person the text gave that office; else "the US envoy" is the person
            // quoted last, else the person named last
            Entity person = withRole(head.replaceAll("[’']s$", ""));
            if (person == null) {
                person = personAbout();
            }
            return new Resolved(person, cast.bodyInTitle(words, 0), false);
        }
        if (possessed.matches() && head.matches("father|mother|son|daughter|wife|husband|brother|sister|widow|"
                + "grandfather|grandmother|relative|friend|neighbour|neighbor|colleague|uncle|aunt|cousin|parents|family")) {
            // "The victim's father told the newspaper": someone related to a person, not the person
            return new Resolved(null, null, true);
        }
        // "the Norfolk, Va., native", "the former command chief of the 86th Airlift Wing": the person the text is about
        Matcher office = OFFICE_OF.matcher(p);
        String officeWord = office.matches() ? office.group(1).toLowerCase(Locale.ROOT) : null;
        if (officeWord != null && (Lexicon.ROLE_WORDS.contains(officeWord) || Lexicon.RANKS.containsKey(officeWord))
                || lower.matches("the\\s+(?:\\d+-year-old\\b.*|.*\\b(?:native|veteran|graduate)\\b.*)")
                || lower.startsWith("the ") && (Lexicon.PERSON_DESCRIPTIONS.contains(head) || Lexicon.describesPerson(lower))) {
            // "the Tennessee legislator": the person the text gave that office, if it did
            String role = officeWord != null ? Lexicon.RANKS.getOrDefault(officeWord, officeWord)
                    : Lexicon.ROLE_WORDS.contains(head) ? head : null;
            Entity person = role == null ? null : withRole(role);
            if (person == null) {
                person = personAbout();
            }
            Entity body = officeWord != null && Names.containsBodyWord(office.group(2).split("\\s+"))
                    ? cast.body(office.group(2)) : null;
            return new Resolved(person, body, false);
        }
        if (Lexicon.describesPerson(lower)) {
            // "a woman told reporters", "one father of three": someone the text does not name
            return new Resolved(null, null, true);
        }
        String clean = p.replaceAll("^(?i)(the)\\s+", "").replaceAll("[’']s$", "");
        Matcher of = OF_BODY
                .matcher(clean);
        Entity affiliation = null;
        if (of.matches() && !Names.containsBodyWord(Names.nameAtEnd(of.group(1).split("\\s+")).toArray(String[]::new))
                && Names.nameAtEnd(of.group(1).split("\\s+")).size() >= 2) {
            clean = of.group(1);
            affiliation = Names.containsBodyWord(of.group(2).split("\\s+")) ? cast.body(of.group(2)) : null;
        }
        String[] cw = clean.split("\\s+");
        List<String> name = Names.nameAtEnd(cw);
        // "the Syrian Observatory for Human Rights": capitalised words after a body's 'for' or 'of' are its name
        boolean insideBodyName = cw.length > name.size()
                && cw[cw.length - name.size() - 1].matches("for|of|on|and|de");
        boolean personAtEnd = name.size() >= 2 && !Names.containsBodyWord(name.toArray(String[]::new))
                && Lexicon.country(String.join(" ", name)) == null && !insideBodyName;
        if (Names.containsBodyWord(cw) && !personAtEnd) {
            // "U.S. Central Command Air Forces officials": the body speaks through them
            boolean through = cw.length > 1 && Lexicon.ANONYMOUS_HEADS.contains(cw[cw.length - 1])
                    && Names.containsBodyWord(java.util.Arrays.copyOf(cw, cw.length - 1));
            return through ? new Resolved(cast.body(clean.substring(0, clean.lastIndexOf(' '))), null, true)
                    : new Resolved(cast.body(clean), null, false);
        }
        if (name.isEmpty()) {
            // "Chief Bishop" after "Chief Master Sgt. Anthony Bishop": a surname that is also a title word
            Entity known = cw.length >= 2 && Frames.isCapitalised(cw[cw.length - 1]) ? cast.knownSurname(cw[cw.length - 1]) : null;
            return new Resolved(known, null, false);
        }
        Entity person = name.size() == 1 ? cast.single(name.get(0)) : cast.person(name);
        Entity behalf = affiliation != null ? affiliation : cast.bodyInTitle(cw, name.size());
        return new Resolved(person, behalf, false);
    }

    void spoke(Resolved r, String words) {
        if (r.entity() == null) {
            // "Activists said ... They also say ...": 'they' stays with the unnamed group
            unnamedSpokeAt = r.anonymous() ? clock : unnamedSpokeAt;
            // "A senior administration official told reporters ... he said": 'he' stays with the unnamed official
            unnamedPersonSpokeAt = r.anonymous() && SINGULAR_SOURCE.matcher(words).matches() ? clock : unnamedPersonSpokeAt;
            return;
        }
        if (r.entity().kind == Speaker.Kind.PERSON) {
            personSpokeAt = clock;
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
        return cast.all();
    }

    private Entity pronoun(String pronoun) {
        return switch (pronoun) {
            case "he", "she" -> gendered(pronounPerson(), pronoun.equals("he") ? 'm' : 'f');
            case "i" -> pronounPerson();
            // "Rolls-Royce said ... 'We are investigating,' it said": a one-word name taken for a person is a body
            case "it" -> lastBody();
            default -> unnamedSpokeAt > 0 && (lastSpeaker == null || unnamedSpokeAt >= lastSpeaker.lastMention) ? null
                    : lastBodySpeaker != null ? lastBodySpeaker : lastSpeaker;
        };
    }

    /**
     * 'he' or 'she': a person named earlier in this sentence, before the pronoun; else the last speaker, unless the text has named
     * another person since (news keeps to one speaker until it names another).
     */
    private Entity pronounPerson() {
        // "Confirmation of Army Lt. Gen. Keith Alexander is a positive step, he added": whom the report names is not
        // who reports it
        for (Entity e : afterReport() ? List.<Entity>of() : cast.all()) {
            if (e.kind == Speaker.Kind.PERSON && e.lastMention == clock && e.offsetInSentence < speakerAt
                    && e != lastPersonSpeaker) {
                return e;
            }
        }
        Entity latest = latestPerson();
        if (unnamedPersonSpokeAt > personSpokeAt && (latest == null || mentionBefore(latest) <= unnamedPersonSpokeAt)) {
            return null;
        }
        if (lastPersonSpeaker != null && (latest == null || mentionBefore(latest) <= mentionBefore(lastPersonSpeaker))) {
            return lastPersonSpeaker;
        }
        return latest;
    }

    /**
     * "Ms. Yingluck ... She said", after a man was 'he': the person found unless the text has shown another gender,
     * then the latest person who may be that gender; whoever it is, 'he' or 'she' tells their gender from now on.
     */
    private Entity gendered(Entity found, char gender) {
        Entity e = found;
        if (e != null && e.kind == Speaker.Kind.PERSON && e.gender != 0 && e.gender != gender) {
            e = null;
            for (Entity c : cast.all()) {
                if (c.kind == Speaker.Kind.PERSON && (c.gender == 0 || c.gender == gender)
                        && (e == null || mentionBefore(c) > mentionBefore(e))) {
                    e = c;
                }
            }
        }
        if (e != null && e.kind == Speaker.Kind.PERSON) {
            e.learnGender(gender);
        }
        return e;
    }

    /** The sentence count: which sentence {@link #observe} saw last. */
    int clock() {
        return clock;
    }

    /** Everyone the text has named so far. */
    Cast cast() {
        return cast;
    }

    /** The person the text is about: the person quoted last, else the person named last. */
    private Entity personAbout() {
        return lastPersonSpeaker != null && lastPersonSpeaker.kind == Speaker.Kind.PERSON ? lastPersonSpeaker : latestPerson();
    }

    /** The person named last whose office the text gave as {@code role}. */
    private Entity withRole(String role) {
        Entity best = null;
        for (Entity e : cast.all()) {
            if (e.kind == Speaker.Kind.PERSON && e.roles.contains(role) && (best == null || mentionBefore(e) >= mentionBefore(best))) {
                best = e;
            }
        }
        return best;
    }

    /** When the text last named it before the phrase being resolved. */
    private int mentionBefore(Entity e) {
        return e.lastMention == clock && (e.offsetInSentence >= speakerAt || afterReport()) ? e.previousMention
                : e.lastMention;
    }

    /** The body quoted last; "Rolls-Royce", a one-word name taken for a person, counts as one. */
    private Entity lastBody() {
        boolean oneWord = lastSpeaker != null && lastSpeaker.kind == Speaker.Kind.PERSON && !lastSpeaker.name.contains(" ")
                && lastSpeaker.aliases.isEmpty();
        return oneWord ? lastSpeaker : lastBodySpeaker;
    }

    /**
     * "the university": the body of that kind the text named ("the University of Sydney"); "the group": the body
     * quoted last.
     */
    private Entity bodyOfKind(String head) {
        Entity named = cast.lastOfKind(head, false, "of|for");
        return named != null ? named : Lexicon.GENERIC_BODY_NOUNS.contains(head) ? lastBody() : null;
    }

    /** The phrase being resolved follows what it reports ("..., he added"). */
    private boolean afterReport() {
        return speakerAt <= sentence.length() && sentence.substring(0, speakerAt).stripTrailing().endsWith(",");
    }

    /** The person (or body speaking through a person) the text named or quoted last, before the phrase resolved. */
    private Entity latestPerson() {
        Entity best = null;
        for (Entity e : cast.all()) {
            // of people named in the same sentence, the first named (most often its subject)
            if ((e.kind == Speaker.Kind.PERSON || e.voicedByPerson) && (best == null || mentionBefore(e) > mentionBefore(best)
                    || mentionBefore(e) == mentionBefore(best) && e.offsetInSentence < best.offsetInSentence)) {
                best = e;
            }
        }
        return best != null ? best : lastPersonSpeaker;
    }
}
