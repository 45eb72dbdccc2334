package io.stancegraph.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Word lists the extraction rules lean on: speech verbs, titles, bodies, places and pronouns in English news. */
final class Lexicon {

    private Lexicon() {
    }

    /** Verbs that report speech or a stated position, in the forms news uses. */
    static final Set<String> CUES = set("said", "says", "say", "told", "tells", "tell", "added", "adds", "warned",
            "warns", "urged", "urges", "stated", "confirmed", "confirms", "announced", "announces", "explained",
            "explains", "noted", "argued", "argues", "claimed", "insisted", "insists", "stressed",
            "stresses", "asked", "asks", "replied", "replies", "responded", "responds", "wrote", "writes", "declared",
            "declares", "revealed", "reveals", "reiterated", "reiterates", "acknowledged", "acknowledges", "admitted",
            "admits", "suggested", "suggests", "continued", "continues", "emphasized", "emphasised", "emphasizes",
            "cautioned", "complained", "recalled", "conceded", "countered", "agreed", "denied", "denies", "alleged", "alleges",
            "charged", "charges", "claim", "claims", "allege", "insist", "contends", "asserts", "asserted",
            "promised", "vowed", "pledged", "maintained", "maintains", "contended", "testified", "commented", "remarked",
            "observed", "concluded", "disclosed", "tweeted", "posted", "predicted", "estimated", "believes", "believe",
            "thinks", "think", "expects", "hopes", "fears", "reported", "announced", "assured", "informed", "demanded",
            "proposed", "indicated", "pointed", "mentioned", "answered", "shouted", "whispered", "joked", "boasted",
            "lamented", "acknowledged", "clarified", "elaborated", "underlined", "highlighted", "signaled", "signalled");

    /** When something was said, as news writes it next to the cue: "said Wednesday", "Sunday said". */
    static final String TEMPORAL = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|"
            + "on\\s+\\w+day|(?:this|last|earlier\\s+this|late\\s+last)\\s+(?:week|month|year|weekend|morning|"
            + "afternoon|evening)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\s+(?:night|morning|"
            + "afternoon|evening)";

    /** Words that alone stand for unnamed people: "Some said ...", "Others say ...". */
    static final Set<String> QUANTIFIERS = set("some", "others", "many", "several", "most", "few", "both", "all",
            "one", "another");

    /** Cues after which an object often comes before the reported clause ("told reporters that ..."). */
    static final Set<String> OBJECT_CUES = set("told", "tells", "tell", "warned", "warns", "urged", "urges", "assured",
            "informed", "asked", "asks", "reminded");

    /** Words heading a role that precedes a name: "Foreign Minister Kang", "US Ambassador ... Harry Harris". */
    static final Set<String> TITLE_WORDS = set("president", "vice", "prime", "minister", "secretary", "ambassador",
            "envoy", "spokesman", "spokeswoman", "spokesperson", "director", "chairman", "chairwoman", "chair", "chief",
            "executive", "ceo", "cfo", "coo", "founder", "governor", "gov.", "senator", "sen.", "representative", "rep.",
            "congressman", "congresswoman", "mayor", "general", "gen.", "admiral", "adm.", "colonel", "col.", "captain",
            "capt.", "lieutenant", "lt.", "sergeant", "sgt.", "commander", "officer", "detective", "inspector", "judge",
            "justice", "attorney", "lawyer", "professor", "prof.", "dr.", "doctor", "mr.", "mrs.", "ms.", "miss", "sir",
            "dr", "mr", "mrs", "ms", "prof", "det", "det.", "supt", "supt.", "insp", "insp.", "dci", "constable",
            "dame", "lord", "king", "queen", "prince", "princess", "pope", "bishop", "archbishop", "rev.", "reverend",
            "father", "sister", "leader", "head", "deputy", "assistant", "acting", "former", "chancellor", "premier",
            "commissioner", "administrator", "superintendent", "sheriff", "coach", "manager", "analyst", "economist",
            "charge", "special", "agent", "spc.", "pfc.", "pvt.", "cpl.", "maj.", "brig.", "cmdr.", "sgt.", "staff",
            "designate", "elect", "councillor", "councilor", "councilman", "councilwoman", "alderman", "assemblyman", "assemblywoman", "mp",
            "tech.", "technical", "class", "1st", "2nd", "3rd", "lance", "gunnery", "command", "vice", "warrant",
            "ens.", "lt", "sgt", "maj", "col", "capt", "gen", "adm", "msgt.", "ssgt.", "tsgt.", "sfc.",
            "private", "specialist", "corporal", "major", "rear", "petty", "chief", "master", "airman", "seaman",
            "researcher", "scientist", "spokes", "press", "foreign", "defense", "defence", "interior", "finance",
            "trade", "state", "health", "justice", "energy", "home", "education", "labor", "labour", "agriculture",
            "senior", "junior", "top", "u.s.", "us", "federal", "national", "regional", "district", "county", "city",
            "police", "army", "navy", "air", "force", "marine", "corps", "cabinet", "party", "opposition", "white",
            "house", "nasa", "fbi", "cia", "un", "u.n.", "nato", "eu", "e.u.", "who",
            // the last words of offices ("Assistant Secretary of State for African Affairs Linda Thomas-Greenfield")
            "affairs", "relations", "operations", "policy", "security", "intelligence", "planning", "logistics",
            "communications", "cooperation", "resources", "programs", "services", "management", "development");

