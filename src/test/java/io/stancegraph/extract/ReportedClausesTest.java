package io.stancegraph.extract;

import static io.stancegraph.extract.QuoteExtractorTest.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The clause reported before its attribution, whatever the writer adds after it. */
class ReportedClausesTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    private List<Extraction> extract(String text) {
        return QuoteExtractorTest.extractedWithExactOffsets(extractor, text, LocalDate.of(2014, 1, 14));
    }

    @Test
    void aParticipleAfterTheAttributionIsTheWritersGloss() {
        List<Extraction> found = extract("The next target of the troops would be Bor, a spokesman for the army said, "
                + "presaging heavy fighting in the capital of Jonglei state.");
        assertEquals("The next target of the troops would be Bor", saying(found, "The next target").text());
        assertTrue(found.stream().noneMatch(e -> e.text().startsWith("presaging")), "the gloss reports nothing: " + found);
    }

    @Test
    void aPhraseOfWhereOrWhenAfterTheAttributionStillLeavesTheClauseBefore() {
        List<Extraction> found = extract("The mission could not be accomplished without airmen, Mullen said here yesterday "
                + "during an award ceremony. A large group of fighters appears to have gone missing, according to the "
                + "African Union military mission in the country.");
        assertEquals("Mullen", saying(found, "The mission could not").speaker().name());
        assertEquals("African Union military mission", saying(found, "A large group").speaker().name());
    }

    @Test
    void anAbbreviationInBracketsBeforeTheCueBelongsToTheSpeaker() {
        List<Extraction> found = extract("At least 32,000 people have fled to neighboring countries, the U.N. refugee "
                + "agency (UNHCR) has said.");
        Extraction e = saying(found, "At least 32,000");
        assertEquals("the U.N. refugee agency", e.attribution(), "the speaker before the brackets: " + e);
    }

    @Test
    void goingOnToSayReportsForTheSubject() {
        List<Extraction> found = extract("Transport Minister Alessandro Rossi spoke on Friday. Rossi went on to say that "
                + "he hoped for a quick agreement.");
        assertEquals("Alessandro Rossi", saying(found, "he hoped for").speaker().name());
    }

    @Test
    void aDocumentThatReadsWordsIsItsIssuers() {
        List<Extraction> found = extract("A statement from the European Commission read: \"The Commission is monitoring "
                + "the situation closely.\"");
        Extraction e = saying(found, "The Commission is monitoring");
        assertEquals("European Commission", e.speaker().name(), "the body that issued the statement: " + e);
        assertEquals("read", e.cue());
    }

    @Test
    void theAirlineIsTheBodyThatSpokeLast() {
        List<Extraction> found = extract("The Lufthansa Group said the strike would cost millions. The airline added "
                + "that flights would resume on Saturday.");
        assertEquals("Lufthansa Group", saying(found, "flights would resume").speaker().name());
    }

    @Test
    void inTheWordsOfNamesTheSourceLikeAccordingTo() {
        List<Extraction> found = extract("Officials said 300 homes were damaged. In the words of Mayor Juan Soto, \"it could "
                + "have been much worse.\" In the words of one rescuer, \"we found people alive in every street.\"");
        Extraction mayor = saying(found, "it could have been");
        assertEquals("Juan Soto", mayor.speaker().name());
        assertEquals("in the words of", mayor.cue());
        Extraction rescuer = saying(found, "we found people");
        assertEquals(null, rescuer.speaker(), "someone unnamed, not the mayor: " + rescuer);
        assertEquals("one rescuer", rescuer.attribution());
    }

    @Test
    void aNumberedBillDoesNotEndTheSentence() {
        List<Extraction> found = extract("Thompson said he introduced Amendment 4132 to H.R. 4444, the China bill, "
                + "because he had no other way.");
        assertTrue(saying(found, "he introduced").text().endsWith("because he had no other way"), "one sentence: " + found);
    }

    @Test
    void aCapitalisedDescriptionAfterAnInvertedSpeakerLeavesTheClauseBefore() {
        List<Extraction> found = extract("Recent attacks have reminded the world that a united effort will be needed, "
                + "says Condoleezza Rice, President Bush's national security advisor.");
        assertEquals("Condoleezza Rice", saying(found, "Recent attacks").speaker().name());
    }

    @Test
    void aVoaServiceToldIsTheListenerNotTheClause() {
        List<Extraction> found = extract("Mr. Rainsy told VOA Khmer the July election was marred by fraud.");
        assertEquals("the July election was marred by fraud", saying(found, "the July election").text());
    }

    @Test
    void aSecondVerbSharesTheFirstOnesSubjectAndALongerChannelStillLeadsToThat() {
        List<Extraction> found = extract("Judy Murray spoke after the final. In an interview with the BBC, she described the "
                + "victory as \"incredible\" and said her son had never given up. Boris Becker wrote in his column for the "
                + "Daily Mail that Murray was the best returner in the world.");
        assertEquals("Judy Murray", saying(found, "her son had").speaker().name());
        assertEquals("Boris Becker", saying(found, "Murray was the best").speaker().name());
    }

    @Test
    void wherePeopleWereToldIsNoClause() {
        List<Extraction> found = extract("\"We believe the court has misunderstood the evidence,\" Hardarson told reporters "
                + "outside the courthouse.");
        assertTrue(found.stream().noneMatch(e -> e.text().startsWith("outside")), "a place is not a report: " + found);
    }
}
