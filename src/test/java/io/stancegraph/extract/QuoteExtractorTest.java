package io.stancegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Each construction the extractor must handle, on small texts written for the test. */
class QuoteExtractorTest {

    private static final LocalDate THURSDAY = LocalDate.of(2019, 6, 13);
    private final QuoteExtractor extractor = new QuoteExtractor();

    private List<Extraction> extract(String text) {
        return extractedWithExactOffsets(extractor, text, THURSDAY);
    }

    /** What the extractor finds in the text, each statement checked to index its exact words. */
    static List<Extraction> extractedWithExactOffsets(QuoteExtractor extractor, String text, LocalDate published) {
        List<Extraction> found = extractor.extract(text, published);
        for (Extraction e : found) {
            assertEquals(e.text(), text.substring(e.start(), e.end()), "offsets index the exact text of " + e);
        }
        return found;
    }

    /** The statement whose text starts with {@code start}; fails naming what was found when there is none. */
    static Extraction saying(List<Extraction> found, String start) {
        return found.stream().filter(e -> e.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement starting '" + start + "' in " + found));
    }

    private static Extraction only(List<Extraction> found, Extraction.Kind kind) {
        List<Extraction> of = found.stream().filter(e -> e.kind() == kind).toList();
        assertEquals(1, of.size(), () -> "one " + kind + " statement in " + found);
        return of.get(0);
    }

    private static String speaker(Extraction e) {
        return e.speaker() == null ? null : e.speaker().name();
    }

    @Test
    void curlyAndStraightQuotesWithTheSpeakerAfterOrBeforeTheCue() {
        Extraction curly = only(extract("“We will not give in to pressure,” said Jane Smith."), Extraction.Kind.DIRECT);
        assertEquals("We will not give in to pressure", curly.text());
        assertEquals("Jane Smith", speaker(curly));
        assertEquals("said", curly.cue());
        Extraction straight = only(extract("Jane Smith said: \"We will not give in to pressure.\""), Extraction.Kind.DIRECT);
        assertEquals("Jane Smith", speaker(straight));
        assertEquals("We will not give in to pressure.", straight.text());
    }

    @Test
    void aQuoteInterruptedByItsAttributionGivesTwoStatementsOfOneSpeaker() {
        List<Extraction> found = extract("“The plan is sound,” the minister, Ana Costa, said, “and it will go ahead.”");
        List<Extraction> direct = found.stream().filter(e -> e.kind() == Extraction.Kind.DIRECT).toList();
        assertEquals(2, direct.size(), "both halves of the quote: " + found);
        assertEquals("The plan is sound", direct.get(0).text());
        assertEquals("and it will go ahead.", direct.get(1).text());
        assertEquals("Ana Costa", speaker(direct.get(0)));
        assertEquals("Ana Costa", speaker(direct.get(1)));
    }

    @Test
    void aQuoteRunningOverParagraphsKeepsItsSpeaker() {
        String text = "Mayor Tom Reed said: “The bridge will close for a year.\n\n"
                + "“Traffic will move to the new road while the work goes on,” he added.";
        List<Extraction> direct = extract(text).stream().filter(e -> e.kind() == Extraction.Kind.DIRECT).toList();
        assertEquals(2, direct.size(), "one statement per paragraph of the quote: " + direct);
        assertEquals("Tom Reed", speaker(direct.get(0)));
        assertEquals("Tom Reed", speaker(direct.get(1)));
    }

    @Test
    void quotesInsideQuotesStayInTheOuterQuote() {
        Extraction e = only(extract("“They told us ‘wait and see’ for months,” said Maria Lopez."), Extraction.Kind.DIRECT);
        assertEquals("They told us ‘wait and see’ for months", e.text());
    }

    @Test
    void aPartialQuoteInsideReportedSpeechGivesBothStatements() {
        List<Extraction> found = extract("Harry Harris urged Korean firms to choose a “trustworthy system provider.”");
        assertEquals("trustworthy system provider.", only(found, Extraction.Kind.DIRECT).text());
        Extraction reported = only(found, Extraction.Kind.INDIRECT);
        assertTrue(reported.text().startsWith("Korean firms to choose"), reported.text());
        assertEquals("Harry Harris", speaker(reported));
    }

    @Test
    void scareQuotesAndQuotedNamesAreNotStatements() {
        assertEquals(List.of(), extract("The US pushed the “clean network” plan across Asia."));
        assertEquals(List.of(), extract("The so-called “clean telecom companies” do not use the equipment."));
        assertEquals(List.of(), extract("She read “War and Peace” twice last summer."));
    }

    @Test
    void aShortQuotationThatIsAVerbOrASubjectInReportedSpeechIsTheSpeakersWords() {
        List<Extraction> found = extract("The state-run SANA news agency says foreign news organizations "
                + "\"fabricated\" the stories. Syria countered by saying \"hooded gunmen\" opened fire on officers.");
        List<String> direct = found.stream().filter(e -> e.kind() == Extraction.Kind.DIRECT).map(Extraction::text).toList();
        assertEquals(List.of("fabricated", "hooded gunmen"), direct, "both are quoted words of the speaker: " + found);
    }

    @Test
    void titlesAndRolesBeforeANameAreNotPartOfIt() {
        Extraction e = only(extract("US Ambassador to South Korea Harry Harris said the risks were real and growing."),
                Extraction.Kind.INDIRECT);
        assertEquals("Harry Harris", speaker(e));
        assertNotNull(e.onBehalfOf(), "an ambassador speaks for his country");
        assertEquals("United States", e.onBehalfOf().name());
        Extraction minister = only(extract("Foreign Minister Kang Kyung-wha said talks would continue next month."),
                Extraction.Kind.INDIRECT);
        assertEquals("Kang Kyung-wha", speaker(minister));
    }

    @Test
    void anAppositionNamesTheSpeaker() {
        Extraction e = only(extract("“The injuries were severe,” Hugh Hill, a doctor, said."), Extraction.Kind.DIRECT);
        assertEquals("Hugh Hill", speaker(e));
    }

    @Test
    void pronounsGoToTheRightEarlierSpeakerOrBody() {
        String text = "Union leader Mark Dunn said the strike would go on.\n\n"
                + "“We have no other choice,” he said.\n\n"
                + "The Acme Corporation said the offer was final. “We cannot pay more,” it said.";
        List<Extraction> direct = extract(text).stream().filter(e -> e.kind() == Extraction.Kind.DIRECT).toList();
        assertEquals("Mark Dunn", speaker(direct.get(0)));
        assertEquals("Acme Corporation", speaker(direct.get(1)));
        assertEquals("he", direct.get(0).attribution());
    }

    @Test
    void anAnonymousSourceIsAttributedToTheBodyItSpeaksFor() {
        String text = "Seoul's Foreign Ministry said Thursday it would discuss the matter with related countries.\n\n"
                + "“The government will respect corporate autonomy,” a ministry official told reporters.";
        Extraction e = only(extract(text), Extraction.Kind.DIRECT);
        assertEquals("Foreign Ministry", speaker(e));
        assertEquals("a ministry official", e.attribution());
    }

    @Test
    void reportedSpeechAfterACommunicationVerbIsTheReportedClause() {
        List<Extraction> found = extract("The minister told reporters that the border would reopen on Monday.\n\n"
                + "Prices will rise again next year, the central bank warned.\n\n"
                + "According to police, the suspect fled on foot.");
        List<String> clauses = found.stream().filter(e -> e.kind() == Extraction.Kind.INDIRECT).map(Extraction::text).toList();
        assertEquals(List.of("the border would reopen on Monday", "Prices will rise again next year",
                "the suspect fled on foot"), clauses);
    }

    @Test
    void aLaterSurnameIsTheEarlierFullName() {
        String text = "Harry Harris said the alliance was strong.\n\n\"We stand together,\" Harris said.";
        List<Extraction> found = extract(text);
        Extraction quote = only(found, Extraction.Kind.DIRECT);
        assertEquals("Harry Harris", speaker(quote));
        assertTrue(quote.speaker().aliases().contains("Harris"), "the short form becomes an alias: " + quote.speaker());
    }

    @Test
    void theStatementDateComesFromTheTextElseTheArticle() {
        Extraction onDay = only(extract("On June 5, Harry Harris said the decision would matter for decades."),
                Extraction.Kind.INDIRECT);
        assertEquals(LocalDate.of(2019, 6, 5), onDay.saidOn());
        assertEquals(Extraction.Precision.DAY, onDay.precision());
        Extraction weekday = only(extract("The ministry said Tuesday that talks would resume soon."),
                Extraction.Kind.INDIRECT);
        assertEquals(LocalDate.of(2019, 6, 11), weekday.saidOn(), "the Tuesday before a Thursday article");
        Extraction month = only(extract("In May, the company said it would stop sales of the phones."),
                Extraction.Kind.INDIRECT);
        assertEquals(LocalDate.of(2019, 5, 1), month.saidOn());
        assertEquals(Extraction.Precision.MONTH, month.precision());
        Extraction undated = only(extract("The company said it would stop sales of the phones."), Extraction.Kind.INDIRECT);
        assertEquals(THURSDAY, undated.saidOn(), "without a date in the text, the article's");
    }

    @Test
    void aNamedOfficialSpeaksOnBehalfOfTheBodyInTheTitle() {
        Extraction e = only(extract("Foreign Ministry spokesman Kim In-chul said the talks would continue."),
                Extraction.Kind.INDIRECT);
        assertEquals("Kim In-chul", speaker(e));
        assertEquals("Foreign Ministry", e.onBehalfOf().name());
        assertEquals(List.of("Kim"), e.speaker().aliases(), "a Korean name's short form is the family name");
    }

    @Test
    void theyGoesToTheBodyThatSpokeLast() {
        List<Extraction> found = extract("Foreign Minister Kang Kyung-wha said the talks would go on.\n\n"
                + "The unions said the strike would go on. \"We are not backing down,\" they said.");
        Extraction quote = only(found, Extraction.Kind.DIRECT);
        assertEquals("unions", speaker(quote), "not the minister who spoke before");
        assertEquals("they", quote.attribution());
    }

    @Test
    void aStoryWithSeveralSpeakersKeepsEachStatementWithItsOwn() {
        String text = """
                Officials in Kenya said on Tuesday that at least 12 people had died in flooding.

                "The water came at night," said Mary Wanjiru, a resident of Nairobi. "We lost everything."

                Police spokesman Charles Owino told reporters that rescue efforts were continuing.

                Prime Minister John Mbeki, speaking in Mombasa, said the army had been deployed. He warned that \
                more rain was expected, but critics say the response came too late.""";
        List<Extraction> found = extract(text);
        List<String> pairs = found.stream().map(e -> e.kind() + " " + speaker(e) + ": " + e.text()).toList();
        assertEquals(List.of(
                "INDIRECT Kenya: at least 12 people had died in flooding",
                "DIRECT Mary Wanjiru: The water came at night",
                "DIRECT Mary Wanjiru: We lost everything.",
                "INDIRECT Charles Owino: rescue efforts were continuing",
                "INDIRECT John Mbeki: the army had been deployed",
                "INDIRECT John Mbeki: more rain was expected",
                "INDIRECT null: the response came too late"), pairs);
        assertEquals("critics", found.get(found.size() - 1).attribution(), "an unnamed group keeps its words");
    }

    @Test
    void mentionsNameTheActorsInTheStatement() {
        Extraction e = only(extract("Harry Harris said South Korea should exclude Huawei from its networks."),
                Extraction.Kind.INDIRECT);
        assertTrue(e.mentions().stream().anyMatch(m -> m.name().equals("South Korea")), "mentions: " + e.mentions());
        assertNull(e.mentions().stream().filter(m -> m.name().equals("Harry Harris")).findFirst().orElse(null),
                "the speaker is not among the mentions");
    }

    @Test
    void aShortQuotationWithAComplementIsTheSpeakersWords() {
        List<Extraction> found = extractedWithExactOffsets(new QuoteExtractor(), "The Dalai Lama spoke on Monday. He "
                + "has said China must conduct a \"serious investigation\" into the self-immolations.",
                LocalDate.of(2012, 11, 20));
        Extraction e = saying(found, "serious investigation");
        assertEquals(Extraction.Kind.DIRECT, e.kind(), "a quoted phrase followed by 'into' is his, not a label: " + found);
    }
}
