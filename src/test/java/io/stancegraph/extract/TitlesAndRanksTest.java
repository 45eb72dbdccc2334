package io.stancegraph.extract;

import static io.stancegraph.extract.QuoteExtractorTest.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Military ranks, offices that name a body, datelines and name suffixes, as military and agency news writes them. */
class TitlesAndRanksTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    private List<Extraction> extract(String text) {
        return QuoteExtractorTest.extractedWithExactOffsets(extractor, text, LocalDate.of(2006, 7, 14));
    }

    private static String speakerOf(List<Extraction> found, String start) {
        Extraction e = saying(found, start);
        return e.speaker() == null ? null : e.speaker().name();
    }

    @Test
    void abbreviatedRanksAreTitlesNotNames() {
        List<Extraction> found = extract("\"It's a little overwhelming,\" said Tech. Sgt. Paula Edwards. "
                + "\"In this way, we gain their confidence,\" said Army Sgt. 1st Class Jeffery Bridges.");
        assertEquals("Paula Edwards", speakerOf(found, "It's a little"));
        assertEquals("Jeffery Bridges", speakerOf(found, "In this way"), "'1st Class' belongs to the rank");
    }

    @Test
    void anOfficeNamingABodyStillIntroducesItsHolder() {
        List<Extraction> found = extract("Navy Secretary Donald Winter toured the hospital ship on Thursday. "
                + "\"I was impressed most today with the Sailors,\" Winter said.");
        Extraction e = saying(found, "I was impressed");
        assertEquals("Donald Winter", e.speaker().name(), "the surname links to the full name: " + e);
        assertTrue(e.speaker().aliases().contains("Winter"));
    }

    @Test
    void anOfficeAfterTheCueThenItsHolderIsTheHolder() {
        List<Extraction> found = extract("\"This is a stable platform,\" said National Naval Medical Center "
                + "Commander, Rear Adm. Adam Robinson Jr. \"You can still do a lot of work here.\"");
        Extraction e = saying(found, "This is a stable");
        assertTrue(e.speaker().name().startsWith("Adam Robinson"), "the holder, not the office: " + e);
        assertTrue(e.speaker().aliases().contains("Robinson"), "the surname, not the suffix, is the short form");
    }

    @Test
    void aDatelineInCapitalsIsNoOneForHe() {
        List<Extraction> found = extract("JOINT BASE LEWIS-MCCHORD, Wash. - Soldiers ran the course in the heat. "
                + "\"Good work!\" he shouted.");
        assertNull(speakerOf(found, "Good work"), "a dateline is not a person: " + found);
    }

    @Test
    void aPersonNamedInTheReportIsNotWhoReportsIt() {
        List<Extraction> found = extract("Progress is being made, Miller said. Confirmation of Army Lt. Gen. Keith "
                + "Alexander to lead Cyber Command is a positive step, he added.");
        assertEquals("Miller", speakerOf(found, "Confirmation of Army"), "'he' is the one reporting, Miller");
    }

    @Test
    void theRankAloneIsThePersonGivenThatRank() {
        List<Extraction> found = extract("Lt. Col. Stephen Vangundy leads the wing. Staff Sgt. Sara Trent packed. "
                + "\"We always stand ready to deploy,\" the colonel said.");
        assertEquals("Stephen Vangundy", speakerOf(found, "We always stand"), "'Lt. Col.' makes him 'the colonel'");
    }

    @Test
    void aDescriptionOfThePersonSpeakingIsThatPerson() {
        List<Extraction> found = extract("\"It feels good,\" said Lt. Kenny Uy. \"There is only so much we can do,\" "
                + "the Norfolk, Va., native said. \"Airmen are ready,\" said the former command chief of the 86th "
                + "Airlift Wing.");
        assertEquals("Kenny Uy", speakerOf(found, "There is only"), "the place's commas belong to the description");
        assertEquals("Kenny Uy", speakerOf(found, "Airmen are ready"), "a former office of the person quoted");
    }

    @Test
    void anAppositionAfterASentenceFinalSourceIsNotWhatWasSaid() {
        List<Extraction> found = extract("The contract led to the hiring of 500 men, according to Capt. Aziz Noorali, "
                + "a Pensacola, Fla., native and Soldier with the human terrain team.");
        assertEquals("Aziz Noorali", speakerOf(found, "The contract led"), "the report before the source is found");
        assertTrue(found.stream().noneMatch(e -> e.text().startsWith("a Pensacola")), "the apposition is no report");
    }

    @Test
    void officialsOfANamedCommandSpeakForIt() {
        List<Extraction> found = extract("U.S. Central Command Air Forces officials said airlift operations have "
                + "responded quickly to the urgent needs.");
        assertEquals("U.S. Central Command Air Forces", speakerOf(found, "airlift operations"));
    }

    @Test
    void anAgeAndHometownDescribeThePersonQuoted() {
        List<Extraction> found = extract("\"We learned a lot,\" said Spc. Vanessa L. Lopez. The 22-year-old New Orleans "
                + "native and resident of Austin, Texas, added that the visit gave her a better overall picture.");
        assertEquals("Vanessa L. Lopez", speakerOf(found, "the visit gave"), "not Texas: " + found);
    }

    @Test
    void aSurnameThatIsAlsoATitleIsASurname() {
        List<Extraction> found = extract("\"We are grateful for the assistance,\" said Park Superintendent Randy King.");
        assertEquals("Randy King", speakerOf(found, "We are grateful"), "'King' after a given name is his surname");
    }

    @Test
    void aNameOfALowercasePossessiveBodyAndADayAsideKeepTheName() {
        List<Extraction> found = extract("Rear Admiral John Stufflebeem of the military's Joint Staff said the pressure "
                + "is breaking the resistance. Sri Lanka President Mahinda Rajapaksa, speaking to a summit in "
                + "Jordan,Saturday, said he would be returning home.");
        assertEquals("John Stufflebeem", speakerOf(found, "the pressure"));
        assertEquals("Mahinda Rajapaksa", speakerOf(found, "he would be returning"), "'Saturday' is when, not who");
    }

    @Test
    void bracketsAfterTheNameAndADescriptionByStateStillNameTheSpeaker() {
        List<Extraction> found = extract("Senator Fred Thompson (Republican of Tennessee) said it was \"inconceivable\" "
                + "that they would not address China. The Tennessee legislator said he introduced an amendment.");
        assertEquals("Fred Thompson", speakerOf(found, "it was"), "the brackets describe the senator");
        assertEquals("Fred Thompson", speakerOf(found, "he introduced"), "'the Tennessee legislator' is the senator");
    }

    @Test
    void anAdviserIsAnOfficeAndAProgrammesNameIsNoPerson() {
        List<Extraction> found = extract("Condoleezza Rice, the national security advisor, met Saudi officials. "
                + "The money comes from the President's Emergency Plan for AIDS Relief. "
                + "The national security advisor said cooperation with Saudi Arabia has been good.");
        assertEquals("Condoleezza Rice", speakerOf(found, "cooperation with"), "not 'AIDS Relief'");
    }

    @Test
    void aLongOfficeEndsBeforeItsHoldersName() {
        List<Extraction> found = extract("Deputy Assistant Secretary of State for African Affairs Linda Thomas-Greenfield "
                + "says Washington supports the talks. She tells VOA the United States will keep funding the peacekeepers.");
        assertEquals("Linda Thomas-Greenfield", speakerOf(found, "Washington supports"));
        assertEquals("Linda Thomas-Greenfield", speakerOf(found, "the United States will"), "'She' is the person named");
    }

    @Test
    void aRomanNumeralEndsANameAndASurnameMayBeATitleWord() {
        List<Extraction> found = extract("Gen. Mark A. Welsh III, Chief of Staff of the Air Force, and Chief Master Sgt. "
                + "Anthony Bishop toured Kirtland. \"We are here to say thank you,\" he said. "
                + "\"We want to win,\" Chief Bishop said.");
        assertEquals("Mark A. Welsh III", speakerOf(found, "We are here"), "'III' is no acronym of a body");
        assertEquals("Anthony Bishop", speakerOf(found, "We want to win"), "'Bishop' is the chief's surname here");
    }

    @Test
    void aSuffixAfterACommaAndAPlaceAfterTheNameAreNotTheSpeaker() {
        List<Extraction> found = extract("Martin Luther King, Jr. once said, \"Life's most persistent question is what you "
                + "do for others.\" \"It is too soon to know,\" says USGS scientist Dr. James A. Estes in Santa Cruz, Calif.");
        assertEquals("Martin Luther King", speakerOf(found, "Life's most"), "not 'Jr.'");
        assertEquals("James A. Estes", speakerOf(found, "It is too soon"), "not 'Santa Cruz'");
    }

    @Test
    void theSpokesmanIsThePersonTheTextGaveThatOffice() {
        List<Extraction> found = extract("Somali military spokesman Yabal Haji Aden told VOA that the militants attacked. "
                + "\"They tried to detonate three vehicles,\" the spokesman said.");
        assertEquals("Yabal Haji Aden", speakerOf(found, "They tried"));
    }
}
