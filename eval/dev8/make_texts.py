#!/usr/bin/env python3
"""Writes the bodies NNN.txt of the dev8 set from the transcribed stored copies (see SOURCES.md).
Layout: headline (where the copy has one), blank line, paragraphs separated by blank lines. Text verbatim;
lines wrapped inside a paragraph in the blog copies (005, 008) are joined with one space."""
import os

D = os.path.dirname(os.path.abspath(__file__))
L, R, A = "\u201c", "\u201d", "\u2019"   # curly double quotes and apostrophe
T = {}
T["001"] = [
"National Guard Responds to Midwest Tornadoes",
"ARLINGTON, Va., March 1, 2012 - As of 11 a.m. EDT, the National Guard had about 90 Guard members supporting civilian authorities responding to tornadoes that ripped through communities throughout the Midwest, Guard officials said today.",
"The twisters struck during the early morning hours yesterday, affecting Illinois, Kansas, Kentucky, Missouri and Tennessee.",
"Missouri Gov. Jay Nixon has mobilized 50 to 60 Army Guard members from the 35th Engineer Brigade to assist the Branson, Mo., police department with nighttime security efforts, Missouri Guard officials said.",
"\"These storms have caused extensive damage across Missouri, and widespread damage and debris continue to pose significant risk to lives and property,\" Nixon said. \"As a result, I have ordered the Missouri National Guard to deploy citizen-soldiers and assets to support local law enforcement agencies with emergency coordination and recovery.",
"\"Missouri's citizen-soldiers performed tremendously during disaster response efforts throughout 2011,\" he continued, \"and I know that they will help ensure public safety.\"",
"Army Maj. Gen. Stephen Danner, Missouri's adjutant general, said his Guard members are prepared and equipped to handle anything the governor requires of the National Guard.",
"\"Our soldiers and airmen are ready to assist their fellow Missourians,\" Danner said. \"We served extensive state missions in 2011, and have seasoned leaders, soldiers and airmen who bring years of experience to their mission.\"",
"In addition to the Guard members mobilized, the Missouri National Guard has a total force of more than 11,500 soldiers and airmen ready to respond, he said.",
]
T["002"] = [
"National Guard members respond to tornadoes in southern states",
"ARLINGTON, Va. - In the deadly aftermath of severe storms that struck earlier this week, about 300 men and women of the National Guard - in coordinated efforts with civilian agencies - are responding to communities in several states.",
"In Arkansas, storms hit hardest in the communities of Mayflower and Vilonia.",
"\"We currently have 59 Guard members responding to tornado damaged areas,\" said Army Maj. Matt Snead, public affairs officer with the Arkansas National Guard. \"We also have 22 Humvees [and several other vehicles and equipment] in use, and we are providing a staging area for the Federal Emergency Management Agency at Camp Robinson.\"",
"Snead said in addition to injuries and the death of an Airman with the Arkansas Air National Guard, several Guard members have lost homes, businesses and other personal property.",
"\"The communities of Mayflower and Vilonia are not very far from Camp Robinson and Little Rock Air Force Base,\" Snead said, \"so we have a lot of our Guard members that live in these two communities.\"",
"To date this year, the Arkansas National Guard has performed approximately 103 missions, such as manning traffic control points, presence patrols, search and recovery operations, water distribution and access control in response to severe weather.",
"Guard members are also responding in other states as a result of the severe weather.",
"In Mississippi, severe storms swept across Mississippi and several tornados caused devastating damage to Lee County, near Tupelo, in the northern part of the state.",
"\"We have approximately 50 Guard members in that area responding to tornado damage,\" said Tim Powell, the public affairs officer for the Mississippi National Guard.",
]
T["003"] = [
"Tornadoes: \"The deployment of the National Guard was one of the most timely ... I've ever seen\"",
"ARLINGTON, Va. - More than 700 National Guard Citizen-Soldiers and -Airmen were supporting civilian authorities in four states recovering from tornadoes and floods this morning -troops who arrived on-scene within a few hours of the storms.",
"Civilian authorities in both Indiana and Kentucky - two of the most severely affected states - noted how fast the National Guard had boots on the ground, which emergency managers said was the result of years of relationship-building and partnership before the natural disaster hit.",
"\"The deployment of the National Guard was one of the most timely deployments of Guardsmen I've ever seen,\" said Kentucky State Trooper Capt. Scott Miller. \"The Soldiers were ready to go within hours.\"",
"Numbers of Guard members helping civilian authorities peaked at more than 800 on Sunday, and this morning there are still 390 Guard members providing presence patrols and traffic control points in Kentucky; more than 70 distributing water and conducting presence patrols in Indiana; more than 100 providing security in Missouri and more than 140 removing debris after flooding in West Virginia. Presence patrols provide security to affected citizens and their devastated communities.",
"All four states declared states of emergency after tornadoes that struck on Leap Day and on March 2 in the Midwest and South and heavy rains that drenched West Virginia on Feb. 28.",
]
T["004"] = [
"ARLINGTON, Va. (Army News Service, Dec. 28, 2009) -- More than 100 National Guard Soldiers and Airmen responded over the holiday and through the weekend to support callouts by governors in four Midwest states hit by a string of severe winter weather.",
"The National Guard Bureau reported that Guard members were first called out to preposition equipment in preparation for the storm, which evolved to blizzard conditions in some areas and dropped record-breaking snow accumulations and ice throughout the nation's center.",
"Some areas closed roadways and airports, and news agencies reported that at least 21 deaths were caused by roadway accidents. Localized power outages darkened holiday decorations and many travelers were held short of their destinations, stranded by snow-covered roads and accidents.",
"Among the Guard's response and equipment, Texas officials reported that Gov. Rick Perry activated state resources, including Texas National Guard personnel, high-profile vehicles and other resources to assist motorists and communities in the Lubbock and surrounding area.",
"This severe weather system created dangerous conditions for drivers, said Perry in a press release on Christmas Eve.",
"Officials at the Texas Joint Forces Headquarters reported that at least 36 Guard members supported local responses to road closures, accidents and power outages at areas including Lubbock, Post and Wichita Falls.",
"In Nebraska, Guard members helped local emergency medical personnel access hard-to-reach areas in Lincoln by providing and operating four-wheel-drive Humvees.",
]
T["005"] = [
"6/5/2014 - MOUNTAIN HOME AIR FORCE BASE, Idaho -- Bags packed, farewells made and the Airmen have prepared themselves to fly thousands of miles for their deployment.",
"Approximately ten F-15E Strike Eagles and hundreds of Airmen from the 366th Fighter Wing deployed to the Pacific Air Forces, demonstrating continued U.S. commitment to stability and security in the Asia-Pacific region.",
"\"During this deployment, we can be called on at any moment to be re-tasked to go somewhere else within that theater,\" said Lt. Col. Richard Dickens, 391st Fighter Squadron commander. \"Our forces have been made available to respond at any given time.\"",
"Air Combat Command continues to routinely deploy fighter aircraft to the region, providing Pacific Air Forces and the U.S. Pacific Command with rotational forces as well as deepening ties with our allies and our relationship with the international community.",
"\"The deployment for us sends the signal that we are heavily postured in the region and we are committed to our partners,\" said Dickens. \"By continuing our presence there, we'd be able to respond better to any crises that may develop. \"",
"Since March 2014, U.S. fighter squadrons have routinely integrated movements into the U.S. Pacific Command, in order to maintain a prudent deterrent against threats to regional security and stability.",
"\"We are excited for the opportunity to represent our base and show what Gunfighter airpower can do,\" said Senior Airman Jessica Reyes, 366th Operations Support Squadron weather forecaster. \"We will miss our family and friends but this is our job and what we train for each and every day. We are excited to use our unique capabilities in a joint-force environment.\"",
"Military members aren't the only ones missing family and friends during deployments.",
]
T["006"] = [
"Crommelin Hosts Friends and Family Cruise",
"PEARL HARBOR, Hawaii (NNS) -- USS Crommelin (FFG 37) hosted a cruise to Maui April 2-5 for family members, the Navy League and teachers from Holomua Elementary School, providing educational demonstrations performed by the crew.",
"More than 200 guests were invited aboard to learn the responsibilities and rewards of being a U.S. Navy Sailor.",
"\"It's a time for our crew to show to their families...what they do for a living and help share that with them,\" said Cmdr. Don Hodge, Crommelin's commanding officer.",
"Crommelin has a partnership in education with Holomua Elementary School in which Sailors provide tutoring and help maintain the school's appearance.",
"\"We love it,\" said Colleen Hokutan, Holomua Elementary School teacher. \"They always come to the school and help us, and now it's really nice to see what they do.\"",
"Hodge said the Navy League provides tremendous support in the civilian community with getting Navy plans and programs through the House of Representatives.",
"\"I think it's important that they see what their efforts result in, and our guys have had a wonderful time showing [them] around,\" he said.",
"On the trip to Maui, Crommelin's crew demonstrated shipboard life to their guests in various ways.",
"After setting a course for the tropical island, Crommelin introduced its capabilities during a high-speed evasive maneuver demonstration that left some guests feeling a bit queasy. The guided-missile frigate made quick and acute turns, rocking the ship back and forth while some guests cheered and others held on for dear life.",
"\"I like when we went really fast and then we reversed and then we did those maneuvers and turns,\" said Hokutan. \"I like that part. It was fun.\"",
]
T["007"] = [
"7th Fleet Command Ship Finishes 'Lion City' Port Visit",
"ABOARD USS BLUE RIDGE, At Sea (NNS) -- During a visit which saw USS Blue Ridge (LCC 19) receive a new commanding officer and members of the Commander, U.S. 7th Fleet staff meet with Singaporean military and civilian leaders to discuss issues of common interest and naval cooperation, Sailors aboard the 7th Fleet command ship made the most of what many describe as the best liberty in the Western Pacific -- Singapore. Sailors visited the Southeast Asian port city March 27-April 1.",
"After nearly two years at the helm of Blue Ridge, Capt. Andrew G. Sevald turned over command to Capt. J. Stephen Maynard during a change of command ceremony March 28.",
"\"Having the experience of working with the best crew of the Navy has changed,\" said Sevald, a Detroit native. \"The standard is pretty darn high to follow.",
"\"Time will show that as I have attempted to mentor you, you have actually been mentoring me, and I have benefited from it greatly,\" said Sevald. \"I am a good captain only because you are a phenomenal crew,\" he told the audience of 400-plus Sailors, officers and guests.",
"After accepting command, Maynard thanked Sevald for his service. \"I am indebted to you for imparting this spirit and leaving this veteran warship in such magnificent condition,\" he said. \"I certainly intend to build upon your legacy. I have been able to meet many of the best and brightest Sailors in our Navy and to witness them in action. I am humbled and honored that the Navy has entrusted me to lead these fine men and women.\"",
"The change of command was not the only highlight of the port visit. Many 7th Fleet staff members, including Lt. Cmdr. Hector Garcia, met with their Royal Singapore navy counterparts to discuss a variety of topics.",
]
T["008"] = [
"WASHINGTON \u2013 Defense Secretary Leon E. Panetta will travel today to Fort Benning, Ga., to speak to deploying soldiers and their families, a senior Pentagon spokesman told reporters yesterday.",
L + "[The secretary] will be addressing troops down there in a town hall discussion, and he" + A + "ll visit multiple training sites at the base," + R + " Navy Capt. John Kirby said.",
"The defense secretary will speak to about 1,300 soldiers from the 3rd Infantry Division" + A + "s 3rd Heavy Brigade Combat Team and will answer questions during the town hall meeting.",
L + "I think it" + A + "s safe to say that one thing that" + A + "s on his mind \u2026 is concerns over how recent isolated incidents of misconduct and ethical lapses in judgment have had, and continue to have, a strategic impact on the military \u2013 particularly in Afghanistan," + R + " Kirby said. " + L + "So I think he" + A + "s just going to share some of his concerns over that with them as well." + R,
"The secretary will eat lunch with 10 junior soldiers, observe dismounted squad training demonstrations and meet with senior leaders. He will also look at their advanced situational awareness training and observe an infantry battalion during a live-fire exercise and as soldiers negotiate a confidence course, Kirby said.",
"Panetta also will express his appreciation for the sacrifices the troops and their families are making.",
L + "As always, he wants to thank them for their service and what they" + A + "re doing and [show appreciation for] the support that they get from their families and the extraordinary work that they do every day," + R + " Kirby said.",
]
T["009"] = [
"2 p.m. EST UPDATE: 2,500 National Guardmembers respond to year's biggest storm",
"WASHINGTON - More than 72 hours into a winter storm that halted traffic, canceled airline flights and knocked out power to hundreds of thousands of people from Texas to Maine, the National Guard is continuing relief operations in seven states.",
"Some states have already completed their missions, but National Guardmembers from Illinois, Indiana, Iowa, Kansas, Missouri, Oklahoma and Texas still are battling the elements and long hours to ensure the safety of their citizens.",
"With 567 Guardmembers still on state active duty and 295 Guardmembers providing home station support, the Missouri National Guard has the largest contingency of Guardmembers still performing relief efforts.",
"Because Missouri" + A + "s Citizen-Soldiers and Airmen were pre-positioned in the areas that were expected to be hit hardest before the storm, they were ready to conduct missions as soon as help was requested, said Army Maj. Gen. Stephen L. Danner, the Show-Me state" + A + "s adjutant general.",
L + "Gov. Jay Nixon knew this storm [had] the potential to cause major damage, so he gave us guidance to lean forward and be prepared to combat the worst," + R + " Danner said.",
L + "By getting our troops out to their task forces early, we sent a message to Missourians that this was going to be a serious storm and that help had already arrived. Although there" + A + "s no way to measure it, we know that early action saved lives." + R,
"Until the Missouri National Guard is recalled back to their home stations by the governor, they will be performing health and wellness checks and assisting  state officials with stranded motorists and clearing emergency routes statewide.",
]
T["010"] = [
"Kansas Guard Troops Respond to Tornado Disaster",
"GREENSBURG, Kan., May 9, 2007 - Within four hours of the deadly tornado that struck this town under the cloak of darkness, Kansas National Guard servicemembers were called to duty to bring relief to their devastated neighbors.",
"Before the sun rose May 5 to allow responders to clearly see the extent of damage, 15 security forces personnel from the Kansas Air National Guard in Wichita were on the scene, providing law enforcement assistance to local authorities.",
"\"We arrived to utter devastation,\" said Master Sgt. Frank Cook, one of the first-wave responders with the 184th Security Forces Squadron, 184th Air Refueling Wing, Kansas Air National Guard, McConnell Air Force Base, Kan. \"We worked to make a difference and protect what little property these people have left.\"",
"The Air Guard security forces were joined by about 30 soldiers from the Battery E, 161st Field Artillery, Kansas Army National Guard, from Great Bend, Kan.",
"The state's new C2V Mobile Incident Response Vehicle was mobilized early May 5 and placed next to the Greensburg Court House, one of the few buildings in the town left standing. Air Force Maj. Gen. Tod Bunting, the adjutant general of Kansas and the director of emergency management, was on site in the early hours, setting the stage for timely communication response in support of local authorities.",
"\"We were fully operational within 12 minutes of arriving, and had on-board computers, phones, satellite internet, UHF, VHF, HF and 800 MHz radios. Emergency management personnel and the highway patrol utilized the vehicle extensively throughout the recovery,\" said Sgt. John Staiert, a Kansas Army Guardsman from Joint Forces Headquarters in Topeka.",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
