#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Paragraphs are joined by blank lines; headline first (where the stored copy has one), then a blank line."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"Sergeant Major of the Army Visits Soldiers in Djibouti",
"CAMP LEMONIER, Africa (Army News Service, June 4, 2007) - Sgt. Maj. of the Army Kenneth O. Preston visited Soldiers deployed here in support of Combined Joint Task Force-Horn of Africa June 2-4.",
"\"This trip gives me the opportunity to visit the command, talk with Soldiers and see how the mission is going,\" said SMA Preston. \"We're an Army of 1.2 million, so being able to travel to the many locations around the world where we have Soldiers deployed helps me better communicate the needs of our Soldiers to those at the Pentagon.\"",
"One-on-one time with SMA Preston gave 1st Sgt. Kent Chicosky, Company B, 489th Civil Affairs Battalion, the chance to get feedback from someone involved in major decision-making processes.",
"\"It's great to be able to go straight to the source and express your feelings about the changes and improvements being made in the Army,\" 1st Sgt. Chicosky said.",
"For Staff Sgt. Leland Jones, post supervisor for the 554th Adjutant General, SMA Preston's visit was an opportunity to ask a question that's been on his mind for awhile.",
"\"We have Army units stationed around the world, so for me I'd just like to know how we, in Africa, fit into the grand scheme of things,\" Staff Sgt. Jones said.",
"The SMA said he likes to talk with Soldiers about recruiting, deployments, changes in the Army, and how Soldiers can better tell their stories to those back home when they return.",
"Having the open dialogue with the Soldiers reminded SMA Preston that the best and brightest are joining the Army, he said.",
]
T["002"] = [
"NEAR DAEJON, Republic of Korea - An 8th U.S. Army sergeant major freed a man from his mangled car July 8 after it flew off the Busan-Seoul Expressway.",
"Sgt. Maj. Scott Spigelmyer, 8th U.S. Army Retention Unit sergeant major, was traveling north on Highway 1 from Camp Walker to Humphreys Army Garrison.",
"About 30 miles from Geumgang Service Station, he witnessed the crash.",
"\"I noticed an individual behind me lost control of his vehicle and crashed violently,\" said Spigelmyer. \"I watched the car flip over the guardrail and start tumbling down an embankment, and I was seeing wheels, dirt and pieces of the car flying off while it was rolling off the highway.\"",
"Spigelmyer pulled over and rushed to the man in trouble. Gas, oil and other fluids covered the crash site and toxic fumes filled the air.",
"\"I was the first one on the scene. So I jumped down toward the vehicle to try to get anyone out,\" said Spigelmyer.",
"There was one individual sitting inside the car, attempting to make a call on his cell phone. Due to the shock of the crash and the toxic fumes in the vehicle, he was unaware that Spigelmyer was there to help him out.",
"\"After shouting at him for three to four times, he finally realized that I was there and I was able to help him get out of the car and away from the vehicle,\" said Spigelmyer. \"During the whole time, I was hoping that the car wouldn't catch fire.",
"\"The driver had to take a knee two or three times after getting out of the car while trying to climb back up to the highway,\" the sergeant major said. \"He must have been wearing his seatbelt because he only had a few cuts on him from the accident itself but he was definitely hurt from the crash as well as all the toxic fumes he inhaled while trapped in the car.\"",
"Spigelmyer added, \"I was just thankful that I had the chance to help this guy out and hoped that if the same thing happened to me, someone would do the same thing for me.\"",
]
T["003"] = [
"NCO Academy Gives Local Youngsters Lesson Of Hope",
"What started out for the Soldiers of the NCO Academy as a simple afternoon of fund-raising became a lesson of hope and inspiration to a group of children at the Harvest Youth Club.",
"A few weeks ago, many NCO Academy Soldiers spent their weekend washing cars to help raise money for the club. On Sept. 17 the same Soldiers had the chance to visit the children.",
"The Academy raised $600; and the club will use the money to pave the back lot behind the club's main building. The paved area will give many of the children the chance to play games and learn how to ride bicycles, according to executive director Melvin Allen. He said the money raised by the Academy will be matched by Old Navy, bringing the total to $1,200.",
"Once the Soldiers arrived at the club, the children were called to their assigned rows and stood at attention. They preformed military facing movements and then sat quietly. The Soldiers were impressed by the well-disciplined children.",
"But the visit wasn't for the Academy Soldiers to brag about their accomplishments; it was to meet with the kids and give some guidance toward school, teamwork and life.",
"\"It's important to be here. We need to let these kids know that school is extremely important,\" said Sgt. Nicolette Pringle, 114th Signal Battalion, who is a student at the Academy.",
]
T["004"] = [
"Guard Soldiers rescue motorist stranded in snow",
"BALTIMORE (Feb. 6, 2010) -- Showing the National Guard's capabilities during emergencies such as the massive snowstorm hitting the Mid-Atlantic region, a team of Maryland National Guard Soldiers rescued a stranded motorist Saturday morning.",
"The HUMVEE with Maryland National Guard Soldiers came upon Baltimore resident David Page's vehicle on Interstate 95 south of the city at about 8 a.m.",
"Page had been stuck in his car for hours, according to Lt. Col. Charles Kohler. Snowplows had obviously come through multiple times and piled up snow around his car on both sides, making it almost impossible for him to get out.",
"\"There were several vehicles which were abandoned on the roads, and we were checking them all to make sure that everybody was ok,\" said Kohler.",
"The Guard Soldiers gave Page food and water and transported him to a warm location where he was able to call family members to let them know he was safe.",
"The Maryland National Guard had 117 HUMVEEs on the road assisting local emergency responders as the state reacted to its largest snowfall since a 2003 President's Day snowstorm.",
]
T["005"] = [
"National Guard remains vigilant in ongoing flood fight",
"BISMARCK, N.D. - As the heat continues to swelter in North Dakota, North Dakota National Guard troops continue in their steady vigilance to guard levees and man quick reaction forces in the event of an emergency.",
"As the heat and humidity rise to record levels on day 58 of the central North Dakota flood fight, Guard members from North Dakota and Minnesota continue to keep a watchful eye for any dangerous situations in the levees as well as on each other to ensure they don't succumb to heat injuries.",
"Army Sgt. Ronnie Garza, the NCOIC of Task Force Mandan levee patrol, said, \"We've got water, ice, and sunscreen. We make sure everybody's consuming water and getting breaks.",
"\"If a humvee's going any distance, we make sure they have [air conditioning] and sufficient personnel \u2013 at least three. If one has issues, one can attend and one can call [for help].\"",
"\"Up to now, we've had no heat casualties,\" he said. \"We're trying to keep tight and safe.\"",
"Army Maj. Malia Pearson, the executive officer of Task Force Flood operating in Bismarck and Mandan, said Soldiers and Airmen are issued humvees with air conditioning, coolers with ice and water, and Gatorade for electrolytes.",
"\"Levee walkers with long sectors use ATVs instead of walking,\" Pearson said, \"and dike walkers either get breaks in the shade or go back to air-conditioned buildings. The [Army Combat Uniforms] that we wear are designed for heat.\"",
]
T["006"] = [
"FORT SILL, Okla. (Sept. 20, 2012) -- The Sergeant Major of the Army visited Fort Sill, Okla., last week, meeting with Soldiers and their families, and observing training on the installation.",
"Sgt. Maj. of the Army Raymond Chandler III toured post as part of his visit for the Noncommissioned Officer Backbone Ball, Sept. 14.",
"Chandler attended Multiple Launch Rocket System training for 2nd Battalion, 4th Field Artillery the same day, and was invited to shoot six rockets on the range.",
"After telling the Soldiers he was proud of the jobs they do, he was presented with a signed rocket pod cover from the unit and handed some of the unit's exemplary Soldiers his shield-shaped coin.",
"\"My plans for the Army are to see it continue to be the best Army that our nation has ever fielded,\" Chandler said to reporters attending the event. \"So, we're going to take direction from the president and the secretary of defense, and we're going to continue to make our Army even better than it is today.\"",
"He also discussed downsizing of the Army and retention of its best Soldiers.",
"\"I'm very excited about it and proud of the efforts our leaders have made across the Army to retain the best qualified individuals,\" he said. \"We've done an outstanding job to this point, and I believe we'll continue it into the future. With our retention program, we have really made a strong effort in eliminating those who really aren't the best qualified folks, and I believe we've retained the best qualified folks. So I'm really, really proud with where we are.\"",
"Chandler also discussed the future missions of the Army.",
"\"It's to do whatever the nation needs us to do,\" Chandler continued. \"Our focus is still going to be in Central Command area of operations and more focus in the Pacific, but our real strength is going to be our ability to do things that none of the other services can do.\"",
"He also mentioned that they are starting to regionally align brigades for overseas missions.",
]
T["007"] = [
"Heavy snow in Colorado brings out National Guard crew",
"CENTENNIAL, Colo. \u2013 Colorado National Guard members were summoned early Wednesday to evacuate a motorist who was stranded on a state highway due to heavy snow.",
"The Colorado Division of Homeland Security and Emergency Management requested assistance evacuating the driver from Colorado Highway 109 south of La Junta, Colorado.",
"A Snow Response Team is composed of five Soldiers and two small-unit support vehicles from the Colorado National Guard's maintenance facility in Rocky Ford, Colorado, were dispatched to the site, where they located the driver. Soldiers transported the driver to La Junta.",
"The same team was called a day earlier to assist local authorities in the evacuation of 30 motorists stranded in heavy snowfall and blizzard conditions. This came following a major vehicle crash at mile marker 49 on Colorado Highway 287 in Prowers County, about 20 miles south of Lamar.",
"As part of this mission, the team cleared a significant amount of the highway from Lamar south to mile marker 41.",
"\"The Colorado National Guard is always ready to assist our community when called on by civil authorities,\" said Air Force Maj. Gen. H. Michael Edwards, adjutant general of Colorado and commander of the Colorado National Guard. \"SUSVs have about 1.8 pounds per square inch of ground contact throughout the whole vehicle, making them a major asset during a blizzard, when they can easily maneuver on top of the snow.\"",
]
T["008"] = [
"Solders assigned to the 96th Transportation Company (96TC), 553rd Combat Sustainment Support Battalion (553rd CSSB), 1st Cavalry Division Sustainment Brigade (1CDSB), spent the day educating students at Western Hills Elementary in Temple, Texas, March 9.",
"The soldiers had the opportunity to take part in the school's career day to teach the students about life in the Army, and of course, to take the opportunity to lead the children in some physical training.",
"The soldiers told the children about the diversity of occupations in the Army, informed them about the heavy equipment transporter systems that Heavy Truck is famous for, organized a pushup competition and relay race and even distributed candy to the children for a job well done.",
"\"The military is an area of interest for a lot of these kids,\" said Kristy Hall, Western Hills second-grade teacher. \"Many of them have family members who served or are currently serving, and a lot of them, although they are obviously still very young, want to pursue a career in the military as well.\"",
"Staff Sgt. Cherelle Hatcher, heavy equipment operator, 96TC, 553rd CSSB, 1CDSB, one of the soldiers who helped organize the presentation, was most impressed with the enthusiasm of the students.",
"\"These kids have so much energy, so many questions, and you can just tell that they are genuinely excited about the Army,\" said Hatcher.",
"Soldiers who participated and school employees both voiced their opinions of how valuable an opportunity this was to showcase, what soldiers do on a day to day basis.",
"\"The children love to see our soldiers, and they have a lot of respect for what they do,\" said Deborah Donofrio, Western Hills school librarian. \"A lot of them have the plan to be soldiers one day, and they get excited about seeing what they do.\"",
"Hall said the most important part of career day is how it broadens the students' horizons and shows them opportunities they may not know existed.",
]
T["009"] = [
"West Virginia Guard aircrew helps fight California fires",
"CHARLESTON, W.Va. \u2013 Four members of the West Virginia National Guard\u2019s Company C, 1-150th Assault Battalion, are flying aerial wildland firefighting missions to help combat massive northern California fires.",
"Maj. Evan Dale, Chief Warrant Officer 3 James Kearns, Staff Sgt. Ed Dillon, and Spc. Jack DeAngelo deployed to the region in September and will remain through at least Oct. 15. They are assisting local and federal officials trying to contain and extinguish the North Complex Fire, which has burned more than 300,000 acres. The crew has also recently helped fight the August Complex Fire, which has consumed more than 949,000 acres.",
"Dozens of large-scale fires, many caused by lightning and fed by hot, dry and windy conditions, continue to burn in California, Oregon, Washington, Montana and Idaho.",
"\u201cOur mission here is to assist ground crews by conducting precise water drops on target from our helicopters in order to protect and save lives and property,\u201d said Dale. \u201cWe are flying California National Guard MH-60M Black Hawks, the exact models we have back home, and utilize what are called \u2018Bambi Buckets,\u2019 which can accurately drop up to 660 gallons of water on designated and targeted fire lines per run.\u201d",
"The collapsible buckets are designed for aerial firefighting. They hang about 30 feet below the helicopter, allowing pilots to hover over a water source \u2013 such as a lake, river or pond \u2013 and lower the bucket into the water to refill it. This allows the crew to operate in remote locations without the need to return to a permanent operating base, thereby reducing the time between drops. Once in position, the crew releases the water from the bucket to extinguish or suppress the fire below.",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
