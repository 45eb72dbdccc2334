#!/usr/bin/env python3
"""Hand annotations of the dev16 set as a table; computes offsets and writes NNN.json.
Same scheme as eval/test4/build_annotations.py and eval/dev13/build_annotations.py. Each statement spec:
(speaker, attribution, kind, text, cue[, opts]).  opts is a dict with optional keys: ctx (a unique substring
of the body that contains text; default: text itself must be unique), note, onBehalfOf.  Keys s1, s2, ...
are given after sorting by offset.  The bodies NNN.txt are written by make_texts.py."""
import os
import sys

D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(D))
from annotations import actor, build  # noqa: E402  (eval/annotations.py, shared by the sets)

AFPS = "American Forces Press Service"
ART = {
 "001": dict(url="https://www.dvidshub.net/news/540602/gates-pace-laud-troops-serving-far-home", outlet=AFPS,
   title="Gates, Pace Laud Troops Serving Far From Home", publishedOn="2006-12-21",
   source="stored copy of the DVIDS page 540602 (web page corpus), a 'Courtesy Story' credited to Defense.gov (an American Forces Press Service story of the Defense Department; no byline in the copy); DVIDS navigation, photo caption and the place/date/credit lines ('WASHINGTON, UNITED STATES', '12.21.2006', 'Courtesy Story', 'Defense.gov') omitted; TRUNCATED: the paragraph '\u201cTo the folks at home and the folks here,\u201d Pace said. \u201cWe wi...' breaks off and was left out; date from the DVIDS date line 12.21.2006 (Gates's 'final day of a three-day visit to Iraq')"),
 "002": dict(url="https://webarchive.library.unt.edu/eot2008/20090506002848/http://www.defenselink.mil/home/features/2007/travels/gates/20070502/", outlet=AFPS,
   title="Defense Secretary Thanks Wounded Warriors", publishedOn="2007-05-04",
   source="stored copy (UNT web archive of defenselink.mil) of the DoD feature page 'Travels with Gates', which holds two stories; this is the second, 'By Elaine Wilson, Special to American Forces Press Service'; the first story on the page ('Gates Visits Joint Readiness Training Center', no statements) and the byline were left out; the odd 'Texas , May 4' spacing is as in the source; TRUNCATED: the paragraph 'Bruce was one of eight sailors injured Dec. 1 when a ste...' breaks off and was left out; date from the dateline"),
 "003": dict(url="http://www.militarypartners.com/Links/News/MilitaryNews_DoD_Gates.asp", outlet=AFPS,
   title="Gates Speaks of Troops\u2019 Courage, Dedication, Patriotism", publishedOn="2008-07-11",
   source="stored copy of a third-party reproduction (militarypartners.com) of an American Forces Press Service story by Jim Garamone (web page corpus); byline and the photo caption ('Click photo for screen-resolution image ... Friday, July 11, 2008 ...') omitted; the stored text ends inside a quotation that runs over several paragraphs (its closing mark is not stored); TRUNCATED: the paragraph 'American troops serve not only as warriors, ... the secretary said. \u201cIn' breaks off and was left out; date ESTIMATED from the photo caption (speech on Friday, July 11, 2008; the dateline says only 'July 2008')"),
 "004": dict(url="http://military-online.blogspot.com/2010/05/", outlet=AFPS,
   title="Live Lives Worthy of Fallen Warriors' Sacrifices", publishedOn="2010-05-31",
   source="stored copy of a monthly archive page of the military-online.blogspot.com news blog (web page corpus), whose first post reproduces an American Forces Press Service story by Donna Miles; blog header and byline omitted; the dateline 'May 31, 2010 - ' is kept as the start of the lead; TRUNCATED: the paragraph '\"In this time of war, we pay...' breaks off and was left out; date from the dateline"),
 "005": dict(url="http://www.defense.gov/news/newsarticle.aspx?id=59475", outlet=AFPS,
   title="Mullen: U.S. Troops Constitute the \u2018Best Military\u2019 Ever", publishedOn="2010-06-04",
   source="stored copy of the defense.gov news article 59475 (web page corpus), by Army Sgt. 1st Class Michael J. Carden, American Forces Press Service; navigation ('DoD News', 'Bookmark and Share', 'News Article') and byline omitted; TRUNCATED: the paragraph '\u201cIf you listen to the specifics of those awards, ... Mul...' breaks off and was left out; date from the dateline"),
 "006": dict(url="https://www.globaldefence.net/archiv/defence-news/usa-mullen-tackles-questions-in-virtual-town-hall/", outlet=AFPS,
   title="USA \u2014 Mullen Tackles Questions in Virtual Town Hall", publishedOn="2010-09-14",
   source="stored copy of a third-party reproduction (globaldefence.net) of an American Forces Press Service story; the byline 'By Lisa Daniel, American Forces Press Service' is from another stored reproduction of the same text (http://thesop.org/story/politics/2010/09/14/mike-mullen-tackles-questions-in-virtual-town-hall.php, whose quotation marks are mangled, so the globaldefence.net text was taken); the headline keeps globaldefence.net's prefix 'USA \u2014'; TRUNCATED: the paragraph 'Asked how Iran might affect \u201cpost-withdrawal\u201d Iraq, Mullen noted that Iran, Iraq\u2019s nei...' breaks off and was left out; date from the dateline"),
 "007": dict(url="https://www.af.mil/News/Article-Display/Article/113075/mullen-discusses-afghanistan-iraq-on-letterman/", outlet=AFPS,
   title="Mullen discusses Afghanistan, Iraq, on Letterman", publishedOn="2011-06-14",
   source="stored copy of the af.mil article 113075 (web page corpus), by Jim Garamone, American Forces Press Service; byline and 'Published' line omitted; the older af.mil copy of the same story (http://www.af.mil/news/story.asp?id=123260021, 'Posted 6/14/2011', dateline '6/14/2011 - WASHINGTON (AFNS) --') has the same text; TRUNCATED: the paragraph 'The chairman w...' breaks off and was left out; date from the older copy's 'Posted 6/14/2011'"),
}
S = {}
N = lambda **k: k
GD = "us_dod"; JCS = "joint_chiefs_of_staff"
S["001"] = [
 ("robert_gates", "New Defense Secretary Robert M. Gates", "DIRECT", "for the sacrifices they\u2019re all making and for their bravery in pursuit of our nation\u2019s security.", "thanked",
   N(onBehalfOf=GD, note="BORDERLINE: a quotation that is the object of 'thanked ... [for]', not a reported clause; the quoted words are Gates's, so DIRECT with cue 'thanked'. An extractor that takes quotations only with speech verbs would miss it")),
 ("robert_gates", "Gates, on his final day of a three-day visit to Iraq", "INDIRECT", "he\u2019s been very impressed with the American troops he\u2019s met", "said", N(onBehalfOf=GD)),
 ("robert_gates", "he", "DIRECT", "As we enter this holiday weekend, I\u2019d simply like to express my admiration to the men and women in uniform and to their families,", "said",
   N(onBehalfOf=GD, note="'he' = Gates (previous paragraph)")),
 ("peter_pace", "he", "DIRECT", "One of the things that I\u2019m always impressed with whenever we visit here is the incredible dedication and focus of our men and women here in uniform,", "said",
   N(onBehalfOf=JCS, note="'he' = Pace, named in the previous paragraph ('Marine Gen. Peter Pace, who accompanied Gates on this trip, agreed.', no statement of its own), not Gates")),
 ("peter_pace", "he", "DIRECT", "I continue to be impressed with our U.S. military from the privates first class to the generals. They get it; they\u2019re focused. They know what they\u2019re doing is worthwhile. They want to see this mission to a successful conclusion.", "said",
   N(onBehalfOf=JCS, note="second quotation after the attribution")),
 ("peter_pace", "Pace", "INDIRECT", "the troops are missing their families \u201cmore than ever\u201d as the holidays approach", "acknowledged",
   N(onBehalfOf=JCS, note="partial quote: the clause runs past the closing mark to the end of the sentence; 'as the holidays approach' (no comma) is kept as part of what Pace acknowledged")),
 ("peter_pace", "Pace", "DIRECT", "more than ever", "acknowledged", N(onBehalfOf=JCS)),
 ("peter_pace", "the general", "DIRECT", "And our military families serve our country as well as anyone who\u2019s ever worn the uniform,", "added",
   N(onBehalfOf=JCS, note="'the general' = Marine Gen. Peter Pace. NOT ANNOTATED: the previous paragraph's quotation \u201cWe thank them for that sacrifice, ... whether or not they\u2019re safe here. (Pace's words, running over the paragraph break with no closing mark, curly marks) because check.py requires a closing mark after a DIRECT span (as test5 001)")),
]
S["002"] = [
 ("james_barclay", "Army 1st Lt. James Barclay, a burn patient wounded in Afghanistan on Aug. 19 by an improvised explosive device", "INDIRECT", "The personal visit \u201creally shows you care,\u201d", "told",
   N(note="clause before the attribution, which names the speaker after his words; partial quote: the clause runs to the closing mark and the quoted words are also DIRECT. The lead's 'thanked dozens of wounded warriors for their service' (noun object) is not annotated")),
 ("james_barclay", "Army 1st Lt. James Barclay, a burn patient wounded in Afghanistan on Aug. 19 by an improvised explosive device", "DIRECT", "really shows you care,", "told"),
 ("robert_gates", "Gates", "DIRECT", "There are a lot of people who care,", "responded",
   N(onBehalfOf=GD, note="cue 'responded'. 'asking about their medical care, hometowns and future plans' (next paragraph; questions, noun objects) is not annotated")),
 ("robert_bruce", "Navy Petty Officer 1st Class Robert Bruce", "DIRECT", "This is the best facility in the world for burns,", "told"),
 ("robert_bruce", "Navy Petty Officer 1st Class Robert Bruce", "DIRECT", "They treat us very good here.", "told",
   N(note="second quotation after the attribution")),
]
S["003"] = [
 ("robert_gates", "Gates", "DIRECT", "Whenever I meet with troops, I am impressed by their resilience, their good humor, their courage, and their determination in the face of personal sacrifice,", "said",
   N(onBehalfOf=GD, note="'delivered a tribute to servicemembers' courage ...' (lead; noun object) is not annotated")),
 ("robert_gates", "Gates", "INDIRECT", "It is important to remember that, when Americans talk about national security, it is the men and women in uniform who make the discussion possible", "said",
   N(onBehalfOf=GD, note="clause before the attribution; it begins 'It is important to remember that', which is part of the reported clause, not a complementizer")),
 ("robert_gates", "he", "INDIRECT", "Servicemembers carry out the policies of the United States, and they \u201cshoulder the burdens of this complex and dangerous world,\u201d", "said",
   N(onBehalfOf=GD, note="clause before the attribution, to the closing mark; partial quote also DIRECT")),
 ("robert_gates", "he", "DIRECT", "shoulder the burdens of this complex and dangerous world,", "said", N(onBehalfOf=GD)),
 ("robert_gates", "he", "DIRECT", "Frankly, our military, our government and our country were not prepared for such a long and grueling conflict,", "said",
   N(onBehalfOf=GD, note="the sentence before it ('The war on terror is the longest war ...') has no speech verb and is not annotated. NOT ANNOTATED: the next quotation \u201cDespite this, ... obstacles. and the following paragraph \u201cOften, they live in Spartan quarters, ... in seconds. (Gates's words, a quotation running over a paragraph break and into the cut text, with no closing mark in the body), because check.py requires a closing mark after a DIRECT span (as test5 001)")),
]
S["004"] = [
 ("barack_obama", "Obama", "DIRECT", "At its core, the nobility and majesty of Memorial Day can be found in the story of ordinary Americans who became extraordinary for the most simple of reasons: they loved their country so deeply, so profoundly, that they were willing to give their very lives to keep it safe and free,", "told",
   N(onBehalfOf="united_states", note="the lead's 'called on the nation ... to honor the legacy ... and to live lives worthy of their sacrifices' (a request with an infinitive) is not annotated")),
 ("barack_obama", "he", "DIRECT", "They answered their country's call. They stepped forward. They raised their hand. They took an oath,", "said",
   N(onBehalfOf="united_states", note="'he' = Obama. The previous paragraph's 'Obama noted ... the fallen warriors' shared belief in their country ...' (noun object) is not annotated")),
 ("barack_obama", "he", "INDIRECT", "In doing so, they liberated countries, ended the Holocaust, rid towns of insurgents and saved villages from the terror of violent extremists", "noted",
   N(onBehalfOf="united_states", note="BORDERLINE: clause before ', he noted'; only the sentence that holds the attribution is taken. The sentence before it ('As they served their country ..., they left their loved ones when duty called.') has no speech verb and is not annotated, though it probably belongs to the same report")),
 ("barack_obama", "the president", "INDIRECT", "They fought for freedom and the flag", "said",
   N(onBehalfOf="united_states", note="the next sentence ('But they also fought for each other, ...') has no speech verb and is not annotated")),
 ("barack_obama", "he", "DIRECT", "And that is what they did, to their last breath,", "said", N(onBehalfOf="united_states")),
 ("barack_obama", "he", "DIRECT", "This is what we honor today \u2014 the lives they led, the service they rendered, the sacrifice they made -- for us,", "said",
   N(onBehalfOf="united_states")),
]
S["005"] = [
 ("mike_mullen", "Mullen", "INDIRECT", "From training Afghan army and police, protecting coalition forces and Afghan civilians and engaging enemy fighters, the mission in Afghanistan couldn\u2019t be accomplished without the exceptional service of airmen", "said",
   N(onBehalfOf=JCS, note="clause before the attribution, with its fronted 'From ...' phrase. The lead's 'saluted the exemplary actions of airmen' (noun object) is not annotated")),
 ("mike_mullen", "the admiral", "DIRECT", "We are exceptional as a military because of what you do, you and so many others,", "said", N(onBehalfOf=JCS)),
 ("mike_mullen", "the admiral", "DIRECT", "The three of you represent thousands and thousands and thousands of our military who are serving forward now, members of the best military we\u2019ve ever had.", "said",
   N(onBehalfOf=JCS, note="second quotation after the attribution")),
]
S["006"] = [
 ("mike_mullen", "Mullen", "INDIRECT", "the drawdown of forces in Iraq already has increased the time servicemembers spend at home \u2013 known as dwell time \u2013 between deployments", "said",
   N(onBehalfOf=JCS, note="the dashed aside is kept inside the clause. The lead's scare quote \u201cwinning\u201d and the programme title \u201cAsk the Chairman\u201d are not statements")),
 ("mike_mullen", "Mullen", "INDIRECT", "The redeployment of some 100,000 troops out of Iraq in the past year, down to 50,000 at the end of August, has increased dwell time for Marines and soldiers \u201cwho bore the brunt\u201d of repeated deployments to the country", "said",
   N(onBehalfOf=JCS, note="clause before the attribution; partial quote also DIRECT")),
 ("mike_mullen", "Mullen", "DIRECT", "who bore the brunt", "said", N(onBehalfOf=JCS)),
 ("mike_mullen", "he", "INDIRECT", "Dwell time will continue to improve as the remaining troops return at the end of next year", "said", N(onBehalfOf=JCS)),
 ("mike_mullen", "the chairman", "INDIRECT", "the United States will continue a strategic relationship with Iraq, but the specifics have yet to be determined", "said",
   N(onBehalfOf=JCS, note="'Asked by a recent veteran about Iraq's future' (the question) is not annotated")),
 ("mike_mullen", "he", "DIRECT", "What we\u2019re waiting for right now is for Iraq to stand up their government,", "said", N(onBehalfOf=JCS)),
 ("mike_mullen", "he", "DIRECT", "Until then, we can\u2019t really know specifics.", "said",
   N(onBehalfOf=JCS, note="second quotation after the attribution")),
 ("mike_mullen", "Mullen", "INDIRECT", "he \u201cis comfortable that 50,000 is enough\u201d U.S. troops to help Iraq sustain security and advance its government", "said",
   N(onBehalfOf=JCS, note="BORDERLINE: a reported clause interrupted by the attribution ('Until then, Mullen said, he ...'); the span after ', Mullen said,' (subject and predicate) is taken and the fronted adverbial 'Until then' is left out; partial quote also DIRECT")),
 ("mike_mullen", "Mullen", "DIRECT", "is comfortable that 50,000 is enough", "said", N(onBehalfOf=JCS)),
]
S["007"] = [
 ("mike_mullen", "Navy Adm. Mike Mullen, the chairman of the Joint Chiefs of Staff", "INDIRECT", "the American people need to know what their armed forces are doing and the sacrifices service members and their families are making", "told",
   N(onBehalfOf=JCS, note="the lead's 'explained what members of the U.S. military have gone through' (a wh-complement, no reported proposition) is not annotated")),
 ("mike_mullen", "the chairman", "DIRECT", "We're in our tenth year of war,", "said", N(onBehalfOf=JCS)),
 ("mike_mullen", "the chairman", "DIRECT", "We've had almost 2 million men and women serve in Afghanistan and Iraq. Some of them have seen horrors we can't even imagine.", "said",
   N(onBehalfOf=JCS, note="second quotation after the attribution")),
 ("mike_mullen", "he", "DIRECT", "Some of our big units, which would be a brigade of 4,000 or 5,000 Soldiers, have deployed for a year at a time -- four, five, six times,", "said",
   N(onBehalfOf=JCS, note="'he' = Mullen; the sentence before ('These Soldiers, ... have deployed repeatedly.') has no speech verb")),
 ("mike_mullen", "Admiral Mullen", "INDIRECT", "This has caused enormous stress", "said", N(onBehalfOf=JCS)),
 ("mike_mullen", "he", "DIRECT", "We've lost upwards of 6,000 individuals, very special people who sacrifice their lives,", "said", N(onBehalfOf=JCS)),
 ("mike_mullen", "he", "DIRECT", "We've had tens of thousands physically wounded, lost limbs. We've had tens of thousands if not hundreds of thousands suffer the invisible wounds of traumatic brain injury or post-traumatic stress.", "said",
   N(onBehalfOf=JCS, note="second quotation after the attribution")),
 ("mike_mullen", "the chairman", "INDIRECT", "The military makes up less than 1 percent of the total U.S. population", "said",
   N(onBehalfOf=JCS, note="the next sentence ('He wants America to do right by this generation of veterans.') reports a wish without a speech verb and is not annotated")),
 ("mike_mullen", "he", "DIRECT", "They're looking for jobs. They come back to a GI bill that's very good. They want to go to school,", "said", N(onBehalfOf=JCS)),
 ("mike_mullen", "he", "DIRECT", "There's a sea of goodwill out there that wants to make a difference in their lives. And so I've worked hard to try to focus on that. We're only 1 percent of the population, and yet they've marched off to war and done what America has asked. They've done it as well if not better than ever in our history. And I'm very proud of them. We should, from my perspective, work hard to repay that debt.", "said",
   N(onBehalfOf=JCS, note="second quotation after the attribution")),
]

