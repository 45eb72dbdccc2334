#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Paragraphs are joined by blank lines; headline first, then a blank line.
Curly quotation marks, apostrophes and dashes are written as \\u escapes, as in the source copies."""
import os
D = os.path.dirname(os.path.abspath(__file__))
L, R, A, AL, AR = "\u201c", "\u201d", "\u2019", "\u2018", "\u2019"
EN, EM = "\u2013", "\u2014"
T = {}
T["001"] = [
"Gates, Pace Laud Troops Serving Far From Home",
"New Defense Secretary Robert M. Gates today thanked American servicemembers and their families " + L + "for the sacrifices they" + A + "re all making and for their bravery in pursuit of our nation" + A + "s security." + R,
"Gates, on his final day of a three-day visit to Iraq, said he" + A + "s been very impressed with the American troops he" + A + "s met.",
L + "As we enter this holiday weekend, I" + A + "d simply like to express my admiration to the men and women in uniform and to their families," + R + " he said.",
"Marine Gen. Peter Pace, who accompanied Gates on this trip, agreed.",
L + "One of the things that I" + A + "m always impressed with whenever we visit here is the incredible dedication and focus of our men and women here in uniform," + R + " he said. " + L + "I continue to be impressed with our U.S. military from the privates first class to the generals. They get it; they" + A + "re focused. They know what they" + A + "re doing is worthwhile. They want to see this mission to a successful conclusion." + R,
"Pace acknowledged the troops are missing their families " + L + "more than ever" + R + " as the holidays approach. " + L + "We thank them for that sacrifice, and we thank their families too, because obviously the families miss their loved ones, and they worry about whether or not they" + A + "re safe here.",
L + "And our military families serve our country as well as anyone who" + A + "s ever worn the uniform," + R + " the general added.",
]
T["002"] = [
"Defense Secretary Thanks Wounded Warriors",
"FORT SAM HOUSTON, Texas , May 4, 2007 " + EN + " Defense Secretary Robert M. Gates today thanked dozens of wounded warriors for their service and sacrifice during a visit to Brooke Army Medical Center here.",
"The personal visit " + L + "really shows you care," + R + " Army 1st Lt. James Barclay, a burn patient wounded in Afghanistan on Aug. 19 by an improvised explosive device, told the secretary.",
L + "There are a lot of people who care," + R + " Gates responded, shaking the wounded soldier" + A + "s hand.",
"Gates spent time with each servicemember, most times bedside, asking about their medical care, hometowns and future plans.",
L + "This is the best facility in the world for burns," + R + " Navy Petty Officer 1st Class Robert Bruce told Gates. " + L + "They treat us very good here." + R,
]
T["003"] = [
"Gates Speaks of Troops" + A + " Courage, Dedication, Patriotism",
"WASHINGTON, July 2008 " + EN + " Defense Secretary Robert M. Gates delivered a tribute to servicemembers" + A + " courage, dedication, adaptability and patriotism to the Daughters of the American Revolution" + A + "s Continental Congress.",
L + "Whenever I meet with troops, I am impressed by their resilience, their good humor, their courage, and their determination in the face of personal sacrifice," + R + " Gates said to the more than 3,000 members of the group in Constitution Hall, here. Gates was the featured speaker at the organization" + A + "s national security night.",
"It is important to remember that, when Americans talk about national security, it is the men and women in uniform who make the discussion possible, Gates said. Servicemembers carry out the policies of the United States, and they " + L + "shoulder the burdens of this complex and dangerous world," + R + " he said.",
"The war on terror is the longest war the United States has fought with an all-volunteer force since the American Revolution. " + L + "Frankly, our military, our government and our country were not prepared for such a long and grueling conflict," + R + " he said. " + L + "Despite this, our troops have persevered and overcome incredible obstacles.",
L + "Often, they live in Spartan quarters, work in combat theaters and face the uncertainties of non-traditional war in an era when any mistake -- even the perception of a mistake -- can be transmitted around the globe in seconds.",
]
T["004"] = [
"Live Lives Worthy of Fallen Warriors' Sacrifices",
"May 31, 2010 - President Barack Obama called on the nation during a Memorial Day address at Joint Base Andrews, Md., to honor the legacy of its fallen warriors and to live lives worthy of their sacrifices.",
"\"At its core, the nobility and majesty of Memorial Day can be found in the story of ordinary Americans who became extraordinary for the most simple of reasons: they loved their country so deeply, so profoundly, that they were willing to give their very lives to keep it safe and free,\" Obama told an assembly of several dozen servicemembers today after landing in Washington from a weekend in Chicago.",
"He initially had been slated to deliver his address at the Abraham Lincoln National Cemetery in Illinois, but torrential rains and lightning cancelled that event. Instead, he visited wounded veterans and their families receiving care at the Hines Veterans Affairs Hospital near Chicago.",
"Obama noted during his address at Andrews tonight the fallen warriors' shared belief in their country throughout its history, and willingness to sacrifice lives of comfort, and ultimately, life itself, to protect its ideals.",
"\"They answered their country's call. They stepped forward. They raised their hand. They took an oath,\" he said.",
"As they served their country in uniform throughout its history, they left their loved ones when duty called. In doing so, they liberated countries, ended the Holocaust, rid towns of insurgents and saved villages from the terror of violent extremists, he noted.",
"They fought for freedom and the flag, the president said. But they also fought for each other, to bring their buddies home and keep their families safe. \"And that is what they did, to their last breath,\" he said.",
"\"This is what we honor today " + EM + " the lives they led, the service they rendered, the sacrifice they made -- for us,\" he said.",
]
T["005"] = [
"Mullen: U.S. Troops Constitute the " + AL + "Best Military" + AR + " Ever",
"JOINT BASE CHARLESTON, S.C., June 4, 2010 " + EN + " Chairman of the Joint Chiefs of Staff Navy Adm. Mike Mullen yesterday saluted the exemplary actions of airmen and other U.S. military members serving worldwide during a visit with troops and families here.",
"From training Afghan army and police, protecting coalition forces and Afghan civilians and engaging enemy fighters, the mission in Afghanistan couldn" + A + "t be accomplished without the exceptional service of airmen, Mullen said here yesterday during an award ceremony and town hall meeting, where he presented three airmen with Bronze Star Medals.",
L + "We are exceptional as a military because of what you do, you and so many others," + R + " the admiral said. " + L + "The three of you represent thousands and thousands and thousands of our military who are serving forward now, members of the best military we" + A + "ve ever had." + R,
"Maj. William Skinner, Master Sgt. Sean P. Houlihan and Staff Sgt. Christopher M. Ferrell received the service awards.",
"Skinner spent seven months leading joint-embedded training teams in support of Afghan security forces operations. Houlihan is a public affairs airman whose expertise ensured that local, national and international communities were accurately informed of progress being made in Afghanistan. Houlihan" + A + "s work also included initiatives to gain local support of the Afghan government and discrediting extremist propaganda.",
"Ferrell is a bomb disposal technician who in Afghanistan led a team that dismantled and cleared 6,000 miles of roadways of more than 200 ordnances and bombs emplaced by insurgents.",
]
T["006"] = [
"USA " + EM + " Mullen Tackles Questions in Virtual Town Hall",
"WASHINGTON, Sept. 14, 2010 " + EM + " Navy Adm. Mike Mullen took on some of the military" + A + "s toughest topics " + EN + " all posed from servicemembers, spouses and veterans " + EM + " in a virtual town hall meeting scheduled to air at 1 p.m. EDT today on the Pentagon Channel.",
"From tolerance of servicemembers" + A + " religions and sexualities to Iraq, Iran and " + L + "winning" + R + " in Afghanistan, the chairman of the Joint Chiefs of Staff took nine questions submitted online via YouTube, Facebook and Twitter and answered them in a Sept. 8 taping that marked the second installment of the Pentagon Channel" + A + "s " + L + "Ask the Chairman" + R + " program, which began last year.",
"In response to the first question, taken from a senior airman at Malmstrom Air Force Base, Mont., Mullen said the drawdown of forces in Iraq already has increased the time servicemembers spend at home " + EN + " known as dwell time " + EN + " between deployments.",
"The redeployment of some 100,000 troops out of Iraq in the past year, down to 50,000 at the end of August, has increased dwell time for Marines and soldiers " + L + "who bore the brunt" + R + " of repeated deployments to the country, Mullen said. Dwell time will continue to improve as the remaining troops return at the end of next year, he said.",
"Asked by a recent veteran about Iraq" + A + "s future, the chairman said the United States will continue a strategic relationship with Iraq, but the specifics have yet to be determined. " + L + "What we" + A + "re waiting for right now is for Iraq to stand up their government," + R + " he said. " + L + "Until then, we can" + A + "t really know specifics." + R,
"Until then, Mullen said, he " + L + "is comfortable that 50,000 is enough" + R + " U.S. troops to help Iraq sustain security and advance its government.",
]
T["007"] = [
"Mullen discusses Afghanistan, Iraq, on Letterman",
"America's top military officer explained what members of the U.S. military have gone through during 10 years of war to the audience of the \"Late Show with David Letterman\" June 13.",
"Navy Adm. Mike Mullen, the chairman of the Joint Chiefs of Staff, told David Letterman that the American people need to know what their armed forces are doing and the sacrifices service members and their families are making.",
"\"We're in our tenth year of war,\" the chairman said. \"We've had almost 2 million men and women serve in Afghanistan and Iraq. Some of them have seen horrors we can't even imagine.\"",
"These Soldiers, Marines, Sailors and Airmen have deployed repeatedly.",
"\"Some of our big units, which would be a brigade of 4,000 or 5,000 Soldiers, have deployed for a year at a time -- four, five, six times,\" he said.",
"Then the units are home for a year.",
"This has caused enormous stress, Admiral Mullen said.",
"\"We've lost upwards of 6,000 individuals, very special people who sacrifice their lives,\" he said. \"We've had tens of thousands physically wounded, lost limbs. We've had tens of thousands if not hundreds of thousands suffer the invisible wounds of traumatic brain injury or post-traumatic stress.\"",
"The military makes up less than 1 percent of the total U.S. population, the chairman said. He wants America to do right by this generation of veterans.",
"\"They're looking for jobs. They come back to a GI bill that's very good. They want to go to school,\" he said. \"There's a sea of goodwill out there that wants to make a difference in their lives. And so I've worked hard to try to focus on that. We're only 1 percent of the population, and yet they've marched off to war and done what America has asked. They've done it as well if not better than ever in our history. And I'm very proud of them. We should, from my perspective, work hard to repay that debt.\"",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
