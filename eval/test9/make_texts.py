#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Paragraphs are joined by blank lines; a body whose stored copy has no headline starts with the lead.
Curly marks are written as escapes: L/R = \u2018/\u2019, Q1/Q2 = \u201c/\u201d."""
import os
D = os.path.dirname(os.path.abspath(__file__))
R = "\u2019"; Q1, Q2 = "\u201c", "\u201d"; L = "\u2018"
T = {}
T["001"] = [
"Ethiopians in Washington Protest For and Against VOA",
"The Voice of America normally covers the news, but Monday morning it was in the news itself \u2013 the focus of demonstrations by Ethiopians in Washington. Two groups gathered outside VOA headquarters - one demonstrated in support of VOA" + R + "s reporting, the other demonstrated against what they described as biased coverage.",
"Green, yellow and pink placards praised VOA" + R + "s coverage. About 100 Ethiopians demonstrated -- some wearing their national dress. A long white banner with green block letters read " + Q1 + "One Country, One People, One Africa." + Q2 + " Another read " + Q1 + "Democracy plus Voting equals Voting plus Lawful Counting." + Q2 + " Yet another said, " + Q1 + "Respect the Vote of the Ethiopian People." + Q2 + " And another said, " + Q1 + "Ethiopians Deserve the Government they Voted for." + Q2,
"\"I came here to support what Voice of America [is] doing,\" said Samuel, one of the demonstrators. \"As you know, [the] Ethiopian Government [has] shut down all free press. So the only press in Ethiopia is broadcasting from [the] USA, Voice of America, so we" + R + "re supporting for [the] free press.\"",
"Not all agree. A Washington-based organizing committee Ethiopians For Peace and Democracy circulated a press release saying the United States plays a " + Q1 + "constructive and even-handed" + Q2 + " role in discussing the current political issues in Ethiopia since the election in May. But it says of the three Ethiopian languages broadcast by VOA, the Amharic section broadcasts inaccurate and inflammatory reports. VOA also airs programs in Afan Oromo and Tigrigna. The press release says the Amharic broadcasts appear calculated to provoke discord and conflict among the diverse elements of Ethiopian society.",
]
T["002"] = [
"Pakistan, Afghanistan Look to Boost Trade and Security",
"With several recent high-level visits to Islamabad from global trading partners, including nearby Iran, Pakistani officials are indicating they want to increase business with Afghanistan.",
"The officials say they have taken significant steps in recent years to facilitate landlocked Afghanistan" + R + "s trade, but insist the neighboring country" + R + "s opposition to regulation of cross-border flows of people and commercial goods continues to hamper expansion in bilateral trade and transport.",
"Afghanistan has conducted its global trade through Pakistani sea port facilities under a 1965 bilateral treaty that was renegotiated in 2010 in a mutual bid to address tensions and reduce acrimony.  Currently, there are only two border crossings open for trade, Torkham in the northwest and Chaman in southwestern Pakistan.",
"Afghan authorities have long accused Pakistan of not allowing free movement of transit and trade and that Islamabad has not delivered on commitments to remove impediments.",
"Pakistani officials say illegal trade in the guise of legitimate business is impacting the national economy.  They say despite challenges, the steps they have taken to facilitate trade with Afghanistan have increased container shipments between the two countries from 40,000 in 2014 to 50,000 last year.",
]
T["003"] = [
"Thousands Rally Against Thai Government",
"Opponents of Thailand's government held a one day rally Saturday, accusing the government of corruption and mal-administration. The government fears the protests are a prelude for violence. Minor clashes occurred when police used tear gas before making arrests with seveal police officers and protestors were reported injured.",
"Thousands of demonstrators faced tight security Saturday as they took to the streets in protest of the government of Thai Prime Minister Yingluck Shinawatra.  Hundreds of police and provincial security authorities cordoned off streets near the protest.  Authorities said more than 100 people were arrested.",
"The anti-government Pitak Siam or \"Protect Thailand\" group, led by a retired army general, had hoped to muster up to 100,000 people at the rally in central Bangkok. But police said fewer than 30,000 showed up.",
"The government activated its emergency powers through the Internal Security Act (ISA) and the increased police presence appeared to have lowered turnout, with police road-blocks outside the city slowing arrivals to the protest site.",
"Late in the day protest leader General Boonlert Kaewprasit called off the rally saying police had sought to lure the protests into violence.  The rally was also dampened by a late heavy downpour of rain.",
"Earlier, police had fired tear gas against demonstrators who attempted to break through police lines.",
"Pian Pinphut , a rally coordinator, said several people needed treatment at nearby hospitals for tear gas inhalation.",
]
T["004"] = [
"Liberian President Promises Results From US Aid",
"Liberian President Ellen Johnson Sirleaf says Liberians will soon see more tangible results of international efforts to help the country recover from its long civil war.",
"In a news conference at VOA headquarters in Washington Friday, Mrs. Johnson Sirleaf said U.S. aid has already helped to re-establish schools and return farmers to work.",
"But she said her administration wants to speed up the implementation of various rebuilding projects.",
"She noted that her administration has been in office only one year. The president said, in the second year, Liberians will see much more.",
"Mrs. Johnson Sirleaf also expressed concern about unrest in Guinea, saying if the situation there escalates into conflict, refugees could start flowing into Liberia.",
"The Liberian president held meetings with U.S. officials including President Bush this week. She thanked the U.S. for canceling $391 million in Liberian debt, saying it had prompted other countries such as Germany to do the same.",
]
T["005"] = [
"Tanzanians go to the polls Sunday for general elections, including the selection of a new president. But unlike in past years, the opposition appears strong this time around and could present a challenge to the country's longtime ruling CCM party.",
"Here in Dar es Salaam, election season is in full swing. Posters cover walls and billboards, flags fly the colors of the two main parties, and many people are dressed in distinct colors \u2014 green and yellow for ruling party CCM, red, white and blue for Chadema, the opposition.",
"Otieno Ogogo, dressed in green and yellow, says he will be voting for CCM" + R + "s presidential candidate, former minister of works John Magufuli, because CCM has done a good job in recent years.",
Q1 + "Look at the peace around us. In many countries, it" + R + "s not like that during election period,\" he noted. \"You see people walking around freely, doing shopping freely. And at the same time, look at the development in our city of Dar es Salaam." + Q2,
"Change",
"But Chadema supporter and retired banker Anna Lyabandi disagrees. She is particularly frustrated by the educational system and says she will be voting for former prime minister Edward Lowassa, Chadema" + R + "s presidential candidate. Anna thinks he will make improvements.",
Q1 + "Well, I think we need a change, I think the ruling party has been in power for so long, and is moving very slowly, in terms of development, so I think Chadema is the party to bring change,\" she said.",
"The perception of CCM as moving slowly has been a challenge during the campaign, says CCM national executive committee member January Makamba. But he argues that Tanzania has seen much progress in the past 10 years.",
]
T["006"] = [
"Sudanese Rebel Leader Demands Stability Before Negotiations",
"A leader with one of Darfur's biggest rebel groups says that attacks by government backed militias must cease before peace talks scheduled for later this month can take place. Nick Wadhams has the story for VOA from Nairobi.",
"The humanitarian coordinator of the rebel Sudan Liberation Army, Suleiman Jammous, says forces allied with the Sudanese government attacked the town of Muhajeria on Monday and attacks in the region continue.",
"The town is a base for the SLA faction led by Minni Minawi, which signed a 2006 peace deal with the Sudanese government called the Comprehensive Peace Agreement. It is also about 60 kilometers west of the town of Haskanita, which the United Nations says was razed in recent days after rebels killed 10 African Union peacekeepers nearby.",
"In a statement sent to the Reuters news agency, SLA leaders said a Sudanese army assault by both ground and air killed at least 40 people in Muhajeria. It said some of those killed may have been executed.",
"Jammous tells VOA that the recent violence jeopardizes peace talks set to begin on October 27 in Tripoli, Libya. He says the government has ignored the Comprehensive Peace Agreement and it is impossible to negotiate under such conditions.",
"\"I think the international community needs some stability in Darfur to pull the rebels to peace talks,\" Jammous said. \"The government is still targeting civilians, at least burning their villages, throwing them into bush, and I do not think the government is very keen to keep even the CPA. We need some time to defend ourselves then come back for peace talks in Libya or anywhere else.\"",
"Since 2003, an estimated 200,000 people have been killed, more than two-million others displaced and hundreds of villages have been destroyed in fighting in Darfur among government forces, militias and rebels.",
]
T["007"] = [
"Attack in Cameroon by Anglophone Separatists Sows Panic",
"MBOUDA CAMEROON -- There is an uneasy calm in Cameroon's French-speaking towns and villages that share a border with the English-speaking regions after separatist fighters supporting the creation of an English-speaking state crossed into the French-speaking regions last weekend, killed government troops and left with huge consignments of weapons and ammunitions. Civilians say they are not sure the military can protect them from the wrath of the separatists as the government claims.",
"Alima Matembompo, a 33-year-old farmer, cries as her husband is buried in Cameroon's western French-speaking village of Galim on the border with the English-speaking northwest region.",
"Her husband, a cattle rancher who was returning from selling cattle in their village market, was killed Saturday night or early Sunday morning.",
"Among the nearly 20 people who have come out to bury the man is 47-year-old cattle feed supplier John Tatah, who says that since the attack took place, the village market has been closed.",
"\"Most of us that we are doing businesses, all the businesses are grounded, so we pray for a solution to this crisis,\" he said.",
"Tatah said most businesspeople who were about to leave the village when the attack occurred, escaped to the surrounding hills and bushes and have not been seen since.",
"Many villagers have also escaped to safer localities out of their village, especially to the neighboring French-speaking town of Mbouda.",
]
T["008"] = [
"US House Passes Budget; Senate Next",
"The U.S. House of Representatives has passed a budget bill to fund the government through September \u2014 one without funding for the border wall President Donald Trump's promised during his campaign.",
"The $1.16 trillion spending bill passed with bipartisan support, 309 to 118. The bill now goes to the U.S. Senate, which is expected to approve it later this week before Trump signs it into law.",
"The spending bill averts a short-term crisis by authorizing federal spending through the end of the fiscal year, which is Sept. 30. But it must be signed by the president by Friday to avoid a government shutdown.",
"Trump, after failing to win congressional approval for many of his spending and policy priorities for the next five months, said Tuesday the government " + Q1 + "needs a good " + L + "shutdown" + R + " in September" + Q2 + " when lawmakers will be debating the 2018 funding plan.",
"In a Twitter comment, Trump blamed the result of his first fight over federal spending on lawmaking rules in the Senate, where Republicans hold a 52-48 majority. But most major legislation requires a 60-vote supermajority in the 100-member chamber for approval, effectively requiring Republican and Democratic lawmakers to reach compromises.",
"Trump said the reason that Republicans could not prevail on all of his priorities in the trillion-dollar budget plan that pays for government spending through Sept. 30 " + Q1 + "is that we need 60 votes in the Senate which are not there!" + Q2,
"The president said his party " + Q1 + "either needs to elect more Republican Senators in 2018 or change the rules now to 51 percent. Our country needs a good " + L + "shutdown" + R + " in September to fix mess!" + Q2,
]
T["009"] = [
"Honduran Migrant Caravan Heading to Mexico, the United States",
"The migrant caravan that started in San Pedro Sula in northern Honduras has grown as it crosses the country.",
"Some people are walking. Some are in vehicles. But they all seem to have a common goal \u2013 a better life.",
"Many of them hope to find that life in the United States.",
"Bartolo Fuentes is the organizer of the march. He told the Reuters news agency that the migrants are fleeing poverty and violence back home. San Pedro Sula has one of the highest murder rates in the world. Sixty-four percent of families in Honduras live in poverty.",
"The caravan" + R + "s population has grown to an estimated 1,700 people. When the caravan began in San Pedro Sula, there were about 1,000 marchers.",
"Local media reports and social media have spread word of the large migration. Many people who had been planning to leave Honduras thought that traveling in a large group would help keep them safer. So, they joined the caravan.",
"The Associated Press reports that some families arrived with babies. Most who joined carried only a small bag.",
"American Vice President Mike Pence recently told the presidents of Honduras, El Salvador and Guatemala to put an end to the mass migrations. Pence said, \"Tell your people: Don't put your families at risk by taking the dangerous journey north to attempt to enter the United States illegally." + Q2,
"American President Donald Trump has threatened to stop giving aid to countries that permit the passage of such caravans.",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
