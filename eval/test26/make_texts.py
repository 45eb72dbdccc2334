#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Paragraphs are joined by blank lines; headline first (where the copy has one), then a blank line.
Non-ASCII characters are written as escapes so that the source's marks are exact:
\u2019 right single mark, \u2018 left single mark, \u201c/\u201d double marks, \u2013 en dash, \u2014 em dash,
\u2026 ellipsis."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"AF leadership visits historic wing, glimpses 332nd AEW future",
"Secretary of the Air Force Heather Wilson and Air Force Chief of Staff Gen. David L. Goldfein visited the 332nd Air Expeditionary Wing, August 21, 2017.",
"This is Wilson\u2019s first tour of the Air Force Central Command area of responsibility as Secretary of the Air Force. The visit provided an up-close look at the mission of the 332nd AEW and how it generates, executes, and sustains combat air and space power and combat search and rescue forces across the Levant.",
"\u201cWe have Airmen throughout the world accomplishing remarkable missions every day,\u201d Goldfein said. \u201cIt\u2019s important to take the time to meet these service members who put everything else on hold to combat the threats we face.\u201d",
"During their brief time with the 332nd AEW, Wilson and Goldfein learned about its heritage and how the wing still carries the proud name of the Tuskegee Airmen as they bring the fight to ISIS throughout the region.",
"\u201cI wasn\u2019t aware of all the pieces of this wing,\u201d Wilson said. \u201cIt was good to learn about where it\u2019s been and the impact it makes now.\u201d",
"Not only did they see the impact of current operations, they also got a glimpse at the wing\u2019s future plans as it continues to grow and ultimately bring stability to the region.",
]
T["002"] = [
"DAVIS-MONTHAN AIR FORCE BASE, Ariz. - U.S. Air Force Col. Scott Mills, 355th Wing commander, and Chief Master Sgt. Michael Becker, 355th Wing command chief, brought Airmen together for a commander\u2019s call at the base theater to reinforce command priorities, answer questions from Airmen, discuss Air Force updates and lay out the future of the base on Sept. 6, 2024.",
"The all-call provided Mills the opportunity to speak on his expectations for Airmen on base.",
"\u201cMy expectation is that you are going to show up every day and be ready to fight,\u201d said Mills. \u201cThat is a core principle I believe in, and something I ask myself every single day is \u2018What is my fight today, and how am I going to step up and be great in that moment?\u2019\u201d",
"Mills reminded base members that in performing their duties they will make mistakes, but learning from those mistakes is key in being ready for any fight.",
"\u201cIf you are moving at the speed I want you to, you are going to make mistakes,\u201d Mills said. \u201cWhen you are taking the right risks and you do fail, we are going to be there to tell you not only is it okay, but you've got to learn from it. We have a lot of changes coming to us as a base and a lot coming at us as a nation. The people who will solve those problems are the people in this room wearing this uniform.\u201d",
"The wing command team spoke with attendees on the many changes coming to DM in the future.",
"\u201cWe are focused on the transition of becoming a deployable combat wing,\u201d Becker said. \u201cOne of the big pieces of that is the consolidation of more Air Force rescue assets here at Davis-Monthan. We are already the largest concentration of rescue in the Air Force, and we are going to get bigger.\u201d",
"Mills and Becker took the time to answer questions from attendees using an anonymous quick-response code before concluding the commander's call.",
]
T["003"] = [
"BAGHDAD - \u201cOur Army is older than our country,\u201d said Gen. Lloyd J. Austin III, commanding general for United States Forces \u2013 Iraq, when he spoke to more than 200 attendees during the Army birthday celebration in the Al Faw Palace on Camp Victory, June 14. \u201cWe should be very proud of our Army heritage.\u201d",
"Service members, civilians and Iraqi officials gathered in the rotunda to witness the birthday celebration of the nation\u2019s oldest and largest military branch.",
"Stemming from a conscripted Army, Austin said this military branch has become the most professional, educated, and lethal Army in the world since its transition to an all-volunteer Army in 1973.",
"The overhaul of the Army doctrine, personnel and training took years to mature, but the Army has reached a level of proficiency and lethality that has never been achieved before, he said.",
"\u201cOur Army is resilient,\u201d he said. \u201cThe all-volunteer Army has been essential to our success in this period of persistent conflicts and our soldiers are what make our Army great.\u201d",
"The celebration included a display of unit and company guidons that are currently deployed in Iraq, a video of the Army\u2019s history, fine tunes orchestrated by the Tropic Lightning Band of the 25th Infantry Division and a cake-cutting ceremony.",
"The cake cutting is a tradition within the military which is performed by the oldest and the youngest service members of the branch.",
"As the oldest Army service member on Victory Base Complex, Col. James Snyder, commander of 804th Medical Brigade, said he was extremely honored and privileged to be a part of the ceremony.",
"Also having the honors of cutting the cake, Pvt. 1st Class Aaron Johnston, the youngest Army service member on VBC and a chemical operations specialist with 145th Brigade Support Battalion, said it was a pleasure to take part in the event alongside Austin and Command Sgt. Maj. Joseph R. Allen, senior enlisted advisor, USF-I.",
]
T["004"] = [
"Falcons conduct humanitarian assistance for October training mission",
"FORT BRAGG, N.C. \u2014 A large crowd of people gathered at the edge of town, yelling and waving their arms at the oncoming forces. From a distance, the group may have looked hostile. However, the citizens were welcoming soldiers into their city, knowing that help had arrived.",
"\"I've done quite a few humanitarian assistance missions before,\" said Sgt. First Class Daniel Noble, a treatment platoon sergeant with C Company, 407th Brigade Support Battalion, 2nd Brigade Combat Team, 82nd Airborne Division, \"but this is a worst-case scenario.\"",
"For this mission, the citizens of the fictional country North Keelung were without food, water and medical supplies, as well as an adequate place to give medical attention to their injured.",
"Paratroopers with 2nd BCT came to North Keelung Oct. 29 as part of October's Joint Forcible Entry Exercise to provide temporary relief for the citizens as well as increase the locals' support for the United States.",
"Sgt. First Class Dustin Sinkes, the civil affairs non-commissioned officer in charge for Headquarters Company, 2nd BCT, and a native of Saginaw, Michigan, was the first Paratrooper to reach the crowd of villagers.",
"The citizens were happy that the soldiers brought food and water, as well as medics to treat the wounded, Sinkes said. Due to the excitement of the crowd, the soldiers had to hold the people back until they were ready to organize them, he said.",
"To instill order in the group, the injured were taken to the hospital while others began to collect their rations.",
]
T["005"] = [
"Freedom, food, and the CPO 365 Initiative",
"NORFOLK, Va. \u2013 Several Navy chief petty officers (CPO) and first class petty officers from Naval Station Norfolk participated in a community relations (COMREL) project at the Foodbank of Southeastern Virginia and the Eastern Shore Jan. 29.",
"Sailors helped sort, bag and deliver food to people in need. The effort was inspired by the MCPON\u2019s CPO 365 initiative.",
"CPO 365 was designed for chief petty officers to train first classes in professionalism, quality leadership, appearance and living in accordance with Navy core values 365 days a year.",
"\u201cThis takes training outside the class room,\u201d said Culinary Specialist 1st Class Nicholas D. Josshua, a participant. \u201cThe chief\u2019s mess and the first class mess worked together hand and hand to be Navy ambassadors for our community.\u201d",
"Chief Culinary Specialist Eric Johnson, the project coordinator, said the Sailors are taking their training outside the base into the surrounding communities.",
"\u201cThis boils down to Core values and who you are as a leader,\u201d said Johnson. \u201cAs a chief petty officer you\u2019re expected to lead from the front, set the example and be the example.\u201d",
"The comrel was a way for chief petty officers and first class petty officers to work together, build camaraderie, and become better acquainted all while giving back to the community.",
"\u201cIt is really a great opportunity to provide this kind of service to the community,\u201d said Mass Communication Specialist 1st Class Michael Jon Sandberg, a comrel participant. \u201cI hope this can be a trend for us.\u201d",
]
T["006"] = [
"NORFOLK, Va. (NNS) -- Chief petty officers (CPO) and first class petty officers assigned to aircraft carrier USS Harry S. Truman (CVN 75) participated in a community relations (COMREL) project on board the floating museum USS Wisconsin (BB 64) April 12.",
"Wisconsin is a decommissioned Iowa-class battleship that earned five battle stars during World War II.",
"Twelve chiefs and first class petty officers undertook the restoration of a CPO berthing on board Wisconsin.",
"\"It's great to be out here giving back with my brothers and sisters as well as the first class mess,\" said Chief Machinist's Mate Alexander Myers. \"Being able to restore a ship with so much history is special because we are preserving memories.\"",
"Myers said time spent giving back to the community is time well spent.",
"\"Any time our ship wants to do something like this I'll be here,\" said Myers. \"COMRELs are rewarding to all those involved. They benefit the community, the Navy and your career.\"",
"According to Chief Cryptologic Technician (Technical) Deirdre Parker, CPO 365 community service committee chairman aboard Truman, her team dedicated more than four hours to the restoration project, starting with the 22-year accumulation of dust that blanketed the majority of the berthing.",
]
T["007"] = [
"ALEXANDRIA, Va. (NNS) -- More than 25 first class and chief petty officers from commands around Naval District Washington volunteered their time and energy to help feed needy families in Alexandria, Va., April 27.",
"The Sailors, along with other volunteers from non-profit organizations One Brick and ALIVE!, spent four hours putting together and distributing more than a ton of food in the form of bags of canned and dry goods and boxes filled with fresh vegetables, bread and meats.",
"ALIVE! is ALexandrians InVolved Ecumenically, a group of approximately 40 congregations in Alexandria. On the last Saturday of every month, ALIVE! has groups of volunteers process food \"orders\" for needy families and individuals in our community.",
"One Brick is a non-profit organization that provides support to other local non-profit and community organizations by creating a unique, social and flexible volunteer environment for those interested in making a concrete difference in the community.",
"\"It makes you feel good when you are out here. You can help out 'one brick' at a time,\" said Coast Guard 2nd Class Petty Officer Ryan Wheeler, One Brick event manager and coordinator. \"You might feel like just staying at home on a Saturday, but you get out here and get some physical work in. I mean I could do cardio later or I could just come here and get stuff in boxes and give it to people.\"",
"The Navy chiefs and petty officers came together to volunteer as part of the Chief Petty Officer Association and CPO 365. CPO 365 is a year-round leadership training environment for first class petty officers that are seeking to take the mantle of chief.",
"\"It grooms us and takes petty officers first classe to the next level,\" said Information Systems Technician 1st Class Detrick Richardson, one of the petty officers who came out to help.",
"Volunteer events like VA Alive! food drive as a teambuilding and morale building event as well.",
]
T["008"] = [
"Swansboro school gets Marine reinforcements",
"The 26th Marine Expeditionary Unit conducts a wide range of operations to fulfill the mission of the Marine Corps. Sometimes these responsibilities lie outside the field of battle and diplomacy, and instead focus on the needs of their local community.",
"The MEU is sponsoring Swansboro Elementary School, which involves volunteers helping with math, reading, art and a variety of other classes.",
"U.S. Navy Lt. Cmdr. Wayne Hall, 26th MEU chaplain, arranged the unit\u2019s connection with the school and encouraged volunteer involvement.",
"\u201cMany kids out in the community may not be aware what Marines and sailors do,\u201d said Hall. \u201cWe want to show them.\u201d",
"Hall said volunteering is beneficial to both MEU personnel and Swansboro Elementary School students.",
"\u201cIt\u2019s professionally and personally rewarding,\u201d said Hall. \u201cGetting out and helping a child learn how to read is pretty cool.\u201d",
"Volunteers help teachers meet their goals for each student and help provide one-on-one tutoring.",
"\u201cThe school staff is positive, and the volunteers help them focus on their objectives,\u201d said Hall.",
"Hall said the relationship between the school and the MEU is meant to be long lasting and continue to benefit and reward both parties.",
"Those who volunteered expressed joy after assisting in classrooms and working with students.",
"\u201cThe best part of volunteering is exercising selflessness \u2026 with only the reward of seeing kids, in a variety of situations, having fun learning,\u201d said Sgt. Matthew Davies, 26th MEU radio supervisor.",
]
T["009"] = [
"Service members\u2019 unselfishness shines",
"The Marine Corps has long held unselfishness as a prized virtue and lists this quality as one of 14 leadership traits expected to be possessed by all Marines.",
"Service members demonstrated this trait June 15 when they helped clean the grounds of the World Mission Christian School in Nakagusuku.",
"The volunteer service was an effort to strengthen the ties between service members and the surrounding community, according to Navy Lt. Wesley E. Scholtz, the chaplain with Headquarters and Headquarters Squadron, Marine Corps Air Station Futenma, Marine Corps Installations Pacific.",
"\u201cOur goal is to show our host country that we can be a blessing to them, and by extending that blessing to them our relationship is infinitely better,\u201d said Scholtz.",
"The good will demonstrated by participating in events like this serves as proof of the true nature of the U.S. military, according to Scholtz.",
"\u201cThese community relations projects show that the Marines and sailors are caring, good neighbors,\u201d said Scholtz. \u201cThis is the true, accurate representation of our armed services.\u201d",
"Throughout the day, volunteers pulled weeds, cut grass, trimmed hedges, and picked up litter to beautify the school area.",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
