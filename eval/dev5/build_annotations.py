#!/usr/bin/env python3
"""Hand annotations of eval/dev5 (US government news other than VOA) as a table; offsets are computed by
eval/annotations.py's build() from the bodies written by make_texts.py. Keys s1, s2, ... follow text order."""
import os, sys
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(D))
from annotations import actor, build  # noqa: E402  (eval/annotations.py, shared by the sets)

ART = {
 "001": dict(url="https://www.globalsecurity.org/military/library/news/2006/07/mil-060714-nns03.htm",
   title="SECNAV Tours Hospital Ship USNS Comfort", publishedOn="2006-07-14", outlet="U.S. Navy (Navy NewsStand)",
   source="stored copy of a third-party reproduction (globalsecurity.org) of Navy NewsStand story NNS060714-03 by MC3 Heather Weaver, National Naval Medical Center Public Affairs (web page corpus; the navy.mil original was not found); site banner, 'Navy NewsStand', story number, release date line and byline omitted; TRUNCATED: the paragraph '\"The opportunity to allow our senior leadership, ...' (Reilly's quotation) breaks off and was left out; date from the release date line (7/14/2006)"),
 "002": dict(url="https://www.dvidshub.net/news/172814/district-columbia-army-national-guard-holds-2015-annual-training-event",
   title=None, publishedOn="2015-07-20", outlet="DVIDS (District of Columbia Army National Guard)",
   source="stored copy of the dvidshub.net page (web page corpus); the stored copy has no headline (URL slug 'district-columbia-army-national-guard-holds-2015-annual-training-event'), so the body starts with the lead; TRUNCATED: the paragraph 'Army Pfc. Jamal Winfield, a Soldier assigned to collecting signatures ... said he appreciated the opportunity to' breaks off and was left out; date ESTIMATED (no date in the copy: the 2015 Annual Training at Fort Dix; the DVIDS id 172814 lies after 133556 (June 2014); a two-week annual training in summer 2015 is assumed; may be off by weeks)"),
 "003": dict(url="https://dvidshub.net/news/115301/dog-day-afternoon",
   title=None, publishedOn="2013-09-06", outlet="DVIDS (17th Fires Brigade, 7th Infantry Division)",
   source="stored copy of the dvidshub.net page (web page corpus); the stored copy has no headline (URL slug 'dog-day-afternoon'), so the body starts with the lead; TRUNCATED: the paragraph 'In all, the training consisted of two separ...' breaks off and was left out; date ESTIMATED (no date in the copy: the exercise ran 'Sept. 4 and 5' before the battalion's inactivation 'in October'; the DVIDS id 115301 lies between 64707 (Feb. 2011) and 133556 (June 2014), so 2013 is assumed; may be off)"),
 "004": dict(url="http://military-online.blogspot.com/2012_11_14_archive.html",
   title="AF leaders brief BMT sexual misconduct investigation findings", publishedOn="2012-11-14", outlet="U.S. Air Force (Air Force News Service)",
   source="stored copy of a blog archive page (military-online.blogspot.com) reproducing an Air Force News Service story by Master Sgt. Jess Harvey, Air Force Public Affairs Agency (web page corpus; the af.mil original was not found); blog date line and byline omitted, the story's own date line '11/14/2012 - WASHINGTON (AFNS) --' kept with the lead; TRUNCATED: the paragraph '\"They may be under the author...' breaks off and was left out; date from the date line"),
 "005": dict(url="http://military-online.blogspot.com/2013_09_12_archive.html",
   title="The flipside of an Airman’s unexpected journey with cancer", publishedOn="2013-09-10", outlet="U.S. Air Force (Air Mobility Command Public Affairs)",
   source="stored copy of a blog archive page (military-online.blogspot.com) reproducing an Air Mobility Command Public Affairs story by Staff Sgt. Amber R. Kelly-Herard (web page corpus; the af.mil original was not found); blog date line and byline omitted, the story's own date line '9/10/2013 - SCOTT AIR FORCE BASE, Ill.  --' kept with the lead (double space as in the copy); TRUNCATED: the paragraph 'Juenger explained movement is so impor...' breaks off and was left out; date from the date line"),
 "006": dict(url="http://www.fema.gov/news-release/2012/09/18/fema-working-strengthen-connection-survivors",
   title="FEMA Working to Strengthen Connection with Survivors", publishedOn="2012-09-18", outlet="Federal Emergency Management Agency",
   source="stored copy of the fema.gov news release page (web page corpus); 'Main Content', release date and release number lines omitted; TRUNCATED: the paragraph 'The Community Relations teams also may be able to dispel rumors ... The specialists help to identify survivors who require' breaks off and was left out; date from the release date line"),
 "007": dict(url="https://www.globalsecurity.org/military/library/news/2004/05/mil-040513-usa01.htm",
   title="Troops treat villagers near Iraqi post", publishedOn="2004-05-13", outlet="U.S. Army (Army News Service)",
   source="stored copy of a third-party reproduction (globalsecurity.org) of an Army News Service story by Capt. Catherine Wilkinson (web page corpus; the army.mil original was not found); site banner, 'Army News Service', release date line and byline omitted; TRUNCATED: the paragraph 'Spc. Elizabeth Jarry, a dental technician ... Most of the patients Jarry' breaks off and was left out (with Jarry's complete quotation in it); date from the dateline"),
 "008": dict(url="http://www.defense.gov/News/NewsArticle.aspx?ID=25349",
   title="Civil-Military Missions Helping Win War on Terrorism", publishedOn="2004-09-10", outlet="American Forces Press Service",
   source="stored copy of the defense.gov DoD News article page (web page corpus); site banner, 'Bookmark and Share', byline ('By Spc. Claudia K. Bullard, USA, Special to American Forces Press Service') and the photo caption omitted; TRUNCATED: the paragraph 'At another village, Haji...' breaks off and was left out; date from the dateline"),
 "009": dict(url="https://dvidshub.net/news/48449/medical-outreach-shoragaz-village",
   title="Medical outreach in Shoragaz village", publishedOn="2010-04-20", outlet="DVIDS (U.S. Special Forces, Afghanistan)",
   source="stored copy of the dvidshub.net page (web page corpus); site banner, login widget, photo caption ('Gereshk Valley MEDCAP', 'Photo By Sgt. Debra Richardson ...') omitted; TRUNCATED: the paragraph 'As the medic patted the boy on the back and sent him and...' breaks off and was left out; date ESTIMATED (no date in the copy; the DVIDS id 48449 lies just before 49548 (12 May 2010); may be off by weeks)"),
 "010": dict(url="http://commandosof2bct.blogspot.com/2007/06/troops-aid-local-residents-build.html",
   title="Troops aid local residents, build friendships", publishedOn="2007-06-26", outlet="U.S. Army (2nd BCT, 10th Mountain Division Public Affairs)",
   source="stored copy of a unit blog page (commandosof2bct.blogspot.com) reproducing a story by Spc. Chris McCann, 2nd BCT, 10th Mtn. Div. PAO (web page corpus; an army.mil or dvidshub original was not found); blog date line and byline omitted; TRUNCATED: the paragraph 'The operation was hopefully just the start of improvements in the area, locals said. ... not far from the patrol base wh...' breaks off and was left out; date from the blog post (26 June 2007; the clinic was 'June 21')"),
}
S = {}
N = lambda **k: k
S["001"] = [
 ("donald_winter", "Winter", "DIRECT", "I was impressed most today with the Sailors and their knowledge, understanding and commitment to the mission,", "said",
   N(onBehalfOf="us_navy", note="Navy Secretary speaking in office: onBehalfOf the Department of the Navy")),
 ("donald_winter", "Winter", "INDIRECT", "briefings may give a person a rough idea of what the ship can do, but \"you don’t get a sense of the crew until you actually come aboard the ship.\"", "adding",
   N(onBehalfOf="us_navy", note="participial cue 'adding that'; partial quote: the clause is INDIRECT (to the closing mark) and the quoted words DIRECT")),
 ("donald_winter", "Winter", "DIRECT", "you don’t get a sense of the crew until you actually come aboard the ship.", "adding", N(onBehalfOf="us_navy")),
 ("adam_robinson", "National Naval Medical Center Commander, Rear Adm. Adam Robinson Jr.", "DIRECT", "This is a stable platform,", "said",
   N(onBehalfOf="nnmc", note="'Capt. Ben Feril explained Comfort’s history and described the ship’s operating procedures' (noun-phrase objects) in the previous paragraph is not annotated")),
 ("adam_robinson", "National Naval Medical Center Commander, Rear Adm. Adam Robinson Jr.", "DIRECT", "You can still do a lot of work here.", "said",
   N(onBehalfOf="nnmc", note="second span of an interrupted quote")),
 ("ben_feril", "Feril", "INDIRECT", "the Secretary was able to see the contributions and abilities of a hospital ship and her crew", "said",
   N(onBehalfOf="usns_comfort", note="Comfort's Officer in Charge: onBehalfOf the ship (as test5 credits a crew to its ship)")),
 ("ben_feril", "Feril", "DIRECT", "Wherever this ship goes, it will represent the U.S.,", "said", N(onBehalfOf="usns_comfort")),
 ("ben_feril", "Feril", "DIRECT", "I think the Secretary gained an appreciation for our capabilities. The ship is doing its business; he understands this ship will provide great medical care wherever it goes.", "said",
   N(onBehalfOf="usns_comfort", note="second span of an interrupted quote")),
 ("rob_reilly", "Commander, Military Sealift Command, Rear Adm. Rob Reilly", "INDIRECT", "the visit brought together leaders and emphasized the role of hospital ships in the world", "said",
   N(onBehalfOf="msc")),
]
S["002"] = [
 ("shevonia_dawkins", "Army Staff Sgt. Shevonia Dawkins, a NCOIC with the 273rd Military Police Company", "DIRECT", "As cooks, our team is getting a lot of field experience here,", "said",
   N(note="a soldier describing her team's own work: no onBehalfOf (as test5). 'Second Lt. Leon Suvak ... observed and documented' earlier has no speech verb")),
 ("shevonia_dawkins", "Army Staff Sgt. Shevonia Dawkins, a NCOIC with the 273rd Military Police Company", "DIRECT", "We usually work in the DFAC and are not exposed to this type of real-world training.", "said",
   N(note="second span of an interrupted quote")),
 ("shevonia_dawkins", "Dawkins", "INDIRECT", "The exercise, Dawkins said, gave her Soldiers the chance to work with special equipment in a field setting", "said",
   N(note="BORDERLINE: the attribution interrupts the reported clause between subject and predicate; the clause is taken whole, with the parenthetical ', Dawkins said,' inside the span (a contiguous span cannot leave it out)")),
 ("shevonia_dawkins", "Dawkins", "DIRECT", "This training has sharpened our skills. It gives us the opportunity to use equipment we don’t normally use,", "said"),
 ("shevonia_dawkins", "she", "INDIRECT", "Her team employed MKTs (mobile kitchen trucks) and sanitizing stations to serve more 500 Soldiers who participated in the annual training exercise", "said",
   N(note="clause before the verb; 'more 500' as in the source; 'she' = Dawkins")),
 ("shevonia_dawkins", "Dawkins", "INDIRECT", "During that meal, her team served more than 250 Soldiers in about 60 minutes, close to setting a new record", "said",
   N(note="clause before the verb. The preceding sentence of the paragraph ('One of the several meals prepared by her team included ...') has no speech verb and is not annotated, though it is probably hers too")),
]
S["003"] = [
 (None, "he", "DIRECT", "Good work!", "shouted",
   N(note="'he' = the squad leader, never named; an individual soldier giving orders, not an official speaking for a body: speaker null (as test5's 'two Iraqi sergeants'). Crediting Battery B (named in the next paragraph) is a possible reading. 'screamed out the positions of some imaginary enemy force' and 'shout out different orders' (noun-phrase objects) are not annotated")),
 (None, "he", "DIRECT", "Take a break!", "shouted", N(note="second span of an interrupted quote")),
 ("john_adair", "2nd Lt. John Adair, a Fairfax, Va., native, and fire directions officer with Battery B", "INDIRECT", "Multiple events had to be completed across the span of two days, but still conducted within a 24-hour time period", "said",
   N(note="clause before the verb; the quoted nicknames “Bulldogs,” and “The Dog Days,” in the previous paragraph are names, not statements")),
 ("john_adair", "Adair", "INDIRECT", "Dog Days was an example of how the unit is committed to keeping soldiers trained and ready for any mission, even during the inactivation process", "said",
   N(note="clause before the verb. The paragraph before it ('The reason for the exercise? The 1-377 FA is scheduled to inactivate ...') has no speech verb and is not annotated")),
]
S["004"] = [
 ("edward_rice", "Rice", "INDIRECT", "The final report included 22 findings and 46 recommendations that accurately reflect the deficiencies in the Air Force's basic military training program and provide effective proposals to remedy those deficiencies", "according to",
   N(onBehalfOf="aetc", note="'Air Force leaders announced ... the results of the commander-directed investigation' in the lead has a noun-phrase object and is not annotated")),
 ("edward_rice", "Rice", "INDIRECT", "AETC is working to implement 45 of them within a year's time to include the implementation of a training oversight council and ensuring there is a female instructor included on every team", "said",
   N(onBehalfOf="aetc", note="the fronted phrase 'Of the 46 recommendations,' stands before the attribution and is left out")),
 ("edward_rice", "Rice", "DIRECT", "The conditions that led to the abuse of power in basic military training are ever-present; thus, our vigilance and engagement must be persistent as well,", "said", N(onBehalfOf="aetc")),
 ("edward_rice", "Rice", "DIRECT", "To that end, I am directing the establishment of the Military Training Oversight Council, which will be chaired by a three star general.", "said",
   N(onBehalfOf="aetc", note="second span of an interrupted quote")),
 ("edward_rice", "he", "DIRECT", "The purpose of this council is to ensure we have the appropriate level of leadership oversight over issues associated with trainee safety and the maintenance of good order and discipline,", "said",
   N(onBehalfOf="aetc", note="'he' = Rice")),
 ("edward_rice", "he", "INDIRECT", "young Airmen come from all walks of life and some of them have never had been around a strong authority figure of the opposite sex but that's an integral part of the Air Force", "pointed out",
   N(onBehalfOf="aetc", note="BORDERLINE: parenthetical attribution 'as he pointed out,' inside a because-clause; the clause after it is taken. 'Another recommendation Rice highlighted' (noun-phrase object of 'highlighted') is not annotated. 'have never had been' as in the source")),
]
S["005"] = [
 ("david_barnes", "the colonel", "DIRECT", "Thanks for ordering the blood work Dr. Sajid, now how do I get it out of me?", "reaction",
   N(note="BORDERLINE: no speech verb; the quotation is introduced as 'was the colonel's first reaction', so the cue is the noun 'reaction'. The opening quotation \"It doesn't look good\" (words 'no one ever wants to hear from a doctor') is a generic mention with no speaker and no speech verb and is not annotated; nor is the quoted phrase \"what if's\"")),
 ("david_barnes", "Barnes", "DIRECT", "Everyone kept telling me to keep moving,", "said",
   N(note="the speech reported inside the quotation ('Everyone kept telling me ...') is not annotated separately")),
 ("david_barnes", "Barnes", "DIRECT", "So Kelly and I would walk first 100 yards, then we worked our way a bit further by walking to the stop sign in front of our house, eventually 10 minutes led to an hour and now we continue to walk because it has strengthened our marriage.", "said",
   N(note="second span of an interrupted quote")),
]
S["006"] = [
 ("mike_hall", "Federal Coordinating Officer Mike Hall", "DIRECT", "FEMA’s Community Relations teams meet with survivors wherever possible to let them know how FEMA can help them and to listen to their concerns,", "said",
   N(onBehalfOf="fema")),
 ("mike_hall", "Federal Coordinating Officer Mike Hall", "DIRECT", "This creates a vital link that helps us help people.", "said",
   N(onBehalfOf="fema", note="second span of an interrupted quote. 'They calmly asked her to leave the home' in the next paragraph (request with an infinitive) is not annotated")),
 (None, "emergency officials", "INDIRECT", "a single spark could have caused an explosion", "said",
   N(note="unnamed officials of no named body (local emergency services are not named): speaker null")),
]
S["007"] = [
 ("paula_edwards", "Tech. Sgt. Paula Edwards, a medical technician with the Air Force's Contingency Aeromedical Staging Facility", "DIRECT", "It's a little overwhelming,", "said",
   N(note="the aside 'about the growing crowd ...' after the attribution says what she spoke about and is not part of a statement")),
 ("paula_edwards", "Tech. Sgt. Paula Edwards, a medical technician with the Air Force's Contingency Aeromedical Staging Facility", "DIRECT", "They just keep coming.", "said",
   N(note="second span of an interrupted quote")),
 ("kristina_miller", "Air Force Maj. Kristina Miller, an administrator with the CASF", "DIRECT", "I am surprised at how welcomed we are,", "said"),
 ("kristina_miller", "Air Force Maj. Kristina Miller, an administrator with the CASF", "DIRECT", "The children really seem to love us and the patients are very gracious.", "said",
   N(note="second span of an interrupted quote")),
]
S["008"] = [
 ("monty_willoughby", "he", "INDIRECT", "One of the main goals of a civil military mission is to provide a presence in the area", "said",
   N(note="'he' = Maj. Monty Willoughby (previous paragraph). The next sentence ('This keeps anti-coalition militants moving.') has no speech verb and is not annotated")),
 ("jeffery_bridges", "Army Sgt. 1st Class Jeffery Bridges, the noncommissioned officer in charge of Cooperative Medical Assistance missions originating from Kandahar Airfield", "INDIRECT", "Keeping the enemy on the run is just part of the purpose of civil-military missions", "said",
   N(note="clause before the verb; an NCO describing the missions he runs: no onBehalfOf")),
 ("jeffery_bridges", "Bridges", "DIRECT", "In this way, we gain their confidence,", "said",
   N(note="the sentence before the quotation ('Medical missions serve a dual purpose -- ...') has no speech verb and is not annotated, though it is probably Bridges' paraphrase")),
]
S["009"] = [
 ("namitulla", "Namitulla, the ANP squad leader in charge of the checkpoint", "DIRECT", "I'm glad you are here,", "exclaimed",
   N(onBehalfOf="anp", note="the checkpoint commander greets the soldiers for his ANP unit ('We told the people ...'): onBehalfOf the Afghan National Police. 'with words of delight and excitement' in the previous paragraph is not a statement")),
 ("namitulla", "Namitulla, the ANP squad leader in charge of the checkpoint", "DIRECT", "We told the people you were coming here today and they are grateful for the visit and plan to attend.", "exclaimed",
   N(onBehalfOf="anp", note="second span of an interrupted quote; the speech reported inside it ('We told the people ...') is not annotated separately")),
 (None, "The boy", "INDIRECT", "he was playing and hit his head on a rock nearly three days ago", "said",
   N(note="an unnamed boy, the first patient: speaker null. 'with instructions to travel to the clinic ...' (noun-headed) is not annotated")),
]
S["010"] = [
 ("erin_byers", "Spc. Erin Byers, a native of Cape Canaveral, Fla.", "DIRECT", "It’s sad that in most patients that we see, their issues stem from water problems,", "said",
   N(note="'which the team chalked up largely to poor water quality' in the previous paragraph is a judgement, not a speech report, and is not annotated")),
 ("muhamad_sebeh", "Sebeh", "DIRECT", "It’s wonderful that the Americans are doing all the things they do,", "said"),
 ("muhamad_sebeh", "Sebeh", "DIRECT", "The situation here has gotten much better since the arrests after those Soldiers were kidnapped. We’re free to walk around now, thanks to the Americans. And when people come to harass us, we kick them out.", "said",
   N(note="second span of an interrupted quote. The next paragraph ('Several local women waiting to be seen agreed.') reports agreement with no content of its own and is not annotated")),
 ("badriyya_abdullah", "Badriyya Abdullah", "DIRECT", "It’s very, very good of the Americans to do this for us,", "said",
   N(note="one of the 'several local women' of the previous paragraph; a resident speaking for herself")),
 ("badriyya_abdullah", "Badriyya Abdullah", "DIRECT", "Since the Soldiers got rid of the terrorists, we’ve been able to start negotiations for power and water improvements.", "said",
   N(note="second span of an interrupted quote")),
]

