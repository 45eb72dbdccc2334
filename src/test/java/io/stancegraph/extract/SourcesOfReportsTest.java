package io.stancegraph.extract;

import static io.stancegraph.extract.QuoteExtractorTest.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Who stands behind a report: a body named across 'of', a document's issuer, the one a wire quotes. */
class SourcesOfReportsTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    private List<Extraction> extract(String text) {
        return QuoteExtractorTest.extractedWithExactOffsets(extractor, text, LocalDate.of(2011, 1, 12));
    }

    private static String speakerOf(List<Extraction> found, String start) {
        Extraction e = saying(found, start);
        return e.speaker() == null ? null : e.speaker().name();
    }

    @Test
    void aBodyNamedAcrossOfSpeaksWholeAndIsTheBodyMetAgain() {
        List<Extraction> found = extract("A Bureau of Meteorology spokesperson confirmed that more rain was expected. "
                + "The bureau's forecaster, speaking on condition of anonymity, said the river would peak on Friday.");
        assertEquals("Bureau of Meteorology", speakerOf(found, "more rain"));
        assertEquals("Bureau of Meteorology", speakerOf(found, "the river would peak"), "'the bureau' is the one named");
    }

    @Test
    void aDocumentSpeaksForTheBodyThatIssuedIt() {
        List<Extraction> found = extract("According to a press release from the Department of Defence, 300 soldiers "
                + "have been deployed.");
        assertEquals("Department of Defence", speakerOf(found, "300 soldiers"));
    }

    @Test
    void theOneAWireQuotesSpeaksNotTheWire() {
        List<Extraction> found = extract("Premier Anna Bligh toured the area. She was quoted by Reuters as saying "
                + "that the damage could exceed five billion dollars.");
        Extraction e = saying(found, "the damage could");
        assertEquals("Anna Bligh", e.speaker().name(), "Reuters only reports her words: " + e);
    }

    @Test
    void aColonIntroducesTheQuote() {
        List<Extraction> found = extract("Premier Anna Bligh told reporters on Wednesday: \"This is a disaster of "
                + "unprecedented proportions.\"");
        assertEquals("Anna Bligh", speakerOf(found, "This is a disaster"));
    }

    @Test
    void itIsTheCompanyJustQuoted() {
        List<Extraction> found = extract("Rolls-Royce, which makes the engines, said it was working with the airline. "
                + "\"We are investigating the cause,\" it said.");
        assertEquals("Rolls-Royce", speakerOf(found, "We are investigating"));
    }

    @Test
    void aCompanyNamedByItsKindAfterAStatementOpenerReports() {
        List<Extraction> found = extract("Qantas grounded its fleet on Thursday. In a statement, the airline said it "
                + "would not fly the planes until it was satisfied they were safe.");
        Extraction e = saying(found, "it would not fly");
        assertEquals("the airline", e.attribution());
        org.junit.jupiter.api.Assertions.assertTrue(e.speaker() == null || !e.speaker().name().equalsIgnoreCase("airline"),
                "no actor named 'Airline': " + e);
    }

    @Test
    void theBodyOfAKindIsTheOneNamedBefore() {
        List<Extraction> found = extract("Researchers from the University of Sydney found a new frog. The university "
                + "said the species was remarkably small. Greenpeace said the find showed the need to protect forests. "
                + "\"Every year we lose species we have never named,\" the group said.");
        assertEquals("University of Sydney", speakerOf(found, "the species was"), "'the university' is Sydney's");
        assertEquals("Greenpeace", speakerOf(found, "Every year"), "'the group' is the body quoted last");
    }

    @Test
    void aReportNamedForItsIssuerSpeaksForIt() {
        List<Extraction> found = extract("An MDC report issued on the weekend said militants had been terrorizing "
                + "villagers. ZANU-PF spokesman Rugare Gumbo said the MDC report had not been received, but he insisted "
                + "that ZANU-PF does not condone violence.");
        assertEquals("MDC", speakerOf(found, "militants had been"));
        assertEquals("Rugare Gumbo", speakerOf(found, "ZANU-PF does not"), "no person 'Tsvangirai MDC' or 'MDC'");
    }

    @Test
    void chargedReportsOnlyAThatClauseAndAllegedAfterAnArticleIsAnAdjective() {
        List<Extraction> found = extract("Police charged him with murder on Friday. Spokesman Nelson Chamisa charged "
                + "that the police have done nothing about the alleged campaign of intimidation.");
        assertEquals("Nelson Chamisa", speakerOf(found, "the police have done nothing"));
        org.junit.jupiter.api.Assertions.assertEquals(1, found.size(), "one report only: " + found);
    }

    @Test
    void quotedByAnAgencyAsSayingIsThePersonNamed() {
        List<Extraction> found = QuoteExtractorTest.extractedWithExactOffsets(new QuoteExtractor(), "Russia's deputy foreign "
                + "minister, Sergei Ryabkov, was quoted by the Interfax news agency as saying the talks had been constructive.",
                LocalDate.of(2013, 11, 9));
        assertEquals("Sergei Ryabkov", saying(found, "the talks had").speaker().name(), "not 'Russia's'");
    }
}
