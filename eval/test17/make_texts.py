#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Headline, blank line, then paragraphs separated by blank lines."""
import os
D = os.path.dirname(os.path.abspath(__file__))
L, R, A = "\u201c", "\u201d", "\u2019"
T = {}
T["001"] = [
"Taliban Kills Afghan District Governor, 7 Police Guards",
"A pre-dawn Taliban attack has killed a district governor and seven police personnel in Afghanistan" + A + "s southeastern province of Ghazni.",
"The fighting came as the United Nations cautioned the number of conflict-related civilian casualties in the first three months of 2018 remained at the same high level recorded last year.",
"Officials in Ghzani said scores of heavily armed insurgents participated in Thursday" + A + "s coordinated assault on the governor" + A + "s office in Khawaja Omari and they overran the district center.",
"Provincial police chief Mohammad Zaman told VOA the timely arrival of reinforcements and air support enabled Afghan forces to push Taliban assailants out of the area early in the day, following hours of intense clashes.",
"Local authorities said the counter offensive also killed 27 Taliban rebels. They identified the slain district governor as Ali Dost Shams.",
"A Taliban spokesman claimed more than 20 government police personnel and officers were killed in the attack, confirming only three insurgent fatalities.",
"Insurgents often issue inflate battlefield claims.",
"But Afghan media quoted unnamed sources as saying the insurgent attack left 15 security personnel dead, including area police and intelligence chiefs.",
"Khawaja Omari was until now considered one of the safest districts in the troubled province and it is located close to the provincial capital, also called Ghanzi.",
"Provincial officials said the Taliban has assaulted two districts in Ghanzi this week, but failed to capture them because of a strong response from Afghan forces there.",
"Meanwhile, the U.N. Assistance Mission in Afghanistan, or UNAMA, noted Thursday in its quarterly report the armed conflict has caused nearly 2,260 civilian casualties, including 763 deaths, this year.",
]
T["002"] = [
"Seoul: North Korea's Kim Jong Un Meets with South Korean Officials",
"Officials in Seoul say North Korean leader Kim Jong Un hosted a dinner late Monday to welcome top aides of South Korean President Moon Jae-in, in the latest diplomatic effort that some hope will pave the way for direct talks between the U.S. and North Korea.",
"The 10-member South Korean delegation headed by Moon's top national security advisor, Chung Eui-Yong, arrived in Pyongyang after a rare direct flight from Seoul to convey Moon's message concerning denuclearization and a permanent peace on the Korean Peninsula.",
"Speaking to reporters in Seoul before his departure, Chung said that he would " + L + "deliver President Moon's strong determination and willingness for denuclearizing the Korean Peninsula, and making genuine and permanent peace (on the Peninsula).\"",
"Chung also said he will push for \"in-depth\" talks to find ways to help arrange the restart of dialogue between Pyongyang and Washington.",
"\"For this, we plan to have in-depth discussions not only on South-North talks, but also ways to continue talks between North Korea and the international community, including the United States,\" Chung said.",
"When asked about the South-North meeting, State Department Bureau of East Asian and Pacific Affairs spokeswoman Katina Adams said Monday Washington is in close contact with Seoul on a \"unified response to North Korea, including the need to maintain maximum pressure to achieve a denuclearized Korean peninsula.\"",
]
T["003"] = [
"IS Militants Kill 10 Iraqi Militiamen in Most Lethal Attack in Months",
"Ten Iraqi Shi'ite \"Hushd\" militiamen were killed early Saturday in an Islamic State (IS) attack on their positions in Salahuddin province. The attack comes as the country's prime minister-designate prepares to present his new government to parliament this coming week.",
"Hushd militiamen traded gunfire with IS attackers overnight in Salahuddin province, when the 10 dead militiamen were killed and a number of them wounded, according to a statement by the Iraqi government. It was the first major IS attack on Hushd militiamen or government forces in a number of months.",
"Prime Minister-designate Mustapha al Kadhimi said in a statement Saturday the IS attack was \"a desperate attempt [by IS] to exploit the country's political disagreements,\" as he prepares to assemble his new government this coming week. He indicated the best response would be to \"approve his new government quickly.\"",
"The spokesman for Iraq's joint military operations command, Gen. Tahsin Khafaji, told Arab media the country's military forces have launched a number of air and ground attacks on IS positions in several parts of the country and will launch further attacks in the future.",
"He said terrorist fighters are under serious pressure from government forces in many places, including Salahuddin, Diyala and Samarra, and IS terrorists have been reduced to hideouts in mostly unpopulated areas.",
"A Hushd militia spokesman, Mushtaq al Hassani, told Iraqi state TV that his forces were \"prepared to make sacrifices\" to destroy the IS militants, adding that expected \"more attacks to be launched in the near future to go after IS sleeper cells.\"",
]
T["004"] = [
"US Congress Returns After Election Shake-Up",
"U.S. lawmakers returned to work on Monday, after midterm elections that shook the political landscape in favor of Republicans. Members of Congress have a lot of unfinished business to take care of in the remaining weeks of this year, including funding the federal government so it can continue operating, and deciding whether - and how - to extend tax cuts.",
"The U.S. Congress started its so-called \"lame-duck\" session - the last chance for lawmakers who were voted out of office or did not run for reelection earlier this month - to shape policy. In January 2011, a new Congress will be sworn in, with a smaller Democratic Party majority in the Senate and a new Republican majority in the House of Representatives.",
"Senate Majority Leader, Nevada Democrat Harry Reid said Congress is facing a new reality.",
"\"American voters sent us a message two Tuesdays ago,\" he said. \"That message is that they want us to deliver. They want us to work together. Voters did not elect only Republicans, they did not elect only Democrats. And they did not want either party to govern stubbornly, demanding 'their way or the highway.' When the heat of the campaign season cools, our constituents are more interested us in getting things done. They would rather we work with each other, than talk past each other.\"",
"Senate Minority Leader, Republican Mitch McConnell said voters made clear they do not want to hear talk about change, they want real change.",
]
T["005"] = [
"Bush, Karzai Meet at Camp David",
"U.S. President George W. Bush and his Afghan counterpart, Hamid Karzai, are holding talks at Camp David - the secluded U.S. presidential retreat in the mountains outside Washington. VOA's Paula Wolfson reports security matters are topping the agenda.",
"President Karzai makes clear more must be done to stabilize Afghanistan and help its people.",
"\"The security situation in Afghanistan has definitely deteriorated over the last few years. There is no doubt about that,\" he said.",
"In an appearance on CNN's Late Edition program, taped prior to his departure for Washington, the Afghan leader spelled out his agenda for his talks with President Bush.",
"He said their two days of discussions at Camp David will cover fighting terror, combating the opium trade, strengthening the Afghan military and curbing civilian casualties.",
"Afghan officials have been complaining for some time that all too often Afghan men, women and children have been killed by coalition forces targeting terrorists and remnants of the ousted Taleban regime.",
"President Karzai indicated if nothing is done the coalition could lose the hearts and minds of the Afghan public.",
"\"We have to do everything, everything that we can to reduce civilian casualties,\" he said. \"They are allies in the war against terror and allies have to be protected.\"",
"The Afghan president was also asked about the hunt for al-Qaida leader Osama bin Laden. He said the United States and its allies are no closer to finding bin Laden than they were a few years ago. He added he is sure bin Laden is no longer in Afghanistan, but refused to speculate on his precise whereabouts.",
]
T["006"] = [
"Indonesia Arrests 3 Terror Suspects",
"Indonesia says it has arrested three more members of a terrorist network linked to the August bombing of a Buddhist temple in Jakarta.",
"Police say the three, arrested Sunday in Java, are suspected members of the Abu Umar terrorist group.",
"In addition to the bombing of the Jakarta temple, which injured one person, the group is also accused of involvement in a jewelry store robbery and plotting to conduct acts of violence in connection with Christmas and New Year's Day.",
"Indonesian National Police Chief, Police General Sutarman says in an interview with VOA's Indonesian service that authorities are ready for those who seek to disrupt the Christian holiday.",
"\"We have indications of several movements from one area to another. It is likely that they are building home made bombs. I would like to plea to them not to break the law, and we will take hard actions to those who threaten public safety,\" said Sutarman.",
"Abu Umar, the leader of the terrorist group, is serving a 10 year prison sentence for smuggling weapons into Indonesia. But his group is suspected of continuing attacks on non-Muslims, as well as common criminal acts such as robbery.",
"It is not known if any of the suspects have been be charged in connection with the Buddhist temple bombing.",
"Violence against Muslim Rohingyas in Burma, also known as Myanmar, is believed to be the motivation for a bomb attack on the Buddhist temple in Jakarta. Earlier this year, Indonesia foiled a plan to bomb the Burmese embassy in Jakarta.",
"Sectarian violence in Burma has left about 200 people dead and 140,000 displaced across the country during the past year. Last month, Jakarta urged Rangoon to grant legal status to the country" + A + "s Muslim Rohingya and take action to end inter-communal violence.",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8") as f:
        f.write("\n\n".join(paras) + "\n")