    /** Nouns of office: "the principal deputy assistant secretary of defense for policy said". */
    static final Set<String> ROLE_WORDS = set("secretary", "minister", "ambassador", "envoy", "president",
            "director", "chairman", "chairwoman", "governor", "senator", "mayor", "general", "admiral", "commander",
            "chief", "attorney", "prosecutor", "judge", "sheriff", "spokesman", "spokeswoman", "spokesperson",
            "administrator", "commissioner", "undersecretary", "deputy", "officer", "official", "manager", "founder",
            "ceo", "head", "leader", "coach", "captain", "professor", "lawmaker", "senator", "congressman", "colonel",
            "lieutenant", "major", "sergeant", "corporal", "specialist", "ensign", "corpsman", "adviser", "advisor",
            "negotiator", "coordinator", "legislator");

    /** "X cut its forecast, saying ...", "..., claiming it would hurt the region": the subject reports. */
    static final Set<String> PARTICIPLE_CUES = set("saying", "claiming", "arguing", "insisting", "warning", "adding",
            "noting", "stressing", "explaining", "asserting", "stating", "maintaining", "acknowledging", "suggesting");

    /** Words for any body, which "the group said" uses for the body quoted last. */
    static final Set<String> GENERIC_BODY_NOUNS = set("group", "organization", "organisation", "company", "firm",
            "body", "charity", "coalition", "alliance", "airline", "carrier", "manufacturer", "carmaker", "retailer",
            "bank", "insurer", "broadcaster");

    /** Body words that open a sentence as common nouns ("News reports say"): no body by themselves. */
    static final Set<String> GENERIC_OPENERS = set("news", "media", "press", "times", "post", "network", "service",
            "services", "group", "groups", "airline", "carrier", "firm", "manufacturer", "carmaker", "retailer", "club",
            "charity");

