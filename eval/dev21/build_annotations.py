#!/usr/bin/env python3
"""Hand annotations of the dev21 set as a table; computes offsets and writes NNN.json.
Same scheme as eval/dev13/build_annotations.py. Each statement spec: (speaker, attribution, kind,
text, cue[, opts]).  opts is a dict with optional keys: ctx (a unique substring of the body that
contains text; default: text itself must be unique), note, onBehalfOf.  Keys s1, s2, ... are given
after sorting by offset.  The bodies NNN.txt are written by make_texts.py."""
import os
import sys

D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(D))
from annotations import actor, build  # noqa: E402  (eval/annotations.py, shared by the sets)

AF = "U.S. Air Force"
DV = "Defense Visual Information Distribution Service (DVIDS)"
ART = {
 "001": dict(url="https://www.af.mil/News/Article-Display/Article/132419/secaf-visits-deployed-airmen-shares-insight",
   title="SECAF visits deployed Airmen, shares insight", publishedOn="2005-12-19", outlet=AF + " (af.mil)",
   source="stored copy of the af.mil article 132419 (web page corpus), by Tech. Sgt. Paul Dean, 407th Air Expeditionary Group Public Affairs; 'Published' and byline lines omitted; TRUNCATED: the paragraph 'After his visit to the deployed location, Secretary Wynne stopped here Dec. 19, answering Airmen\u2019s questions about missi...' breaks off and was left out; date ESTIMATED: Wynne (sworn in as Secretary of the Air Force in November 2005) was 'six weeks into the job', visited the 379th AEW on Dec. 17 and the 407th AEG on Dec. 19, so December 2005; the page date is not in the stored copy"),
 "002": dict(url="https://www.misawa.af.mil/News/Article-Display/Article/404389/pacaf-command-chief-master-sergeant-says-tell-af-story/",
   title="PACAF command chief master sergeant says 'tell AF story'", publishedOn="2006-12-01", outlet=AF + " (Misawa Air Base)",
   source="stored copy of the misawa.af.mil article 404389 (web page corpus); site navigation ('HomeNewsArticle Display') omitted; no byline in the stored copy; TRUNCATED: the paragraph '\"We have a ...' breaks off and was left out; date ESTIMATED to the month (first day used): the enlisted calls were on a 'Monday'; Chief Master Sgt. Anthony Bishop toured PACAF's Japan bases in December 2006 with the same message (priorities; 40,000-Airman drawdown 'over the next five years'), so December 2006 is likely; it may be off by a year"),
 "003": dict(url="http://www.dvidshub.net/news/41416/earning",
   title="Earning", publishedOn="2009-11-11", outlet=DV,
   source="stored copy of the DVIDS news page 41416 (web page corpus), story by 1st Lt. Joshua Risner, Multi-National Division Baghdad; DVIDS chrome (maintenance notice, login, repeated headline), photo caption, place and date lines omitted; the stored copy ends with a complete paragraph (the story probably continues); date from the date line '11.11.2009' (the ceremony was on Veterans Day)"),
 "004": dict(url="https://dvidshub.net/news/41489/honoring-our-extended-family-military-and-veterans-day",
   title="Honoring our extended family: the military and Veterans Day", publishedOn="2009-11-11", outlet=DV,
   source="stored copy of the DVIDS news page 41489 (web page corpus); DVIDS chrome, repeated headline and the photo caption (photo by Staff Sgt. Francis Horton) omitted; no story byline or date in the stored copy; TRUNCATED: the paragraph 'In his speech, Wortham called for c...' breaks off and was left out; date ESTIMATED: the ceremony was on Nov. 11 and the id is next to DVIDS 41416 (dated 11.11.2009); the 34th Infantry Division was at COB Basra in 2009-2010; the story may have been posted a day or two later"),
 "005": dict(url="http://www.dvidshub.net/news/64037/dragoons-honor-mlk",
   title="Dragoons Honor MLK", publishedOn="2011-01-22", outlet=DV,
   source="stored copy of the DVIDS news page 64037 (web page corpus), story by Sgt. Gerald Wilson, 2d Cavalry Regiment; DVIDS chrome, repeated headline, photo caption, place and date lines omitted; TRUNCATED: the paragraph '\u201cKing believed in The A...' breaks off and was left out; date from the date line '01.22.2011' (the luncheon was on 'Saturday', 22 Jan. 2011); 'Delana Cherry' as in the text (the caption has 'Delena')"),
 "006": dict(url="https://www.kirtland.af.mil/News/Article-Display/Article/817719/csaf-cmsaf-visit-kirtland",
   title="CSAF, CMSAF visit Kirtland", publishedOn="2013-01-01", outlet=AF + " (Kirtland Air Force Base)",
   source="stored copy of the kirtland.af.mil article 817719 (web page corpus), by Kendahl Johnson, 377th Air Base Wing Public Affairs; 'Published' and byline lines omitted; TRUNCATED: the paragraph '\"We just can't tolerate bad communication,\" he said. \"And all the negative stuff ... We will...' breaks off and was left out; date ESTIMATED to the year (first day used): Welsh (CSAF Aug. 2012 - June 2016) and Cody (CMSAF from Jan. 2013) visited 'recently'; Welsh's three themes (common sense, communication, caring) are those of his 2013 base visits (e.g. Moody AFB, 1 April 2013); the visit may be later (2013-2016)"),
 "007": dict(url="https://www.afcent.af.mil/Units/455th-Air-Expeditionary-Wing/News/Display/Article/558760/csaf-visits-bagram-connects-with-airmen",
   title=None, publishedOn="2013-12-16", outlet=AF + " (455th Air Expeditionary Wing, Air Forces Central Command)",
   source="stored copy of the afcent.af.mil article 558760 (web page corpus); the stored copy starts with the dateline, so there is no headline (title null; slug 'csaf-visits-bagram-connects-with-airmen'); the copy hard-wraps lines inside paragraphs and puts the first word of some paragraphs on its own line: lines were joined with one space and paragraphs split where a sentence ends a line and a new one begins; the dateline 'BAGRAM AIRFIELD, Afghanistan --' is joined to the lead with one space; TRUNCATED: the paragraph '\u201cThere are Air...' breaks off and was left out; date ESTIMATED: the Airman's Call was on Dec. 15; 'sequestration and force shaping' point to December 2013 (possibly 2014)"),
 "008": dict(url="https://www.navy.mil/submit/display.asp?story_id=108492",
   title="For Country and Community", publishedOn="2019-02-01", outlet="Navy NewsStand (U.S. Navy)",
   source="stored copy of the navy.mil story 108492 (NNS190201-13; web page corpus), from USS Harry S. Truman (CVN 75) Public Affairs; story number/release date line, 'Email this story' widget and the 'From ...' line omitted; TRUNCATED: the paragraph 'Aside from a notable evaluation, other rewards await ... Through dedicated...' breaks off and was left out; date from 'Release Date: 2/1/2019'"),
}
S = {}
N = lambda **k: k
S["001"] = [
 ("michael_wynne", "Secretary Wynne", "DIRECT", "I see the Air Force continuing its transformation efforts because it has now achieved its quest of stealth, speed and precision,", "said",
   N(onBehalfOf="us_air_force", note="'the secretary discussed where he sees the Air Force going' (previous paragraph; 'discussed' with a wh-clause) is not annotated")),
 ("michael_wynne", "Secretary Wynne", "DIRECT", "Now we need to move toward becoming lean, lethal and agile as a force structure. This is going to result in a more compact, highly capable force. This move will emphasize that we are going to continue to expand our \u2018reach back\u2019 as we have been doing.", "said",
   N(onBehalfOf="us_air_force", note="second span of an interrupted quote; the nested single marks are kept")),
 ("michael_wynne", "The secretary", "INDIRECT", "the Air Force is going to continue to dominate air and space and will become more interdependent", "said",
   N(onBehalfOf="us_air_force", note="'The secretary' = Wynne")),
 ("michael_wynne", "Secretary Wynne", "INDIRECT", "That interdependency is exhibited even now as the air operations center contains Airmen, Soldiers, Sailors and Marines as well as special operations", "said",
   N(onBehalfOf="us_air_force", note="reported clause before the attribution (', Secretary Wynne said.')")),
 ("michael_wynne", "he", "DIRECT", "This tells me that we are relying on our partners and they are reliant on us to win this war,", "said",
   N(onBehalfOf="us_air_force", note="'he' = Wynne")),
 ("michael_wynne", "he", "DIRECT", "Jointness is here and now as well as it\u2019s going to be in the future. It is really all about protecting each other and understanding the capabilities each of our force elements brings to the battle.", "said",
   N(onBehalfOf="us_air_force", note="second span of an interrupted quote")),
]
S["002"] = [
 ("anthony_bishop", "PACAF command chief master sergeant", "INDIRECT", "'tell AF story'", "says",
   N(onBehalfOf="pacaf", ctx="says 'tell AF story'", note="BORDERLINE: headline 'PACAF command chief master sergeant says ... tell AF story' (in single marks): the complement is a quoted imperative in single marks, so it is INDIRECT (the sets mark DIRECT only between double marks), marks included as the clause runs to the closing mark. The unnamed title is named in the body (Chief Master Sgt. Anthony Bishop), so he is the speaker (cataphora, as test4 003 s2); a scorer reading the headline alone might expect 'pacaf' or null")),
 ("anthony_bishop", "Chief Master Sgt. Anthony Bishop, PACAF command chief master sergeant", "DIRECT", "There are three priorities in the Air Force and what I find as I travel around is that our young Airmen haven't been told what the Air Force priorities are,", "said",
   N(onBehalfOf="pacaf", note="official named after his words. The lead ('held two enlisted calls ... with two objectives') has no speech verb")),
 ("anthony_bishop", "Chief Master Sgt. Anthony Bishop, PACAF command chief master sergeant", "DIRECT", "We have a strategic communication game plan now where we have one message, many voices. We need to start telling the Air Force story.", "said",
   N(onBehalfOf="pacaf", note="second span of an interrupted quote. Next paragraph: 'asked ... if they knew what the priorities are' (a question) and 'told the E-1 to E-6 audience what the priorities are and why' (wh-object, no content given) are not annotated")),
 ("anthony_bishop", "the chief", "DIRECT", "Our No. 1 priority is winning the Global War on Terrorism,", "said",
   N(onBehalfOf="pacaf", note="'the chief' = Bishop")),
 ("anthony_bishop", "the chief", "DIRECT", "This has to be an away game. We do not want to play this game on U.S. territory ever again.", "said",
   N(onBehalfOf="pacaf", note="second span of an interrupted quote")),
 ("anthony_bishop", "The chief", "INDIRECT", "while only 14 percent of the Air Force is deployed to Southwest Asia, PACAF Airmen are just as engaged with the enemy right here at home", "pointed out",
   N(onBehalfOf="pacaf", note="'pointed out that ...': the clause without 'that'")),
 ("anthony_bishop", "he", "DIRECT", "We have Airmen being shot at in this AOR (area of responsibility),", "said",
   N(onBehalfOf="pacaf", note="'he' = Bishop; the parenthesis inside the quotation is kept (it may be the reporter's gloss)")),
 ("anthony_bishop", "he", "DIRECT", "We have Airmen engaged in winning that war today, right here. You need to tell people that.", "said",
   N(onBehalfOf="pacaf", note="second span of an interrupted quote")),
 ("anthony_bishop", "Chief Bishop", "INDIRECT", "how important it is that Airmen pass the word that the Air Force is engaged 24 hours a day, 365 days a year, and around the world because of the Air Force's capability of Global Reach, Global Power", "stressed",
   N(onBehalfOf="pacaf", note="BORDERLINE: 'stressed how important it is that ...' reports the content of his words as an exclamative wh-clause; annotated as INDIRECT (as dev8 'said how important a new school is'). An extractor that skips it is defensible")),
 ("anthony_bishop", "Chief Bishop", "DIRECT", "We don't want to play in it, we don't want to break even, we want to win,", "said", N(onBehalfOf="pacaf")),
 ("anthony_bishop", "Chief Bishop", "INDIRECT", "The Air Force is focused on two groups", "said",
   N(onBehalfOf="pacaf", note="reported clause before ', said Chief Bishop.'. The sentences before ('The second priority is taking care of our Airmen.') and after ('The first are the 40,000 Airmen ...') have no speech verb of their own and are not annotated, though they probably report him too")),
]
S["003"] = [
 ("dennis_grinde", "Capt. Dennis Grinde", "DIRECT", "In about three hours, it's going to be the anniversary of the 11th hour of the 11th day of the 11th month, when the guns fell silent at World War I,", "said",
   N(note="company commander (photo caption, not in the body); no body named in the text, so no onBehalfOf")),
 ("dennis_grinde", "Capt. Dennis Grinde", "DIRECT", "The patch that you guys are wearing was worn in World War I and worn in every combat operation since. That signifies something. That identifies you as someone who belongs in the 2nd Infantry.", "said",
   N(note="second span of an interrupted quote. Next paragraph: 'while being told of the significance of that day' (agentless passive, noun object) is not annotated")),
 ("dennis_grinde", "Grand Forks, N.D., native", "DIRECT", "Now you're a veteran, you're special,", "said",
   N(note="BORDERLINE (speaker named by description): 'said Grand Forks, N.D., native to his Soldiers' refers back to Grinde (the photo caption says he is from Grand Forks, N.D.; 'As Grinde continued' in the previous paragraph)")),
 ("dennis_grinde", "Grand Forks, N.D., native", "DIRECT", "Wherever you decide to go, forever, now you're a veteran of the United States [Army]. That's something to be proud of.", "said",
   N(note="second span of an interrupted quote; the reporter's bracket '[Army]' is kept")),
]
S["004"] = [
 ("scott_morfitt", "Spc. Scott Morfitt, an administrative specialist with the 34th ID S1 (personnel) shop", "DIRECT", "Being a veteran means the times we've spent together, the walks to the DFAC (Dining Facility), smiling and saluting together,", "said",
   N(note="a soldier speaking for himself at a ceremony: no onBehalfOf")),
 ("scott_morfitt", "he", "DIRECT", "I am constantly amazed by this great group of people who have this shared experience with me,", "said",
   N(note="'he' = Morfitt (the previous paragraph). 'was commented on repeatedly at the event' (next paragraph; agentless passive) is not annotated")),
 ("douglas_wortham", "Command Sgt. Maj. Douglas Wortham, 34th ID, Division Special Troop Battalion command sergeant major", "DIRECT", "Veterans are ordinary people who accomplishing extraordinary things,", "said",
   N(note="'who accomplishing' as in the source")),
 ("kristen_auge", "Capt. Kristen Auge, the executive officer of the 34th's Network Support Company", "DIRECT", "If you are a service member, you are a veteran. If you have sacrificed, you are a veteran,", "said", N()),
 ("kristen_auge", "she", "DIRECT", "It's all about what is in your heart,", "said", N(note="'she' = Auge")),
]
S["005"] = [
 ("melvin_smith", "Smith", "DIRECT", "Realizing that we all share a common destiny is one of the first steps along the road to racial harmony and one America,", "said",
   N(note="guest speaker, named in the previous paragraph. 'The theme of the MLK Birthday luncheon was \u201cAnyone Can Serve.\u201d' (a quoted title, no speaker) and 'shared his reflections of the legacy' (noun object) are not annotated")),
 ("melvin_smith", "Smith", "DIRECT", "Dr. King\u2019s teachings help Americans realize that when one of our brothers or sisters is held down by the weight of racism and intolerance, we all lose individually and collectively.", "said",
   N(note="second span of an interrupted quote")),
 ("melvin_smith", "he", "DIRECT", "Dr. King\u2019s life continues to teach us that with courage, vision and determination, every one of us has the power to help change the course of our nation and the world,", "said",
   N(note="'he' = Smith. 'Smith went on to discuss the theme of anyone can serve and how fitting it was ...' (next paragraph; 'discuss' with a noun object) is not annotated")),
 ("martin_luther_king", "Dr. King", "DIRECT", "Life\u2019s most persistent and urgent question is: What are you doing for others.", "said",
   N(note="a quotation of the historical speaker (cue 'once said'), recited in Smith's speech; credited to King as the text attributes it")),
]
S["006"] = [
 ("mark_welsh", "he", "DIRECT", "We are here for one primary reason, and that's to say 'thank you,'", "said",
   N(onBehalfOf="us_air_force", note="BORDERLINE (pronoun with two antecedents): 'he said at one of his all calls' follows a sentence naming Welsh and then Cody; credited to Welsh, named first and the one quoted at the all calls later ('Welsh spoke about ...'). Cody is a possible reading. The nested single marks are kept")),
 ("mark_welsh", "he", "DIRECT", "Thank you for everything you do for our Air Force, for our nation, for each other. You need to know how great we think you are.", "said",
   N(onBehalfOf="us_air_force", note="second span of an interrupted quote")),
 ("mark_welsh", "he", "DIRECT", "For almost 60 years now, our nuclear deterrence has been our wallpaper of national security,", "said",
   N(onBehalfOf="us_air_force", note="'he' after a paragraph about 'The general and the chief': credited to Welsh, as the rest of the story quotes him only")),
 ("mark_welsh", "he", "DIRECT", "It's been the rock that everyone else is leaning on. Because in the background is this incredibly successful nuclear deterrent force, our military can be creative, and try different things and new approaches.", "said",
   N(onBehalfOf="us_air_force", note="second span of an interrupted quote")),
 ("mark_welsh", "Welsh", "DIRECT", "as we move forward to ensure we're set up for success.", "spoke about",
   N(onBehalfOf="us_air_force", note="BORDERLINE: a partial quote inside a noun-object report ('spoke about three areas we need to improve upon \"...\"'): the quoted words are DIRECT; the noun-object report itself is not annotated as INDIRECT")),
 ("mark_welsh", "he", "DIRECT", "We need to remember that common sense should be the first standard we apply,", "said",
   N(onBehalfOf="us_air_force", note="'The first was common sense.' (previous paragraph) has no speech verb and is not annotated")),
 ("mark_welsh", "he", "DIRECT", "If, while we are doing our jobs, we find things that don't align with common sense, we should finish the job and then change the things that didn't align with common sense. We have people coming into the Air Force who are incredibly smart, who look at problems from a different perspective, and have great ideas. We need to listen.", "said",
   N(onBehalfOf="us_air_force", note="second span of an interrupted quote")),
 ("mark_welsh", "He", "INDIRECT", "we need to work toward improving our communication, and we need to care more", "said",
   N(onBehalfOf="us_air_force", note="two coordinated clauses under one verb: one statement")),
]
S["007"] = [
 ("mark_welsh", "Welsh", "DIRECT", "I\u2019m here for no other reason than to say thank you,", "said",
   N(onBehalfOf="us_air_force", note="the lead and second paragraph ('spoke with Airmen, ... updated them on pressing issues ..., and thanked them') have only noun-object reports and are not annotated")),
 ("mark_welsh", "Welsh", "DIRECT", "Thank you for being as good as you are at what you do, and thank you for taking it seriously.", "said",
   N(onBehalfOf="us_air_force", note="second span of an interrupted quote")),
 ("mark_welsh", "Welsh", "INDIRECT", "how every Airman, regardless of rank, plays a vital role in accomplishing the Air Force mission", "expressed",
   N(onBehalfOf="us_air_force", note="BORDERLINE: 'expressed how ...' with a content clause (as 002 'stressed how'); an extractor that skips it is defensible")),
 ("mark_welsh", "Welsh", "DIRECT", "Never forget how critical you are to this organization, this wing, this Air Force, this joint military force, and this coalition,", "said", N(onBehalfOf="us_air_force")),
 ("mark_welsh", "Welsh", "DIRECT", "Don\u2019t forget it until you\u2019re the chief master sergeant of the Air Force or the chief of staff of the Air Force for that matter. You can do anything you want. Just remember how important you are and remember how important the Airmen sitting around you are.", "said",
   N(onBehalfOf="us_air_force", note="second span of an interrupted quote")),
 ("mark_welsh", "The general", "INDIRECT", "how crucial it is to remain focused on the mission and maintain the pride of service that breeds success", "expressed",
   N(onBehalfOf="us_air_force", note="BORDERLINE: 'expressed how crucial it is to ...' (exclamative wh-clause); 'The general' = Welsh")),
 ("mark_welsh", "Welsh", "DIRECT", "There are always distractions going on,", "said", N(onBehalfOf="us_air_force")),
 ("mark_welsh", "Welsh", "DIRECT", "Things that divert your focus if you let them and as a result, we lose a bit of that pride. I want you guys to focus on the job, get the mission done, make sure we\u2019re getting better at fighting the fight, and allow me to worry about things like sequestration and force shaping. Just stay sharp and maintain your pride.", "said",
   N(onBehalfOf="us_air_force", note="second span of an interrupted quote. The last paragraph ('emphasized the importance of opening the lines of communication', a noun object) is not annotated")),
]
S["008"] = [
 ("martin_luther_king", "Martin Luther King, Jr.", "DIRECT", "Life\u2019s most persistent and urgent question is, what are you doing for others?", "said",
   N(note="a quotation of the historical speaker (cue 'once said'), used by the reporter; the quotation ends in '?' inside the closing mark")),
 ("hector_feliciano", "Feliciano", "DIRECT", "When it comes to volunteering it\u2019s really a win-win for Sailors and the organization,", "said",
   N(onBehalfOf="uss_harry_s_truman", note="'encourages all Sailors to take a more civic interest ...' (previous paragraph; a request with an infinitive) is not annotated")),
 ("hector_feliciano", "Feliciano", "DIRECT", "It also gives Sailors something positive and productive to do.", "said",
   N(onBehalfOf="uss_harry_s_truman", note="second span of an interrupted quote")),
 ("hector_feliciano", "Feliciano, a recipient of the Military Outstanding Volunteer Service Medal", "DIRECT", "Volunteer work is a very impressive bullet to have on a Sailor\u2019s evaluation,", "said", N(onBehalfOf="uss_harry_s_truman")),
 ("hector_feliciano", "Feliciano, a recipient of the Military Outstanding Volunteer Service Medal", "DIRECT", "It shows a multitude of characteristics: teamwork, leadership, compassion and a good work ethic.", "said",
   N(onBehalfOf="uss_harry_s_truman", note="second span of an interrupted quote")),
]