A = actor
ACTORS = [
 A("donald_winter", "PERSON", "Donald Winter", "Navy Secretary Donald Winter", "Secretary of the Navy Donald Winter"),
 A("us_navy", "GOVERNMENT", "Department of the Navy", "U.S. Navy", "Navy"),
 A("usns_comfort", "ORGANIZATION", "USNS Comfort", "Comfort", "USNS Comfort (T-AH 20)"),
 A("ben_feril", "PERSON", "Ben Feril", "Capt. Ben Feril", "Feril"),
 A("adam_robinson", "PERSON", "Adam Robinson Jr.", "Rear Adm. Adam Robinson Jr.", "Adam Robinson"),
 A("nnmc", "ORGANIZATION", "National Naval Medical Center", "NNMC"),
 A("rob_reilly", "PERSON", "Rob Reilly", "Rear Adm. Rob Reilly"),
 A("msc", "ORGANIZATION", "Military Sealift Command", "MSC"),
 A("shevonia_dawkins", "PERSON", "Shevonia Dawkins", "Staff Sgt. Shevonia Dawkins", "Dawkins"),
 A("dcng", "ORGANIZATION", "District of Columbia Army National Guard", "DCNG", "DC National Guard"),
 A("leon_suvak", "PERSON", "Leon Suvak", "Second Lt. Leon Suvak"),
 A("john_adair", "PERSON", "John Adair", "2nd Lt. John Adair", "Adair"),
 A("battery_b", "ORGANIZATION", "Battery B, 1st Battalion, 377th Field Artillery Regiment", "Battery B", "Bulldogs", "1-377 FA"),
 A("edward_rice", "PERSON", "Edward Rice", "Gen. Edward Rice", "Rice"),
 A("aetc", "ORGANIZATION", "Air Education and Training Command", "AETC"),
 A("margaret_woodward", "PERSON", "Margaret Woodward", "Maj. Gen. Margaret Woodward"),
 A("us_air_force", "GOVERNMENT", "U.S. Air Force", "Air Force", "Department of the Air Force"),
 A("david_barnes", "PERSON", "David Barnes", "Col. David Barnes", "Barnes", "Colonel Barnes"),
 A("jenny_juenger", "PERSON", "Jenny Juenger", "Juenger"),
 A("mike_hall", "PERSON", "Mike Hall", "Federal Coordinating Officer Mike Hall"),
 A("fema", "GOVERNMENT", "Federal Emergency Management Agency", "FEMA"),
 A("paula_edwards", "PERSON", "Paula Edwards", "Tech. Sgt. Paula Edwards", "Edwards"),
 A("kristina_miller", "PERSON", "Kristina Miller", "Maj. Kristina Miller"),
 A("monty_willoughby", "PERSON", "Monty Willoughby", "Maj. Monty Willoughby", "Willoughby"),
 A("jeffery_bridges", "PERSON", "Jeffery Bridges", "Sgt. 1st Class Jeffery Bridges", "Bridges"),
 A("namitulla", "PERSON", "Namitulla"),
 A("anp", "GOVERNMENT", "Afghan National Police", "ANP"),
 A("erin_byers", "PERSON", "Erin Byers", "Spc. Erin Byers", "Byers"),
 A("muhamad_sebeh", "PERSON", "Muhamad Sebeh", "Sebeh"),
 A("badriyya_abdullah", "PERSON", "Badriyya Abdullah"),
 A("kenneth_stone", "PERSON", "Kenneth Stone", "Maj. Kenneth Stone"),
]

if __name__ == "__main__":
    build(D, ART, S, ACTORS)
