package io.stancegraph.extract;

import static io.stancegraph.extract.QuoteExtractorTest.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which verb reports the speech, who its subject is, and where the reported clause starts. */
class CueFramesTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    private List<Extraction> extract(String text) {
        return QuoteExtractorTest.extractedWithExactOffsets(extractor, text, LocalDate.of(2015, 10, 12));
    }

    @Test
    void aDeterminerAloneIsNeverASpeaker() {
        List<Extraction> found = extract("The leader of the main opposition party is calling for fresh elections, "
                + "saying Sunday’s presidential balloting was fraudulent.");
        Extraction e = saying(found, "Sunday’s presidential");
        assertEquals("The leader", e.attribution(), "the subject's words, not 'The'");
        assertTrue(found.stream().noneMatch(x -> x.speaker() != null && x.speaker().name().equals("The")),
                "no actor named 'The': " + found);
    }

    @Test
    void aDaysPossessiveBelongsToTheReportedClause() {
        List<Extraction> found = extract("Cellou Dalein Diallo called for new elections, saying Sunday’s vote "
                + "was fraudulent.");
        assertEquals("Sunday’s vote was fraudulent", saying(found, "Sunday").text());
    }

    @Test
    void theVerbBeforeByRepeatingOrSayingIsNotTheCue() {
        List<Extraction> found = extract("Nicholas Burns spoke to VOA. The ambassador concluded the interview by "
                + "saying the U.S. hopes Iran can find its way to peace.");
        assertTrue(found.stream().noneMatch(e -> e.text().startsWith("the interview")),
                "'concluded the interview' is not what was said: " + found);
        Extraction e = saying(found, "the U.S. hopes");
        assertEquals("saying", e.cue());
        assertEquals("Nicholas Burns", e.speaker().name());
    }

    @Test
    void aSecondVerbOfTheSubjectReportsWhatTheSubjectSaid() {
        List<Extraction> found = extract("Shimon Peres met reporters. He also called Iran the biggest threat to "
                + "Israel's security and emphasized that Iran should not be allowed a nuclear weapons program.");
        assertEquals("Shimon Peres", saying(found, "Iran should not").speaker().name());
    }

    @Test
    void aCapitalisedOfficeWithoutANameIsThePersonHoldingIt() {
        List<Extraction> found = extract("Ambassador William Wood spoke to VOA. The Ambassador is confident and "
                + "emphasized that coalition forces are working closely with the army.");
        Extraction e = saying(found, "coalition forces");
        assertEquals("William Wood", e.speaker().name());
        assertNull(e.onBehalfOf(), "no body is named in 'The Ambassador'");
    }

    @Test
    void aGroupWithAPostModifierIsTheSubject() {
        Extraction e = saying(extract("Aid workers familiar with the region say the residents used to stay at night "
                + "in the camp."), "the residents");
        assertEquals("Aid workers familiar with the region", e.attribution());
        assertNull(e.speaker(), "aid workers speak for no body the text names");
    }

    @Test
    void aSpeakersAbbreviationAfterAccordingToStillEndsTheSentence() {
        Extraction e = saying(extract("This past year produced record high streamflow in the Northeast, according to "
                + "the U.S. Geological Survey (USGS)."), "This past year");
        assertEquals("U.S. Geological Survey", e.speaker().name());
    }

    @Test
    void aQuotedTitleIsNoStatement() {
        List<Extraction> found = extract("Harry Lins says streamflow was normal. In a new USGS publication, "
                + "\"Streamflow of 2006 - Water Year Summary,\" changes in streamflow are examined.");
        assertTrue(found.stream().noneMatch(x -> x.text().startsWith("Streamflow of 2006")), "a title: " + found);
    }

    @Test
    void aPossessiveOfficeAfterTheNameIsAnAside() {
        Extraction e = saying(extract("Army Maj. Gen. Stephen Danner, Missouri's adjutant general, said his Guard "
                + "members are prepared."), "his Guard members");
        assertEquals("Stephen Danner", e.speaker().name());
    }

    @Test
    void aPassiveSpeechVerbIsNoCue() {
        List<Extraction> found = extract("Until the Missouri National Guard is recalled back to their home stations "
                + "by the governor, they will be performing health and wellness checks.");
        assertTrue(found.isEmpty(), "'is recalled' reports nothing: " + found);
    }

    @Test
    void aSpeechParticipleAfterACommaReportsForTheSubject() {
        List<Extraction> found = extract("Councillor Tom Baker criticised the decision, claiming it would hurt the "
                + "region. The firm cut 300 jobs, adding to the town's losses.");
        Extraction e = saying(found, "it would hurt");
        assertEquals("Tom Baker", e.speaker().name());
        assertEquals("claiming", e.cue());
        assertTrue(found.stream().noneMatch(x -> x.text().startsWith("to the town")), "'adding to' reports nothing");
    }

    @Test
    void addingAfterAnInvertedQuoteIsTheSpeakerJustNamed() {
        List<Extraction> found = extract("\"I have done nothing wrong,\" said Mayor Peter Walsh, adding that he would "
                + "fight the charges in court.");
        assertEquals("Peter Walsh", saying(found, "he would fight").speaker().name());
    }

    @Test
    void anAgeBetweenCommasBelongsToTheName() {
        List<Extraction> found = extract("Mayor Peter Walsh resigned. Walsh, 58, said he had been the victim of a "
                + "smear campaign.");
        assertEquals("Peter Walsh", saying(found, "he had been").speaker().name());
    }

    @Test
    void aChannelBeforeThatIsNoObject() {
        List<Extraction> found = extract("Mayor Peter Walsh wrote on Twitter that he was disappointed by the vote.");
        Extraction e = saying(found, "he was disappointed");
        assertEquals("wrote", e.cue());
        assertEquals("Peter Walsh", e.speaker().name());
    }

    @Test
    void aSpeakerSpeakingFromAPlaceIsTheNameBeforeTheAside() {
        List<Extraction> found = extract("Tsangyang Gyatso, speaking from Dharmasala, India says he has been told "
                + "that monks gathered. Meanwhile, the Khmer Kampuchea Krom Federation, an advocacy group based in New "
                + "Jersey, said it had sent a letter.");
        assertEquals("Tsangyang Gyatso", saying(found, "he has been told").speaker().name(), "not India");
        assertEquals("Khmer Kampuchea Krom Federation", saying(found, "it had sent").speaker().name(), "not New Jersey");
    }

    @Test
    void aReportInARelativeClauseIsTheNamesAndEndsWithTheClause() {
        List<Extraction> found = extract("Hor Namhong, who has maintained he was a prisoner at the camp, sued Sam "
                + "Rainsy for defamation. Clinton, who answered a series of audience questions, said talks would go on.");
        Extraction e = saying(found, "he was a prisoner");
        assertEquals("Hor Namhong", e.speaker().name());
        assertEquals("he was a prisoner at the camp", e.text(), "the report ends with the relative clause");
        assertTrue(found.stream().noneMatch(x -> x.text().startsWith("a series")), "'answered a series' reports nothing");
    }

    @Test
    void aLowercaseOfficeAfterTheNameIsAnAside() {
        List<Extraction> found = extract("Sok Sam Oeun, executive director of the Cambodian Defenders Project and a "
                + "legal expert, said the law was unclear. Mr. Khieu Kanharith, government spokesman and Minister of "
                + "Information alleges that the critics misread the situation. Smith, however, said nothing new.");
        assertEquals("Sok Sam Oeun", saying(found, "the law was").speaker().name());
        assertEquals("Khieu Kanharith", saying(found, "the critics misread").speaker().name());
    }

    @Test
    void toldAListenerThenAClauseWithItsOwnSubject() {
        List<Extraction> found = extract("Khmer Rouge leader Khieu Samphan told judges at the tribunal on Thursday he "
                + "was ready to cooperate with the court.");
        Extraction e = saying(found, "he was ready");
        assertEquals("Khieu Samphan", e.speaker().name());
    }

    @Test
    void continuingToWorkIsNoSpeech() {
        List<Extraction> found = extract("2005 The Army Corps of Engineers continues working with the city to repair "
                + "levees, the corps' senior official said today.");
        Extraction e = saying(found, "2005 The Army");
        assertEquals("said", e.cue(), "the report is the whole clause before 'said': " + found);
    }

    @Test
    void aSubjectWithALowercaseOfficeIsTheWholeName() {
        List<Extraction> found = extract("Kenyan opposition leader Raila Odinga is demanding a new election, saying the "
                + "country is in danger. The commission gives Kenyatta 7 million votes -- a number Odinga says has to be "
                + "inflated.");
        assertEquals("Raila Odinga", saying(found, "the country is").speaker().name(), "not 'Kenyan'");
        assertEquals("Raila Odinga", saying(found, "has to be").speaker().name(), "the name right before 'says'");
    }

    @Test
    void deniedReportsOnlyAThatClauseAndClaimIsACue() {
        List<Extraction> found = extract("Spokeswoman Billene Seyoum denied the accusation at a press briefing. The "
                + "TPLF has said repeatedly that talks will not go ahead. Taliban officials claim they have no "
                + "political prisoners.");
        assertTrue(found.stream().noneMatch(x -> x.text().startsWith("the accusation")), "a denied noun is no report");
        assertEquals("talks will not go ahead", saying(found, "talks will").text(), "'repeatedly' is not reported");
        assertEquals("claim", saying(found, "they have no").cue());
    }

    @Test
    void aRefusalToSpeakReportsNothingAndDrWithoutAStopIsATitle() {
        List<Extraction> found = extract("The spokesperson declined to say whether the meeting was discussed. "
                + "Dr Sarah Perkins-Kirkpatrick said: \"This is exactly what we projected.\"");
        assertTrue(found.stream().noneMatch(e -> e.text().startsWith("whether")), "declining to say is not saying: " + found);
        assertEquals("Sarah Perkins-Kirkpatrick", saying(found, "This is exactly").speaker().name());
    }
}