A = actor
ACTORS = [
 A("robert_gates", "PERSON", "Robert M. Gates", "Gates", "Robert Gates", "Defense Secretary Robert M. Gates", "New Defense Secretary Robert M. Gates"),
 A("us_dod", "GOVERNMENT", "US Department of Defense", "Defense Department", "Department of Defense", "DoD", "Pentagon"),
 A("peter_pace", "PERSON", "Peter Pace", "Pace", "Marine Gen. Peter Pace"),
 A("joint_chiefs_of_staff", "GOVERNMENT", "Joint Chiefs of Staff", "JCS"),
 A("james_barclay", "PERSON", "James Barclay", "Barclay", "Army 1st Lt. James Barclay"),
 A("robert_bruce", "PERSON", "Robert Bruce", "Bruce", "Navy Petty Officer 1st Class Robert Bruce"),
 A("brooke_army_medical_center", "ORGANIZATION", "Brooke Army Medical Center"),
 A("daughters_of_the_american_revolution", "ORGANIZATION", "Daughters of the American Revolution", "DAR"),
 A("barack_obama", "PERSON", "Barack Obama", "Obama", "President Barack Obama"),
 A("united_states", "COUNTRY", "United States", "U.S.", "America"),
 A("mike_mullen", "PERSON", "Mike Mullen", "Mullen", "Navy Adm. Mike Mullen", "Admiral Mullen", "Michael Mullen"),
 A("william_skinner", "PERSON", "William Skinner", "Skinner"),
 A("sean_houlihan", "PERSON", "Sean P. Houlihan", "Houlihan"),
 A("christopher_ferrell", "PERSON", "Christopher M. Ferrell", "Ferrell"),
 A("david_letterman", "PERSON", "David Letterman", "Letterman"),
 A("iraq", "COUNTRY", "Iraq"),
 A("afghanistan", "COUNTRY", "Afghanistan"),
 A("iran", "COUNTRY", "Iran"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