    /** Heads of definite descriptions news uses for the person it is about ("the Norfolk, Va., native"). */
    static final Set<String> PERSON_DESCRIPTIONS = set("native", "veteran", "graduate", "father", "mother", "man",
            "woman", "boy", "girl", "wife", "husband", "son", "daughter", "grandfather", "grandmother", "widow",
            "politician", "actor", "actress", "singer", "musician", "writer", "author", "novelist", "artist",
            "player", "athlete", "champion", "star", "entrepreneur", "businessman", "businesswoman",
            "billionaire", "candidate", "nominee", "incumbent", "challenger", "campaigner", "survivor", "victim",
            "pilot", "scientist", "researcher", "economist", "academic", "historian",
            "priest", "bishop", "cleric", "rabbi", "imam", "monk", "nurse", "surgeon", "physician", "engineer",
            "fisherman", "owner", "mayor-elect", "president-elect", "retiree", "pensioner",
            "mountaineer", "climber", "explorer", "astronaut", "filmmaker", "producer", "composer",
            "striker", "midfielder", "defender", "goalkeeper", "batsman", "bowler", "golfer", "cyclist", "swimmer",
            "runner", "boxer", "wrestler", "skier", "rider", "jockey", "trainer",
            "congresswoman", "dissident", "activist", "blogger",
            "mother-of-two", "father-of-two", "passenger", "tourist", "spectator", "fan", "shopper", "commuter",
            "motorist", "pedestrian", "eyewitness", "bystander", "neighbour", "neighbor", "local", "rescuer",
            "volunteer", "firefighter", "paramedic", "medic", "soldier", "sailor", "policeman", "policewoman",
            "protester", "demonstrator", "refugee", "migrant", "mourner", "relative", "friend", "colleague");

    private static final java.util.regex.Pattern DESCRIBED = java.util.regex.Pattern.compile(
            "(?:a|an|the|one)\\s+(?:[\\p{L}\\-,]+\\s+){0,3}?(\\d+-year-old|[\\p{L}\\-]+)(?:\\s+of\\s+.*)?");

    /** "the 61-year-old", "the Tennessee legislator", "a father of three": a person described, not named. */
    static boolean describesPerson(String lower) {
        java.util.regex.Matcher m = DESCRIBED.matcher(lower);
        return m.matches() && (m.group(1).matches("\\d+-year-old") || PERSON_DESCRIPTIONS.contains(m.group(1))
                || ROLE_WORDS.contains(m.group(1)));
    }

    /** Heads of bodies' names that go on across 'for' or 'of' ("Emergency Plan for AIDS Relief"). */
    static final Set<String> NAME_GOES_ON = set("plan", "program", "programme", "initiative", "fund", "center",
            "centre", "institute", "foundation", "coalition", "council", "commission", "committee", "office", "agency",
            "organization", "organisation", "association", "society", "alliance", "league", "network", "union",
            "campaign", "project", "partnership", "service", "bureau", "department", "ministry", "school", "university",
            "college", "academy", "hospital", "movement", "front", "court", "tribunal", "conference", "forum", "board");

    /** Abbreviated ranks and the office a later "the colonel" names ("Lt. Col. Belz" is "the colonel"). */
    static final java.util.Map<String, String> RANKS = java.util.Map.ofEntries(java.util.Map.entry("col.", "colonel"),
            java.util.Map.entry("lt.", "lieutenant"), java.util.Map.entry("capt.", "captain"),
            java.util.Map.entry("maj.", "major"), java.util.Map.entry("sgt.", "sergeant"),
            java.util.Map.entry("gen.", "general"), java.util.Map.entry("adm.", "admiral"),
            java.util.Map.entry("cmdr.", "commander"), java.util.Map.entry("cdr.", "commander"),
            java.util.Map.entry("cpl.", "corporal"), java.util.Map.entry("spc.", "specialist"),
            java.util.Map.entry("ens.", "ensign"));

    /** Head nouns of anonymous or generic speakers: "a ministry official", "officials", "a source". */
    static final Set<String> ANONYMOUS_HEADS = set("official", "officials", "spokesman", "spokeswoman",
            "spokesperson", "spokespeople", "source", "sources", "diplomat", "diplomats", "aide", "aides", "officer",
            "officers", "representative", "representatives", "insider", "insiders", "analyst", "analysts", "expert",
            "experts", "witness", "witnesses", "resident", "residents", "statement", "report", "reports", "police",
            "authorities", "investigators", "prosecutors", "researchers", "scientists", "lawmakers", "government",
            "ministry", "department", "agency", "company", "spokespersons", "bureau", "commission", "council", "committee",
            "board", "institute", "forecaster", "forecasters", "newspaper", "newspapers", "broadcaster", "magazine",
            "airline", "carrier", "firm", "manufacturer", "carmaker", "retailer", "club", "charity", "team", "staff", "employee", "employees", "member",
            "members", "leader", "leaders", "executive", "executives", "doctor", "doctors", "lawyer", "lawyers",
            "critics", "opponents", "supporters", "observers", "activists", "protesters", "campaigners", "critic",
            "economists", "negotiators", "organizers", "organisers", "rescuers", "survivors", "villagers", "parents",
            "records", "documents", "filings", "papers", "affidavit", "complaint", "indictment", "figures", "data",
            "statistics", "estimates", "polls", "surveys", "studies", "study", "caller", "callers", "listener",
            "listeners", "viewer", "viewers", "voter", "voters", "farmer", "farmers", "worker", "workers", "student",
            "journalist", "journalists", "reporter", "reporters",
            "students", "teacher", "teachers", "shopkeeper", "trader", "traders", "driver", "resident", "locals");

