#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Paragraphs are joined by blank lines; a body whose stored copy has no headline starts with the lead."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"Lincoln Sailors Judge School Science Fair",
"BREMERTON, Wash (NNS) -- Five Sailors from USS Abraham Lincoln (CVN 72) volunteered their time to talk to students and judge 60 science fair projects at Naval Avenue Elementary School (NAES) in Bremerton March 2.",
"The projects ranged from how mold grew on slices of cheese to why diet soda explodes when candy mints are added to it.",
"\"I thought (the projects) were really well thought out,\" said Fire Controlman 3rd Class (AW/SW) Christian Blanco. \"I was really impressed by the students' work.\"",
"\"You could tell the students put a lot of effort into their projects,\" said Senior Chief Aviation Machinist's Mate (AW/SW) Jeffrey Borja.",
"The volunteers spent over two hours talking to the students and judging their projects. Each Sailor had different reasons to volunteer for the trip, but each one said they enjoyed their time spent with the students.",
"\"I'm a geographical bachelor,\" Borja said. \"My 13-year-old son lives in Florida, and I really miss him. I remember helping him with his seventh-grade science project and how excited he was for it to be judged. It's a good feeling to get out and to become a part of the community.\"",
"\"My oldest son is seven,\" said Hospital Corpsman 2nd Class Keashia Garner. \"He's very into science, so it's nice to come out and see what students in this area are doing. It's great to know that the state of Washington really cares about what its students are learning. I try to volunteer as much as possible.\"",
"The Sailors were not the only ones who enjoyed their time at the elementary school.",
"\"I think (the Sailors) were awesome, and I really liked their uniforms,\" said Shemira Washington, a fourth grader at NAES.",
]
T["002"] = [
"USS Shoup Receives Visit from Homeport Mayor",
"EVERETT, Wash. (NNS) -- Everett's Mayor Ray Stephanson along with his guest, Pat McClain, toured the USS Shoup (DDG-86), at its homeport, Naval Station Everett Aug. 2.",
"The tour, given by Shoup\u2019s Commanding Officer, Cmdr. Mark Johnson, was an opportunity for Stephanson and McClain to meet with Sailors and get to know the ship.",
"The mayor stepped aboard the ship and was honored by the U.S. Navy tradition of tolling the bells to announce his arrival on board.",
"\u201cIt\u2019s pretty cool, the mayor coming out here to see our ship,\u201d said Fire Controlman 2nd Class (SW) Dustin Woelfle, while standing watch aboard Shoup.",
"Johnson took the mayor and guest on an hour long tour of the ship\u2019s spaces including combat operations center, galley, main engine room 2, Damage Control Central Station and the ship\u2019s bridge.",
"Up and down passageways and ladders, the tour covered Shoup from bow to stern and everything in-between. Peeking through portholes and enduring several ladders, the mayor was in good spirits as Johnson kept up a steady stream of information, proudly telling the mayor all about the ship.",
"\u201cIt\u2019s a great thing to be here, because this is a great ship and good people,\u201d said Stephanson, upon the completion of his tour. \u201cI enjoyed the tour and I appreciate all that these young men and women do for us.\u201d",
"Stephanson believes as a prominent city official of such a busy Navy area, it is important to keep a strong tie to those ships homeported in the area. He was able to strengthen the tie between the city of Everett and the U.S. Navy contingent in the area with visits such as this one. Stephanson was able to meet with Sailors and take an active interest in the well being of those service members stationed in his city.",
]
T["003"] = [
"EL PASO, Texas -- The \u201cSpartans\u201d of 1st Battalion, 36th Infantry Regiment, trained in Fort Bliss\u2019 Waigali Village for two days at the start of the month.",
"The exercise consisted of two days of training in which the Spartans rotated responsibilities. While one company played local villagers, insurgents and media representatives, the other companies created their own tactics as they maneuvered over rough terrain, patrolled a village and negotiated with the village elder.",
"\u201cCharlie Company, 1-36th, is introducing their tactics along with civilians on the battlefield as they make a key leader engagement with Motar, the village elder, in a mud hut,\u201d said Pfc. Scott Lee of B Company, 1st Bn., 36th Inf. Regt. \u201cThey will be tak- ing sniper and small-arms fire from high in the ridgeline.\u201d",
"Sgt. Martinos Brown of B Company, 1st Bn., 36th Inf. Regt., acted as a villager during the exercise.",
"\u201cMy key role is playing a regular civilian on a battlefield,\u201d said Brown. \u201cI pretty much wave the Americans away from the town. The benefit of this training is that the companies will know how to quarantine off a village, interact with local nationals and how to make and break contact within the village.\u201d",
"Lt. Col. Kevin Admiral, battalion commander, and Command Sgt. Maj. Corbett Whitmore, battalion command sergeant major, attended the training and supervised the event. Admiral was active in the training process he threw fake mortar rounds in the soldiers areas to see how they would react to contact.",
"\u201cWhen we do deploy, the companies are getting the training on how to interact by getting information with the local population,\u201d said Sgt. Fernando Valencia of B Company, 1st Bn., 36th Inf. Regt. \u201cThe companies link up with the guy in charge of the village to see what areas need improvement.\u201d",
]
T["004"] = [
"Airlift Squadron Members Embrace Pakistan Humanitarian Mission",
"May 20, 2009 - The kind of fast-action, humanitarian outreach used this week to help more than a million Pakistanis displaced by war is exactly the type of mission the Air Force's 3rd Airlift Squadron was glad to take on, airmen in the unit said. \"It's got a different aspect to it than our other missions,\" said Air Force Staff Sgt. Christopher Williams, a C-17 loadmaster deployed from the 3rd AS, Dover Air Force Base, Del. \"Instead of bringing bullets and ammo, we're bringing supplies and hope to people affected by war. It's one of the reasons why I joined the military - to help others in any situation.\"",
"In response to requests from the Pakistani government, the Defense Department arranged for the rapid delivery of humanitarian assistance for the estimated 1.7 million Pakistanis displaced by Pakistan's military operations against violent extremists in the country's northwestern provinces.",
"The initial request includes 120,000 packaged meals that conform with Islamic dietary requirements, air-conditioned tents, electrical generators, water trucks and other items, in addition to food, logistical support and funding totaling $110 million being provided by the State Department and the U.S. Agency for International Development.",
"In just a few days, the humanitarian mission was set in motion, calling for a rapid assembly of aircraft, crews, supplies and logistics coordination.",
"\"The speed with which this mission came together attests to the rapid, global mobility assets available for wartime and humanitarian missions,\" said Air Force Capt. Ryan Theiss, a C-17 Globemaster III pilot deployed from the 3rd AS. \"Without airlift, humanitarian relief wouldn't be possible.\"",
]
T["005"] = [
"MOORHEAD, Minn. - As flood waters loom in Moorhead, Minn., National Guard members patrol the streets to aid residents and local authorities in the fight against the flood.",
"Patrolling in a Humvee, Staff Sgt. Robin Mattson and Spc. Shawn Sims, both from the Moorhead-based 2nd Combined Arms Battalion, check water depths in the streets throughout Zone One of Moorhead.",
"They update their map with a multitude of colors signifying depths of one to two inches, three to five inches, six to twelve inches and more. They also keep track of the condition of standing temporary dikes and any new dikes that have been constructed.",
"The guardsmen stop along the route to speak with local residents. Wading through almost waist high waters in some areas, they make their way to the people anxiously watching temporary dikes in the roadways and alongside homes.",
"Residents update the guardsmen of water levels, current situations and the well-being of neighbors.",
"\"I try to keep the mood light with a joke or just friendly small talk in hopes of helping to lift spirits,\" said Sims.",
"With a friendly wave, sometimes a smile and often a snap of a photo, residents are aware that the National Guard is here.",
"\"The Guard is here in ready reserve to provide support if it gets worse. Also, I think that the mere presence of guard members gives residents a better feeling of the situation,\" Staff Sgt. Mattson said.",
"Both Mattson and Sims spent over a year deployed to Iraq in 2006-2007 supporting Operation Iraqi Freedom.",
"The National Guard has a dual mission, operating for both the federal and state governments. The flood fight activation is an example of supporting the state.",
"Patrolling the streets gave the Soldiers a somewhat familiar feeling from their deployment, yet very different at the same time.",
"\"Riding in this seat brings back memories of Iraq. It's a whole new feeling though, being able to help out people here, back home,\" said Sims.",
]
T["006"] = [
"National Guard Responds to Floods in Texas, Oklahoma",
"GRANBURY, Texas, May 28, 2015 \u2013 Texas National Guard engineers rescued three people here May 26, and searchers continue hunting for survivors and victims of raging flood waters.",
"Working with local and state first responders, Texas Guard members spent the Memorial Day weekend responding to calls for help all over Texas as heavy rain pounded the region.",
"\u201cWe got a call around midnight from the local sheriff\u2019s department,\u201d said 1st Lt. Max Perez of the Texas Army National Guard\u2019s 236th Engineer Company, 111th Engineer Battalion. \u201cThey asked us to check a neighborhood near the Brazos River for flooded homes and anyone in need.\u201d",
"Perez took his team of engineers and split into two groups to better search the neighborhood for citizens in need.",
"\u201cThe soldiers responded very quickly. They only took 10 or 15 minutes to get ready to go,\u201d Perez said. \u201cThey were pretty motivated about the mission \u2013- eager to save lives.\u201d",
"With the help of a police officer and a firefighter, the engineers combed through the neighborhood, checking on residents.",
"Stranded Car",
"\u201cWe found a stranded car that couldn\u2019t move,\u201d Perez said. \u201cThere was water up to the window of the car.\u201d",
"The engineers immediately stopped and got out to help, being sure to first secure themselves to a safety line attached to their military vehicle or another stationary object, Perez said. \u201cWe saw a family \u2013- a woman, her daughter, about 3 or 4, and a man -- stuck in the car,\u201d he added.",
"Army Staff Sgt. Thomas Kennington, 111th Forward Support Company, 111th Engineer Battalion, along with several other soldiers, pulled the girl and her mother from the car and brought them to safety, then returned for the man. Once all three people were safe, the team pulled the vehicle to dry land to ensure that it wouldn\u2019t wash away, Perez said.",
]
T["007"] = [
"Texas Guardsmen, Partners, Neighbors Rescue 1,000 From Floods",
"The Texas Army National Guard 386th Engineer Battalion teamed up with Texas Task Force 1 and the Cypress Creek Fire Department yesterday to bring 1,000 Cypress Creek residents to safety from high-rising waters as heavy rains from Hurricane Harvey continued to fall.",
"Water levels continued to rise to dangerous and historic levels, with some areas seeing more than 5 feet of flooding. The flooding here appeared to be the worst in a handful of residential subdivisions.",
"\"Today was a day no one ever thought they`d see,\" said Pfc. Adelisa Fuentes, 386th Engineer Battalion. \"There was water rising up to your hips, and the further the road went, the deeper the flood was.\"",
"Texas Guard members equipped with swift-water vehicles that can safely move through about 30 inches of water and took their trucks as far as they could before dismounting Task Force boats. First responders used the boats to go through neighborhoods and bring residents to safety.",
"\"This is what we train for,\" said Texas Army National Guard Brig. Gen. Patrick M. Hamilton, dual-status commander for Hurricane Harvey recovery efforts. \"And we`re proud to stand beside our civilian partners, first responders and volunteers to serve the citizens of Texas.\"",
"It isn`t uncommon to find National Guard members working or training alongside emergency first responders - it`s part of their mission.",
"Neighbors Helping Neighbors",
"Texas Guardsmen train year-round with partner first responders such as Texas Task Force 1 so that when a disaster occurs in Texas, they are prepared.",
"\"This is Texans helping Texans - neighbors helping neighbors,\" Hamilton said. \"While we don`t want to have to put our training to the test during a tragedy, our citizen-guardsmen remain prepared to help save lives and property, when called.\"",
]
T["008"] = [
"MARINE CORPS BASE CAMP BUTLER, Okinawa, Japan \u2013 Earlier today, Mayor Yuto Yoshida, City of Yokosuka, personally recognized four U.S. Marines, two U.S. Sailors and a local resident during a formal ceremony at Yokosuka City Hall, for their instinctive response and heroic actions to recover a family whose vehicle fell from the fifth story of a parking garage in Ogawa-cho, Yokosuka, Dec. 31, 2016.",
"\"I really felt the goodness of the community, including the people of the U.S. Navy and Marine Corps, who helped and that gives us the strong confidence this community is working with,\u201d said Yoshida. \"I received a report from the fire department and the fire chief that the immediate action that you've taken at that time had led to the early response, which resulted in the rescue of the people who were involved in the accident. I would like to thank you again for your devotion and your courageous act during the incident.\"",
]
T["009"] = [
"EPA Announces 2018 Annual Superfund Accomplishments, Including Successes in Region 7",
"(Lenexa, Kan., March 4, 2019) - Today, the U.S. Environmental Protection Agency (EPA) is releasing Superfund\u2019s annual report covering major accomplishments and environmental progress during fiscal year (FY) 2018. The Superfund program is a top priority for EPA under President Trump, and the Agency is making great strides in accelerating sites through remediation and back to productive use. As detailed in the report, communities across the country are benefitting from these efforts.",
"\u201cWe are proud to report that in fiscal year 2018, EPA deleted all or part of 22 sites from the National Priorities List, the largest number of deletions in one year since 2005,\u201d said EPA Administrator Andrew Wheeler. \u201cBy renewing and elevating our focus on Superfund under President Trump, we are accelerating cleanups, returning sites to productive reuse, and revitalizing communities across the country.\u201d",
"\u201cThe Region 7 staff, along with the community members and partners who work with us, have accomplished much in FY 2018,\u201d said EPA Region 7 Administrator Jim Gulliford. \u201cMy top regional priority is the West Lake Landfill Superfund Site in Bridgeton, Missouri, and the team now has a final cleanup decision. While this fiscal year was successful, we never forget that a lot of work remains. In addition to West Lake, we are focused on continued lead cleanups in residential yards and other properties at Superfund sites in the region to reduce childhood lead exposure.\u201d",
]
T["010"] = [
"Refuelers deliver warmth for people in Afghanistan",
"A KC-10 aircrew from here flew a mission Sept. 3 - 4 that will result in warmer winters for men, women and children living in Afghanistan.",
"The reservists from the 76th Air Refueling Squadron went to Seymour Johnson Air Force Base, N.C., to pick-up 10 fully-loaded pallets of winter clothing, blankets and shoes. The cargo will go to orphanages and villages near Kabul, Afghanistan, later in September.",
"Although flying privately donated humanitarian cargo is not one of the Air Force's primary missions, organization may request their donation be transported through the Denton Program. Jeremiah Denton, a former Alabama U.S. senator and Vietnam prisoner of war, sponsored the program, which allows humanitarian donations to be transported on military aircraft on a space-available basis at the convenience of the military.",
"The Denton mission to Seymour Johnson AFB was not just a humanitarian mission. It also provided a training opportunity for the crew of reservists. While they had plenty of recent experience performing the KC-10's aerial refueling mission, several of them who were new to the squadron needed more training transporting cargo.",
"Lt. Col. Mike Brown, the crew's mission commander, said his squadron sought out this particular mission. He is glad his crew got the training while performing a good deed.",
"\"It's a great opportunity to use our expertise to help ease the burden of the Afghan people,\" he said.",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
