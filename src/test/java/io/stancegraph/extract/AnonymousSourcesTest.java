package io.stancegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Unnamed sources: officials speak for the body or country the text names; farmers and witnesses for no one. */
class AnonymousSourcesTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    private Extraction saying(String text, String start) {
        List<Extraction> found = QuoteExtractorTest.extractedWithExactOffsets(extractor, text, LocalDate.of(2004, 5, 3));
        return QuoteExtractorTest.saying(found, start);
    }

    @Test
    void peopleOfAPlaceDoNotSpeakForIt() {
        Extraction e = saying("Farmers in Zimbabwe say they face another difficult season.", "they face");
        assertNull(e.speaker(), "farmers are not Zimbabwe: " + e);
        assertEquals("Farmers in Zimbabwe", e.attribution(), "their words are still credited to them in the text");
    }

    @Test
    void peopleOfACountryNamedByItsAdjectiveDoNotSpeakForIt() {
        assertNull(saying("Zimbabwean farmers say the rains came late.", "the rains").speaker());
    }

    @Test
    void officialsOfAPlaceSpeakForIt() {
        Extraction e = saying("Officials in Zimbabwe say the harvest will be poor.", "the harvest");
        assertEquals("Zimbabwe", e.speaker() == null ? null : e.speaker().name(), "officials there speak for it: " + e);
    }

    @Test
    void officialsOfAnAbbreviatedBodySpeakForIt() {
        Extraction e = saying("U.N. officials say refugees were attacked at the border.", "refugees were");
        assertEquals("U.N.", e.speaker() == null ? null : e.speaker().name(), "dotted abbreviations are bodies: " + e);
    }

    @Test
    void aCommonWordOpeningTheSentenceIsNoBody() {
        Extraction e = saying("News reports say the minister had criticized the policy.", "the minister had");
        assertNull(e.speaker(), "'News' is capitalised only because it opens the sentence: " + e);
    }

    @Test
    void aJournalistInAPlaceIsNotThePlace() {
        Extraction e = saying("A local journalist in Lae told VOA he was driving at the time of the earthquake.",
                "he was driving");
        assertNull(e.speaker(), "Lae did not speak: " + e);
    }

    @Test
    void thinkTanksAreNotThinking() {
        List<Extraction> found = QuoteExtractorTest.extractedWithExactOffsets(extractor, "Hackers targeted journalists, "
                + "think tanks, and nongovernmental organizations by deploying spear-phishing campaigns.",
                LocalDate.of(2024, 12, 1));
        org.junit.jupiter.api.Assertions.assertTrue(found.isEmpty(), "no statement: " + found);
    }

    @Test
    void aPeoplesAdjectiveNamesNoBody() {
        Extraction e = saying("A Tibetan source told VOA both men had lived in Lhasa for some time.", "both men had");
        assertNull(e.speaker(), "no body called 'Tibetan': " + e);
    }

    @Test
    void aSpokesmanForABodySpeaksForIt() {
        Extraction e = saying("A spokesman for Pakistan's army says 10 militants have been killed.", "10 militants");
        assertEquals("Pakistan", e.speaker() == null ? null : e.speaker().name(), "not an actor named 'A spokesman for ...'");
    }

    @Test
    void anUnnamedSpokesmanIsTheSpokesmanNamedInTheNextSentences() {
        List<Extraction> found = QuoteExtractorTest.extractedWithExactOffsets(extractor, "A spokesman for Pakistan's "
                + "army says 10 militants have been killed in the northwest. Army spokesman Major General Athar Abbas said "
                + "troops had retaken the area.", LocalDate.of(2008, 9, 10));
        Extraction e = QuoteExtractorTest.saying(found, "10 militants");
        assertEquals("Athar Abbas", e.speaker() == null ? null : e.speaker().name(), "named a sentence later: " + e);
        assertEquals("A spokesman for Pakistan's army", e.attribution(), "the words of the text are kept");
    }

    @Test
    void aCrowdIsNoOne() {
        Extraction e = saying("Hundreds of protesters gathered and insisted they would remain until the president "
                + "resigns.", "they would remain");
        assertNull(e.speaker(), "no actor 'Hundreds': " + e);
    }

    @Test
    void heAfterAnUnnamedOfficialIsStillTheOfficial() {
        String text = "The President will confer with Irish Prime Minister John Bruton at the summit. A senior administration "
                + "official told reporters the leaders will cover trade. The talks are \"part of an on-going process,\" he said.";
        assertNull(saying(text, "part of an on-going").speaker(), "not Bruton, named before the official spoke");
    }

    @Test
    void anUnnamedCommanderOfANamedGroupSpeaksForIt() {
        Extraction e = saying("A senior al-Shabab commander says the group is trying to switch tactics.", "the group is");
        assertEquals("al-Shabab", e.speaker().name(), "the group the commander belongs to: " + e);
    }

    @Test
    void aBodyIntroducedByItsKindIsNamedByTheNameAfterIt() {
        assertEquals("Carter Center", saying("The U.S. election monitoring group the Carter Center said Saturday the "
                + "results lacked credibility.", "the results").speaker().name());
        assertEquals("Global Witness", saying("The London-based watchdog Global Witness said the deal was corrupt.",
                "the deal").speaker().name());
    }

    @Test
    void someOfAPeopleAndAPluralOpeningTheSentenceAreNoOne() {
        assertNull(saying("Some Brazilians say they will boycott the games.", "they will boycott").speaker());
        assertNull(saying("Astronomers say they have discovered 104 exoplanets.", "they have discovered").speaker());
    }

    @Test
    void heAfterAnUnnamedPersonIntroducedAsSubjectIsThatPerson() {
        String text = "Ruffin Tanner is rooting for Spain. \"Everyone has been so friendly,\" said Tanner. Another man from "
                + "Istanbul decided who he would root for on the plane. \"I am supporting Bosnia this year,\" he said.";
        assertNull(saying(text, "I am supporting").speaker(), "not Tanner: " + saying(text, "I am supporting"));
    }

    @Test
    void whereABodyIsBasedIsNotItsName() {
        Extraction e = saying("A report by the Paris-based Organization for Economic Cooperation and Development warned "
                + "the eurozone risked severe recession.", "the eurozone");
        assertEquals("Organization for Economic Cooperation and Development", e.speaker().name());
    }

    @Test
    void aCountrysArmySpeaksAfterATimeOpeningTheSentence() {
        Extraction e = saying("Also Wednesday, Pakistan's army said it was questioning four more officers.", "it was questioning");
        assertEquals("Pakistan's army", e.speaker().name(), "not 'Also Wednesday': " + e);
        assertNull(saying("Authorities say two people have been killed.", "two people").speaker(), "not an actor 'Authorities'");
    }
}
