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
}