    /** Words that make a name a body rather than a person. */
    static final Set<String> BODY_WORDS = set("airline", "carrier", "firm", "manufacturer", "carmaker", "retailer",
            "club", "charity", "ministry", "department", "agency", "office", "commission",
            "committee", "council", "government", "administration", "company", "inc.", "inc", "corp.", "corp",
            "corporation", "co.", "ltd", "ltd.", "llc", "group", "bank", "university", "institute", "association",
            "party", "court", "police", "army", "navy", "force", "forces", "service", "services", "embassy", "house",
            "senate", "congress", "parliament", "assembly", "union", "organization", "organisation", "foundation",
            "board", "bureau", "authority", "center", "centre", "network", "news", "times", "post", "journal",
            "press", "agency", "telecom", "airlines", "airways", "motors", "technologies", "systems", "pentagon",
            "kremlin", "nasa", "fbi", "cia", "nato", "reuters", "yonhap", "xinhua", "bbc", "cnn", "ap", "afp",
            "who", "un", "eu", "fda", "cdc", "nih", "epa", "sec", "fcc", "doj", "dod", "state", "cheong", "wa", "dae",
            "staff", "command", "guard", "district", "county", "sheriff’s", "sheriff's", "mission", "survey",
            "tribunal", "fund", "programme", "program", "alliance", "coalition", "federation", "league", "movement",
            "front", "council", "cabinet", "secretariat", "observatory", "watch", "monitor", "imf", "amisom", "community",
            "nations", "states", "republic", "kingdom", "emirates", "unicef", "unhcr", "opec", "asean", "interpol");

    /** Heads of a phrase naming a state's body as a whole ("the Syrian government"), not a person in it. */
    /** Last words of capitalised runs that name days, events, laws and places, never people ("World Refugee Day"). */
    /**
     * Anonymous heads of people who speak for no institution: "Zimbabwean farmers" and "residents of Gaza" are not
     * their country speaking.
     */
    static final Set<String> CIVILIAN_HEADS = set("witness", "witnesses", "resident", "residents", "villagers",
            "farmer", "farmers", "worker", "workers", "student", "students", "teacher", "teachers", "shopkeeper",
            "trader", "traders", "driver", "locals", "caller", "callers", "listener", "listeners", "viewer", "viewers",
            "voter", "voters", "parents", "survivors", "rescuers", "protesters", "activists", "campaigners",
            "supporters", "opponents", "critics", "critic", "observers", "analysts", "analyst", "experts", "expert",
            "economists", "doctors", "doctor", "lawyers", "lawyer", "scientists", "researchers", "employees",
            "employee", "refugees", "people", "citizens", "villager", "journalist", "journalists", "reporter", "reporters");

    /** Groups a capitalised run can qualify ("Sudanese-backed Arab militia"): the run is then no person. */
    static final Set<String> GROUP_NOUNS = set("militia", "militias", "rebels", "rebel", "forces", "troops", "fighters",
            "insurgents", "militants", "gunmen", "soldiers", "army", "groups", "group", "tribesmen", "nomads",
            "refugees", "protesters", "supporters", "loyalists", "separatists", "extremists", "police", "government",
            "officials", "authorities", "farmers", "villagers", "residents", "people", "community", "communities");

