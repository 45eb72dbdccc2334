#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Headline (where the stored copy has one), blank line, then paragraphs separated by blank lines; a body whose
stored copy has no headline (007) starts with the lead. Where the copy hard-wraps lines inside a paragraph
(007) the line breaks are joined with one space; a dateline on its own line is joined to the lead."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"SECAF visits deployed Airmen, shares insight",
"The world and the Air Force have gone through remarkable changes since Secretary of the Air Force Michael W. Wynne hung up his Air Force uniform more than 30 years ago.",
"The enemies, tools to fight them and tactics are all different now.",
"But just six weeks into the job, the secretary visited Airmen deployed supporting Operation Iraqi Freedom to gauge their warrior spirit and offer insight into how he might ensure Airmen remain the best trained, highly motivated and most committed members of the greatest air power in the world.",
"During a visit to the 379th Air Expeditionary Wing at a forward-deployed location Dec. 17, the secretary discussed where he sees the Air Force going during the next decade.",
"\u201cI see the Air Force continuing its transformation efforts because it has now achieved its quest of stealth, speed and precision,\u201d Secretary Wynne said. \u201cNow we need to move toward becoming lean, lethal and agile as a force structure. This is going to result in a more compact, highly capable force. This move will emphasize that we are going to continue to expand our \u2018reach back\u2019 as we have been doing.\u201d",
"The secretary said the Air Force is going to continue to dominate air and space and will become more interdependent.",
"That interdependency is exhibited even now as the air operations center contains Airmen, Soldiers, Sailors and Marines as well as special operations, Secretary Wynne said.",
"\u201cThis tells me that we are relying on our partners and they are reliant on us to win this war,\u201d he said. \u201cJointness is here and now as well as it\u2019s going to be in the future. It is really all about protecting each other and understanding the capabilities each of our force elements brings to the battle.\u201d",
]
T["002"] = [
"PACAF command chief master sergeant says 'tell AF story'",
"MISAWA AIR BASE, Japan -- The Pacific Air Forces highest enlisted Airman held two enlisted calls Monday with two objectives - let Airmen know what the Air Force's priorities are and encourage them to tell the Air Force story.",
"\"There are three priorities in the Air Force and what I find as I travel around is that our young Airmen haven't been told what the Air Force priorities are,\" said Chief Master Sgt. Anthony Bishop, PACAF command chief master sergeant. \"We have a strategic communication game plan now where we have one message, many voices. We need to start telling the Air Force story.\"",
"The chief asked many of the Airmen in the first enlisted call if they knew what the priorities are in order. The audience came up with several answers; some very close, before the chief told the E-1 to E-6 audience what the priorities are and why.",
"\"Our No. 1 priority is winning the Global War on Terrorism,\" said the chief. \"This has to be an away game. We do not want to play this game on U.S. territory ever again.\"",
"The chief also pointed out that while only 14 percent of the Air Force is deployed to Southwest Asia, PACAF Airmen are just as engaged with the enemy right here at home.",
"\"We have Airmen being shot at in this AOR (area of responsibility),\" he said. \"We have Airmen engaged in winning that war today, right here. You need to tell people that.\"",
"Chief Bishop also stressed how important it is that Airmen pass the word that the Air Force is engaged 24 hours a day, 365 days a year, and around the world because of the Air Force's capability of Global Reach, Global Power.",
"\"We don't want to play in it, we don't want to break even, we want to win,\" Chief Bishop said.",
"The second priority is taking care of our Airmen. The Air Force is focused on two groups, said Chief Bishop. The first are the 40,000 Airmen who will be released from duty during the drawdown over the next five years.",
]
T["003"] = [
"Earning",
"BAGHDAD \u2014 On a gravel-strewn area on Camp Taji, not long after sunrise here, Soldiers of 4th Striker Brigade Combat Team, 2nd Infantry Division, gathered.",
"Some smoked, some talked, and others shivered in the early morning chill.",
"As the leaders came down, Soldiers fell into formation to be recognized for the awarding of the shoulder sleeve insignia for former wartime service; simply known as the combat patch.",
"\"In about three hours, it's going to be the anniversary of the 11th hour of the 11th day of the 11th month, when the guns fell silent at World War I,\" said Capt. Dennis Grinde. \"The patch that you guys are wearing was worn in World War I and worn in every combat operation since. That signifies something. That identifies you as someone who belongs in the 2nd Infantry.\"",
"As Grinde continued, the Soldiers listened intently while being told of the significance of that day and their own place in history as veterans of the United States Army.",
"\"Now you're a veteran, you're special,\" said Grand Forks, N.D., native to his Soldiers. \"Wherever you decide to go, forever, now you're a veteran of the United States [Army]. That's something to be proud of.\"",
"The sentiment reverberated through those present and the words sank in with the weight of a dozen generations of American warriors who had come before them.",
"One of those new warriors, Pfc. Larry Doyle, an infantryman, received a Purple Heart and Combat Infantryman's Badge in addition to his combat patch today.",
]
T["004"] = [
"Honoring our extended family: the military and Veterans Day",
"CONTINGENCY OPERATING BASE BASRA, Iraq \u2014 Even overseas in a warzone, Soldiers are taking time to honor the brave men and women who have called the U.S. military their family. In a ceremony led by the 34th Infantry Division, Soldiers and civilians came together Nov. 11 at Contingency Operating Base Basrah to discuss what it means to be a veteran.",
"The event brought forth speakers from all ranks and specialties to talk about their service and the service of others.",
"\"Being a veteran means the times we've spent together, the walks to the DFAC (Dining Facility), smiling and saluting together,\" said Spc. Scott Morfitt, an administrative specialist with the 34th ID S1 (personnel) shop.",
"\"I am constantly amazed by this great group of people who have this shared experience with me,\" he said.",
"The unusual make-up of the people who choose to join the military was commented on repeatedly at the event.",
"\"Veterans are ordinary people who accomplishing extraordinary things,\" said Command Sgt. Maj. Douglas Wortham, 34th ID, Division Special Troop Battalion command sergeant major.",
"The speeches touched on losses, hardships and sacrifices experienced by all Soldiers, whether they have been deployed or not.",
"\"If you are a service member, you are a veteran. If you have sacrificed, you are a veteran,\" said Capt. Kristen Auge, the executive officer of the 34th's Network Support Company.",
"\"It's all about what is in your heart,\" she said.",
]
T["005"] = [
"Dragoons Honor MLK",
"ZABUL, Afghanistan- Troopers from the 2nd Stryker Cavalry Regiment and their coalition counterparts gathered at the Mykel Miller Dining Facility on Forward Operating Base Lagman Saturday to pay honor to one of the greatest leaders of the American civil rights movement, Dr. Martin Luther King Jr.",
"The theme of the MLK Birthday luncheon was \u201cAnyone Can Serve.\u201d",
"Following the invocation by Chaplain Doug Hogsten of FIRES Squadron, attendees were treated to an inspirational dance exhibition by Sgt. Delana Cherry and Spc. Azaria Carr.",
"Guest speaker for the afternoon was the 2SCR Regimental Operations Sgt. Maj. Melvin Smith. Smith shared his reflections of the legacy left behind by Dr. King.",
"\u201cRealizing that we all share a common destiny is one of the first steps along the road to racial harmony and one America,\u201d Smith said. \u201cDr. King\u2019s teachings help Americans realize that when one of our brothers or sisters is held down by the weight of racism and intolerance, we all lose individually and collectively.\u201d",
"\u201cDr. King\u2019s life continues to teach us that with courage, vision and determination, every one of us has the power to help change the course of our nation and the world,\u201d he said.",
"Smith went on to discuss the theme of anyone can serve and how fitting it was for King\u2019s birthday celebration.",
"Dr. King once said, \u201cLife\u2019s most persistent and urgent question is: What are you doing for others.\u201d",
]
T["006"] = [
"CSAF, CMSAF visit Kirtland",
"Gen. Mark A. Welsh III, Chief of Staff of the Air Force, and Chief Master Sgt. of the Air Force James Cody recently spent several days at Kirtland touring facilities and meeting with Airmen.",
"\"We are here for one primary reason, and that's to say 'thank you,'\" he said at one of his all calls. \"Thank you for everything you do for our Air Force, for our nation, for each other. You need to know how great we think you are.\"",
"The general and the chief were here, along with their spouses and several other senior leaders. They got tours and demonstrations of some of Kirtland's missions and capabilities, including security forces, the 58th Special Operations Wing's \"Monster Garage,\" and the nuclear enterprise.",
"\"For almost 60 years now, our nuclear deterrence has been our wallpaper of national security,\" he said. \"It's been the rock that everyone else is leaning on. Because in the background is this incredibly successful nuclear deterrent force, our military can be creative, and try different things and new approaches.\"",
"At the all calls, Welsh spoke about three areas we need to improve upon \"as we move forward to ensure we're set up for success.\"",
"The first was common sense.",
"\"We need to remember that common sense should be the first standard we apply,\" he said. \"If, while we are doing our jobs, we find things that don't align with common sense, we should finish the job and then change the things that didn't align with common sense. We have people coming into the Air Force who are incredibly smart, who look at problems from a different perspective, and have great ideas. We need to listen.\"",
"He also said we need to work toward improving our communication, and we need to care more.",
]
T["007"] = [
"BAGRAM AIRFIELD, Afghanistan -- U.S. Air Force Chief of Staff Gen. Mark A. Welsh III, spent a portion of his visit to the Air Forces Central Command area of responsibility engaging with airmen, NCOs and officers during an Airman\u2019s Call here Dec. 15.",
"During the visit, which included the chief of staff\u2019s wife, Betty, Welsh spoke with Airmen, listened to their stories of service, updated them on pressing issues facing the Air Force, and thanked them for their service.",
"\u201cI\u2019m here for no other reason than to say thank you,\u201d Welsh said. \u201cThank you for being as good as you are at what you do, and thank you for taking it seriously.\u201d",
"Welsh expressed how every Airman, regardless of rank, plays a vital role in accomplishing the Air Force mission.",
"\u201cNever forget how critical you are to this organization, this wing, this Air Force, this joint military force, and this coalition,\u201d Welsh said. \u201cDon\u2019t forget it until you\u2019re the chief master sergeant of the Air Force or the chief of staff of the Air Force for that matter. You can do anything you want. Just remember how important you are and remember how important the Airmen sitting around you are.\u201d",
"The general also expressed how crucial it is to remain focused on the mission and maintain the pride of service that breeds success.",
"\u201cThere are always distractions going on,\u201d Welsh said. \u201cThings that divert your focus if you let them and as a result, we lose a bit of that pride. I want you guys to focus on the job, get the mission done, make sure we\u2019re getting better at fighting the fight, and allow me to worry about things like sequestration and force shaping. Just stay sharp and maintain your pride.\u201d",
"The all-call included a Q-and-A session with the general fielding questions from Airmen about what was on their minds. Welsh also emphasized the importance of opening the lines of communication between leader and subordinate to facilitate the trust and dedication that keeps the force strong.",
]
T["008"] = [
"For Country and Community",
"NORFOLK, VA. (NNS) -- Martin Luther King, Jr. once said, \u201cLife\u2019s most persistent and urgent question is, what are you doing for others?\u201d and this rings true for Sailor and civilian alike. What can Sailors on the USS Harry S. Truman (CVN 75) do for others and contribute to the community? As luck would have it, volunteer opportunities are abundant on this carrier, and Sailors need only ask.",
"Senior Chief Religious Programs Specialist Hector Feliciano, the Command Religious Ministries Department (CRMD) leading chief petty officer on Harry S. Truman, encourages all Sailors to take a more civic interest in their community for the benefit of others and themselves.",
"\u201cWhen it comes to volunteering it\u2019s really a win-win for Sailors and the organization,\u201d said Feliciano. \u201cIt also gives Sailors something positive and productive to do.\u201d",
"Organizations such as the Norfolk Botanical Garden and the Norfolk Society for the Prevention of Cruelty to Animals (SPCA) welcome Navy volunteers. Harry S. Truman will be sending 20 Sailors to the Norfolk Botanical Garden Feb. 12 to assist with ground work, retail transactions and even greeting guests. Shortly after, Feb. 26, Sailors will spend time with the SPCA helping their furry friends by socializing and preparing the animals for a family home.",
"On the career side, volunteer work can give a motivated Sailor many advantages come evaluation season.",
"\u201cVolunteer work is a very impressive bullet to have on a Sailor\u2019s evaluation,\u201d said Feliciano, a recipient of the Military Outstanding Volunteer Service Medal. \u201cIt shows a multitude of characteristics: teamwork, leadership, compassion and a good work ethic.\u201d",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
