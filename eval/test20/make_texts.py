#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Paragraphs are joined by blank lines; headline first, then a blank line."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"VOA Exclusive: Iraq Foreign Minister Says Deal Imminent on Withdrawal of US 'Fighting Forces'",
"A top Iraqi delegation in Washington is expected to reach an agreement with the Biden administration Friday on the withdrawal of American combat forces in Iraq, Fuad Hussein, the Iraqi foreign minister, told VOA.",
"Hussein, whom U.S. Secretary of State Antony Blinken will host on Friday, sat down with VOA Kurdish Service's Motabar Shirwani in an exclusive interview Thursday to discuss the nature of cooperation between his country and the U.S. forces after the agreement, particularly in the fight against the Islamic State group.",
"According to a statement last week from the White House, President Biden will host Iraqi Prime Minister Mustafa al-Kadhimi on Monday to discuss a wide array of topics including cooperation on political, economic, security and cultural issues.",
"The following are excerpts from the interview, which has been edited for brevity and clarity.",
]
T["002"] = [
"VOA EXCLUSIVE: Iraq President Vows Fight to Death Against IS",
"VOA Persian service reporter Ali Javanmardi sat down this week to speak with Iraqi President Fuad Masum in Baghdad. A veteran Iraqi Kurdish politician, Masum was elected by Iraqi lawmakers in 2014, in a nation where a majority Shi\u2019ite government is fighting the majority Sunni extremist group, Islamic State.",
"In this wide-ranging interview, Masum talks about the state of the Iraqi army; the war against Islamic State extremists, known locally as \u201cDaesh;\u201d sectarian divisions in the country; and the role of both the United States and Iran in Iraq.",
"His comments came after the Sunni city of Ramadi fell to the Islamic State group and Iraqi forces, backed by Iranian-supported militias, were gearing up to retake the provincial capital.",
"What follows are excerpts of the interview, which was conducted in Kurdish.",
]
T["003"] = [
"FORT A.P. Hill, Va. (Army News Service) -- \"We've got to get away from traditional training and get more realistic training like this,\" said Sgt. Maj. of the Army Daniel A. Dailey at the Best Warrior Competition Wednesday, Sept. 28.",
"During the competition, Soldiers encountered live fire, multiple enemy threats and casualties needing assistance. The Soldiers had to remove all threats and treat and evacuate the casualties. The event was so realistic that the dummy casualties were streaming blood and talking to the Soldiers, saying they're hurting, and afraid of dying.",
"As he watched during this event, Dailey, himself a combat veteran, described the rush of thoughts that will run through the head of a Soldier experiencing either real combat or this type of realistic training.",
"\"A casualty is telling them they're hurting and feeling fear,\" Dailey said. \"With the urgency of the situation, every second that ticks by [the Soldier is] thinking, 'This is taking way too long. What's the enemy situation like? What's the threat? I just killed a bunch of enemy targets right in front of me and are there more coming? I'm out here by myself. I need to get help and reinforcements. I have to get my battlefield buddy to safety quickly.'\"",
"Spc. Joseph Broam, representing the Army National Guard, said the event just described was very stressful. \"You have to think rationally, rather than letting your nerves get to you. Sometimes you've got to think through the process rather than try to think step-by-step, so you don't forget anything. Sometimes it gets the best of you. Sometimes you think you're moving too slow, sometimes slow is smooth and smooth is fast.\"",
"Some units get to participate in this kind of realistic training on a regular basis, but for most units, the event is a rare opportunity, he said.",
]
T["004"] = [
"WASHINGTON (Army News Service, Oct. 13, 2014) -- Soldiers by their nature are competitive.",
"\"We all work hard to be the best, whether for promotions, awards or decorations,\" said Sgt. Maj. of the Army Raymond F. Chandler III.",
"Earning that recognition for being the best takes hard work, discipline and determination. Encouraging Soldiers to be competitive is what it takes to be a great leader, Chandler said, speaking at the Sergeant Major of the Army, NCO and Soldier Forum at the annual meeting of the Association of the United States Army, Oct. 13.",
"He called the competitive spirit \"the will to win, no matter what it takes,\" a hallmark of the Army, since its founding in 1775.",
"But while being competitive is important, equally so is upholding the Army Profession, which is character, commitment and competence, something he said he's been speaking about every time he's visited Soldiers for the past three years as the sergeant major of the Army.",
"Two of the big challenges facing the Army today are sexual assaults and suicides. The character or ethics part of the Army profession \"drives the behavior of our force,\" he said, and is the key to solving those problems. \"Those two issues are easily solved if you understand the importance of ethics and duty and how it's tied to our profession.\"",
"The Army is making strides in overcoming these challenges, he added. \"This is an awesome Army. It's you, the NCOs, who've been the key to our success. At the end of day, it's the NCO who makes it happen.",
"Chandler then introduced Retired Command Sgt. Maj. Bennie Adkins, Medal of Honor recipient, who he said epitomizes the ideals of the Army profession, ideals that include not leaving a fallen Soldier on the battlefield.",
"When the last helicopter left Adkins' isolated post in a remote area of South Vietnam, after 38 hours of grueling fighting, Adkins remained behind, carrying the wounded and carrying out escape and evasion tactics, Chandler said.",
]
T["005"] = [
"SJAFB deploys work force",
"On the eve of the 10th anniversary of Sept. 11, Airmen here prepared to deploy to Afghanistan.",
"Approximately 300 Airmen from the 335th Fighter Squadron, 4th Medical Group, 4th Mission Support Group, 4th Aircraft Maintenance squadron and the Explosive Ordinance Disposal flight deployed to Afghanistan in support of Operation Enduring Freedom, Sept. 10.",
"\"Leaving on the tenth anniversary of 9/11 has special meaning to me because I was one of the first individuals over in Afghanistan after the attacks in 2001,\" said Lt. Col. David Moeller, 335th FS commander. \"For Seymour Johnson, this is a fairly significant deployment. It is part of a normal rotation; however for about 90 percent of the folks, this is the first time they have deployed. They weren't even in the military when 9/11 actually occurred.\"",
"Seymour Johnson AFB will be deploying approximately 600 Airmen from more than 24 different career fields over the next couple of weeks.",
"\"We are supporting Operation Enduring Freedom,\" said Capt. Crystal Kirkley, 335th FS weapons system officer. \" That is U.S. and NATO troops going into Afghanistan to help rebuild some of the infrastructure, to protect civilians, as well as train and assist Afghan National Police and their army to be able to work on their own once U.S. and NATO pull out of Afghanistan.\"",
"\"I've been in the Air Force for 16 years,\" Moeller said. \"Deployments have just been a part of life. Seymour Johnson, the community of Goldsboro and the state of North Carolina have a very strong support for the military so I'm very comfortable leaving my family at this time.\"",
"As Airmen say \"see you later\" to friends and families, they can feel overwhelmed with emotions. While feelings ranged from excitement to sadness, shock and pride, Airmen from Seymour Johnson AFB are trained and prepared do their job and defend the country against terrorism.",
]
T["006"] = [
"4th FW Airmen return from Afghanistan",
"More than 300 Airmen from the 4th Fighter Wing at Seymour Johnson Air Force Base, S.C., returned home to a cheering crowd of families and friends following a six-month deployment to Afghanistan March 23-26.",
"\"We're incredibly proud of everyone who is coming home,\" said Col. Patrick Doherty, 4th FW commander. \"The number of Soldiers and Marines' lives they saved over the last several months is incredible. This entire community and all of the base are incredibly proud of what these Airmen accomplished.\"",
"The returning Airmen served at Bagram Airfield in support of Operation Enduring Freedom.",
"\"It's a great honor to be one of the first people to shake their hands as they come back,\" said Chief Master Sgt. Blake Malpass, 4th FW command chief. \"It never gets old watching a hug and a welcome back from the families.\"",
"The deployed Airmen were responsible for performing close-air support missions. During one mission the weapon systems officers from the 335th FS took out approximately 70 Taliban insurgents. In addition, the maintenance Airmen's dedication led to F15E Strike Eagle #89-0487 surpassing 10,000 flying hours, the first to do so.",
"\"We had a strategy to support the ground commanders and we feel we were very successful at that mission,\" Lt. Col. David Moeller, 335th Fighter Squadron commander said. \"For them to perform the way they did is phenomenal and I'm so proud of their accomplishments.\"",
"Moeller credited the maintainers as the unsung heroes of this deployment. They provided maintenance for more than 2,500 sorties and fulfilled 100 percent of the missions. He said there was never a doubt the Strike Eagles would be overhead to support the ground commanders.",
"\"I am overwhelmed by the job these Airmen did,\" Moeller said. \"It was a very successful deployment, and it's the greatest feeling in the world to be back.\"",
]
T["007"] = [
"JOINT BASE McGUIRE-DIX-LAKEHURST, N.J. -- More than 4,000 Army Reserve and active-duty Soldiers braved below-freezing temperatures at Warrior Exercise 78-17-01, a two-week event that started March 18.",
"First Army's 4th Cavalry Brigade, stationed in Fort Knox, Kentucky, deployed nearly 700 observer coach/trainers and support staff to the WAREX. Divided into teams, the OC/Ts ventured into austere training areas to link up with their partnered Army Reserve leaders.",
"The WAREX matched as closely as possible a real-life combined-arms operation. The 365th Engineer Battalion leaped into action at numerous construction sites. The 442nd Quartermaster Company established laundry and shower facilities across the area of operations. The 660th Ordnance Company issued blank ammunition cartridges to hundreds of their fellow Soldiers. Troops from the 200th Military Police Command established entry control points and conducted simulated detainee operations.",
"Consisting of trained Soldiers who are also civilian professionals, Reserve units provide a unique range of skill-sets to an Army operation. Master Sgt. Rob Pike, a senior construction noncommissioned officer with 1-409th Brigade Engineer Battalion, 4th CAV, has served for more than 28 years, both in the active-duty component and the Reserve.",
"\"Reserve personnel bring a lot to the fight,\" Pike said. \"In a construction atmosphere, a lot of those individuals could be project managers, then they come here as Soldiers with that skill and knowledge set.\"",
"Not all Reserve Soldiers have civilian careers that \"match\" their military occupations. Staff Sgt. Christopher Glass, a construction engineering supervisor with the 358th Engineer Company, based out of New Cumberland, Pennsylvania, serves as a police officer in his local community. He finds this civilian work experience helpful in professional mentorship of his junior Soldiers.",
"\"I have to work with the public,\" Glass said. \"I approach [Soldier discipline] civilly,\"",
]
T["008"] = [
"Soldiers push to win NCO, Soldier of the Year titles",
"FORT HUACHUCA, Ariz. - After long, grueling days of hot sun, yelling and pushing themselves to the point of exhaustion, two Soldiers stood tall in front of a capacity crowd June 19, in the Greely Hall Auditorium. Staff Sgt. Brian Hong and Spec. Daniel Justice, both representing the 5th Signal Command (Theater), were announced as the Network Enterprise Technology Command/9th Signal Command (Army) 2009 Noncommissioned Officer and Soldier of the Year, respectively.",
"The command held their annual competition June 15-18, on the historic post, culminating with the awards ceremony. Sixteen Soldiers representing each of the commands and brigades from around the globe engaged in numerous events to decide who would take the title and move onto the next level of competition.",
"The ceremony honored all the competitors who took part in the competition. Maj. Gen. Susan Lawrence and Command Sgt. Maj. Donald Manley, NETCOM/9th SC (A) commanding general and command sergeant major, along with retired Sgt. Maj. of the Army Jack Tilley, presented Hong and Justice several gifts from the command and commercial sponsors.",
"\"I feel really good,\" Hong said after the announcement of his win. \"I am also very proud of all the other competitors.\"",
]
T["009"] = [
"Drill sergeants refine Soldier skills; become more effective leaders",
"The U.S. Army drill sergeant hat symbolizes excellence, making the wearer of the iconic Brown Round an image to emulate. However, drill sergeants don\u2019t just leave the Drill Sergeant Academy infused with a career\u2019s worth of knowledge. Like every other Soldier in the Army, they must continually train to stay proficient.",
"So with that goal in mind, U.S. Army Reserve drill sergeants and support staff with 2nd Battalion, 389th Regiment (Basic Combat Training), 3rd Brigade, 98th Training Division (Initial Entry Training), 108th Training Command (Initial Entry Training), gathered together for their annual field training exercise on May 17-19.",
"However, this was not a standard field training exercise, said Lt. Col. Nathaniel Stobert, the 2nd Battalion Commander. \u201cWhen we came up with the vision for this, we really wanted to break the mold of going to a field training exercise and doing stand-alone situational training lanes, and then waiting until the next iteration of training. This one was really focused on a battalion mission order, with each company having a piece of that mission, and all that going towards the common battalion mission.\u201d",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