    static final Set<String> NON_PERSON_HEADS = set("day", "week", "month", "year", "summit", "conference", "forum",
            "festival", "games", "cup", "olympics", "championship", "championships", "award", "awards", "prize", "act",
            "bill", "treaty", "accord", "accords", "agreement", "plan", "initiative", "street", "road", "avenue",
            "square", "river", "lake", "sea", "ocean", "gulf", "mountain", "mountains", "island", "islands", "city",
            "province", "region", "valley", "airport", "hospital", "hotel", "stadium", "bridge", "hall", "palace",
            "museum", "station", "prison", "camp", "base", "port", "beach", "park", "desert", "strait", "peninsula",
            "declaration", "charter", "convention", "protocol", "war", "revolution", "election", "elections",
            "assistance", "program", "programme", "mission", "operation", "exercise", "project", "campaign", "course",
            "training", "academy", "school", "college", "center", "centre", "fund", "ship", "vessel");
    /** Words that open a sentence and tie it to the last ("Moreover, added Johndroe"): never a speaker. */
    static final Set<String> SENTENCE_ADVERBS = set("moreover", "however", "meanwhile", "furthermore", "separately",
            "also", "still", "later", "earlier", "instead", "indeed", "nevertheless", "nonetheless", "additionally",
            "finally", "besides", "likewise", "similarly", "again", "then", "thus", "therefore", "otherwise");
    /** "in New York", "at Camp David": a capitalised run after these is a place. */
    static final Set<String> PLACE_PREPOSITIONS = set("in", "at", "near", "outside", "across", "throughout", "inside");

    static final Set<String> STATE_BODY_HEADS = set("government", "administration", "authorities", "ministry",
            "department", "agency", "military", "police", "cabinet", "parliament", "regime");

    /** Words that make a body part of a state (GOVERNMENT) rather than a company or other organisation. */
    static final Set<String> GOVERNMENT_WORDS = set("ministry", "department", "government", "administration",
            "authorities", "military", "regime",
            "embassy", "office", "pentagon", "kremlin", "white", "cheong", "police", "army", "navy", "agency",
            "commission", "parliament", "senate", "congress", "court", "nasa", "fbi", "cia", "fda", "cdc", "nih",
            "epa", "fcc", "doj", "dod");

