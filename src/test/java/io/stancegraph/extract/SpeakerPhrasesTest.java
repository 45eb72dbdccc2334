package io.stancegraph.extract;

import static io.stancegraph.extract.QuoteExtractorTest.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Speaker phrases beyond a plain name: owners of spokesmen, governments named by adjective, bodies met before. */
class SpeakerPhrasesTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    private List<Extraction> extract(String text) {
        return QuoteExtractorTest.extractedWithExactOffsets(extractor, text, LocalDate.of(2011, 2, 1));
    }

    @Test
    void aPersonsSpokesmanSpeaksForThatPerson() {
        List<Extraction> found = extract("President Francois Bozize won the vote. "
                + "President Bozize's spokesman says his re-election is a great victory for the people.");
        Extraction e = saying(found, "his re-election");
        assertEquals("Francois Bozize", e.speaker().name(), "the spokesman's owner is the speaker: " + e);
        assertEquals("President Bozize's spokesman", e.attribution(), "the words naming the source are kept");
    }

    @Test
    void aGovernmentNamedByItsCountrysAdjectiveIsTheSpeakerNotAnEarlierSource() {
        List<Extraction> found = extract("U.S. health officials said there were 2,532 cases. "
                + "The British government has announced it has decoded the genetic information of the virus.");
        Extraction e = saying(found, "it has decoded");
        assertEquals("British government", e.speaker().name(), "not the officials quoted before: " + e);
        assertEquals(Speaker.Kind.GOVERNMENT, e.speaker().kind());
    }

    @Test
    void theNewsAgencyIsTheAgencyNamedBefore() {
        List<Extraction> found = extract("Syria said the army had restored order. "
                + "The state-run SANA news agency says foreign media fabricated the stories. "
                + "The news agency also said gunmen attacked a security building.");
        Extraction e = saying(found, "gunmen attacked");
        assertTrue(e.speaker().name().contains("SANA"), "the agency named before speaks: " + e);
    }

    @Test
    void aSourceDescribedAndThenNamedIsTheNamedPerson() {
        List<Extraction> found = extract("“I saw the soldiers fight until their victory,” said one caller from "
                + "Banteay Meanchey, named Thany. “I am sorry that they are not indicted.”");
        assertEquals("Thany", saying(found, "I saw the soldiers").speaker().name());
        assertEquals("Thany", saying(found, "I am sorry").speaker().name(), "the next quote keeps the speaker");
    }

    @Test
    void aQuoteEndingItsSentenceIsNotCreditedToTheNextSpeakersReport() {
        List<Extraction> found = extract("The coalition called the ballot a “masquerade.” "
                + "Mr. Bozize's spokesman says the vote was fair.");
        assertTrue(found.stream().noneMatch(e -> e.text().startsWith("masquerade")),
                "the scare quote is not the spokesman's: " + found);
        assertEquals("the vote was fair", saying(found, "the vote").text());
    }

    @Test
    void anAdverbOpeningTheSentenceIsNotTheSpeaker() {
        List<Extraction> found = extract("Gordon Johndroe spoke to VOA. Moreover, added Johndroe, the U.S. "
                + "\"wants the junta to come together with the dissidents.\"");
        assertEquals("Gordon Johndroe", saying(found, "wants the junta").speaker().name());
    }

    @Test
    void aTitleWithAnAndInItIsAnAsideAndTheNameBeforeItSpeaks() {
        List<Extraction> found = extract("Washington, D.C., October 3, 2005 - Paula A. DeSutter, the U.S. Assistant "
                + "Secretary of State for Verification and Compliance, told VOA that Iran \"missed a good opportunity "
                + "to be constructive\" last month.");
        assertEquals("Paula A. DeSutter", saying(found, "missed a good").speaker().name(),
                "not 'Compliance', where the title's 'and' would cut it");
    }

    @Test
    void aPronounRightBeforeTheCueSpeaksRatherThanTheNameAfterIt() {
        List<Extraction> found = extract("Hamid Karzai gave an interview this week. "
                + "When it comes to the US he asked Washington to focus \"more on the Afghan people.\"");
        assertEquals("Hamid Karzai", saying(found, "more on the Afghan").speaker().name());
    }

    @Test
    void theFormerPresidentIsThePersonTheTextGaveThatOffice() {
        List<Extraction> found = extract("Hamid Karzai, the former president of Afghanistan, is blunt. He showed it "
                + "in an interview with VOA reporter Rahim Gul Sarwan. Asked about Islamic State, the former "
                + "president suggested it is not a serious threat.");
        assertEquals("Hamid Karzai", saying(found, "it is not a serious").speaker().name(),
                "not the reporter named last");
    }

    @Test
    void anIndefiniteDescriptionAfterANameDescribesItEvenWithoutAClosingComma() {
        List<Extraction> found = extract("Dave Hutcheson, a U.S. rescue worker says the survivor appeared to be in "
                + "good shape.");
        assertEquals("Dave Hutcheson", saying(found, "the survivor").speaker().name(), "not the United States");
    }

    @Test
    void anAsideWhoseOrganisationNameHoldsCommasStillLeavesTheNameBeforeIt() {
        List<Extraction> found = extract("Sarken Oktem, the coordinator for Turkey's Foundation for Human Rights, "
                + "Freedom and Humanitarian Relief, says this is increasingly hard to do.");
        assertEquals("Sarken Oktem", saying(found, "this is increasingly").speaker().name());
    }

    @Test
    void anUnnamedOfficerOfACountrysPoliceSpeaksForThatPolice() {
        List<Extraction> found = extract("\"The shooter was a police officer,\" one Kenyan police officer told VOA.");
        Extraction e = saying(found, "The shooter");
        assertEquals("Kenyan police", e.speaker().name(), "the body, not Kenya as a whole: " + e);
        assertEquals("one Kenyan police officer", e.attribution());
    }

    @Test
    void aCapitalisedNumberOpeningTheSentenceNamesNoOne() {
        List<Extraction> found = extract("Three callers asked about registration, saying they would like things "
                + "simplified. One caller suggested votes be counted in villages.");
        assertEquals(null, saying(found, "they would like").speaker(), "unnamed callers speak for no one");
        assertEquals("Three callers", saying(found, "they would like").attribution());
        assertEquals(null, saying(found, "votes be counted").speaker(), "not an actor named 'One'");
    }

    @Test
    void capitalisedWordsAfterABodysForAreItsNameNotAPerson() {
        List<Extraction> found = extract("The Syrian Observatory for Human Rights says more than 40,000 people died.");
        Extraction e = saying(found, "more than 40,000");
        assertEquals("Syrian Observatory for Human Rights", e.speaker().name());
        assertEquals(Speaker.Kind.ORGANIZATION, e.speaker().kind());
    }

    @Test
    void aWordOpeningTheSentenceBeforeAnInvertedCueIsNotTheSpeaker() {
        List<Extraction> found = extract("Together, says Mr. Bush, \"we will prevail over this destruction.\"");
        assertEquals("Bush", saying(found, "we will prevail").speaker().name(), "the name after the cue speaks");
    }

    @Test
    void anAndBetweenCapitalisedWordsIsInsideTheBodysName() {
        List<Extraction> found = extract("Yunus Zakaria Ya'u of Kano's Center for Information Technology and Development "
                + "says officers have switched to plain clothes.");
        assertEquals("Yunus Zakaria Ya'u", saying(found, "officers have switched").speaker().name(), "not 'Development'");
    }

    @Test
    void anAbbreviationAfterTheIsACountryOrABody() {
        List<Extraction> found = extract("The U.N. says more than 1,500 people have died. The WHO says cholera is spreading. "
                + "The U.S. says it will help.");
        assertEquals("U.N.", saying(found, "more than 1,500").speaker().name(), "not a title with no name");
        assertEquals("WHO", saying(found, "cholera is").speaker().name(), "not the relative pronoun 'who'");
        assertEquals(Speaker.Kind.COUNTRY, saying(found, "it will help").speaker().kind());
    }

    @Test
    void theSpeakerOfAReportIsTheOneWhoToldNotTheFirstWordsOrAFrontedQuestion() {
        List<Extraction> found = extract("Prime Minister-designate Mustapha al Kadhimi said the attack was \"a desperate "
                + "attempt.\" A Hushd militia spokesman, Mushtaq al Hassani, told state TV that his forces were ready, adding "
                + "that he expected \"more attacks to be launched soon.\" Asked why officials talk to the station, Gumbo "
                + "responded by saying: \"I can boycott your station.\"");
        assertEquals("Mustapha al Kadhimi", saying(found, "a desperate attempt").speaker().name(), "'-designate' is title");
        assertEquals("Mushtaq al Hassani", saying(found, "more attacks").speaker().name(), "the one who told");
        assertEquals("Gumbo", saying(found, "I can boycott").speaker().name(), "not 'Asked'");
    }

    @Test
    void aQuoteWithNoCueBelongsToTheSubjectNamedBeforeItsAside() {
        List<Extraction> found = extract("Lobsang Sangay, head of the Central Tibetan Administration, called on governments "
                + "to work with China \"to stop the deteriorating situation in Tibet.\"");
        assertEquals("Lobsang Sangay", saying(found, "to stop the").speaker().name(), "not China");
    }
}
