#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Headline (where the stored copy has one), blank line, then paragraphs separated by blank lines; a body whose
stored copy has no headline starts with the lead. Trailing spaces at the end of a paragraph are dropped;
double spaces inside a paragraph are kept as in the copy."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"Globemasters deliver more relief aid",
"A huge C-17 Globemaster III delivered more relief supplies here Oct. 11 that will go help victims in this country’s earthquake-devastated region.",
"The C-17 and its crew of five, from the 379th Air Expeditionary Wing in Southwest Asia, flew in approximately 50 tons of food and shelter equipment.",
"Islamabad is the operations hub for relief efforts in the region. Helicopters pick up supplies and transport them approximately 70 miles north to the hardest hit areas.",
"Despite its heavy Operations Iraqi Freedom and Enduring Freedom workload, the C-17 crew was honored to fly the mission.",
"“It feels pretty gratifying,” said Capt. Andy Schwaderer, the aircraft commander. “We know that what we’re doing here today is really going to benefit those in need.”",
"For the past two and a half years the captain has been flying mostly to Iraq and Afghanistan. But the relief mission was different, and he expects to fly “another two or three missions here before we’re done.”",
"Some crew members, like pilot 1st Lt. Dan Appel were just in the Hurricane Katrina relief effort.",
"“No matter how often you see this kind of devastation, whether it is at home or abroad, you never get used to it,” the lieutenant said. “Our hearts go out to all of the victims of this disaster. We’re dedicated to the mission and stand ready to support as needed.”",
"Col. Richard Walberg, the 818th Contingency Response Group commander from McGuire AFB, N.J., arrived in Islamabad two hours before the C-17, and got his team ready to handle airlift operations.",
"“Our guys are setting up a tent city and our operations center, while at the same time we are unloading this first C-17 full of relief supplies,” the colonel said.",
]
T["002"] = [
"More Gunfighters deploy to Southwest Asia",
"Nearly 250 Airmen here hugged loved ones goodbye and boarded a plane Jan. 8 to deploy to southwest Asia in support of the Global War on Terror.",
"The Airmen - including aircraft maintainers, pilots and weapon systems officers - will likely deploy for four months to various installations in the area. The wing will also deploy F-15E Strike Eagles to provide air to ground support in the region.",
"While the thought of being away from family and friends for a while could be nerve-racking to some, some Airmen stood ready and willing to go.",
"\"I'm ready to go because this is what we train for,\" said Staff Sgt. Sara Trent, 391st Aircraft Maintenance Unit maintainer. \"It'll be very fast-paced, but we're prepared to press with whatever tasks we need to accomplish.\"",
"Despite the large group of Airmen leaving the base, the mission on base will still remain the same, said Lt. Col. Stephen Vangundy, an F-15E pilot with the 391st Fighter Squadron.",
"\"We're an air expeditionary wing and always stand ready to deploy,\" the colonel said. \"The Gunfighters back home will keep things running until we return.\"",
"According to Lt. Col. David Belz, 366th Aircraft Maintenance Squadron commander, the Airmen are among the best and brightest the country has to offer.",
"\"We're looking forward to them getting on the road and getting done with their mission,\" said Colonel Belz.",
"Another group of 50 Airmen from the 366th Equipment Maintenance Squadron hit the road Jan. 7 for deployment also. By March, nearly 1,100 Gunfighters will be deployed around the world supporting the fight against terrorism.",
]
T["003"] = [
"Air Force C-17s Deliver Supplies to Aid with Evacuation",
"WASHINGTON, July 21, 2006 – Air Force C-17 Globemaster III crews assigned to the 816th Expeditionary Airlift Squadron operating in Southwest Asia have added another mission to their resume, providing humanitarian civil assistance to the effort to evacuate Americans from Lebanon.",
"Airlift operations have responded quickly to the urgent needs in the Middle East, supporting U.S. citizens evacuating from Lebanon to Cyprus, U.S. Central Command Air Forces officials said.",
"The 816th EAS is flying water and meals, as well as essential personnel and equipment, to Royal Air Force Base Akrotiri on the island of Cyprus. In the first four days of the operation, the squadron has flown 23 sorties, logging almost 70 hours in the sky, transporting nearly 200 passengers and 500 short tons of humanitarian supplies.",
"\"The importance of the mission and use of C-17s is huge,\" said Maj. Steve Jacque, aircraft commander on a July 19 mission. \"You have thousands of Americans displaced from their homes, basically. I don't know how much time they had to get things squared away, but since they need the basics like food and water, I assume not much time at all.\"",
"Marines are taking the Americans to where Navy Seabees are building a temporary camp for them in Cyprus. To support that, the 816th flew in the Seabees, pallets of water and meals for the evacuees, said Jacque, who's also flown humanitarian operations for Hurricane Katrina and the Pakistani earthquake relief efforts in 2005.",
"\"Having shelter is a huge need, but we are helping them with the food and water as well,\" said the major. \"I can't imagine being forced to leave my home for the threat of a war. Hopefully we have made that displacement just a little easier.\"",
]
T["004"] = [
"Hagel, Barak Discuss Syria, Iran",
"WASHINGTON, March 5, 2013 - Defense Secretary Chuck Hagel and Israeli Defense Minister Ehud Barak held talks at the Pentagon today on issues including Syria and Iran, Pentagon Press Secretary George Little said",
"It was Hagel's first meeting with a foreign counterpart since he took office as Secretary of Defense.",
"During today's meeting with Barak, Hagel expressed his strong commitment to Israel's security, including maintaining Israel's qualitative military edge and continued U.S. support for missile and rocket defense systems in spite of fiscal constraints, Little said.",
"Hagel and Barak agreed that the United States-Israeli defense relationship has never been stronger, Little said, and that both nations will continue their close cooperation.",
"The two leaders also discussed the range of shared security interests including the need for the Syrian regime to maintain control over chemical and biological weapons in their country, Little said, noting the leaders pledged to continue U.S.-Israel contingency planning to counter that potential threat.",
"Regarding Iran, Hagel told Barak that President Barack Obama is committed to preventing Iran from obtaining a nuclear weapon, with all options on the table, Little said.",
"Little said Hagel also stated that the United States continues to believe there is still time to address this issue through diplomacy, but that the window is closing.",
"Hagel noted that he and the Israeli defense minister have had an outstanding working relationship, dating back to Barak's days as Israel's Prime Minister, Little said.",
]
T["005"] = [
"CMSAF visits Ramstein",
"Airmen are better prepared than ever before to meet the challenges of today’s Air Force, said the Chief Master Sgt. of the Air Force.",
"Chief Master Sgt. of the Air Force Rodney McKinley said during a visit to Ramstein July 9 that enlisted Airmen are more educated, better trained and supervisors are better at priming tomorrow’s leaders.",
"“Our enlisted Airmen are the most highly-educated in our Nation’s history. I have no doubt about the quality of our Airmen from Airman basic to four-star general,” Chief McKinley said. During his visit and series of enlisted calls, the Chief restressed three priorities of the Air Force and the significance of the Airman’s Creed, saying the No. 1 priority is the war on terrorism, and it is everyone’s job to retain Airmen and their families.",
"The chief said one of the tools to aid Airmen in meeting priorities is Roll Call.",
"“This face-to-face leadership with Airmen, the value is unbelievable,” said the former command chief of the 86th Airlift Wing. “It’s an opportunity to look at these Airmen and deliver messages from major commands talk about safety.”",
"He also said the Airman’s Creed should be integrated into ceremonies across the Air Force, and every Airman should know it by heart.",
"“How can you not be impressed with, ‘I’m an American Airman, guardian of freedom and justice’?” he said. “The Airman’s Creed (was created) on our watch, and we should take great pride in it.”",
"The 15th Chief Master Sgt. of the Air Force said he sees the American Airmen as technical experts in their field – experts who will, in the future, take on increased roles and responsibilities. The Chief cited the reduction of ancillary training as one way to help Airmen have more time to devote to their jobs and leadership roles. The Air Force has taken steps to reduce Ancillary Training to 90 minutes a year.",
]
T["006"] = [
"Corpsmen lend helping hand",
"During a recent operation corpsmen from 2nd Battalion, 8th Marines conducted a medical civil affairs program here March 7 and 8.",
"During the two-day MedCap, a Navy lieutenant and four enlisted corpsmen treated about 160 patients at a local hospital, according the Lt. Kenny Uy, assistant battalion surgeon.",
"He said the sailors saw Afghan patients with ailments ranging from coughs and colds to worms and nutritional deficiencies.",
"Patients also sought care for other ailments, including arthritis and blindness.",
"While e supplies and time for the MedCap were limited, the “devil docs” helped as many people as they could, continuing the humanitarian assistant efforts of coalition forces in the area.",
"“There is only so much we can do,” the Norfolk, Va., native said. “We do what we can, but sometimes we have to refer patients back to local hospitals.”",
"Most of the medication and other supplies for the exercise were donated, Uy said.",
"Petty Officer 3rd Class Axel Narvaez said the exercise “was a great opportunity to help people, especially the children. They were very happy we were helping them.”",
"“It’s a great feeling,” the Puerto Rico native added. “These people have been neglected. Now we can help them out.”",
"Narvaez said this was his third MedCap since he joined the battalion after serving a two-year tour as a corpsman at Marine Corps Recruit Depot Parris Island, S.C.",
"Uy has been involved in other MedCaps in Afghanistan.",
"“There are always mixed feelings,” Uy said. “There’s the satisfaction of doing something for people who have so little, but there’s always the realization that when we leave there is little medical help for these people. It’s gratifying work, but it’s short-term gratification.”",
"The corpsmen said both Marines and interpreters were valuable assets and made the operation possible.",
]
T["007"] = [
"Small school gets big addition",
"FORWARD OPERATING BASE WARRIOR, KIRKUK, Iraq— More than 300 primary school-age students attend the small school in the village of Sayyidnajm in Kirkuk province, Iraq, and as many as 100 of them were crowded in the rear of classrooms because of a lack of space.",
"Now through to a contract between Sheik Muhammed Al-Shaheen, a local businessman, and the 2nd Brigade Combat Team, 1st Cavalry Division, two additional classrooms were added to the school in time for the new school year.",
"The contract led to the hiring of some 500 men in the sheik's local area, according to Capt. Aziz Noorali, a Pensacola, Fla., native and Soldier with the human terrain team on Forward Operating Base Warrior, Kirkuk, Iraq. The sheikh uses the workforce to complete projects in his local area at his own discretion. While they were participating in the construction projects, they were also going through on-the-job training administered by the Mohammed.",
"The Sayyidnajm school is in one of Sheikh Muhammed's villages, and he thought it would was in need of some renovation, explained Noorali.",
"\"[Muhammed] said 'give me the supplies to build it, and I will do it,'\" said Noorali. \"All we did was supply the material - everything else was done by an Iraqi.\"",
"Muhammed is the manager of the Civil Service Corps in his community. The CSC, an Iraqi program patterned after a U.S. depression-era job program known as the Civilian Conservation Corps, is designed to put young men back to work, according to Lt. Col. Hugh McNeely, deputy commander of 2nd BCT, 1st Cav. Div.",
]
T["008"] = [
"TF 1-27 INF dedicates Iraqi elementary school",
"SALIHIA, Iraq (Army News Service, March 22, 2004) -- Villagers began to smile and wave as Company A, Task Force 1-27 Infantry Soldiers rolled up in their tactical vehicles for the Salihia elementary school dedication March 3.",
"Since it was funds from the TF 1-27 Infantry Commander's Emergency Relief Program that paid for the school construction project, the Soldiers became the guests of honor to the newly-built school. CERP is a program that provides funds to U.S. Army units that use it to help rebuild Iraq's infrastructure.",
"\"One of the main focuses of the battalion is earning the trust and respect of the Iraqis,\" said 1st Lt. Robert Heatherly, fire support officer with Co. A, TF 1-27 Inf. \"This is one way we can do that by going into the community and building schools.\"",
"When Capt. Scott Carpenter, commander of Co. A, TF 1-27 Inf., arrived to the school he gave one of the students the honor of cutting the ribbon. Carpenter and his Soldiers then entered the school where they were greeted to the relaxed ceremony by Iraqi girls with flowers and big smiles.",
"Carpenter checked each of the six classrooms to verify the work done by a local contractor and to ensure the school was suitable for the 85, six to 12-year-old students who will attend the school.",
"Satisfied with the work, Carpenter, local city council members and the school's head master mingled over refreshments while surrounded by Iraqi children who eagerly listened to their translated conversations.",
"Farhan Nasser Hussein, the school's head master was delighted with the construction project and said how important a new school is for the village.",
"\"New schools are one of the ways that are helping the village to be better,\" Hussein said.",
]
T["009"] = [
"Local contractors building schools, economy",
"The smell of the smoke and the gaping windows are the only clues that the city's courthouse had been burned and looted after the collapse of Saddam Hussein's regime.",
"However, newly plastered and painted walls are becoming a new legacy of the stronger relationship betweens the Seabees of Naval Mobile Construction Battalion 4 and local Iraqi contractors.  Inside the courthouse, sunlight bounces off plaster dust in the air and the sound of hammers can still be heard as work, as well as that relationship, continues.",
"This scene can be found all over town in municipal buildings and local schools as the business of rebuilding continues.  More than 40 schools have been assessed so far, and 18 have been renovated in the Ad Diwaniyah area so far.",
"\"We do the things like the electrical work and plumbing, then we hire local contractors to do the heavy labor like rebuilding walls,\" said Petty Officer 1st Class Hector Calderon, a builder with NMCB-4, based in Port Hueneme, Calif.  \"It gives the local people jobs they wouldn't normally have, and they're really grateful for the work.\"",
"Area contractors involved in the projects hope they continue.",
"\"It's my city, I want it to be good,\" said Alaa Abdul Hassan, head contractor on the courthouse project. \"After three decades of neglect we're finally fixing things.\"",
"According to Lt. Brandon Harding, chaplain with NMCB-4, the contractors are paid using seized Iraqi funds.",
"\"It's their money anyway,\" he said.  \"It only makes sense to use it to help them get back on their feet.\"",
"Not only does the money originally come from the Iraqi people, most of the supplies the Seabees provide for the contractors come from government warehouses.",
]
T["010"] = [
"TARLAC PROVINCE, Republic of the Philippines -- Several hundred townspeople gathered to watch as a convoy of vehicles made its way down a dirt road to the San Vicente School where Marines and sailors from Marine Aircraft Group 36, 3rd Marine Expeditionary Brigade, and their counterparts from the Philippine Air Force conducted the first in a series of medical and dental civic action projects here Oct. 13.",
"The projects are part of Amphibious Landing Exercise 2011, a bilateral training exercise between the Armed Forces of the Philippines and U.S. Marines and sailors from 3rd MEB. The exercise is designed to improve interoperability, increase readiness and to foster professional relationships between the two countries.",
"Throughout the day, the group of military members provided a wide-variety of medical services during the Medical Civic Action Program and Dental Civic Action Program, according to Navy Lt. Layra Avalos, medical civil military operations coordinator, 3rd MEB.",
"\"The medical team provided basic medical care, antibiotics and topical medications,\" she said, adding the dental teams provided basic dental assessments and extractions, and the optometrist conducted eye exams.",
"\"It is nice that we have these types of medical missions during the exercise,\" said Dr. Evangelina Legaspi, Bamban Municipal health director.",
"Legaspi added that most of the people from this area live more than six miles from any medical facilities, so having medical and dental care available so close makes things much more feasible for the local community.",
"\"Because of the local economic hardships here, most people rely on herbal medicines grown in their backyards, rather than traveling great distances to the nearest hospital,\" said Legaspi.",
"According to Maj. Eric J. Mattson, a civil affairs officer for 3rd MEB, this is exactly the reason why the two militaries continue to conduct these types of missions.",
]
T["011"] = [
"Teamwork provides relief",
"More than 76 thousand pounds of food was carried aboard a C-17 Globemaster III Aug. 2 en route to the flood-ravaged areas of northwest Pakistan.",
"Those 38 tons of halal meals, ready-to-eat meals that don't contain pork products, were only a small part of the 345 thousand meals that have been delivered via the 14 missions flown into the area by C-130 Hercules aircraft and C-17s since July 31st.",
"U.S. officials pledged $10 million to Pakistan in humanitarian flood relief assistance, including supplying halal meals in support of a National Disaster Management Authority request.",
"Army Staff Sgt. Juan Roman, the mobility NCO in charge of the 82nd Sustainment Brigade at Fort Bragg, N.C., said he and his team began preparing supplies shortly after the flooding started.",
"\"The Soldiers found out about this three days ago and have been hard at it,\" Sergeant Roman said. \"We unload the trucks as soon as they come in and we build the pallets. This is what we do, and it's a good cause that we're supporting.\"",
"Dozens of servicemembers from across the base have been building pallets, around the clock, in two locations on the Bagram Airfield flightline so that the meals, which are trucked in from a warehouse here in Afghanistan, are ready for transport via aircraft.",
"\"Normally, the Army would build the pallets in their area by the rotary-wing terminal and transport them to the fixed-wing terminal for loading,\" said Master Sgt. Agustin Casis, the special projects NCO in charge of the 455th Aerial Port Squadron here. \"But because we're sending so many, we've got teams building pallets simultaneously in both locations.\"",
"Master Sgt. Michelle Quichocho, the dayshift passenger terminal NCO in charge of the 455th APS here, helped build the pallets to withstand the rigors of flight.",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
