#!/usr/bin/env python3
"""Hand annotations of the test20 set as a table; computes offsets and writes NNN.json.
Same scheme as eval/dev13/build_annotations.py (and eval/test4's). Each statement spec: (speaker, attribution,
kind, text, cue[, opts]).  opts is a dict with optional keys: ctx (a unique substring of the body that contains
text; default: text itself must be unique), note, onBehalfOf.  Keys s1, s2, ... are given after sorting by
offset.  The bodies NNN.txt are written by make_texts.py."""
import os
import sys

D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(D))
from annotations import actor, build  # noqa: E402  (eval/annotations.py, shared by the sets)

ART = {
 "001": dict(url="https://www.voanews.com/a/middle-east_voa-exclusive-iraq-foreign-minister-says-deal-imminent-withdrawal-us-fighting-forces/6208601.html",
   title="VOA Exclusive: Iraq Foreign Minister Says Deal Imminent on Withdrawal of US 'Fighting Forces'", publishedOn="2021-07-22",
   source="stored copy of the voanews.com page, article 6208601 (web page corpus); navigation ('Accessibility links', 'Breaking News') and the photo caption ('FILE - Iraqi Foreign Minister Fuad Hussein in Athens on Feb. 12, 2021.', printed twice) omitted; TRUNCATED: the body ends with the paragraph introducing the interview excerpts; the question-and-answer excerpts that follow ('VOA: ...' / 'Fuad Hussein: ...', unquoted, the last one broken off in the stored copy) were left out as a transcript layout outside the quotation conventions; date ESTIMATED: the interview was 'Thursday' before Hussein's Friday meeting with Blinken and al-Kadhimi's Monday White House visit (26 July 2021), i.e. Thursday 22 July 2021; a third-party copy's URL carries the Unix time 1627010032 (23 July 2021 03:13 UTC, evening of 22 July in Washington)"),
 "002": dict(url="http://www.voanews.com/content/article/2795241.html",
   title="VOA EXCLUSIVE: Iraq President Vows Fight to Death Against IS", publishedOn="2015-05-01",
   source="stored copy of the voanews.com page, article 2795241 (web page corpus); navigation and the video player lines ('Iraqi President Talks to VOA About Fight Against Islamic State', 'please wait', 'No media source currently available', '0:00 0:00:51 0:00') omitted; TRUNCATED: the body ends with the paragraph introducing the interview excerpts; the 'Q: ...' / 'Masum: ...' excerpts that follow (unquoted transcript layout) were left out; date ESTIMATED to the month (first-day convention): after the fall of Ramadi to the Islamic State group (17 May 2015) and before its recapture, 'this week'; the page gives no date"),
 "003": dict(url="https://www.army.mil/article/175953/at_best_warrior_soldiers_encounter_rare_challenges_talking_dummies",
   title=None, publishedOn="2016-09-28", outlet="U.S. Army (Army News Service)",
   source="stored copy of the army.mil page, article 175953 (web page corpus), Army News Service; the stored copy has no headline (slug 'at_best_warrior_soldiers_encounter_rare_challenges_talking_dummies'), so title is null and the body starts with the dateline and lead; no headline was made up; TRUNCATED: the last paragraph ('\"Adding stress into training like this is good, ... bleeding wit') breaks off and was left out; date from the lead ('Wednesday, Sept. 28'), year INFERRED: 28 Sept. fell on a Wednesday in 2016 (not in 2015 or 2017), within Dailey's term as Sergeant Major of the Army (2015-2019); taken as a same-day report"),
 "004": dict(url="https://www.army.mil/article/136023/",
   title=None, publishedOn="2014-10-13", outlet="U.S. Army (Army News Service)",
   source="stored copy of the army.mil page, article 136023 (web page corpus), Army News Service; the stored copy has no headline and the URL no slug, so title is null; no headline was made up; single newlines between paragraphs in the copy were made blank lines; TRUNCATED: the last paragraph ('Today, Adkins is still on duty, telling the Army s') breaks off and was left out; the quotation opened in the paragraph 'The Army is making strides ...' is never closed in the source (kept as is); date from the dateline '(Army News Service, Oct. 13, 2014)'"),
 "005": dict(url="https://www.seymourjohnson.af.mil/News/Article-Display/Article/307081/sjafb-deploys-work-force",
   title="SJAFB deploys work force", publishedOn="2011-09-10", outlet="U.S. Air Force (4th Fighter Wing Public Affairs, Seymour Johnson AFB)",
   source="stored copy of the seymourjohnson.af.mil page, article 307081 (web page corpus), by Airman 1st Class Mariah Tolbert, 4th Fighter Wing Public Affairs; the 'Published' and byline lines omitted; TRUNCATED: the last paragraph ('\"I\\'m') breaks off and was left out; 'Ordinance', 'prepared do their job' and the space after the opening mark in '\" That is' as in the source; date ESTIMATED: the Airmen deployed 'Sept. 10', 'On the eve of the 10th anniversary of Sept. 11' (10 Sept. 2011), and the story speaks of further deployments 'over the next couple of weeks', so it was published on or soon after 10 Sept. 2011"),
 "006": dict(url="https://www.acc.af.mil/News/Article-Display/Article/200114/4th-fw-airmen-return-from-afghanistan",
   title="4th FW Airmen return from Afghanistan", publishedOn="2012-03-26", outlet="U.S. Air Force (Air Combat Command; 4th Fighter Wing Public Affairs)",
   source="stored copy of the acc.af.mil page, article 200114 (web page corpus), by Senior Airman Chuck Broadway, 4th Fighter Wing Public Affairs; the 'Published' and byline lines omitted; TRUNCATED: the last paragraph ('When Staff Sgt. R') breaks off and was left out; 'S.C.' (for N.C.) and 'F15E' as in the source; date ESTIMATED: the Airmen returned 'March 23-26' from a six-month deployment to Afghanistan that began in Sept. 2011 (seymourjohnson.af.mil 307081, text 005 of this set; a local paper's 3 April 2012 story reports the same homecomings), so March 2012; the last day of the returns is taken"),
 "007": dict(url="https://dvidshub.net/news/229970/4th-cavalry-brigade-reservists-partner-success",
   title=None, publishedOn="2017-03-01", outlet="DVIDS (First Army, 4th Cavalry Brigade)",
   source="stored copy of the dvidshub.net news page 229970 (web page corpus); the stored copy has no headline (slug '4th-cavalry-brigade-reservists-partner-success'), so title is null and the body starts with the dateline and lead; no headline was made up; single newlines between paragraphs were made blank lines; TRUNCATED: the last paragraph ('Glass also credits his') breaks off and was left out; the closing '\"I approach [Soldier discipline] civilly,\"' (comma inside the closing mark at the end of a paragraph) as in the source; date ESTIMATED to the month (first-day convention): the story reports Warrior Exercise 78-17-01, 'a two-week event that started March 18' (fiscal year 17, so March 2017), while it was under way"),
 "008": dict(url="http://www.army.mil/article/23306/Soldiers_push_to_win_NCO__Soldier_of_the_Year_titles/",
   title="Soldiers push to win NCO, Soldier of the Year titles", publishedOn="2009-06-23", outlet="U.S. Army (NETCOM)",
   source="stored copy of the army.mil page, article 23306 (web page corpus), by Eric Hortin (NETCOM); the byline-and-date line and the five photo-caption lines omitted; TRUNCATED: the last paragraph ('\"I\\'m honore') breaks off and was left out; 'Spec.' as in the source; date from the byline line 'June 23, 2009'"),
 "009": dict(url="https://www.usar.army.mil/News/News-Display/Article/1858214/drill-sergeants-refine-soldier-skills-become-more-effective-leaders/",
   title="Drill sergeants refine Soldier skills; become more effective leaders", publishedOn="2019-05-28", outlet="U.S. Army Reserve (98th Training Division)",
   source="stored copy of the usar.army.mil page, article 1858214 (web page corpus), by Maj. Michelle Lunato, 98th Training Division (IET); the '.mil website' banner, the 'NEWS | May 28, 2019' line and the byline omitted; a trailing space after the last closing mark removed; TRUNCATED: the next paragraph ('To accomplish a battalion-level mission ... Stobert decided ') breaks off and was left out; curly apostrophes and quotation marks as in the source; date from 'NEWS | May 28, 2019'"),
}
S = {}
N = lambda **k: k
S["001"] = [
 ("fuad_hussein", "Iraq Foreign Minister", "INDIRECT", "Deal Imminent on Withdrawal of US 'Fighting Forces'", "Says",
   N(onBehalfOf="iraq", note="headline report; the single-quoted 'Fighting Forces' is a partial quotation in single marks (headline style) and is not annotated DIRECT, since the DIRECT convention and eval/check.py take double quotation marks only")),
 ("fuad_hussein", "Fuad Hussein, the Iraqi foreign minister", "INDIRECT", "A top Iraqi delegation in Washington is expected to reach an agreement with the Biden administration Friday on the withdrawal of American combat forces in Iraq", "told",
   N(onBehalfOf="iraq", note="clause before the attribution ('..., Fuad Hussein, the Iraqi foreign minister, told VOA.'); the official is named after his words. 'sat down ... in an exclusive interview Thursday to discuss the nature of cooperation' (next paragraph) is a purpose infinitive, not a report")),
 ("white_house", "a statement last week from the White House", "INDIRECT", "President Biden will host Iraqi Prime Minister Mustafa al-Kadhimi on Monday to discuss a wide array of topics including cooperation on political, economic, security and cultural issues", "According to",
   N(note="'According to X, clause': the clause after the attribution; a statement of a named body is credited to the body")),
]
S["002"] = [
 # No statement: the headline 'Iraq President Vows Fight to Death Against IS' has a noun object ('vows fight'),
 # 'Masum talks about the state of the Iraqi army; ...' lists topics (noun objects), and the quoted
 # 'Daesh;' is a name, not speech. The text is kept as a negative example (nothing should be extracted).
]

