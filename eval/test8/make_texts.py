#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Paragraphs are joined by blank lines; a body whose stored copy has no headline starts with the lead."""
import os
D = os.path.dirname(os.path.abspath(__file__))
L, R, A = "\u201c", "\u201d", "\u2019"   # curly double quotes and curly apostrophe
T = {}
T["001"] = [
"Pakistani Official Says Hunt for Terrorists Will Continue",
"Pakistan's interior minister says his country's aggressive pursuit of suspected al-Qaida operatives will continue, but warns that some news reports about the sweep are incorrect. The minister is also urging U.S. officials to keep information from the investigation secret. In an interview with VOA Thursday, Interior Minister Faisal Saleh Hayat says authorities are closing in on the al-Qaida network in Pakistan, and more arrests are likely soon.",
"\"The net is closing around the al-Qaida structure within Pakistan. So, certainly, there is considerable room for optimism in this context,\" he said.",
"In recent weeks, Pakistan has detained an estimated 20 al-Qaida suspects, including fugitive Ahmed Khalfan Ghailani and alleged al-Qaida computer expert Mohammed Naeem Noor Khan.",
"Mr. Hayat says another five suspects were arrested Thursday, but adds that it is far too soon to know if they are connected with al-Qaida.",
"He says many recent news media reports about the details of those arrested or their attack targets are inaccurate or speculative. He says news reports that are relevant jeopardize future operations against al-Qaida.",
"He also urged caution on the part of U.S. investigators to keep operational information secret.",
"\"Pakistani investigators are exercising extreme caution,\" he said. \"I would also very strongly suggest and advise the American officials to also adopt a similar approach.\"",
"Some recent media reports have claimed Bush administration officials or investigators have leaked information about the Pakistani arrests in order to justify increased U.S. national alert levels",
]
T["002"] = [
"US Senate Republicans and Democrats Outline Competing Agendas",
"Senate Republicans and Democrats have outlined their respective legislative agendas for the new congressional year. Their priorities are very different.",
"Republicans and Democrats in the Senate say they would like to work in a bipartisan fashion to solve the country's problems, but they cannot even agree on what the most important issues are.",
"The Republican majority believes the most important domestic issue is reforming the social security retirement system to keep it solvent for future generations.",
"Senator Rick Santorum of Pennsylvania is a leader in the reform effort. \"I do not think the American public will ultimately stand for a do-nothing response to social security. I think everyone realizes we are all living longer, everybody understands the baby boomers are retiring, everybody understands there are fewer workers to pay for retiree benefits, and we also understand that if we do not do anything, either benefits will be cuts or taxes will be raised,\" he said.",
"But Democrats argue that there is no crisis in social security, that the program will remain solvent for at least three or four decades.",
"They say reforming the nation's health care system should be Congress' legislative priority. Senator Dick Durbin, an Illinois Democrat, said \"in the four years since President Bush started his first term, the number of uninsured Americans has increased from 40 million to 45 million. The cost of health care has sky-rocketed, and this administration has done absolutely nothing to address it.\"",
"Republicans agree reforming the health care system is important, but they say other issues deserve priority, including making permanent President Bush's tax cuts, moving the nation toward energy independence, and the war on terrorism.",
]
T["003"] = [
"WASHINGTON \u2014 The top U.S. nuclear negotiator is calling for a pause in U.S. congressional efforts to impose sanctions on Iran, weeks after accusing Iran of being deceptive about its nuclear program.",
"In an exclusive interview Friday with VOA's Persian service, U.S. Undersecretary of State Wendy Sherman said any push for additional U.S. sanctions should be delayed to see if nuclear talks can \"gain traction.\"",
"She said Obama administration officials have been speaking with Senate and House lawmakers on delaying the sanctions.",
"\"Congress has its prerogatives,\" she said. \"We don" + A + "t get to control Congress, but we are having very serious discussions. We work as partners with Congress. They" + A + "ve been very effective partners as we" + A + "ve tried to approach this negotiation. We need them to continue to be effective partners to reach a successful conclusion, and I have trust that they will be." + R,
"Congress has been seeking harsher sanctions on Iran over its questionable nuclear program. Iran says its program has peaceful aims. But the West and Israel believe Iran is developing nuclear weapon capability.",
"Iran has also been hit with several rounds of U.N. sanctions for refusing to end its uranium enrichment program. Low-enriched uranium can be used for civilian nuclear power plants, but highly-enriched uranium is an integral part of a nuclear bomb.",
"U.S. and European Union sanctions imposed in 2011 have also slashed Iran's oil exports by more than one million barrels per day.",
"The most substantive talks in years between Tehran and Western powers began this month. But Sherman ignited a firestorm in Iran in early October when she said the U.S. had to be cautious about cutting a nuclear deal with Tehran because recent experience with the Iranians regarding their atomic program shows that \"deception is part of the DNA.\"",
]
T["004"] = [
"Dangers High for Health Workers on Ebola Front Lines",
"The Ebola outbreak in West Africa has killed more than 900 people across four countries. That includes dozens of health workers who caught the disease, 32 in Liberia alone. Many of that country" + A + "s health clinics and hospitals have shut down as nurses and doctors refuse to risk being exposed.",
"Dr. Melvin Korkor said he has a pretty good idea how he got Ebola, though it" + A + "s impossible to know for sure.",
"A woman came into his facility, Phebe hospital in Bong County in central Liberia. The patient had no fever, but she was vomiting.",
L + "She said she was from Bangha instead of Lofa, but the next day I was a little bit suspicious.  I said 'Well, I hope you are not from Lofa because there is every indication that you are suspect.'" + R,
"They later found out the woman lied. She had come from Lofa, an area at the Sierra Leone and Guinea borders that is at the center of this regional Ebola outbreak.",
"Five nurses from Korkor" + A + "s hospital have since died of Ebola. When he tested positive, he was taken to Monrovia and then to Lofa to an isolation ward.",
]
T["005"] = [
"Pompeo Talks to VOA About Venezuela, Iran, Nicaragua",
"U.S. Secretary of State Mike Pompeo is scheduled to travel to the Colombian border town of Cucuta on Sunday where he will meet with Venezuelan refugees. Cucuta has taken in many Venezuelans fleeing hunger and violence in their home country.",
"Pompeo has made several stops in South America in recent days to gain support for U.S. President Donald Trump" + A + "s stance against Venezuelan President Nicolas Maduro and his regime.",
"In Peru Saturday, Pompeo met with the country" + A + "s president, Martin Vizcarra, as well as Foreign Minister Nestor Popolizio. Pompeo praised " + L + "the people of Peru" + R + " who " + L + "generously host almost three-quarters of a million refugees from Venezuela." + R,
"Earlier in Asuncion, Pompeo met with the president of Paraguay, Mario Abdo Benitez, for a discussion focusing on Venezuela, human rights, transnational crime, and strengthening democracy in the region.",
"While visiting Paraguay Saturday, the top U.S. diplomat spoke with the Voice of America about the United States" + A + " approach to the Venezuela, which is in a leadership crisis. Pompeo called the election that Maduro claims to have won a " + L + "sham," + R + " and he noted that 54 nations have recognized opposition leader Juan Guaido as the country" + A + "s true president.",
L + "Maduro and his henchmen have destroyed this nation," + R + " Pompeo said, speaking of Venezuela. Criticizing Maduro" + A + "s use of Russian and Cuban resources, the secretary added, " + L + "He" + A + "s handed over all his power to the Cubans and to the Russians." + R,
]
T["006"] = [
"EU Summit Wraps After Little Progress",
"PARIS - European leaders wrapped up a one-day meeting in Brussels early Thursday calling for growth and for Greece to remain in the euro currency union. But they delivered few specifics on the way forward and are sharply divided on some new measures, like eurobonds.",
"Speaking to reporters after a European Union dinner meeting in Brussels, the EU's president Herman Van Rumpoy said leaders were united on a three-pronged growth strategy.",
"\"First, we need to mobilize EU policies to fully support growth. Second, we need to step up our efforts to finance the economy through investments and third we need to strengthen job creation,\" he said.",
"Boosting growth is the new byword in Europe, as some reports predict the eurozone economy will contract again this year as anti-austerity protests mount. Greece remains the key focus of European concern. The country holds a second round of parliamentary elections that some analysts say amount to a referendum on whether it will remain in the euro currency union.",
"Van Rompuy reaffirmed European support for Greece to stay in the eurozone.",
"\"We want Greece to remain in the euro area while respecting its commitments. We are fully aware of the significant efforts already made by the Greek citizens. The eurozone has shown considerable solidarity - having already disbursed with the IMF nearly 150 billion euros [$189 billion] in support of Greece since 2010,\" he said.",
]
T["007"] = [
"Scientists report that the world's mountain glaciers continue to melt at an accelerating rate. As we hear from VOA's David McAlary in Washington, global warming could cause most to disappear in a few decades.",
"There are more than 67,000 glaciers around the world in many different kinds of frigid landscapes. New data from 30 key glaciers in nine mountain ranges show that they are shrinking at ever faster rates, confirming the two-and-a-half-decade-old trend of accelerated ice loss.",
"\"Glaciers in the mountain areas are the clearest natural indicator of climate change,\" said Wilfried Haeberli, director of the World Glacier Monitoring Service in Zurich, Switzerland, which has issued the latest glacier data jointly with the United Nations Environment Program.",
"\"If we look at the mountains, we see the changes going on and accelerating,\" he said. \"We especially also see equilibrium conditions that are being disturbed. We go more and more away from conditions we have known from the past and we enter new conditions that really are rather unknown to us and very, very difficult to foresee.\"",
"The latest glacier findings are based on measurements taken in 2005. They reveal that the 30 reference glaciers have lost an average of about two thirds of a meter thickness per year since 2000.",
"The World Glacier Monitoring Service says this is about 1.5 times the rate of thinning that occurred during the 1990s and three times the rate of the 1980s. The total average thickness loss of these long mountain ice flows has been nearly 10 meters since 1980.",
"Glaciers are Earth's biggest reservoir of fresh water and second only to the oceans in the amount of water they contain. They feed many rivers, and the U.N. Environment Program says their decline reduces the amount of fresh water for drinking, farming, and industrial purposes. Their shrinkage also contributes to sea level rise with the potential to threaten coastal and island regions.",
]
T["008"] = [
"China to US: \u2018No Foreign Interference\u2019 in Taiwan",
"China says it will permit " + L + "no foreign interference" + R + " in Taiwan.",
"Foreign Ministry spokesperson Wang Wenbin made the comment Friday in answer to a reporter" + A + "s question during the ministry" + A + "s usual press briefing in Beijing.",
"China considers Taiwan a Chinese province.",
"A day earlier, U.S. President Joe Biden said the United States would defend Taiwan if it were attacked.",
"Wang said there should be no expectation for China to compromise on issues related to its " + L + "sovereignty," + R + " territory and other interests.",
"China" + A + "s government has been increasing its military activities around the island, which it considers a rebel territory. China has said it plans to one day reclaim the territory and would use force if necessary.",
"On Thursday, Biden said the U.S. did not want a new Cold War. But he expressed concern that China might take part " + L + "in activities that will put them in a position where they may make a serious mistake.\"",
L + "I just want to make China understands that we are not going to step back, we are not going to change any of our views," + R + " Biden said. When asked whether the U.S. would come to Taiwan's defense if it were attacked, he answered: " + L + "Yes, we have a commitment to do that." + R,
"In his comments Friday, Wang said the U.S. should " + L + "be cautious with its words and actions on the Taiwan issue." + R + " He added that " + L + "any wrong signals" + R + " sent to supporters of Taiwan independence could " + L + "seriously damage China-U.S. relations and peace and stability in the Taiwan Strait." + R,
]
T["009"] = [
"Chadian Troops Retake Nigerian Village From Boko Haram",
"Chadian troops aiding the fight against Boko Haram reportedly have retaken a village in far northeastern Nigeria from the militants.",
"Aboubakar Moustapha, who lives across the border in Niger, told VOA's French to Africa Service that Chadian forces took control of Malumfatori village on Thursday after a series of nighttime airstrikes.",
"In a telephone interview, Moustapha said he saw planes and heard bombing in the area Wednesday evening, then learned from Niger troops of the town's recapture. He said the troops were sealing off the border to prevent fleeing militants from crossing over.",
"No officials have confirmed the report, but the Nigerian military said on Twitter that its air force has conducted missions around Malumfatori for the past two days. It also indicated Chadian troops were active in the area.",
"Chad and Cameroon recently deployed forces to combat Boko Haram, which has seized much of Nigeria's Borno state, including a key multinational military base on the shores of Lake Chad.",
"Adamawa state residents fleeing",
"Meanwhile, many residents in neighboring Adamawa state have fled their homes after a string of deadly attacks by the radical Islamist group.",
"Between Friday and Monday, the armed insurgents hit at least five villages in the Michika area. Residents said the fighters arrived on motorbikes and four-wheel drive vehicles, then looted and burned homes.",
"In Liddle, a community of about 150, many were still asleep when the militants arrived Sunday morning.",
"Margret Yohanna was in bed when she heard the first gunshots.",
]
T["010"] = [
"IOC Confirms Ban on Russian Athletes at Rio Games",
"The International Olympic Committee on Saturday closed the door on the Russian doping case, confirming the decision to ban Russia's track and field team from the Rio Games in August.",
"Sports Minister Vitaly Mutko told Russian reporters in Moscow that \"our athletes have no chance\" of competing in Brazil, based on the statement from the IOC.",
"The decision banning Russian athletes came from the International Association of Athletics Federations, the world governing body of track and field. The IOC said it \"fully respects\" the track federation's ruling and \"welcomes and supports\" the ban as another measure to crack down on doping.",
"The IOC also said it would take \"further far-reaching measures to ensure a level playing field\" for all athletes taking part in the Rio Games and to emphasize its anti-doping posture.",
"The IAAF's action, announced Friday, said Russia had not done enough to restore international confidence in its athletes in the wake of the doping scandal.",
"The former director of Moscow's anti-doping laboratory, Grigory Rodchenkov, revealed last month an elaborate doping cover-up at the 2014 Sochi Olympics that involved at least 15 medalists with close ties to the Russian sports ministry and the FSB security service.",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