    /** Countries and the names news uses for them (capitals as metonyms, demonyms of officials). */
    static final Map<String, String> COUNTRIES = Map.ofEntries(
            Map.entry("united states", "United States"), Map.entry("us", "United States"),
            Map.entry("u.s.", "United States"), Map.entry("usa", "United States"), Map.entry("america", "United States"),
            Map.entry("washington", "United States"), Map.entry("american", "United States"),
            Map.entry("south korea", "South Korea"), Map.entry("korea", "South Korea"), Map.entry("seoul", "South Korea"),
            Map.entry("south korean", "South Korea"), Map.entry("north korea", "North Korea"),
            Map.entry("pyongyang", "North Korea"), Map.entry("north korean", "North Korea"),
            Map.entry("china", "China"), Map.entry("beijing", "China"), Map.entry("chinese", "China"),
            Map.entry("japan", "Japan"), Map.entry("tokyo", "Japan"), Map.entry("japanese", "Japan"),
            Map.entry("united kingdom", "United Kingdom"), Map.entry("u.k.", "United Kingdom"),
            Map.entry("uk", "United Kingdom"), Map.entry("britain", "United Kingdom"), Map.entry("london", "United Kingdom"),
            Map.entry("british", "United Kingdom"), Map.entry("russia", "Russia"), Map.entry("moscow", "Russia"),
            Map.entry("russian", "Russia"), Map.entry("france", "France"), Map.entry("paris", "France"),
            Map.entry("french", "France"), Map.entry("germany", "Germany"), Map.entry("berlin", "Germany"),
            Map.entry("german", "Germany"), Map.entry("india", "India"), Map.entry("new delhi", "India"),
            Map.entry("indian", "India"), Map.entry("canada", "Canada"), Map.entry("ottawa", "Canada"),
            Map.entry("canadian", "Canada"), Map.entry("australia", "Australia"), Map.entry("canberra", "Australia"),
            Map.entry("australian", "Australia"), Map.entry("iran", "Iran"), Map.entry("tehran", "Iran"),
            Map.entry("iranian", "Iran"), Map.entry("israel", "Israel"), Map.entry("israeli", "Israel"),
            Map.entry("ukraine", "Ukraine"), Map.entry("kyiv", "Ukraine"), Map.entry("kiev", "Ukraine"),
            Map.entry("ukrainian", "Ukraine"), Map.entry("taiwan", "Taiwan"), Map.entry("taipei", "Taiwan"),
            Map.entry("italy", "Italy"), Map.entry("rome", "Italy"), Map.entry("italian", "Italy"),
            Map.entry("spain", "Spain"), Map.entry("madrid", "Spain"), Map.entry("spanish", "Spain"),
            Map.entry("mexico", "Mexico"), Map.entry("mexican", "Mexico"), Map.entry("brazil", "Brazil"),
            Map.entry("brazilian", "Brazil"), Map.entry("turkey", "Turkey"), Map.entry("ankara", "Turkey"),
            Map.entry("turkish", "Turkey"), Map.entry("pakistan", "Pakistan"), Map.entry("pakistani", "Pakistan"),
            Map.entry("afghanistan", "Afghanistan"), Map.entry("afghan", "Afghanistan"), Map.entry("iraq", "Iraq"),
            Map.entry("iraqi", "Iraq"), Map.entry("syria", "Syria"), Map.entry("syrian", "Syria"),
            Map.entry("egypt", "Egypt"), Map.entry("egyptian", "Egypt"), Map.entry("saudi arabia", "Saudi Arabia"),
            Map.entry("saudi", "Saudi Arabia"), Map.entry("vietnam", "Vietnam"), Map.entry("vietnamese", "Vietnam"),
            Map.entry("philippines", "Philippines"), Map.entry("philippine", "Philippines"),
            Map.entry("indonesia", "Indonesia"), Map.entry("indonesian", "Indonesia"),
            Map.entry("european union", "European Union"), Map.entry("eu", "European Union"),
            Map.entry("new zealand", "New Zealand"), Map.entry("south africa", "South Africa"),
            Map.entry("nigeria", "Nigeria"), Map.entry("kenya", "Kenya"), Map.entry("poland", "Poland"),
            Map.entry("netherlands", "Netherlands"), Map.entry("dutch", "Netherlands"), Map.entry("sweden", "Sweden"),
            Map.entry("swedish", "Sweden"), Map.entry("norway", "Norway"), Map.entry("ireland", "Ireland"),
            Map.entry("irish", "Ireland"), Map.entry("scotland", "United Kingdom"), Map.entry("argentina", "Argentina"),
            Map.entry("chile", "Chile"), Map.entry("colombia", "Colombia"), Map.entry("venezuela", "Venezuela"),
            Map.entry("cuba", "Cuba"), Map.entry("greece", "Greece"), Map.entry("greek", "Greece"),
            Map.entry("kenyan", "Kenya"), Map.entry("nigerian", "Nigeria"), Map.entry("ethiopia", "Ethiopia"),
            Map.entry("ethiopian", "Ethiopia"), Map.entry("somalia", "Somalia"), Map.entry("somali", "Somalia"),
            Map.entry("sudan", "Sudan"), Map.entry("sudanese", "Sudan"), Map.entry("south sudan", "South Sudan"),
            Map.entry("south sudanese", "South Sudan"), Map.entry("uganda", "Uganda"), Map.entry("ugandan", "Uganda"),
            Map.entry("tanzania", "Tanzania"), Map.entry("tanzanian", "Tanzania"), Map.entry("rwanda", "Rwanda"),
            Map.entry("rwandan", "Rwanda"), Map.entry("burundi", "Burundi"), Map.entry("burundian", "Burundi"),
            Map.entry("congolese", "Democratic Republic of the Congo"),
            Map.entry("drc", "Democratic Republic of the Congo"), Map.entry("ghana", "Ghana"),
            Map.entry("ghanaian", "Ghana"), Map.entry("senegal", "Senegal"), Map.entry("senegalese", "Senegal"),
            Map.entry("mali", "Mali"), Map.entry("malian", "Mali"), Map.entry("nigerien", "Niger"),
            Map.entry("cameroon", "Cameroon"), Map.entry("cameroonian", "Cameroon"), Map.entry("zimbabwe", "Zimbabwe"),
            Map.entry("zimbabwean", "Zimbabwe"), Map.entry("zambia", "Zambia"), Map.entry("zambian", "Zambia"),
            Map.entry("mozambique", "Mozambique"), Map.entry("mozambican", "Mozambique"),
            Map.entry("angola", "Angola"), Map.entry("angolan", "Angola"), Map.entry("libya", "Libya"),
            Map.entry("libyan", "Libya"), Map.entry("tunisia", "Tunisia"), Map.entry("tunisian", "Tunisia"),
            Map.entry("algeria", "Algeria"), Map.entry("algerian", "Algeria"), Map.entry("morocco", "Morocco"),
            Map.entry("moroccan", "Morocco"), Map.entry("south african", "South Africa"),
            Map.entry("palestinian", "Palestine"), Map.entry("lebanon", "Lebanon"), Map.entry("lebanese", "Lebanon"),
            Map.entry("jordanian", "Jordan"), Map.entry("yemen", "Yemen"), Map.entry("yemeni", "Yemen"),
            Map.entry("qatar", "Qatar"), Map.entry("qatari", "Qatar"),
            Map.entry("united arab emirates", "United Arab Emirates"), Map.entry("uae", "United Arab Emirates"),
            Map.entry("emirati", "United Arab Emirates"), Map.entry("kuwait", "Kuwait"),
            Map.entry("kuwaiti", "Kuwait"), Map.entry("bahrain", "Bahrain"), Map.entry("bahraini", "Bahrain"),
            Map.entry("oman", "Oman"), Map.entry("omani", "Oman"), Map.entry("bangladesh", "Bangladesh"),
            Map.entry("bangladeshi", "Bangladesh"), Map.entry("sri lanka", "Sri Lanka"),
            Map.entry("sri lankan", "Sri Lanka"), Map.entry("nepal", "Nepal"), Map.entry("nepalese", "Nepal"),
            Map.entry("nepali", "Nepal"), Map.entry("myanmar", "Myanmar"), Map.entry("burma", "Myanmar"),
            Map.entry("burmese", "Myanmar"), Map.entry("thailand", "Thailand"), Map.entry("thai", "Thailand"),
            Map.entry("cambodia", "Cambodia"), Map.entry("cambodian", "Cambodia"), Map.entry("laos", "Laos"),
            Map.entry("laotian", "Laos"), Map.entry("malaysia", "Malaysia"), Map.entry("malaysian", "Malaysia"),
            Map.entry("singapore", "Singapore"), Map.entry("singaporean", "Singapore"), Map.entry("peru", "Peru"),
            Map.entry("peruvian", "Peru"), Map.entry("haiti", "Haiti"), Map.entry("haitian", "Haiti"),
            Map.entry("belarus", "Belarus"), Map.entry("belarusian", "Belarus"), Map.entry("georgian", "Georgia"),
            Map.entry("armenia", "Armenia"), Map.entry("armenian", "Armenia"), Map.entry("azerbaijan", "Azerbaijan"),
            Map.entry("azerbaijani", "Azerbaijan"), Map.entry("kazakhstan", "Kazakhstan"),
            Map.entry("kazakh", "Kazakhstan"), Map.entry("uzbekistan", "Uzbekistan"), Map.entry("uzbek", "Uzbekistan"),
            Map.entry("portugal", "Portugal"), Map.entry("portuguese", "Portugal"), Map.entry("austria", "Austria"),
            Map.entry("austrian", "Austria"), Map.entry("switzerland", "Switzerland"),
            Map.entry("swiss", "Switzerland"), Map.entry("belgium", "Belgium"), Map.entry("belgian", "Belgium"),
            Map.entry("denmark", "Denmark"), Map.entry("danish", "Denmark"), Map.entry("finland", "Finland"),
            Map.entry("finnish", "Finland"), Map.entry("hungary", "Hungary"), Map.entry("hungarian", "Hungary"),
            Map.entry("romania", "Romania"), Map.entry("romanian", "Romania"), Map.entry("serbia", "Serbia"),
            Map.entry("serbian", "Serbia"), Map.entry("croatia", "Croatia"), Map.entry("croatian", "Croatia"),
            Map.entry("bosnia", "Bosnia and Herzegovina"), Map.entry("bosnian", "Bosnia and Herzegovina"),
            Map.entry("czech republic", "Czech Republic"), Map.entry("czech", "Czech Republic"),
            Map.entry("slovakia", "Slovakia"), Map.entry("slovak", "Slovakia"), Map.entry("bulgaria", "Bulgaria"),
            Map.entry("bulgarian", "Bulgaria"), Map.entry("polish", "Poland"), Map.entry("cuban", "Cuba"),
            Map.entry("venezuelan", "Venezuela"), Map.entry("colombian", "Colombia"),
            Map.entry("argentine", "Argentina"), Map.entry("argentinian", "Argentina"), Map.entry("chilean", "Chile"),
            Map.entry("bolivia", "Bolivia"), Map.entry("bolivian", "Bolivia"), Map.entry("ecuador", "Ecuador"),
            Map.entry("ecuadorian", "Ecuador"), Map.entry("guatemala", "Guatemala"),
            Map.entry("guatemalan", "Guatemala"), Map.entry("honduras", "Honduras"), Map.entry("honduran", "Honduras"),
            Map.entry("nicaragua", "Nicaragua"), Map.entry("nicaraguan", "Nicaragua"),
            Map.entry("el salvador", "El Salvador"), Map.entry("salvadoran", "El Salvador"),
            Map.entry("norwegian", "Norway"));