S["003"] = [
 ("daniel_dailey", "Sgt. Maj. of the Army Daniel A. Dailey", "DIRECT", "We've got to get away from traditional training and get more realistic training like this,", "said",
   N(onBehalfOf="us_army", note="official named after his words (quote, then 'said Sgt. Maj. of the Army ...')")),
 (None, "the dummy casualties", "INDIRECT", "they're hurting, and afraid of dying", "saying",
   N(note="BORDERLINE: the 'speakers' are talking training dummies (a recording); participial cue 'saying'; no person or body: speaker null. 'Dailey ... described the rush of thoughts' (next paragraph, noun object) is not annotated")),
 ("daniel_dailey", "Dailey", "DIRECT", "A casualty is telling them they're hurting and feeling fear,", "said",
   N(onBehalfOf="us_army", note="the report inside the quotation ('is telling them they're hurting') is not annotated")),
 ("daniel_dailey", "Dailey", "DIRECT", "With the urgency of the situation, every second that ticks by [the Soldier is] thinking, 'This is taking way too long. What's the enemy situation like? What's the threat? I just killed a bunch of enemy targets right in front of me and are there more coming? I'm out here by myself. I need to get help and reinforcements. I have to get my battlefield buddy to safety quickly.'", "said",
   N(onBehalfOf="us_army", note="second span of an interrupted quote; the nested single-quoted thought and the reporter's bracket are kept; the span ends with the closing single mark")),
 ("joseph_broam", "Spc. Joseph Broam, representing the Army National Guard", "INDIRECT", "the event just described was very stressful", "said",
   N(note="a competitor telling his own experience: no onBehalfOf (he represents the Guard in the competition, not as its spokesman)")),
 ("joseph_broam", "Spc. Joseph Broam", "DIRECT", "You have to think rationally, rather than letting your nerves get to you. Sometimes you've got to think through the process rather than try to think step-by-step, so you don't forget anything. Sometimes it gets the best of you. Sometimes you think you're moving too slow, sometimes slow is smooth and smooth is fast.", "said",
   N(note="a quotation with no attribution of its own after Broam's reported speech: credited to him with the cue of the preceding sentence")),
 ("joseph_broam", "he", "INDIRECT", "Some units get to participate in this kind of realistic training on a regular basis, but for most units, the event is a rare opportunity", "said",
   N(note="clause before the verb; 'he' = Broam (the last named person); BORDERLINE: could be read as Dailey's, but Broam is the nearest antecedent")),
]
S["004"] = [
 ("raymond_chandler", "Sgt. Maj. of the Army Raymond F. Chandler III", "DIRECT", "We all work hard to be the best, whether for promotions, awards or decorations,", "said",
   N(onBehalfOf="us_army", note="official named after his words. The lead 'Soldiers by their nature are competitive.' has no speech verb and is not annotated")),
 ("raymond_chandler", "Chandler", "INDIRECT", "Encouraging Soldiers to be competitive is what it takes to be a great leader", "said",
   N(onBehalfOf="us_army", note="clause before the verb; 'speaking at the ... Forum' is not a second report. The sentence before ('Earning that recognition ... takes hard work ...') has no speech verb and is not annotated")),
 ("raymond_chandler", "He", "DIRECT", "the will to win, no matter what it takes,", "called",
   N(onBehalfOf="us_army", note="BORDERLINE: 'He called the competitive spirit \"...\" a hallmark': a quoted phrase of his under a naming verb, no reported clause: DIRECT only")),
 ("raymond_chandler", "he", "INDIRECT", "he's been speaking about every time he's visited Soldiers for the past three years as the sergeant major of the Army", "said",
   N(onBehalfOf="us_army", note="BORDERLINE: speech verb in a relative clause ('something he said he's been speaking about ...'); the reported clause is the rest of the relative clause")),
 ("raymond_chandler", "he", "INDIRECT", "The character or ethics part of the Army profession \"drives the behavior of our force,\"", "said",
   N(onBehalfOf="us_army", note="partial quote: the clause runs to the closing mark and the quoted words are DIRECT too; BORDERLINE: the coordinated predicate after the attribution ('and is the key to solving those problems') is left out")),
 ("raymond_chandler", "he", "DIRECT", "drives the behavior of our force,", "said", N(onBehalfOf="us_army")),
 ("raymond_chandler", "he", "DIRECT", "Those two issues are easily solved if you understand the importance of ethics and duty and how it's tied to our profession.", "said",
   N(onBehalfOf="us_army", note="a quotation after the attribution in the same paragraph, no verb of its own: credited to Chandler with the same cue")),
 ("raymond_chandler", "he", "INDIRECT", "The Army is making strides in overcoming these challenges", "added",
   N(onBehalfOf="us_army", note="clause before the verb. The quotation that follows ('\"This is an awesome Army. ... it's the NCO who makes it happen.') is never closed in the source, so it is NOT annotated (the DIRECT convention and eval/check.py need a closing mark); an extractor that takes it is arguably right")),
 ("raymond_chandler", "who he said", "INDIRECT", "epitomizes the ideals of the Army profession, ideals that include not leaving a fallen Soldier on the battlefield", "said",
   N(onBehalfOf="us_army", note="speech verb in a relative clause ('Adkins, ..., who he said epitomizes ...'): the clause is the predicate after 'said' (its subject is the relative pronoun 'who' = Adkins); 'Chandler then introduced' is not a report")),
 ("raymond_chandler", "Chandler", "INDIRECT", "When the last helicopter left Adkins' isolated post in a remote area of South Vietnam, after 38 hours of grueling fighting, Adkins remained behind, carrying the wounded and carrying out escape and evasion tactics", "said",
   N(onBehalfOf="us_army", note="clause before the verb")),
]
S["005"] = [
 ("david_moeller", "Lt. Col. David Moeller, 335th FS commander", "DIRECT", "Leaving on the tenth anniversary of 9/11 has special meaning to me because I was one of the first individuals over in Afghanistan after the attacks in 2001,", "said",
   N(onBehalfOf="fighter_squadron_335", note="official named after his words")),
 ("david_moeller", "Lt. Col. David Moeller, 335th FS commander", "DIRECT", "For Seymour Johnson, this is a fairly significant deployment. It is part of a normal rotation; however for about 90 percent of the folks, this is the first time they have deployed. They weren't even in the military when 9/11 actually occurred.", "said",
   N(onBehalfOf="fighter_squadron_335", note="second quotation after the attribution, same speaker")),
 ("crystal_kirkley", "Capt. Crystal Kirkley, 335th FS weapons system officer", "DIRECT", "We are supporting Operation Enduring Freedom,", "said",
   N(note="an officer describing the mission, not her unit's spokesman: no onBehalfOf")),
 ("crystal_kirkley", "Capt. Crystal Kirkley", "DIRECT", "That is U.S. and NATO troops going into Afghanistan to help rebuild some of the infrastructure, to protect civilians, as well as train and assist Afghan National Police and their army to be able to work on their own once U.S. and NATO pull out of Afghanistan.", "said",
   N(note="second quotation; the source has a space after the opening mark ('\" That'), which is trimmed from the span")),
 ("david_moeller", "Moeller", "DIRECT", "I've been in the Air Force for 16 years,", "said", N(onBehalfOf="fighter_squadron_335")),
 ("david_moeller", "Moeller", "DIRECT", "Deployments have just been a part of life. Seymour Johnson, the community of Goldsboro and the state of North Carolina have a very strong support for the military so I'm very comfortable leaving my family at this time.", "said",
   N(onBehalfOf="fighter_squadron_335", note="second span of an interrupted quote. BORDERLINE, not annotated: 'As Airmen say \"see you later\" to friends and families' (a generic, habitual farewell formula, no particular speaker)")),
]
S["006"] = [
 ("patrick_doherty", "Col. Patrick Doherty, 4th FW commander", "DIRECT", "We're incredibly proud of everyone who is coming home,", "said",
   N(onBehalfOf="fighter_wing_4", note="official named after his words")),
 ("patrick_doherty", "Col. Patrick Doherty, 4th FW commander", "DIRECT", "The number of Soldiers and Marines' lives they saved over the last several months is incredible. This entire community and all of the base are incredibly proud of what these Airmen accomplished.", "said",
   N(onBehalfOf="fighter_wing_4", note="second quotation after the attribution")),
 ("blake_malpass", "Chief Master Sgt. Blake Malpass, 4th FW command chief", "DIRECT", "It's a great honor to be one of the first people to shake their hands as they come back,", "said",
   N(onBehalfOf="fighter_wing_4")),
 ("blake_malpass", "Chief Master Sgt. Blake Malpass", "DIRECT", "It never gets old watching a hug and a welcome back from the families.", "said", N(onBehalfOf="fighter_wing_4")),
 ("david_moeller", "Lt. Col. David Moeller, 335th Fighter Squadron commander", "DIRECT", "We had a strategy to support the ground commanders and we feel we were very successful at that mission,", "said",
   N(onBehalfOf="fighter_squadron_335", note="name and title before the verb, no comma before 'said' (as in the source)")),
 ("david_moeller", "Lt. Col. David Moeller", "DIRECT", "For them to perform the way they did is phenomenal and I'm so proud of their accomplishments.", "said", N(onBehalfOf="fighter_squadron_335")),
 ("david_moeller", "He", "INDIRECT", "there was never a doubt the Strike Eagles would be overhead to support the ground commanders", "said",
   N(onBehalfOf="fighter_squadron_335", note="'He' = Moeller. Not annotated: 'Moeller credited the maintainers as the unsung heroes' (noun object) and 'They provided maintenance for more than 2,500 sorties ...' (no speech verb, probably continues his credit)")),
 ("david_moeller", "Moeller", "DIRECT", "I am overwhelmed by the job these Airmen did,", "said", N(onBehalfOf="fighter_squadron_335")),
 ("david_moeller", "Moeller", "DIRECT", "It was a very successful deployment, and it's the greatest feeling in the world to be back.", "said",
   N(onBehalfOf="fighter_squadron_335", note="second span of an interrupted quote")),
]
S["007"] = [
 ("rob_pike", "Pike", "DIRECT", "Reserve personnel bring a lot to the fight,", "said",
   N(note="'Pike' = Master Sgt. Rob Pike (previous paragraph); an NCO speaking from his experience: no onBehalfOf")),
 ("rob_pike", "Pike", "DIRECT", "In a construction atmosphere, a lot of those individuals could be project managers, then they come here as Soldiers with that skill and knowledge set.", "said",
   N(note="second span of an interrupted quote. The scare quotes around \"match\" (next paragraph) are not speech")),
 ("christopher_glass", "Glass", "DIRECT", "I have to work with the public,", "said",
   N(note="'Glass' = Staff Sgt. Christopher Glass (previous paragraph)")),
 ("christopher_glass", "Glass", "DIRECT", "I approach [Soldier discipline] civilly,", "said",
   N(note="second span; ends with a comma inside the closing mark at the end of the paragraph (as in the source); the reporter's bracket is kept")),
]
S["008"] = [
 ("brian_hong", "Hong", "DIRECT", "I feel really good,", "said",
   N(note="'Hong' = Staff Sgt. Brian Hong. Not annotated: the passive 'were announced as the ... NCO and Soldier of the Year' (no speaker)")),
 ("brian_hong", "Hong", "DIRECT", "I am also very proud of all the other competitors.", "said", N(note="second span of an interrupted quote")),
]
S["009"] = [
 ("nathaniel_stobert", "Lt. Col. Nathaniel Stobert, the 2nd Battalion Commander", "INDIRECT", "this was not a standard field training exercise", "said",
   N(onBehalfOf="bn_2_389th", note="clause before the verb; the sentence adverb 'However,' is left out; official named after his words")),
 ("nathaniel_stobert", "Lt. Col. Nathaniel Stobert", "DIRECT", "When we came up with the vision for this, we really wanted to break the mold of going to a field training exercise and doing stand-alone situational training lanes, and then waiting until the next iteration of training. This one was really focused on a battalion mission order, with each company having a piece of that mission, and all that going towards the common battalion mission.", "said",
   N(onBehalfOf="bn_2_389th", note="a quotation with no attribution of its own right after his reported speech (same paragraph, curly marks): credited to him with the same cue")),
]

