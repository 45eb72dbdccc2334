package io.stancegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** 'he' and 'she' look back, never ahead, and prefer whom a sentence is about over whom it mentions in passing. */
class PronounResolutionTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    private List<Extraction> extract(String text) {
        return QuoteExtractorTest.extractedWithExactOffsets(extractor, text, LocalDate.of(2018, 8, 3));
    }

    private static String speakerOf(List<Extraction> found, String start) {
        Extraction e = QuoteExtractorTest.saying(found, start);
        return e.speaker() == null ? null : e.speaker().name();
    }

    @Test
    void aNameAfterThePronounInItsSentenceIsNotItsAntecedent() {
        List<Extraction> found = extract("Opposition leader Nelson Chamisa rejected the results. "
                + "He said the final tallies given to Emmerson Mnangagwa were higher than announced.");
        assertEquals("Nelson Chamisa", speakerOf(found, "the final tallies"),
                "Mnangagwa is named after 'He', inside what was said");
    }

    @Test
    void aQuotationEndingItsSentenceEndsItForThePronounAfterIt() {
        List<Extraction> found = extract("Nelson Chamisa told reporters the results giving President Emmerson "
                + "Mnangagwa 50.8 percent were \"fiction.\" He said he won 56 percent of the vote.");
        assertEquals("Nelson Chamisa", speakerOf(found, "fiction."));
        assertEquals("Nelson Chamisa", speakerOf(found, "he won 56 percent"),
                "'He' starts a new sentence: the person who spoke, not the one mentioned in his words");
    }

    @Test
    void ofPeopleNamedInOneSentenceThePronounPrefersTheFirst() {
        List<Extraction> found = extract("U.N. Secretary-General Antonio Guterres, meeting Foreign Minister "
                + "Sigmar Gabriel on Tuesday, expressed concern about resettlement. \"This is particularly "
                + "worrying,\" he said at a news conference in New York.");
        assertEquals("Antonio Guterres", speakerOf(found, "This is particularly worrying"),
                "the sentence's subject, not the minister he met nor a place");
    }

    @Test
    void daysEventsAndPlacesAreNotPeople() {
        List<Extraction> found = extract("Antonio Guterres marked World Refugee Day in New York. "
                + "He said refugees are the first victims of terror.");
        assertEquals("Antonio Guterres", speakerOf(found, "refugees are the first victims"));
    }

    @Test
    void anOfficeNamedBeforeItsHolderIsThePersonTheStoryLaterGivesIt() {
        List<Extraction> found = extract("The Assistant Secretary tells VOA that Iran \"missed a good opportunity\"\n\n"
                + "Washington - Paula A. DeSutter, the U.S. Assistant Secretary of State for Verification, spoke to VOA.");
        assertEquals("Paula A. DeSutter", speakerOf(found, "missed a good opportunity"),
                "the deck names the office; the story names who holds it");
    }

    @Test
    void aGroupsCapitalisedQualifierIsNoPersonForHe() {
        List<Extraction> found = extract("Agency spokesman Ron Redmond says the camps are full. "
                + "Fighting between rebel groups and Sudanese-backed Arab militia broke out last year. "
                + "\"We are doing what we can,\" he said.");
        assertEquals("Ron Redmond", speakerOf(found, "We are doing"), "'Sudanese-backed Arab' qualifies a militia");
    }

    @Test
    void aSentenceEndingInsideItsQuotationEndsThere() {
        List<Extraction> found = extract("\"There is some resentment now among local people,\" he noted, "
                + "\"who say the refugees are living better than they do.\" Fighting broke out early last year. "
                + "U.N. officials say refugees were attacked at the border.");
        Extraction e = QuoteExtractorTest.saying(found, "refugees were attacked");
        assertEquals("U.N. officials", e.attribution(), "the attribution does not reach into the sentence before");
    }

    @Test
    void aPronounSubjectKeepsThePersonTheTextIsAbout() {
        List<Extraction> found = extract("Army Maj. Monty Willoughby represents the variety of personnel involved. "
                + "While accompanying a medical mission to Shah Wali Kot, he had the task of re-opening a school.\n\n"
                + "One of the main goals of a civil military mission is to provide a presence, he said.");
        assertEquals("Monty Willoughby", speakerOf(found, "One of the main goals"),
                "'he' in the sentence before was Willoughby; the place it named in passing is no one's antecedent");
    }

    @Test
    void aDayAfterANameIsNotPartOfIt() {
        List<Extraction> found = extract("Court officials refused to meet opposition leader Sam Rainsy Wednesday, as "
                + "he sought to provide what he says is evidence of the minister's involvement.");
        assertEquals("Sam Rainsy", speakerOf(found, "is evidence"));
    }

    @Test
    void aQuoteWithoutACueIsTheSentenceSubjects() {
        List<Extraction> found = extract("\"The agency is failing,\" said Representative Ami Bennett. Committee Chairman "
                + "Michael McCaul praised the agency as a \"beacon of freedom, supplying the truth to those living under "
                + "tyranny.\"");
        assertEquals("Michael McCaul", speakerOf(found, "beacon of freedom"), "not the last speaker, Bennett");
    }

    @Test
    void aFrontedParticipleIsNoOneAndAHyphenatedTitleIntroducesItsHolder() {
        List<Extraction> found = extract("United Nations Secretary-General Ban Ki-moon made an appeal Friday. Visiting "
                + "Syrian refugee camps in Jordan, the U.N. chief expressed frustration. \"We need your caring hands,\" he "
                + "said. Stopping at a camp that is home to more than 8,500 Syrians, Ban also voiced anger at the cost "
                + "of the conflict, saying it would be an outrageous crime.");
        assertEquals("Ban Ki-moon", speakerOf(found, "We need your"), "not 'Visiting Syrian'");
        assertEquals("Ban Ki-moon", speakerOf(found, "it would be"), "not 'Stopping'");
    }

    @Test
    void aCueEndingItsSentenceMakesItsSubjectTheNextSpeaker() {
        List<Extraction> found = extract("Defense Secretary Robert Gates thanked the troops. \"I admire them,\" he said. "
                + "Marine Gen. Peter Pace, who accompanied Gates on this trip, agreed. \"They are focused on the "
                + "mission,\" he said.");
        assertEquals("Robert Gates", speakerOf(found, "I admire them"));
        assertEquals("Peter Pace", speakerOf(found, "They are focused"), "'agreed' made Pace the one speaking");
    }

    @Test
    void aFamilyNameFirstAndADestinationAreResolvedAsNews() {
        List<Extraction> found = extract("In an interview with VOA, Hwang Jong Yop says Pyongyang would not dare use such "
                + "weapons. \"Tell North Koreans the truth,\" Mr. Hwang said. Staff Sgt. Matthew James trains recruits. "
                + "Recruits from the west go to San Diego for boot camp. James joined the Marines at 17, he said, \"to get "
                + "a new way of life.\"");
        assertEquals("Hwang Jong Yop", speakerOf(found, "Tell North Koreans"), "'Mr. Hwang' is the family name");
        assertEquals("Matthew James", speakerOf(found, "to get a new"), "San Diego is where recruits go, not a person");
    }

    @Test
    void aNameBeforeARelativeClauseWithoutCommasSpeaks() {
        List<Extraction> found = extract("In an interview with VOA, Machar who heads the rebellion against the government "
                + "in Juba says his representatives want direct talks.");
        assertEquals("Machar", speakerOf(found, "his representatives"));
    }

    @Test
    void aQuoteNamedRightAfterItIsThePersonNamed() {
        List<Extraction> found = extract("\"We have lost everything. Our house, our animals, our crops.\"\n\nThose were the "
                + "words of Fatima Bibi, a farmer from Nowshera. Provincial official Mian Hussain said relief was coming. "
                + "\"This is the worst disaster in our history.\" So said Prime Minister Yousuf Raza Gilani on Sunday.");
        assertEquals("Fatima Bibi", speakerOf(found, "We have lost everything"), "found, and credited to the name after it");
        assertEquals("Yousuf Raza Gilani", speakerOf(found, "This is the worst"), "not Hussain, who spoke before");
    }

    @Test
    void sheIsNotAManTheTextHasCalledHe() {
        List<Extraction> found = extract("Protest leader Suthep Thaugsuban told the crowd they would stay until Prime Minister "
                + "Yingluck Shinawatra resigned. \"This is our last battle,\" he declared. Ms. Yingluck, speaking on "
                + "television, appealed for calm. \"I am ready to listen,\" she said.");
        assertEquals("Suthep Thaugsuban", speakerOf(found, "This is our last"));
        assertEquals("Yingluck Shinawatra", speakerOf(found, "I am ready"), "'she' is not the man called 'he'");
    }
}