    static final Set<String> MALE = set("he", "him", "his");
    static final Set<String> FEMALE = set("she", "her");
    static final Set<String> PRONOUNS = set("he", "she", "they", "it", "we", "i");

    /** Abbreviations whose period does not end a sentence. */
    static final Set<String> ABBREVIATIONS = set("mr.", "mrs.", "ms.", "dr.", "prof.", "sr.", "jr.", "st.", "gen.",
            "lt.", "col.", "sgt.", "capt.", "adm.", "gov.", "sen.", "rep.", "rev.", "inc.", "corp.", "co.", "ltd.",
            "no.", "vs.", "etc.", "e.g.", "i.e.", "u.s.", "u.k.", "u.n.", "e.u.", "jan.", "feb.", "mar.", "apr.",
            "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "a.m.", "p.m.", "mt.", "ft.", "approx.",
            "dept.", "est.", "fig.", "gov't", "d.c.", "n.y.", "l.a.", "spc.", "pfc.", "pvt.", "cpl.", "maj.", "brig.",
            "cmdr.", "cdr.", "msgt.", "ssgt.", "sfc.", "pvt.", "ens.", "hon.", "gov.", "supt.", "insp.", "det.",
            "tech.", "tsgt.", "smsgt.", "cmsgt.", "wash.", "md.", "va.", "calif.", "fla.", "ga.", "n.c.", "s.c.", "tex.",
            "colo.", "ky.", "mich.", "minn.", "n.j.", "n.m.", "okla.", "tenn.");

    /** A set from a word list that may repeat a word (Set.of would refuse it). */
    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static boolean isCue(String word) {
        return CUES.contains(word.toLowerCase(Locale.ROOT));
    }

    static String country(String phrase) {
        return COUNTRIES.get(phrase.toLowerCase(Locale.ROOT).replaceAll("[’']s$", "").strip());
    }
}
