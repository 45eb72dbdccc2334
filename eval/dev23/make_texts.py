#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Paragraphs are joined by blank lines; headline first, then a blank line (005 and 008 have no headline in
the stored copy and start with the lead)."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"Chief, governors visit Guardsmen in Middle East",
"CAMP PHOENIX, Afghanistan, - Gen. Craig McKinley, the chief of the National Guard Bureau, and governors from five states visited National Guard Soldiers and Airmen throughout the Middle East last week.",
"The group traveled to Iraq, Kuwait and Afghanistan to receive an overview of military operations and reconstruction efforts in the region.",
"McKinley, along with South Dakota Gov. Mike Rounds, Massachusetts Gov. Deval Patrick, Minnesota Gov. Tim Pawlenty, Missouri Gov. Jay Nixon and Vermont Gov. Jim Douglas, also spent time visiting with Guard members and thanking them for their service.",
"\"It's a great pleasure and privilege to visit with Soldiers and Airmen here,\" said McKinley. \"(The governors) are all keenly interested in seeing the Soldiers and Airmen from their state and those from other states and territories as well.\"",
"Rounds told the Guardsmen that was a \"privilege\" to visit with them. \"Being considered the commander and chief of the National Guard for our home state comes with the realization that nothing gets done unless the Guard is involved and we are proud of what you're doing,\" he said.",
"The delegation's mission began on July 22 with briefings at the Pentagon with top-level government officials from the Department of Defense and the State Department, including a meeting with Deputy Secretary of Defense William Lynn.",
"McKinley and the governors also visited wounded warriors at Walter Reed Army Medical Center in Washington, D.C.",
]
T["002"] = [
"Guard chief: Time for our people to stand out",
"ST. AUGUSTINE, Fla. - The National Guard is relevant and will continue to be relevant under the new administration, said the Guard's senior officer this week.",
"During a visit to Florida, Gen. Craig McKinley, newly promoted chief of the National Guard Bureau, spoke to a reporter from the Florida Times-Union about the future relevance of the National Guard and whether ongoing overseas missions have strained the Guard's capabilities.",
"McKinley, the first four-star general to hold the National Guard's top position, credited the nearly 468,000 members of the National Guard with keeping the force relevant, especially over the past eight years of increased operations.",
"\"You have to give credit to the men and women of the National Guard at a significant point in our history where the National Guard has been used so effectively and efficiently by our services,\" McKinley said.",
"\"We're a nation at war. Our National Guard - both Army and Air - are heavily involved in our overseas operations, but because of Sept. 11, 2001, defense of our homeland became very important for us. That is our main reason for being; we protect our homeland, we protect our communities, we work for our governors and our nation needs us.\"",
"The general said that although the Guard has experienced an exceptional number of diverse missions over the past eight years - including overseas deployments and disaster relief at home - he does not feel the organization is over-extended.",
]
T["003"] = [
"ARLINGTON, Va. (Army News Service, Sept. 2, 2010) -- National Guardsmen in states all along the East Coast are preparing for whatever Hurricane Earl sends their way this Labor Day weekend.",
"\"Every state along the East Coast from North Carolina to New England is trying to figure out what this storm is going to do,\" said Jack Harrison, director of communications for the National Guard Bureau. \"In advance of that, each state's National Guard is preparing for what may eventually come from the storm.\"",
"The National Weather Service has listed Earl as a Category-4 hurricane. It is expected to reach the North Carolina coast by late Thursday and early Friday.",
"The storm is expected to pick up speed as it gets closer to the East Coast shore and to speed through Maine by Saturday morning.",
"\"The key along the Eastern Seaboard is identifying the assets available should they be needed to respond,\" Harrison said. \"If the storm stays real close to the coast and produces high winds, they will need high water vehicles and engineers. The states are identifying those capabilities.\"",
"In North Carolina, about 90 Guardsmen on state active duty will report to the Edenton Armory tonight, said Maj. Matt Handley, the state public affairs officer. Another 150 will be on standby.",
"The North Carolina Guard also reports it will have plenty of manpower ready along with equipment, including two UH-60 Black Hawk helicopters, to help supply food and water.",
"\"Mainly, we use transportation and then we use kind of our most versatile, the combat soldiers can be used for route clearance, chainsaw crews and things like that if they are needed,\" Handley told local media earlier this week.",
]
T["004"] = [
"CSA, SMA hold virtual town hall",
"WASHINGTON (Army News Service, Jan. 6, 2015) -- Chief of Staff of the Army Gen. Ray Odierno and Sgt. Maj. of the Army Raymond F. Chandler III participated in a virtual town hall Tuesday, answering questions from Soldiers on a variety of topics.",
"The town hall at Google's Washington headquarters started off with a question about U.S. military involvement in the fight against the Islamic State in Iraq and Syria, or ISIS.",
"About 3,000 U.S. forces are training and advising Kurdish and Iraqi forces. The Iraqi and Kurdish forces will \"take the fight to ISIS,\" Odierno said.",
"\"We're starting to see some progress, but it's going to take a long time. I think this is a two-or three-year process at least that's going to take us to have some success,\" he said.",
"\"Ultimately, it's their nation and they need to be the ones who fight for it,\" Odierno said.",
"He added there are \"no plans to put U.S. forces on the ground other than to do training and advising.\"",
"Additionally, the United States is working on a training program expected to begin this year for the Free Syrian Army. The military is \"still determining\" how many U.S. forces will be used to train the Syrians, Odierno said.",
"\"We'll have to continue to assess that and play it by ear,\" he said. \"I'm not going to ever take off the table that we might not have to put some of our own Soldiers on the ground fighting, but right now, that in fact is not the plan.\"",
"Chandler stressed the importance of Soldiers maintaining their readiness for any mission the Army may need. Soldiers must be prepared to operate in a \"vague and ambiguous environment,\" he said.",
]
T["005"] = [
"CAMP ARIFJAN, Kuwait, Oct. 24, 2011 -- Sgt. Maj. of the Army Raymond F. Chandler III, Command Sgt. Maj. of the Army Reserve Michael Schultz, and Command Sgt. Maj. of the Army National Guard Richard Burch, conducted a town hall meeting with Third Army Soldiers here Oct. 21.",
"During the assembly, Sgt. Maj. of the Army Chandler briefed more than 500 Third Army Soldiers on upcoming changes, while also answering questions and concerns voiced by Soldiers.",
"\"I need Soldiers' opinions on what changes need to be made in order to better the Army,\" Chandler said. \"The American people have put their trust in you. The Army is going to keep bringing the fight while making sure our Soldiers are ready to perform full-spectrum operations at all times.\"",
"Chandler informed Third Army Soldiers of upcoming changes to retirement benefits, the new Army Physical Readiness Test, and alterations being made to the current Army Combat Uniform.",
"Additionally, Chandler addressed Third Army Soldiers on upcoming changes to the Army's retention policy, informing troops there will be a reduction in total force size in the near future.",
"\"Our objective is to get rid of those who don't cut the mustard,\" explained Chandler. \"This will be one of the challenges our Army faces. We're implementing several systems to make sure we retain the best soldiers who have the most to offer our country.\"",
"After the question and answer portion of the town hall, Chandler awarded coins to more than 30 Soldiers who exceeded the standard, including members of the Sergeant Audie Murphy Club.",
"Of those awarded a coin was Sgt. Thomas A. Wing, 994th Medical Detachment (Veterinary Services). Wing said being presented a coin by the Sergeant Major of the Army was a shining moment in his military career.",
"\"This is a rare honor,\" explained Wing. \"This is something I would have never expected. I'm flabbergasted.\"",
]
T["006"] = [
"Parris Island Instructors Mold Recruits Into Marines",
"Marine recruits headed for Parris know they won't be seeing the Eiffel Tower or experience romantic strolls along the Seine River.",
"Instead, those young men and women will challenge themselves as never before during 12 weeks of grueling, gut-check Marine training at Parris Island.",
"Tucked away near the Atlantic coast in southeastern South Carolina, Parris Island is just that: an island surrounded by waterways and marshland. A recruit training facility since 1915, the base used a ferry system to transport troops and supplies until 1929, when a bridge was built to connect it to the mainland.",
"That history is part of the mystique of the Corps, which celebrates its 229th birthday on Nov. 10. And Marine Corps history and traditions motivate Staff Sgt. Matthew M. James, who at age 30 is one of the 500 or so drill instructors who introduce about 18,000 recruits a year to their new lives at Parris Island. Recruits from west of the Mississippi River go to San Diego for boot camp; those who enlist east of the Mississippi go to Parris Island.",
"James, a Riverside, Calif., native, joined the Marines at age 17, he said, \"to get a new way of life.\" James quickly learned of the Marines' tradition of teamwork when he first spoke with a recruiter.",
"James recalled that he'd asked the recruiter what the Marine Corps could do for him. The recruiter, he said, was taken aback, and then asked James what he could do for the Marine Corps.",
"At that moment, James said, he realized the Marine Corps offered something special. The Marine Corps, he said, \"made me realize to be responsible for my actions.\"",
]
T["007"] = [
"President, First Lady Volunteer at Toys for Tots Event",
"Marines and civilians gathered at the U.S. Department of State building Dec. 9, and Joint Base Anacostia-Bolling Dec. 10, to show their support and donate toys to the Toys for Tots drive sponsored by Marine Forces Reserve to provide Christmas toys for needy or under privileged children.",
"The U.S. Department of State was the first stop for Marine Forces Reserve personnel to pick up donations with the assistance of Secretary of State John Kerry.",
"\u201cIt is a great opportunity to be able to provide to a child,\u201d said Byron D. Harley, a physical security specialist for the Bureau of Diplomatic Security with the U.S. State Department. \u201cI don\u2019t have any of my own so having the opportunity is a great feeling that I get when I see these kids\u2019 smiling faces.\u201d",
"According to Harley, the State Department has been donating toys to Toys for Tots since 2001 and donations come from the employees of each bureau.",
"Donators from the State Department gave willingly to Toys for Tots, knowing that just one toy from them brings smiles to kids\u2019 faces.",
"Marines who volunteer their time to Toys for Tots, by giving out gifts and collecting toys, were present at both events. The Inspector Instructor staff and their Reserve Marines were on site at various locations.",
]
T["008"] = [
"WASHINGTON D.C. -- The Marine Corps commemorated the longstanding partnership between Marine Forces Reserve and the Toys for Tots Foundation June 3, 2016, at Marine Barracks Washington in Washington, D.C., during the Friday Evening Parade. The parade highlighted the significant contributions and support from company sponsorship as well as the legacy of goodwill established between Toys for Tots and the Marine Corps Reserve.",
"On Aug. 29th of this year, the Marine Corps Reserve will celebrate 100 years of existence. During Friday\u2019s Evening Parade, performances by The President\u2019s Own Marine Band and the Silent Drill Platoon honored the contributions made by Reserve Marines and supporters of the Marine Corps. David Brandon, chairman and chief executive officer of Toys \u201cR\u201d Us was celebrated as the official guest of honor for the event.",
"\u201cWe\u2019re very proud of this partnership,\u201d said Brandon. \u201cWe\u2019re grateful for the 14 years and $50 million of contributions we\u2019ve been able to generate. It\u2019s meaningful to us \u2013 the connection we have with the military. There is no better place to find passion and commitment and discipline and competitiveness \u2026 than from our military.\u201d",
"The support of local sponsors, civilian volunteers and service members has propelled the Toys for Tots Program with an ongoing forward momentum since its adoption by the Reserves in 1948.",
"\u201c[Toys for Tots] is a very treasured tradition for the Marine Corps Reserve, started by a Reservist, post World War II,\u201d said Lt. Gen. Rex McMillian, commander, Marine Forces Reserve and Marine Forces North. \u201cWe carry on that tradition, and it\u2019s very sacred to us.\u201d",
"McMillian addressed the crowd reminiscing on a personal experience while on a Toys for Tots mission.",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
