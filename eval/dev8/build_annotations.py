#!/usr/bin/env python3
"""Hand annotations of the dev8 set as a table; computes offsets and writes NNN.json.
Same scheme as eval/test4/build_annotations.py (shared builder eval/annotations.py). Each statement spec:
(speaker, attribution, kind, text, cue[, opts]); opts is a dict with optional keys ctx (a unique substring of
the body that contains text; default: text itself must be unique), note, onBehalfOf. Keys s1, s2, ... are
given after sorting by offset. The bodies NNN.txt are written by make_texts.py."""
import os
import sys

D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(D))
from annotations import actor, build  # noqa: E402  (eval/annotations.py, shared by the sets)
L, R, A_ = "\u201c", "\u201d", "\u2019"

ART = {
 "001": dict(url="http://randomgovernmentpressreleases.blogspot.com/2012/03/national-guard-responds-to-midwest.html",
   title="National Guard Responds to Midwest Tornadoes", publishedOn="2012-03-01",
   outlet="American Forces Press Service (National Guard Bureau story, reproduced on randomgovernmentpressreleases.blogspot.com)",
   source="stored copy of a blog reproducing an American Forces Press Service story by Air Force Tech. Sgt. John Orrell, National Guard Bureau (web page corpus); the blogger's introduction ('The following excerpt is from ...:'), its opening quotation mark before the headline and the byline lines were left out; TRUNCATED: the paragraph 'The Kentucky National Guard has mobilized about 30 Guard members to LaRue County ... wit...' breaks off and was left out; date from the dateline"),
 "002": dict(url="https://www.nationalguard.mil/News/Article/575646/national-guard-members-respond-to-tornadoes-in-southern-states/",
   title="National Guard members respond to tornadoes in southern states", publishedOn="2014-04-29",
   outlet="National Guard Bureau",
   source="stored copy of the nationalguard.mil page (web page corpus); site chrome, the 'NEWS | April 29, 2014' date line and the byline (Army National Guard Staff Sgt. Darron Salzer, National Guard Bureau) left out; TRUNCATED: the paragraph '\"Additionally, we have another approximate 50 Guard members ...,\" Powell a...' breaks off and was left out; date from the date line"),
 "003": dict(url="https://www.nationalguard.mil/News/Article-View/Article/575958/tornadoes-the-deployment-of-the-national-guard-was-one-of-the-most-timely-ive-e",
   title="Tornadoes: \"The deployment of the National Guard was one of the most timely ... I've ever seen\"", publishedOn="2012-03-05",
   outlet="National Guard Bureau",
   source="stored copy of the nationalguard.mil page (web page corpus); site chrome ('An official website of the United States government ...', 'Home : News : Article View'), the date line and the byline (Army National Guard Staff Sgt. Jim Greenhill, National Guard Bureau) left out; TRUNCATED: the paragraph 'Severe storms affected multiple states from late on Feb. 28 through March 3, National Guard Bu...' breaks off and was left out; date from the date line"),
 "004": dict(url="https://www.army.mil/article-amp/32340/guard_members_respond_nationwide_to_callouts_during_holiday",
   title=None, publishedOn="2009-12-28",
   outlet="Army News Service (army.mil)",
   source="stored copy of the army.mil AMP page (web page corpus); the copy has no headline (URL slug 'guard_members_respond_nationwide_to_callouts_during_holiday'), so the body starts with the lead; the photo caption before the lead ('Virginia National Guard Soldiers from the Charlottesville-based Company C ...') was left out; TRUNCATED: the paragraph 'At least 18 Oklahoma Guard members on Christmas Day patrolled interstates ... througho...' breaks off and was left out; date from the dateline"),
 "005": dict(url="https://military-online.blogspot.com/2014/06/391st-fighter-squadron-deploys.html?m=1",
   title=None, publishedOn="2014-06-05",
   outlet="366th Fighter Wing Public Affairs, U.S. Air Force (reproduced on military-online.blogspot.com)",
   source="stored copy of a blog reproducing an Air Force story by Senior Airman Caitlin Guinazu, 366th Fighter Wing Public Affairs (web page corpus); the copy has no headline (URL slug '391st-fighter-squadron-deploys'), so the body starts with the dated lead '6/5/2014 - MOUNTAIN HOME AIR FORCE BASE, Idaho -- ...'; byline lines left out; the copy wraps lines inside paragraphs, which were joined with one space; the space before the closing mark in 'crises that may develop. \"' is as in the copy; TRUNCATED: the paragraph '\"This is my husband's six or seventh deployment, ...,\" said Michelle Cates, ... \"I'll of course...' breaks off and was left out; date from the lead"),
 "006": dict(url="https://www.globalsecurity.org/military/library/news/2004/04/mil-040409-nns05b.htm",
   title="Crommelin Hosts Friends and Family Cruise", publishedOn="2004-04-09",
   outlet="Navy Newsstand (reproduced on globalsecurity.org)",
   source="stored copy of globalsecurity.org's reproduction of Navy Newsstand story NNS040409-04 by Journalist Seaman Ryan Mcginley, Commander, Navy Region Hawaii Public Affairs (web page corpus); the header lines ('Navy Newsstand', 'Story Number', 'Release Date', byline) left out; TRUNCATED: the paragraph 'Next, the crew showed guests the importance of quick response to emergencies. Damage Controlman 1st Class (SW) Rober...' breaks off and was left out; date from the release date"),
 "007": dict(url="https://www.globalsecurity.org/military/library/news/2003/04/mil-030408-nns03.htm",
   title="7th Fleet Command Ship Finishes 'Lion City' Port Visit", publishedOn="2003-04-08",
   outlet="Navy NewStand (reproduced on globalsecurity.org)",
   source="stored copy of globalsecurity.org's reproduction of Navy NewStand story NNS030408-11 by Journalist 2nd Class Hodges N. Pone III, USS Blue Ridge Public Affairs (web page corpus); header lines and byline left out; TRUNCATED: the paragraph '\"It was important, because now we can handle future problems and issues wi...' breaks off and was left out; date from the release date"),
 "008": dict(url="https://military-online.blogspot.com/2012/05/panetta-travels-to-fort-benning-to.html",
   title=None, publishedOn="2012-05-10",
   outlet="American Forces Press Service (reproduced on military-online.blogspot.com)",
   source="stored copy of a blog reproducing an American Forces Press Service story by Army Sgt. 1st Class Tyrone C. Marshall Jr. (web page corpus); the copy has no headline (URL slug 'panetta-travels-to-fort-benning-to'), so the body starts with the lead; byline lines and the blog's 'No comments: Post a Comment' left out; lines wrapped inside paragraphs were joined with one space; complete as stored; date ESTIMATED (no date in the copy; the post is in the blog's May 2012 archive; Panetta's Fort Benning town hall on misconduct is recalled as 10 May 2012 but this was not verified from any stored copy; the story ('will travel today', 'told reporters yesterday') may be off by days)"),
 "009": dict(url="https://www.nationalguard.mil/News/Article/590326/2-pm-est-update-2500-national-guardmembers-respond-to-years-biggest-storm/",
   title="2 p.m. EST UPDATE: 2,500 National Guardmembers respond to year's biggest storm", publishedOn="2011-02-01",
   outlet="National Guard Bureau",
   source="stored copy of the nationalguard.mil page (web page corpus; the same story is stored under the Article-View URL with more site chrome); the date line and the byline (Air Force Tech. Sgt. John Orrell, National Guard Bureau) left out; the double space in 'assisting  state officials' is as in the copy; TRUNCATED: the paragraph 'Indiana still has about 400 Guardmembers working on highway assistance teams ... and provide...' breaks off and was left out; date from the date line"),
 "010": dict(url="http://navywives.com/index.php/news-mainmenu-2/226-latest/2952-kansas-guard-troops-respond-to-tornado-disaster",
   title="Kansas Guard Troops Respond to Tornado Disaster", publishedOn="2007-05-09",
   outlet="American Forces Press Service (reproduced on navywives.com)",
   source="stored copy of navywives.com's reproduction of an American Forces Press Service story by Maj. DeAnn Barr, USAF (special to AFPS; web page corpus); the byline lines left out; the nationalguard.mil version (Article 572963, 'Guard Responds to Tornado Disaster', 7 May 2007) has slightly different wording and is cut before Staiert's attribution, so this copy was taken; TRUNCATED: the paragraph 'Also on the first wave of responders from the Kansas Air Guard was the 134th Air Control Squadron ... follow...' breaks off and was left out; date from the dateline"),
}
S = {}
N = lambda **k: k
S["001"] = [
 ("national_guard", "Guard officials", "INDIRECT", "As of 11 a.m. EDT, the National Guard had about 90 Guard members supporting civilian authorities responding to tornadoes that ripped through communities throughout the Midwest", "said",
   N(note="clause before the verb, with its fronted adverbial; unnamed officials of a named body (the National Guard) are credited to the body")),
 ("missouri_ng", "Missouri Guard officials", "INDIRECT", "Missouri Gov. Jay Nixon has mobilized 50 to 60 Army Guard members from the 35th Engineer Brigade to assist the Branson, Mo., police department with nighttime security efforts", "said",
   N(note="unnamed officials of the Missouri National Guard: credited to the body")),
 ("jay_nixon", "Nixon", "DIRECT", "These storms have caused extensive damage across Missouri, and widespread damage and debris continue to pose significant risk to lives and property,", "said"),
 ("jay_nixon", "Nixon", "DIRECT", "As a result, I have ordered the Missouri National Guard to deploy citizen-soldiers and assets to support local law enforcement agencies with emergency coordination and recovery.", "said",
   N(note="quotation continued into the next paragraph: no closing mark at the paragraph end (newspaper convention); the span runs to the end of the paragraph")),
 ("jay_nixon", "he", "DIRECT", "Missouri's citizen-soldiers performed tremendously during disaster response efforts throughout 2011,", "continued",
   N(note="'he' = Nixon; the paragraph continues his quotation")),
 ("jay_nixon", "he", "DIRECT", "and I know that they will help ensure public safety.", "continued",
   N(note="second span of an interrupted quote")),
 ("stephen_danner", "Army Maj. Gen. Stephen Danner, Missouri's adjutant general", "INDIRECT", "his Guard members are prepared and equipped to handle anything the governor requires of the National Guard", "said",
   N(onBehalfOf="missouri_ng")),
 ("stephen_danner", "Danner", "DIRECT", "Our soldiers and airmen are ready to assist their fellow Missourians,", "said", N(onBehalfOf="missouri_ng")),
 ("stephen_danner", "Danner", "DIRECT", "We served extensive state missions in 2011, and have seasoned leaders, soldiers and airmen who bring years of experience to their mission.", "said",
   N(onBehalfOf="missouri_ng", note="second span of an interrupted quote")),
 ("stephen_danner", "he", "INDIRECT", "In addition to the Guard members mobilized, the Missouri National Guard has a total force of more than 11,500 soldiers and airmen ready to respond", "said",
   N(onBehalfOf="missouri_ng", note="clause before the verb; 'he' = Danner")),
]
S["002"] = [
 ("matt_snead", "Army Maj. Matt Snead, public affairs officer with the Arkansas National Guard", "DIRECT", "We currently have 59 Guard members responding to tornado damaged areas,", "said", N(onBehalfOf="arkansas_ng")),
 ("matt_snead", "Army Maj. Matt Snead, public affairs officer with the Arkansas National Guard", "DIRECT", "We also have 22 Humvees [and several other vehicles and equipment] in use, and we are providing a staging area for the Federal Emergency Management Agency at Camp Robinson.", "said",
   N(onBehalfOf="arkansas_ng", note="second span of an interrupted quote; the reporter's bracketed insertion is kept")),
 ("matt_snead", "Snead", "INDIRECT", "in addition to injuries and the death of an Airman with the Arkansas Air National Guard, several Guard members have lost homes, businesses and other personal property", "said",
   N(onBehalfOf="arkansas_ng", note="'said' without 'that'; the fronted prepositional phrase belongs to the reported clause and is kept")),
 ("matt_snead", "Snead", "DIRECT", "The communities of Mayflower and Vilonia are not very far from Camp Robinson and Little Rock Air Force Base,", "said", N(onBehalfOf="arkansas_ng")),
 ("matt_snead", "Snead", "DIRECT", "so we have a lot of our Guard members that live in these two communities.", "said",
   N(onBehalfOf="arkansas_ng", note="second span of an interrupted quote")),
 ("tim_powell", "Tim Powell, the public affairs officer for the Mississippi National Guard", "DIRECT", "We have approximately 50 Guard members in that area responding to tornado damage,", "said", N(onBehalfOf="mississippi_ng")),
]
S["003"] = [
 ("scott_miller", "Kentucky State Trooper Capt. Scott Miller", "DIRECT", "The deployment of the National Guard was one of the most timely ... I've ever seen", "said",
   N(onBehalfOf="kentucky_state_police", note="BORDERLINE: quoted headline with no attribution of its own; the words are Miller's (shortened with an ellipsis), whose attribution and cue ('said') are in the third paragraph. The 'Tornadoes:' before it is a topic label, not a speaker")),
 (None, "Civilian authorities in both Indiana and Kentucky", "INDIRECT", "how fast the National Guard had boots on the ground", "noted",
   N(note="BORDERLINE: 'noted' with a wh-clause ('how fast ...') is taken as reported speech; authorities of two states, no single named body: speaker null")),
 (None, "emergency managers", "INDIRECT", "was the result of years of relationship-building and partnership before the natural disaster hit", "said",
   N(ctx="which emergency managers said was the result of years of relationship-building and partnership before the natural disaster hit", note="BORDERLINE: speech report inside a relative clause ('which emergency managers said was the result ...'); the reported clause has a gap (its subject is 'which', i.e. how fast the Guard arrived) and is annotated as the words after 'said', as test4 002 s1; unnamed 'emergency managers' of no named body: speaker null")),
 ("scott_miller", "Kentucky State Trooper Capt. Scott Miller", "DIRECT", "The deployment of the National Guard was one of the most timely deployments of Guardsmen I've ever seen,", "said",
   N(onBehalfOf="kentucky_state_police", note="a state trooper captain commenting in his official role: onBehalfOf the Kentucky State Police (leaving it empty is defensible)")),
 ("scott_miller", "Kentucky State Trooper Capt. Scott Miller", "DIRECT", "The Soldiers were ready to go within hours.", "said",
   N(onBehalfOf="kentucky_state_police", note="second quotation after 'said Kentucky State Trooper Capt. Scott Miller.'")),
]
S["004"] = [
 ("ngb", "The National Guard Bureau", "INDIRECT", "Guard members were first called out to preposition equipment in preparation for the storm, which evolved to blizzard conditions in some areas and dropped record-breaking snow accumulations and ice throughout the nation's center", "reported",
   N(note="a named body speaking as a whole; the relative clause on 'the storm' is inside the reported clause and is kept")),
 (None, "news agencies", "INDIRECT", "at least 21 deaths were caused by roadway accidents", "reported",
   N(note="unnamed news agencies: speaker null")),
 ("texas", "Texas officials", "INDIRECT", "Gov. Rick Perry activated state resources, including Texas National Guard personnel, high-profile vehicles and other resources to assist motorists and communities in the Lubbock and surrounding area", "reported",
   N(note="BORDERLINE: unnamed officials of a named state are credited to the state government (`texas`); null would follow a stricter reading of 'officials'")),
 ("rick_perry", "Perry", "INDIRECT", "This severe weather system created dangerous conditions for drivers", "said",
   N(note="clause before the verb, no quotation marks; 'in a press release on Christmas Eve' names the channel. Perry speaks as governor; no onBehalfOf (as members of Congress and governors in the other sets)")),
 ("texas_jfhq", "Officials at the Texas Joint Forces Headquarters", "INDIRECT", "at least 36 Guard members supported local responses to road closures, accidents and power outages at areas including Lubbock, Post and Wichita Falls", "reported",
   N(note="unnamed officials of a named body: credited to the body")),
]
S["005"] = [
 ("richard_dickens", "Lt. Col. Richard Dickens, 391st Fighter Squadron commander", "DIRECT", "During this deployment, we can be called on at any moment to be re-tasked to go somewhere else within that theater,", "said", N(onBehalfOf="fs391")),
 ("richard_dickens", "Lt. Col. Richard Dickens, 391st Fighter Squadron commander", "DIRECT", "Our forces have been made available to respond at any given time.", "said",
   N(onBehalfOf="fs391", note="second quotation after the attribution")),
 ("richard_dickens", "Dickens", "DIRECT", "The deployment for us sends the signal that we are heavily postured in the region and we are committed to our partners,", "said", N(onBehalfOf="fs391")),
 ("richard_dickens", "Dickens", "DIRECT", "By continuing our presence there, we'd be able to respond better to any crises that may develop.", "said",
   N(onBehalfOf="fs391", note="the copy has a space before the closing mark; the text is trimmed")),
 ("jessica_reyes", "Senior Airman Jessica Reyes, 366th Operations Support Squadron weather forecaster", "DIRECT", "We are excited for the opportunity to represent our base and show what Gunfighter airpower can do,", "said",
   N(note="an Airman describing her unit's deployment: no onBehalfOf")),
 ("jessica_reyes", "Senior Airman Jessica Reyes, 366th Operations Support Squadron weather forecaster", "DIRECT", "We will miss our family and friends but this is our job and what we train for each and every day. We are excited to use our unique capabilities in a joint-force environment.", "said"),
]
S["006"] = [
 ("don_hodge", "Cmdr. Don Hodge, Crommelin's commanding officer", "DIRECT", "It's a time for our crew to show to their families...what they do for a living and help share that with them,", "said", N(onBehalfOf="crommelin")),
 ("colleen_hokutan", "Colleen Hokutan, Holomua Elementary School teacher", "DIRECT", "We love it,", "said",
   N(note="a teacher of the partner school speaking of the partnership: no onBehalfOf")),
 ("colleen_hokutan", "Colleen Hokutan, Holomua Elementary School teacher", "DIRECT", "They always come to the school and help us, and now it's really nice to see what they do.", "said"),
 ("don_hodge", "Hodge", "INDIRECT", "the Navy League provides tremendous support in the civilian community with getting Navy plans and programs through the House of Representatives", "said",
   N(onBehalfOf="crommelin")),
 ("don_hodge", "he", "DIRECT", "I think it's important that they see what their efforts result in, and our guys have had a wonderful time showing [them] around,", "said",
   N(onBehalfOf="crommelin", note="'he' = Hodge; the bracketed insertion is kept")),
 ("colleen_hokutan", "Hokutan", "DIRECT", "I like when we went really fast and then we reversed and then we did those maneuvers and turns,", "said"),
 ("colleen_hokutan", "Hokutan", "DIRECT", "I like that part. It was fun.", "said"),
]
S["007"] = [
 ("andrew_sevald", "Sevald, a Detroit native", "DIRECT", "Having the experience of working with the best crew of the Navy has changed,", "said",
   N(onBehalfOf="blue_ridge", note="the outgoing commanding officer at the change of command: onBehalfOf the ship (leaving it empty is defensible). 'what many describe as the best liberty' in the lead has only a noun-phrase object and no speaker: not annotated")),
 ("andrew_sevald", "Sevald, a Detroit native", "DIRECT", "The standard is pretty darn high to follow.", "said",
   N(onBehalfOf="blue_ridge", note="quotation continued into the next paragraph: no closing mark at the paragraph end; the span runs to the end of the paragraph")),
 ("andrew_sevald", "Sevald", "DIRECT", "Time will show that as I have attempted to mentor you, you have actually been mentoring me, and I have benefited from it greatly,", "said", N(onBehalfOf="blue_ridge")),
 ("andrew_sevald", "he", "DIRECT", "I am a good captain only because you are a phenomenal crew,", "told",
   N(onBehalfOf="blue_ridge", note="'he' = Sevald; cue 'told' (told the audience)")),
 ("stephen_maynard", "he", "DIRECT", "I am indebted to you for imparting this spirit and leaving this veteran warship in such magnificent condition,", "said",
   N(onBehalfOf="blue_ridge", note="'he' = Maynard, the subject of the preceding sentence ('Maynard thanked Sevald for his service', a thanking with a noun-phrase object, not annotated)")),
 ("stephen_maynard", "he", "DIRECT", "I certainly intend to build upon your legacy. I have been able to meet many of the best and brightest Sailors in our Navy and to witness them in action. I am humbled and honored that the Navy has entrusted me to lead these fine men and women.", "said",
   N(onBehalfOf="blue_ridge", note="second quotation after the attribution")),
]
S["008"] = [
 ("john_kirby", "a senior Pentagon spokesman", "INDIRECT", "Defense Secretary Leon E. Panetta will travel today to Fort Benning, Ga., to speak to deploying soldiers and their families", "told",
   N(onBehalfOf="dod", note="BORDERLINE: cataphoric unnamed spokesman, named in the next paragraph as Navy Capt. John Kirby, so he is the speaker (onBehalfOf DoD), as test4 003 s2 and dev7 002 s1; the strict 'unnamed official -> body' rule would give `dod`")),
 ("john_kirby", "Navy Capt. John Kirby", "DIRECT", "[The secretary] will be addressing troops down there in a town hall discussion, and he" + A_ + "ll visit multiple training sites at the base,", "said",
   N(onBehalfOf="dod", note="the reporter's bracketed insertion is kept")),
 ("john_kirby", "Kirby", "DIRECT", "I think it" + A_ + "s safe to say that one thing that" + A_ + "s on his mind \u2026 is concerns over how recent isolated incidents of misconduct and ethical lapses in judgment have had, and continue to have, a strategic impact on the military \u2013 particularly in Afghanistan,", "said",
   N(onBehalfOf="dod")),
 ("john_kirby", "Kirby", "DIRECT", "So I think he" + A_ + "s just going to share some of his concerns over that with them as well.", "said",
   N(onBehalfOf="dod", note="second quotation after the attribution")),
 ("john_kirby", "Kirby", "INDIRECT", "He will also look at their advanced situational awareness training and observe an infantry battalion during a live-fire exercise and as soldiers negotiate a confidence course", "said",
   N(onBehalfOf="dod", note="clause before the verb; only the sentence that carries the attribution is taken ('The secretary will eat lunch ...' before it has no speech verb)")),
 ("john_kirby", "Kirby", "DIRECT", "As always, he wants to thank them for their service and what they" + A_ + "re doing and [show appreciation for] the support that they get from their families and the extraordinary work that they do every day,", "said",
   N(onBehalfOf="dod")),
]
S["009"] = [
 ("stephen_danner", "Army Maj. Gen. Stephen L. Danner, the Show-Me state" + A_ + "s adjutant general", "INDIRECT", "Because Missouri" + A_ + "s Citizen-Soldiers and Airmen were pre-positioned in the areas that were expected to be hit hardest before the storm, they were ready to conduct missions as soon as help was requested", "said",
   N(onBehalfOf="missouri_ng", note="clause before the verb, with its fronted 'Because' clause; apposition 'the Show-Me state's adjutant general'")),
 ("stephen_danner", "Danner", "DIRECT", "Gov. Jay Nixon knew this storm [had] the potential to cause major damage, so he gave us guidance to lean forward and be prepared to combat the worst,", "said",
   N(onBehalfOf="missouri_ng", note="Nixon's guidance inside the quotation is not annotated separately")),
 ("stephen_danner", "Danner", "DIRECT", "By getting our troops out to their task forces early, we sent a message to Missourians that this was going to be a serious storm and that help had already arrived. Although there" + A_ + "s no way to measure it, we know that early action saved lives.", "said",
   N(onBehalfOf="missouri_ng", note="a quotation paragraph with no attribution of its own, following '..., Danner said.': credited to him with the cue of that sentence (test4 001 s4)")),
]
S["010"] = [
 ("frank_cook", "Master Sgt. Frank Cook, one of the first-wave responders with the 184th Security Forces Squadron", "DIRECT", "We arrived to utter devastation,", "said",
   N(note="a responder describing his unit's work: no onBehalfOf")),
 ("frank_cook", "Master Sgt. Frank Cook, one of the first-wave responders with the 184th Security Forces Squadron", "DIRECT", "We worked to make a difference and protect what little property these people have left.", "said",
   N(note="second quotation after the attribution")),
 ("john_staiert", "Sgt. John Staiert, a Kansas Army Guardsman from Joint Forces Headquarters in Topeka", "DIRECT", "We were fully operational within 12 minutes of arriving, and had on-board computers, phones, satellite internet, UHF, VHF, HF and 800 MHz radios. Emergency management personnel and the highway patrol utilized the vehicle extensively throughout the recovery,", "said",
   N(note="BORDERLINE speaker: the quotation follows a paragraph about Maj. Gen. Tod Bunting but is attributed after it to Staiert, who is the speaker (Bunting says nothing in the stored part)")),
]