A = actor
ACTORS = [
 A("fuad_hussein", "PERSON", "Fuad Hussein", "Hussein", "Iraqi Foreign Minister Fuad Hussein"),
 A("iraq", "COUNTRY", "Iraq", "Iraqi government"),
 A("white_house", "GOVERNMENT", "White House", "the White House"),
 A("joe_biden", "PERSON", "Joe Biden", "Biden", "President Biden"),
 A("mustafa_al_kadhimi", "PERSON", "Mustafa al-Kadhimi", "al-Kadhimi", "Kadhimi"),
 A("antony_blinken", "PERSON", "Antony Blinken", "Blinken"),
 A("motabar_shirwani", "PERSON", "Motabar Shirwani"),
 A("voa", "ORGANIZATION", "Voice of America", "VOA"),
 A("islamic_state", "ORGANIZATION", "Islamic State", "IS", "Islamic State group", "Daesh"),
 A("fuad_masum", "PERSON", "Fuad Masum", "Masum", "Iraqi President Fuad Masum"),
 A("ali_javanmardi", "PERSON", "Ali Javanmardi"),
 A("daniel_dailey", "PERSON", "Daniel A. Dailey", "Dailey", "Sgt. Maj. of the Army Daniel A. Dailey", "Daniel Dailey"),
 A("us_army", "ORGANIZATION", "U.S. Army", "Army", "the Army", "United States Army"),
 A("joseph_broam", "PERSON", "Joseph Broam", "Broam", "Spc. Joseph Broam"),
 A("army_national_guard", "ORGANIZATION", "Army National Guard"),
 A("raymond_chandler", "PERSON", "Raymond F. Chandler III", "Chandler", "Sgt. Maj. of the Army Raymond F. Chandler III", "Raymond Chandler"),
 A("bennie_adkins", "PERSON", "Bennie Adkins", "Adkins", "Command Sgt. Maj. Bennie Adkins"),
 A("ausa", "ORGANIZATION", "Association of the United States Army", "AUSA", "Association of the U.S. Army"),
 A("david_moeller", "PERSON", "David Moeller", "Moeller", "Lt. Col. David Moeller"),
 A("fighter_squadron_335", "ORGANIZATION", "335th Fighter Squadron", "335th FS"),
 A("crystal_kirkley", "PERSON", "Crystal Kirkley", "Kirkley", "Capt. Crystal Kirkley"),
 A("fighter_wing_4", "ORGANIZATION", "4th Fighter Wing", "4th FW"),
 A("seymour_johnson_afb", "ORGANIZATION", "Seymour Johnson Air Force Base", "Seymour Johnson AFB", "Seymour Johnson", "SJAFB"),
 A("patrick_doherty", "PERSON", "Patrick Doherty", "Doherty", "Col. Patrick Doherty"),
 A("blake_malpass", "PERSON", "Blake Malpass", "Malpass", "Chief Master Sgt. Blake Malpass"),
 A("rob_pike", "PERSON", "Rob Pike", "Pike", "Master Sgt. Rob Pike"),
 A("christopher_glass", "PERSON", "Christopher Glass", "Glass", "Staff Sgt. Christopher Glass"),
 A("cavalry_brigade_4", "ORGANIZATION", "4th Cavalry Brigade", "First Army's 4th Cavalry Brigade", "4th CAV"),
 A("brian_hong", "PERSON", "Brian Hong", "Hong", "Staff Sgt. Brian Hong"),
 A("daniel_justice", "PERSON", "Daniel Justice", "Justice"),
 A("netcom", "ORGANIZATION", "Network Enterprise Technology Command/9th Signal Command (Army)", "NETCOM", "NETCOM/9th SC (A)"),
 A("susan_lawrence", "PERSON", "Susan Lawrence", "Maj. Gen. Susan Lawrence"),
 A("nathaniel_stobert", "PERSON", "Nathaniel Stobert", "Stobert", "Lt. Col. Nathaniel Stobert"),
 A("bn_2_389th", "ORGANIZATION", "2nd Battalion, 389th Regiment (Basic Combat Training)", "2nd Battalion"),
 A("training_division_98", "ORGANIZATION", "98th Training Division (Initial Entry Training)", "98th Training Division"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
