#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Paragraphs are joined by blank lines; a body whose stored copy has no headline starts with the lead."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"Reservists Carry Heavy Load in Humanitarian, Reconstruction Missions",
"WASHINGTON (Army News Service, June 26, 2007) - Three Army Reserve Soldiers appeared with Chief of the Army Reserve Lt. Gen. Jack C. Stultz at the State Department's Foreign Press Center Thursday to share their deployment stories with the media.",
"Maj. Christopher Matson, Sgt. Robert Rose and Spc. Miles Noonan all said they were extremely proud of their roles in combat and humanitarian missions across the world.",
"Maj. Matson of headquarters company, 108th Division (Institutional Training), from Charlotte, N.C., was part of a nine-person team that advised an Iraqi Army battalion on everything from combat operations and logistics to developing a noncommissioned officer corps in 2006.",
"On one occasion, Maj. Matson's unit was under fire in a small alley. When he tried leaving the Humvee to assess the situation, two Iraqi sergeants stopped him, telling him that it was too dangerous and they would take care of it before running into the alley themselves.",
"\"I'll never forget the Iraqis that I worked with. They're some of my best friends and will always be with me. It was tough to leave them,\" said Maj. Matson, adding that he keeps in contact with Iraqi soldiers who have e-mail access.",
"\"They considered us brothers, and when an Iraqi calls you his brother, it's a sign that he's willing to sacrifice his life for you,\" he said.",
"Sgt. Rose had just arrived at Fort Sill, Okla., from Richmond, Kan., with the 7th Battalion, 158th Aviation Regiment, to mobilize for deployment to Afghanistan when the October 2005 Pakistan earthquake occurred. In less than a week, his unit was in Pakistan distributing food, clothing and shelter to victims.",
"The sergeant said he saw unimaginable destruction that was compounded by the cold and snow.",
"\"I had a lot of clothing on, but children were wearing only thin clothes and sandals,\" he said. \"I gave a pair of my gloves to a kid. He didn't know how to put them on, so I showed him and he was just overwhelmed.",
]
T["002"] = [
"Guard members respond to Midwest's historic flooding",
"ARLINGTON, Va. \u2013 More than 340 National Guard members are responding to flooding affecting thousands throughout Nebraska, Missouri, Iowa and other Midwest states.",
"\u201cAs I always am, I was struck by how quickly the National Guard, the state first responders, the local police came together to immediately get to saving lives and mitigating suffering throughout the impacted area,\u201d said Air Force Gen. Joseph Lengyel, the chief of the National Guard Bureau, to members of the Nebraska National Guard during a recent visit to get a firsthand look at response efforts.",
"Lengyel said he was impressed by the response efforts he\u2019s seen.",
"\u201cClearly, the response phase of this thing was really well done,\u201d he said. \u201cThis says so much. It just demonstrates who we are and what we do as Guard [members].\u201d",
"The flooding was a result of higher-than-average temperatures that resulted in increased snow melt combined with heavy storms throughout the region.",
"More than 300 Nebraska Guard members have responded in helicopters, Humvees and other trucks with high-ground clearance as they continue to work with state and local officials to conduct search and rescue operations, distribute food and water and transport first responders to affected areas, said Guard officials.",
"Soldiers with the Nebraska Army National Guard\u2019s Company B, 2nd Battalion, 135th Aviation Regiment, used CH-47 Chinook helicopters to drop bales of hay for cattle stranded by floodwaters.",
]
T["003"] = [
"National Guard battles flood waters in four states",
"ARLINGTON, Va. (Army News Service, June 29, 2010) -- Almost 300 National Guard members from four states helped to battle flood waters last week and through the weekend.",
"In South Dakota, 130 Soldiers from the 200th Engineer Company and the 153rd Engineer Battalion helped to fill sandbags in the towns of Huron, Woonsocket and Bonilla.",
"The mission was to lay about 20,000 sandbags in Woonsocket to channel water through the town, while 3,000 sandbags were staged in Bonilla.",
"In Missouri, Gov. Jay Nixon called up Soldiers with vehicle support to remove debris from the northwest counties of Mingo, Logan, Wyoming and McDowell.",
"Missions continued over the weekend in the region as Guardsmen manned traffic control points and assisted law enforcement in patrolling the sparsely-populated areas.",
"Missouri Gov. Jay Nixon and Brig. Gen. Stephen L. Danner, adjutant general, toured the area to check the status of major flooding in Andrew, Atchison, Buchanan and Holt counties.",
"Danner said the Guard is one of many groups working hard to protect the area.",
"\"We have state and local responders, as well as the Civil Air Patrol, Army and Air here,\" Danner said. \"It's been a great operation.\"",
"Guard officials said the dams in the Dakotas are full and the Army Corps of Engineers plans to let out water to release pressure on them, which will increase the water flow in the Missouri River.",
]
T["004"] = [
"National Guard wraps up busy hurricane season",
"ARLINGTON, Va. \u2013 Three back-to-back hurricanes that brought large-scale destruction to the Gulf Coast region, Puerto Rico and the Virgin Islands kept the National Guard busy during the 2017 hurricane season.",
"Approximately 2,800 Guard members still play an active role in recovery efforts in the Virgin Islands and Puerto Rico, more than two months after Hurricane Maria \u2013 the last of the back-to-back storms.",
"\"A lot of people need our help and I joined to serve,\" said Pfc. Roberto Rivera, a military police officer with the Puerto Rico Army National Guard's 480th Military Police Company.",
"Like many residents of Puerto Rico, his house was destroyed by wind and torrential rain brought in from Maria. But as soon as the hurricane passed, he came to the aid of his fellow Puerto Ricans affected by the storm, said Rivera.",
"\"I just believe [other] people need more help than I do,\" he said.",
"Hurricane Harvey, the first of the three hurricanes, made landfall in Corpus Christi, Texas, Aug. 25. More than 3,000 Guard members were on duty in the immediate aftermath of the storm, primarily assisting local authorities with search and rescue operations.",
"\"This is what we train for,\" said Army Brig. Gen. Patrick M. Hamilton, commander of the Texas National Guard's Domestic Operations Task Force. \"And we're proud to stand beside our civilian partners, first responders and volunteers to serve the citizens of Texas.\"",
]
T["005"] = [
"BAGRAM AIRFIELD, Afghanistan -- It was fitting on the 70th anniversary of D-Day that Headquarters and Headquarters Battalion, 10th Mountain Division (LI), paid tribute to the NCO Corps with the time-honored tradition of welcoming in 22 new sergeants during the noncommissioned officer induction ceremony here Friday.",
"During more than a decade of combat, the U.S. has focused more and more on unit readiness and has started to lose the tradition and the pride that came with it, Command Sgt. Maj. Jerry Charles, HHBN's senior enlisted leader, told the group of newly promoted sergeants at the ceremony.",
"The ceremony was designed to celebrate newly promoted sergeants who were inducted into the ranks of the professional NCO Corps. The inductees and attendees paid homage to the fallen and those who came before them during past campaigns and conflicts.",
"Command Sgt. Maj. Ray Lewis, Combined Joint Task Force-10 and 10th Mountain Division (LI) senior enlisted leader, spoke to the new NCOs about his personal experience with Army leadership as a young infantryman, recounting both good and bad examples he was shown early in his career.",
"His speech resonated with Spc. Kyra Studevan, a tech support specialist with HHBN's Division Signal Company.",
"\"When he spoke about the old Army and the new Army, he spoke about how leadership has changed,\" Studevan said.",
"Studevan and six other junior enlisted Soldiers were part of a segment of the ceremony called \"The Soldier's Request.\"",
"For her part, Studevan stood up and recited a passage that asked her NCOs to train her \"for the elements\" so that she could in turn \"learn to fight and win in the cold, the wet and the desert.\"",
"It was Studevan's first ceremony of that kind, and through it, she said she gained a stronger sense of pride in the corps and has further motivated her to want to join the noncommissioned officer ranks.",
"\"I was proud and moved by the ceremony,\" she said.",
]
T["006"] = [
"FORT RUCKER, Ala.--Eighteen new noncommissioned officers were among those who received kudos from Sgt. Maj. of the Army Kenneth O. Preston here April 16.",
"Preston celebrated the Year of the Noncommissioned Officer (NCO) by congratulating numerous Fort Rucker Soldiers for their dedication and accomplishments.",
"Two outstanding enlisted Soldiers received awards for Soldier and NCO of the Quarter that morning, and the Sgt. Audie Murphy Club inducted two new members.",
"With Preston looking on, Commanding General Maj. Gen. James O. Barclay III awarded NCO of the Quarter to Staff Sgt. Justin Gooding, Headquarters Company (HHC), 164th Theater Airfield Operations Group.",
"Barclay also presented Spc. Soriama Bergantino with Soldier of the Quarter. Bergantino, who serves with HHC, 1st Battalion, 110th Aviation Brigade, said her biggest challenge in getting to this point was completing warrior tasks and the vast amount of studying and preparation required to go before various boards.",
"Besides the academic and physical aspects, Garrison Command Sgt. Maj. Robert Felder said what ultimately set the Soldiers apart from their peers was their outstanding dedication and commitment to positively influencing other Soldiers' lives. Barclay then inducted NCO Academy small group leaders Sgt. 1st Class Michael Newport and Sgt. 1st Class Alfredo Valdes into the Sergeant Audie Murphy Club, placing blue ribbon medallions around their necks.",
"Club inductees strive to promote greater recognition of the NCO Corps and perpetuate Army and unit traditions that contribute to espirit de corps and superior performance of duty. The club name honors Audie Leon Murphy who rose to national fame as the most decorated U.S. combat Soldier of World War II. \"It's definitely an honor,\" Valdes said. \"(Murphy was) the epitome of what an American Soldier should be.\"",
]
T["007"] = [
"Guardsmen Ready to Respond to Hurricane Dorian",
"National Guardsmen all along the East Coast are on duty, ready to do what needs to be done in response to Hurricane Dorian, the chief of the National Guard Bureau said.",
"Air Force Gen. Joseph L. Lengyel told Pentagon reporters today that guardsmen from Florida to Virginia are assisting civilian agencies across a range of capabilities.",
"Dorian is hitting South Carolina and North Carolina, and projected tracks show it affecting southern and eastern Virginia. Coastal flooding is expected from the Category 2 storm packing 110 mph winds. The storm has spawned tornadoes. \"It is still a very dangerous and unpredictable storm,\" the general said.",
"Overall, more than 8,000 Army and Air National Guardsmen \u2014 about 5,000 in Florida, 1,400 in Georgia, 1,400 in South Carolina and about 1,000 in North Carolina \u2014 are engaged in response activities in response to Hurricane Dorian, Lengyel said. All of the guardsmen called up have been called by the governors of the states affected.",
]
T["008"] = [
"Sailors: Early Deployment Tough, but \u2018We\u2019re Needed\u2019",
"NAVAL BASE KITSAP, Wash., Aug. 24, 2012 \u2013 In July, the crew of the aircraft carrier USS John C. Stennis learned their ship would deploy four months earlier than planned, and to a different part of the world than expected. Less than two months later, they report they\u2019re ready to go.",
"Defense Secretary Leon E. Panetta visited the ship this week to thank the sailors for their service and their extraordinary effort in preparing the ship. During his visit, some of the crew discussed with American Forces Press Service what their summer has involved.",
"Petty Officer 1st Class Alex Armour has spent 10 years in the Navy, with two on the Stennis. Armour took part in the ship\u2019s last deployment, seven months in the Middle East, which ended in early March.",
"\u201cWe went from place to place [for] port visits,\u201d he said, \u201cbut we spent the majority of our time in the [Persian] Gulf.\u201d",
"Word of the next deployment -\u2013 back to the Middle East -- came in July, he said, while the ship was underway for training. Many of the sailors were anticipating the deployment that had been previously announced, which would have taken the Stennis carrier strike group to the Pacific later in the year, Armour added.",
"\u201cA lot of people had made plans; they weren\u2019t planning on being out to sea [again] so quickly,\u201d he said. \u201cThe turn-around was really quick for us. \u2026 We had to qualify the carrier and the strike group once again; just all this stuff got crunched into a four-month period. And that, I know, weighed a lot of stress [on] the personnel on board, as well as the chain of command.\u201d",
"Armour said he understands why the Stennis carrier strike group is headed out to the Gulf region again.",
]
T["009"] = [
"Only the beginning",
"After spending four sleep deprived days in receiving, recruits of Company G, 2nd Recruit Training Battalion, sat crisscross, quietly waiting to meet their drill instructors for the first time aboard Marine Corps Recruit Depot San Diego July 12.",
"\u201cReceiving was the hardest week, it felt like it was the longest, however, I feel accomplished after making it through those first days\u201d said Recruit Jevon Hudson, Platoon 1034.",
"During Receiving, recruits are stripped of their belongings, issued gear and given haircuts. On the fourth day they face their first challenge in recruit training\u2014the Initial Strength Test.",
"During the IST, recruits must complete a max set of pull-ups, max set of crunches and a timed 1.5 mile run. The purpose of the IST is to gauge the new recruit\u2019s physical fitness levels. Recruits must pass the test in order to commence the rigorous three month training regimen required to become a Marine, according to Staff Sgt. Ricky Broadway, senior drill instructor.",
"The recruits that pass their IST are divided into platoon\u2019s and continue on to the next momentous event in recruit training, meeting the men that will be by their side during their entire stay aboard the Depot\u2014their drill instructors.",
"\u201cTo know that the drill instructors are here for me and the other recruits fills me with pride,\u201d said Hudson. \u201cAlthough I know it will be challenging, I\u2019m ready to take it on. I think these next weeks will be the best weeks of our lives.\u201d",
]
T["010"] = [
"Company E recruits arrive for Marine Corps basic training",
"Almost every Monday and Tuesday night, receiving drill instructors welcome new recruits with a culture shock.",
"The evening of June 11 was no exception as the new platoons of Company E were bused aboard Marine Corps Recruit Depot San Diego.",
"\u201cGet on my yellow footprints, move faster,\u201d drill instructors scream.",
"Only a few hours prior to stepping off the bus that shipped them from San Diego International Airport, the recruits were playing games, laughing and eating food.  Unaware of how much their lives were about to change.",
"\u201cTheir faces are scared and nervous,\u201d said Staff Sgt. Justin Hansen, chief drill instructor, Receiving Company, Support Battalion. \u201cThey shake a lot of the time. Their recruiters can brief them all they want but they don\u2019t (understand) until they\u2019re in the environment, coming off the bus.\u201d",
"After the receiving drill instructors meet the new recruits on the bus, they teach them how to stand at attention on the yellow footprints. They also explain how they will address any Marine, Sailor or civilian they encounter while aboard the depot, sir and ma\u2019am.",
"\u201cThe new recruits look around, touch their face and do everything we tell them not to do,\u201d said Hansen. \u201cIt really makes you angry but we tell ourselves they\u2019re still civilians. They\u2019re fresh off the streets.\u201d",
]
T["011"] = [
"FBI Will Investigate San Bernardino Shootings as Terrorist Act",
"The FBI announced today that it is assuming a leadership role in the investigation into the mass shooting that occurred earlier this week in San Bernardino, California, and that the attack that killed 14 people and injured 21 others has been deemed an act of terrorism.",
"\u201cThis is now a federal terrorism investigation, led by the FBI,\u201d said Director James Comey, speaking to reporters at FBI Headquarters in Washington, D.C. He was joined by Attorney General Loretta Lynch. \u201cThe reason for that,\u201d Comey said, \u201cis that the investigation so far has developed indications of radicalization by the killers and of the potential inspiration by foreign terrorist organizations.\u201d The Bureau\u2019s work, however, continues in close cooperation with our federal, state, and local partners.",
"Comey cautioned that it is early in the investigation, \u201cbut so far, there is no indication that these killers are part of an organized larger group.\u201d He added that hundreds of FBI personnel are following leads all over the world. \u201cWe are trying to understand the motives of these killers and trying to understand every detail of their lives.\u201d",
"The FBI is in possession of a large volume of electronic evidence that belonged to the husband and wife shooters, Syed Rizwan Farook and Tashfeen Malik. Comey said the couple tried to conceal and destroy electronic evidence before they were killed in a shootout with police Wednesday.",
"Comey assured the public that the FBI is working as fast as it can to find answers. \u201cWe aspire to do it quickly,\u201d he said, \u201cbut we most of all aspire to do it well and do it carefully.\u201d",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
