package io.stancegraph.extract;

import static io.stancegraph.extract.QuoteExtractorTest.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A speaker described instead of named: "the 61-year-old", "the politician", "a woman". */
class PersonDescriptionsTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    private List<Extraction> extract(String text) {
        return QuoteExtractorTest.extractedWithExactOffsets(extractor, text, LocalDate.of(2012, 3, 5));
    }

    @Test
    void anAgeAfterTheQuoteIsThePersonTheTextIsAbout() {
        List<Extraction> found = extract("Former minister Peter Kovacs was charged on Monday. Kovacs denied the allegations. "
                + "\"I have done nothing wrong,\" the 61-year-old told the news agency MTI.");
        Extraction e = saying(found, "I have done nothing wrong");
        assertEquals("Peter Kovacs", e.speaker().name(), "the described person is the one named: " + e);
        assertEquals("the 61-year-old", e.attribution());
        assertEquals("told", e.cue());
    }

    @Test
    void aDescriptionWithAnOfPhraseIsStillAPerson() {
        List<Extraction> found = extract("Mary Lou Baines lost her home in the flood. "
                + "\"We were lucky to get out,\" the mother of three said. "
                + "\"I am innocent,\" the politician said of another case.");
        assertEquals("Mary Lou Baines", saying(found, "We were lucky").speaker().name());
        assertEquals("Mary Lou Baines", saying(found, "I am innocent").speaker().name(),
                "'the politician' has no other person to be");
    }

    @Test
    void anIndefiniteDescriptionIsSomeoneUnnamed() {
        List<Extraction> found = extract("Senator John Reyes toured the camp. \"We need food and water,\" a woman told reporters.");
        Extraction e = saying(found, "We need food");
        assertNull(e.speaker(), "'a woman' is not the senator: " + e);
        assertEquals("a woman", e.attribution(), "the words naming the source are kept");
    }

    @Test
    void aCommonNounOpeningTheSentenceIsNotPartOfTheName() {
        List<Extraction> found = extract("Passenger Laura Conti, 34, was furious. \"Nobody told us anything,\" she said.");
        assertEquals("Laura Conti", saying(found, "Nobody told us").speaker().name(), "'Passenger' describes her");
    }

    @Test
    void aNationalityIsThePersonTheTextIsAbout() {
        List<Extraction> found = extract("Novak Djokovic said Murray had deserved the win. \"He played better,\" the Serbian said.");
        assertEquals("Novak Djokovic", saying(found, "He played better").speaker().name(), "not an actor 'Serbian'");
    }

    @Test
    void aRelativeOfSomeoneIsNotThePersonAndBritishPoliceTitlesAreTitles() {
        List<Extraction> found = extract("Det Supt Jane Davies of Greater Manchester Police said a man was arrested. Police "
                + "said the suspect was being questioned. The victim's father told the newspaper his son was a gentle lad.");
        assertEquals("Greater Manchester Police", saying(found, "the suspect").speaker().name(), "the police named before");
        Extraction father = saying(found, "his son was");
        assertNull(father.speaker(), "not Jane Davies: " + father);
        assertEquals("The victim's father", father.attribution());
    }

    @Test
    void anAgeMakesAnyNounThePersonAndConcedingDefeatIsNoReport() {
        List<Extraction> found = extract("\"I will be a president for all Ghanaians,\" Nana Akufo-Addo told supporters. The "
                + "72-year-old lawyer, who lost two previous elections, promised to fight corruption. President John Mahama "
                + "conceded defeat on Friday.");
        assertEquals("Nana Akufo-Addo", saying(found, "to fight corruption").speaker().name(), "not an unnamed lawyer");
        assertTrue(found.stream().noneMatch(e -> e.text().startsWith("defeat")), "conceding defeat reports nothing: " + found);
    }
}