A = actor
ACTORS = [
 A("michael_wynne", "PERSON", "Michael W. Wynne", "Wynne", "Secretary Wynne", "Secretary of the Air Force Michael W. Wynne", "SECAF"),
 A("us_air_force", "GOVERNMENT", "U.S. Air Force", "Air Force", "USAF", "United States Air Force"),
 A("paul_dean", "PERSON", "Paul Dean", "Tech. Sgt. Paul Dean"),
 A("anthony_bishop", "PERSON", "Anthony Bishop", "Chief Master Sgt. Anthony Bishop", "Chief Bishop", "Bishop"),
 A("pacaf", "GOVERNMENT", "Pacific Air Forces", "PACAF"),
 A("dennis_grinde", "PERSON", "Dennis Grinde", "Capt. Dennis Grinde", "Grinde"),
 A("larry_doyle", "PERSON", "Larry Doyle", "Pfc. Larry Doyle"),
 A("second_infantry_division", "GOVERNMENT", "2nd Infantry Division", "2nd Infantry", "4th Striker Brigade Combat Team, 2nd Infantry Division"),
 A("scott_morfitt", "PERSON", "Scott Morfitt", "Spc. Scott Morfitt", "Morfitt"),
 A("douglas_wortham", "PERSON", "Douglas Wortham", "Command Sgt. Maj. Douglas Wortham", "Wortham"),
 A("kristen_auge", "PERSON", "Kristen Auge", "Capt. Kristen Auge", "Auge"),
 A("34th_infantry_division", "GOVERNMENT", "34th Infantry Division", "34th ID"),
 A("melvin_smith", "PERSON", "Melvin Smith", "Sgt. Maj. Melvin Smith", "Smith"),
 A("martin_luther_king", "PERSON", "Martin Luther King Jr.", "Dr. King", "Dr. Martin Luther King Jr.", "Martin Luther King, Jr.", "King", "MLK"),
 A("2nd_cavalry_regiment", "GOVERNMENT", "2nd Stryker Cavalry Regiment", "2SCR", "2d Cavalry Regiment"),
 A("doug_hogsten", "PERSON", "Doug Hogsten", "Chaplain Doug Hogsten"),
 A("mark_welsh", "PERSON", "Mark A. Welsh III", "Welsh", "Gen. Mark A. Welsh III", "Mark Welsh"),
 A("james_cody", "PERSON", "James Cody", "Chief Master Sgt. of the Air Force James Cody", "Cody", "James A. Cody"),
 A("kirtland_afb", "GOVERNMENT", "Kirtland Air Force Base", "Kirtland"),
 A("afcent", "GOVERNMENT", "Air Forces Central Command", "AFCENT"),
 A("hector_feliciano", "PERSON", "Hector Feliciano", "Senior Chief Religious Programs Specialist Hector Feliciano", "Feliciano"),
 A("uss_harry_s_truman", "GOVERNMENT", "USS Harry S. Truman (CVN 75)", "Harry S. Truman", "USS Harry S. Truman"),
 A("us_navy", "GOVERNMENT", "U.S. Navy", "Navy"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