A = actor
ACTORS = [
 A("national_guard", "ORGANIZATION", "National Guard", "Guard", "U.S. National Guard"),
 A("ngb", "GOVERNMENT", "National Guard Bureau", "NGB"),
 A("missouri_ng", "ORGANIZATION", "Missouri National Guard", "Missouri Guard"),
 A("jay_nixon", "PERSON", "Jay Nixon", "Gov. Jay Nixon", "Missouri Gov. Jay Nixon", "Nixon"),
 A("stephen_danner", "PERSON", "Stephen L. Danner", "Stephen Danner", "Army Maj. Gen. Stephen Danner", "Maj. Gen. Stephen L. Danner", "Danner"),
 A("kentucky_ng", "ORGANIZATION", "Kentucky National Guard"),
 A("matt_snead", "PERSON", "Matt Snead", "Army Maj. Matt Snead", "Maj. Matt Snead", "Snead"),
 A("arkansas_ng", "ORGANIZATION", "Arkansas National Guard", "Arkansas Air National Guard"),
 A("tim_powell", "PERSON", "Tim Powell", "Powell"),
 A("mississippi_ng", "ORGANIZATION", "Mississippi National Guard"),
 A("fema", "GOVERNMENT", "Federal Emergency Management Agency", "FEMA"),
 A("scott_miller", "PERSON", "Scott Miller", "Capt. Scott Miller", "Kentucky State Trooper Capt. Scott Miller", "Miller"),
 A("kentucky_state_police", "GOVERNMENT", "Kentucky State Police"),
 A("texas", "GOVERNMENT", "State of Texas", "Texas", "Texas officials"),
 A("rick_perry", "PERSON", "Rick Perry", "Gov. Rick Perry", "Perry"),
 A("texas_jfhq", "GOVERNMENT", "Texas Joint Forces Headquarters", "Texas Military Forces Joint Forces Headquarters"),
 A("texas_ng", "ORGANIZATION", "Texas National Guard"),
 A("richard_dickens", "PERSON", "Richard Dickens", "Lt. Col. Richard Dickens", "Dickens"),
 A("fs391", "ORGANIZATION", "391st Fighter Squadron"),
 A("fw366", "ORGANIZATION", "366th Fighter Wing", "Gunfighters"),
 A("jessica_reyes", "PERSON", "Jessica Reyes", "Senior Airman Jessica Reyes", "Reyes"),
 A("acc", "ORGANIZATION", "Air Combat Command", "ACC"),
 A("don_hodge", "PERSON", "Don Hodge", "Cmdr. Don Hodge", "Hodge"),
 A("crommelin", "ORGANIZATION", "USS Crommelin (FFG 37)", "USS Crommelin", "Crommelin"),
 A("colleen_hokutan", "PERSON", "Colleen Hokutan", "Hokutan"),
 A("holomua", "ORGANIZATION", "Holomua Elementary School"),
 A("navy_league", "ORGANIZATION", "Navy League", "Navy League of the United States"),
 A("andrew_sevald", "PERSON", "Andrew G. Sevald", "Capt. Andrew G. Sevald", "Sevald"),
 A("stephen_maynard", "PERSON", "J. Stephen Maynard", "Capt. J. Stephen Maynard", "Maynard"),
 A("blue_ridge", "ORGANIZATION", "USS Blue Ridge (LCC 19)", "USS Blue Ridge", "Blue Ridge"),
 A("seventh_fleet", "ORGANIZATION", "U.S. 7th Fleet", "7th Fleet", "Commander, U.S. 7th Fleet"),
 A("hector_garcia", "PERSON", "Hector Garcia", "Lt. Cmdr. Hector Garcia"),
 A("john_kirby", "PERSON", "John Kirby", "Navy Capt. John Kirby", "Capt. John Kirby", "Kirby"),
 A("dod", "GOVERNMENT", "U.S. Department of Defense", "Department of Defense", "Pentagon", "DoD"),
 A("leon_panetta", "PERSON", "Leon E. Panetta", "Leon Panetta", "Defense Secretary Leon E. Panetta", "Panetta"),
 A("frank_cook", "PERSON", "Frank Cook", "Master Sgt. Frank Cook", "Cook"),
 A("john_staiert", "PERSON", "John Staiert", "Sgt. John Staiert", "Staiert"),
 A("tod_bunting", "PERSON", "Tod Bunting", "Air Force Maj. Gen. Tod Bunting", "Bunting"),
 A("kansas_ng", "ORGANIZATION", "Kansas National Guard", "Kansas Air National Guard", "Kansas Army National Guard"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
