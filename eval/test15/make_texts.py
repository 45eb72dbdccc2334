#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Paragraphs are joined by blank lines; a body whose stored copy has no headline starts with the lead."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"New American Embassy in the New Nation of South Sudan",
"Tuesday, July 12, 2011: At an official ribbon cutting ceremony on July 9 in Juba, South Sudan, U.S. Ambassador to the United Nations Susan Rice officially transformed the U.S. Consulate General into the United States Embassy in the new Republic of South Sudan. The U.S. government's presence in South Sudan dates back to the seventies. After the signing of the Comprehensive Peace Agreement in 2005, the U.S. government established a consulate in Juba to reinforce its partnership with the South Sudanese people.",
"\"What a great day to turn a consulate into an embassy. To all of our Sudanese sisters and brothers, congratulations. What a remarkable day and it is so wonderful that you are here to celebrate with us. Thank you for all you are doing every day to build your new nation. It is yours, but we will be here as always, as partners. It is your leadership and responsibility that has brought your dream to fruition,\" announced Ambassador Rice.",
"\"This is a wonderful day for all of us who have tried to help the people of South Sudan realize their dream of full independence. It is a wonderful day for all the Americans who have labored so hard over so many years, carrying our diplomacy in support of what has happened over the last six years. We look at this as a joyous occasion,\" said State Department Assistant Secretary for African Affairs Johnnie Carson.",
]
T["002"] = [
"Residents along the East and Gulf Coasts and in the Caribbean Islands should brace for an expected above-average 2000 Atlantic hurricane season, according to a forecast Issued today by scientists at NOAA's National Weather Service. The forecast indicates stronger, longer-lasting storms are possible and warns some could pose a threat to land during the hurricane season, which begins June 1.",
"An above-average hurricane season typically brings 11 or more tropical storms, of which seven or more become hurricanes, with three or more classified as major. (A major hurricane packs maximum sustained winds surpassing 110 mph and is classified at Category 3 or above on the Saffir-Simpson Hurricane Scale.)",
"Prior to the press conference Secretary of Commerce William M. Daley, who oversees NOAA said \"The potential for economic catastrophe in coastal cities and towns has increased dramatically in recent years because more and more people are moving to the coasts. These conditions threaten life and property, and can take a severe economic toll on the local and national economy. It is imperative that local residents and businesses be prepared to protect themselves and their property.\"",
"\"Fortunately,\" added Daley, \"we have a strong team of expert hurricane forecasters, specialists, and technical personnel at the National Hurricane Center. I am pleased to recognize Max Mayfield as the new director of the Center. Max is well known and respected as a leader in his field, and will play a vital role in carrying out the National Weather Service's mission of protecting public safety.\"",
]
T["003"] = [
"Congressional Delegation Meets With Peace Corps Volunteers",
"WASHINGTON, D.C., October 8, 2003 \u2013 Peace Corps volunteers shared their stories \u2013 of the daily triumphs and challenges of working in Central American communities \u2013 with members of the House of Representatives during a delegation visit to Guatemala and Costa Rica recently. The delegation included Reps. Jim Kolbe of Arizona, Pete Stark of California, Mike Thompson of California, Candice Miller of Michigan and Earl Blumenauer of Oregon.",
"In Guatemala, the representatives met with eight volunteers to discuss projects volunteers have initiated, including showing farmers how to effectively use environmentally friendly pest control management methods and teaching local residents to practice healthy hygiene and nutrition habits. Some of the volunteers highlighted their partnership with the U.S. Agency for International Development (USAID) in developing sustained agriculture efforts and local income generating projects.",
"After hearing volunteer stories, Rep. Kolbe, who chairs the Appropriations Committee\u2019s Foreign Operations Subcommittee, praised the volunteers for their efforts. \u201cPeace Corps volunteers are America\u2019s true ambassadors,\u201d said Rep. Kolbe. \u201cIt is heart-warming and inspirational to hear the Peace Corps volunteers talk about both their work and their connection to their communities. Volunteers have a significant role to play in helping promote a more positive image of America, a task that is critically needed in today's world.\u201d",
"Representatives were especially interested to hear that volunteers felt safe at their sites due to the measures Peace Corps takes to ensure volunteer safety, including providing training seminars on safety and assessing each site individually. The volunteers demonstrated their acclimation into the culture, which is one of the major factors in staying safe, by sharing with the lawmakers some of the local greetings in the Mayan language.",
]
T["004"] = [
"Bethesda Promotes Prostate Cancer Awareness",
"BETHESDA, Md. (NNS) -- The National Naval Medical Center's Urology Clinic is offering free prostate cancer screenings every Wednesday in September.",
"The screening, which only takes a few minutes, is designed to alert men of the potential dangers of prostate cancer.",
"\"Prostate cancer is the second most common cancer in men, after skin cancer,\" said Army Lt. Col. Stacey Koff, a staff urologist at NNMC. \"The American Urologic Association [Foundation] recommends screening starting at age 40.\"",
"Two types of analysis are performed to test for cancer, including testing for a prostate specific antigen (PSA) which is a protein produced by the cells of the prostate gland, according to the National Cancer Institute (NCI).",
"\"It's a blood test and the prostate is the only part of your body that produces PSA,\" said Koff. \"Normally, a little [PSA enters] the blood stream, but when the architecture of the prostate changes because of cancer, trauma or infections, more PSA will [enter] the blood stream, so it is a way to check for possible prostate cancer.\"",
"The second test is the digital rectal exam (DRE), more commonly known as the prostate exam.",
"\"About 20 to 25 percent of prostate cancers are diagnosed [through] PSA value, so you really need to put those two together in order to take optimum care of the men,\" said Koff.",
"Prostate cancer tends to progress slowly, so it is possible many men will not notice the effects of the disease if their life expectancy is within approximately 10 to 15 years, said Koff. After that time period, they may begin to feel the effects of the cancer. For example, metastasis of the bones may occur, meaning the disease moves from one part of the body to another.",
]
T["005"] = [
"Airmen deploy from Mountain Home AFB",
"More than 160 Airmen from the 726th Air Control Squadron here deployed Sept. 10 in support of Operation Iraqi Freedom.",
"Their mission is to monitor the airspace over a battlefield and provide military leaders with a clear and accurate picture of that area, allowing commanders to make informed, real-time decisions.",
"\"We are self-sufficient and are comprised of 27 Air Force specialty codes. We are capable of going into the middle of nowhere and supporting ourselves,\" said Master Sgt. Todd Kern, the 726th ACS first sergeant who did not deploy with the unit. \"We consider ourselves a mini Air Force. We have our own vehicles, mechanics, services personnel and even our own independent duty medical technicians. We are always prepared to go.\"",
"For the past six months, the squadron has trained its members and worked out which equipment would be needed during the four-month deployment.",
"\"We have been doing a lot of preparation, but not as much as when we deploy to a bare base,\" said Sergeant Kern. \"The squadron has been deploying regularly and we were deployed in support of OIF last year from May to September. We are not part of the standard air (and space) expeditionary force rotations. We rotate with the other air control squadrons as enablers.\"",
"This year the Airmen will miss the holiday season, but many are looking forward to holidays taking place after they return home.",
"\"They understand that mommy has to go and mommy will be back, so I told them we have a standing Valentine's Day date,\" said Senior Airman Yzonya Maull, 726th ACS air warning and control system technician.",
"The squadron's Airmen will serve at Balad, Kirkuk and Ali Air Bases within Iraq.",
]
T["006"] = [
"Airmen volunteer for Iraq deployment",
"Six members of the 931st Air Refueling Group's Security Forces Squadron left Aug. 12 for a six-month tour in Iraq.",
"They were destined for Kirkuk Air Base, Iraq, about 140 miles north of Baghdad. Their duties, while deployed, will include air base defense, mobile patrol, entry control and internal security.",
"They are headed for dangerous work, but they didn't go because they had to - they went because they wanted to. The six Airmen weren't ordered to the hazards played out everyday in the mainstream media. They volunteered.",
"\"It's my job,\" Staff Sgt. Tyrel Askren, 931st SFS, said about why he raised his hand to go.",
"\"This is why I signed up,\" Senior Airman Luke Mahoney, 931st SFS, said, sitting with Sergeant Askren just after an intelligence briefing they received a few days before leaving for Iraq. Intelligence briefings are often where troops find out just how dangerous their destination is.",
"Besides a strong commitment to serve, Sergeant Askren and Airman Mahoney share another common trait with the other deployers: youth.",
"High school graduation isn't a very distant memory for most of them. Even their leader, Master Sgt. Gary White, 31, looks especially young for a master sergeant.",
"Two of the deployed Airmen, Staff Sgt. Jared Arrington and Senior Airman Patrick Strange, are young husbands and fathers. Airman Strange and his wife Tianna are due to have their second child a month after he gets to Kirkuk.",
"On the day he left, Airman Strange turned back one last time to see his family before getting on the airplane. His face was red and his eyes watered. Tianna could be heard crying  throughout the gate area, reminding everyone her husband and his comrades weren't the only ones \"volunteering\" to help U.S. efforts in Iraq.",
]
T["007"] = [
"Strengthening ties with the local community is part of the essential mission as a forward-deployed naval force. Whether in a foreign port, further establishing partnerships with Allies or back at home with close friends and loved ones, community relations (COMRELs) events provide Sailors with a platform to be a positive role model and ambassador for their respective commands and the U.S. Navy.",
"While in-port Commander, Fleet Activities Yokosuka (CFAY), volunteer opportunities are tailored towards integrating with Japanese locals and the CFAY community through various events. One recent event was held at the Yokosuka Middle School, where Reagan Sailors spent time with students playing games, serving school lunch and providing Sailor-to-student mentorship.",
"\u201cI feel that COMRELs are about helping others,\u201d said Religious Program Specialist 2nd Class Onisha Simmons, the Reagan COMREL coordinator. \u201cWe talked to a group of boys and they said that their teachers are educating them about financing and how college works \u2026 so I gave my thoughts on that, because they are interested about college and different opportunities.\u201d",
"Reagan Sailors have consistently volunteered at the schools on CFAY since its homeport shift to Yokosuka. Even though COMREL events typically only last for a few hours, the bonds made leave a long-lasting effect on the community.",
"\u201cThe schools love every minute of the COMREL visits,\u201d said Lt. Jacob Meyer, a Navy chaplain aboard Ronald Reagan. \u201cAt mass, many of the kids in the school will mention the Sailors and want to see them. When we put on the uniform, we are role models that represent the nation. When we leave the school, the kids think we are the coolest people on the planet.\u201d",
"Just as the students benefit from the time spent with the Sailors, service members who volunteer share a passion for making connections, especially with the future generation.",
]
T["008"] = [
"Defense News: USS Leyte Gulf (CG 55) Sailors Volunteer in Crete, Greece",
"The first COMREL included work at the Souda Shelter Project, a local dog shelter, building dog beds out of wooden pallets, socializing with the dogs and ridding the area of overgrown weeds on Feb. 4.",
"\u201cI think it\u2019s great to have COMRELS because we can continue to build relationships and foster partnerships through community engagement,\u201d said Operations Specialist 1st Class Heather Karel. \u201cIt feels good to know that our help is going to a good place. I have a dog myself, so it really brought that warm-fuzzy feeling of being back at home.\u201d",
"The Souda Shelter Project is an animal welfare facility that currently houses over 90 abandoned or stray dogs, taking care of them until they are found homes around the world.",
"\u201cIt is a big joy for me to host volunteer programs like this for our service members,\u201d said Souda Shelter Project Administrator Elizabeth Iliakis. \u201cHaving them here so they can decompress and get away from everything else outside is the best, and they have been very productive for us. This is hard work that would take us a couple of weeks to complete, but they can do it in just a few hours. It\u2019s a win-win situation for everyone \u2013 including the dogs!\u201d",
"For the second COMREL, USS Leyte Gulf Sailors braved the cold and rain to pick oranges at an organic orange grove and donated them to the Chania Municipality Community Support Market an establishment that helps community members in need of assistance, on Feb. 6.",
"\u201cIt reminds me of what generous souls Americans can have,\u201d said Orange Grove Owner Mary Olsen. \u201cThey are collecting some for themselves, but multiply the number they collect for themselves by 10 and that is how many they will be donating to the locals in need. That\u2019s really America at its best. Watching this happen as it rains \u2013 well their enthusiasm is not dampened, so to speak.\u201d",
]
T["009"] = [
"CSAF visits combat airpower hub downrange",
"An Aviano Airman deployed to the 332nd Air Expeditionary Wing at Balad Air Base, Iraq, was hand-picked to share dinner with the Air Force's top Airman, Gen. T. Michael Moseley, Feb. 4.",
"The service chief was visiting the combat airpower hub as part of his tour to interact face-to-face with Airmen, sharing his vision, and listening to their feedback and questions.",
"Just the day before, Airman 1st Class Stephen Tyler, an F-16 weapons load crew member with the 510th Expeditionary Aircraft Maintenance Squadron, had helped launch his deployed commander on a combat sortie. The Airman's professionalism and enthusiasm impressed his commander, Brig. Gen. Robin Rand, and earned the pilot's nod to join General Moseley at the dinner, for which there was space for only 12 Airmen.",
"During his visit to Balad, General Moseley toured the wing and held an Airmen's Call.",
"The general cited terrorist attacks over the past three decades and how the wing's mission in Balad is critical to defending the United States. \"This is not a social experiment - these people want us dead. They hate everything America stands for.\"",
"General Moseley explained his job was making sure the Air Force was trained and equipped the best way possible to fight the Global War on Terror and answer the nation's call.",
"Vitally important for a lethal Air Force is the right Air Expeditionary Force Cycle - which is currently set at 120-days for most Airmen. Air Force wide, about 38 percent of Airmen are deployed longer than 179 days. At the 332nd AEW, 53 percent of deployments are the standard 120-days and six percent are less.",
]
T["010"] = [
"***UPDATE*** Coast Guard suspends search for missing diver near Andrea Doria wreck; 7th death in 10 years",
"BOSTON \u2014 The Coast Guard suspended its search Wednesday for a 64-year-old diver who went missing Tuesday while diving near the Andrea Doria wreck, about 60 nautical miles southeast of Nantucket.",
"\u201cThe primary goal of every man and woman who serves in the Coast Guard is to rescue those in need and save lives,\u201d said Marcus Gherardi, chief of response at Coast Guard Sector Southeastern New England. \u201cThis is why we serve. It is extremely disheartening anytime we are unable to accomplish this goal.\"",
"In total, the Coast Guard searched more than 350 square nautical miles over 30 hours.",
"Crew aboard the commercial diving boat John Jack notified Coast Guard Sector Southeastern New England watchstanders Tuesday at about 1 p.m. reporting the man did not resurface from his dive. An Air Station Cape Cod HC-144 Casa aircrew was immediately diverted and on scene within three minutes of the initial report.",
"Another diver confirmed being with the missing man at their 20-foot decompression stop, then did not see him upon reaching the surface.",
"In addition to the Casa aircrew, crews aboard the 225-foot Coast Guard Cutter Juniper, 87-foot Coast Guard Cutter Chinook, and multiple MH-60 Jayhawk helicopter crews from Coast Guard Air Station Cape Cod searched for the man.",
"The Andrea Doria wreck rests in 240 feet of water. Diving in the area has resulted in 7 deaths and 4 injuries since 2005.",
"The ocean is unforgiving. The Coast Guard reminds everyone on the water, whether diving, snorkeling, boating, or swimming to stay vigilant, especially in unfamiliar places.",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
