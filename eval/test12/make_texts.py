#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Paragraphs are joined by blank lines; a body whose stored copy has no headline starts with the lead."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"Opposition Seeks To Weather Attacks Over Alleged Khmer Rouge Remarks",
"PHNOM PENH - A senior opposition party official says he will not apologize for remarks on the Khmer Rouge that he maintains were manipulated by the ruling party.",
"Kem Sokha, vice president of the Cambodia National Rescue Party, said in a statement Monday he hoped to “reduce people’s temper” over remarks he says have been manufactured by the Cambodian People’s Party ahead of July’s national elections. But he also said he would not apologize for something he didn’t do.",
"Kem Sokha is the ranking member of the opposition in Cambodia. Party president Sam Rainsy remains in exile, facing imprisonment for charges he says are politically motivated if he returns to Cambodia.",
"Supporters say he is under attack from the ruling party—through the media, demonstrations and even the National Assembly—and is being falsely accused of claiming that atrocities committed by the Khmer Rouge at the Tuol Sleng prison in Phnom Penh were staged by Vietnamese forces who expelled the regime.",
"Kem Sokha has repeatedly denying making such statements.",
"“Kem Sokha never said that there was no killing and torture in Toul Sleng prison, and he never had contempt for the souls of the dead people in that prison,” the Rescue Party said in a statement. Kem Sokha and the Rescue Party are seeking “real justice” for victims of the regime, the statement said.",
"Khmer Rouge victims and supporters of the ruling Cambodian People’s Party held a demonstration in Phnom Penh on Sunday to demand an apology for the alleged remarks.",
]
T["002"] = [
"Khieu Samphan Defense Challenges Tribunal Prosecution Documents",
"The defense team for jailed Khmer Rouge leader Khieu Samphan on Tuesday objected to documentation submitted to the UN-backed court by the prosecution, challenging their reliability.",
"Khieu Samphan is one of three former leaders on trial for atrocity crimes. Prosecutors are seeking to establish the regime’s administrative structure and procedures, in order to bind Khieu Samphan, the former head of state, with Nuon Chea, the regime’s ideologue, and Ieng Sary, its former foreign minister, in joint criminal conduct.",
"Defense attorney Kong Sam On said documents submitted by the prosecution are not related to the issues during this phase of the trial.",
"“Facts related to cooperatives, work fields, security centers killing, killing sites or deportation should be in the third phase of the trial, not in this phase,” he said.",
"Khieu Samphan defense attorney Anta Guisse also rejected the submission of audio and video clips submitted by the prosecution, which included statements from experts in Vietnam and Sweden.",
"Defense lawyers for Nuon Chea and Ieng Sary also objected to prosecution documents on Tuesday.",
"However, Cambodian prosecutor Veng Huot said there was ample information to establish the credibility of the documentation. His international counterpart, Arik Abdulhak said the documents were related to the Khmer Rouge’s administrative system and the roles and positions of the accused in that administration.",
]
T["003"] = [
"Garment workers turned to mass demonstrations in at least two sites on Wednesday, as a general strike over salaries entered its third day.",
"About 1,500 workers demonstrated at the Canadia Industrial Park in Phnom Penh's Dangkor district, followed by another 1,000 workers at the nearby Vattanac Industrial Park. Workers marched with placards and shouted into bullhorns, demanding higher salaries and encouraging other workers to join them.",
"Workers are striking for increased wages to offset increased costs of living, which managers have said is impossible under current negotiations. Talks broke down last week, leading to a general strike, which started Monday.",
"The Garment Manufacturers Association of Cambodia, which represents managers, estimated about 20,000 workers were on strike on Wednesday, with only some of them demonstrating and others unable to work because they were blocked or harassed.",
"That number was supported by Chea Mony, president of the Free Trade Union of Workers, whose 90,000 members did not join the strike. Chea Mony estimated about 10 factories had closed due to strikes.",
"However, Ath Thun, president of the Cambodian Labour Confederation, which represents 70,000 workers from seven unions across 59 factories and has been at the head of the strike, said he thought about 160,000 workers across 93 factories had gone on strike Wednesday.",
"That number was impossible to verify Wednesday, but it would represent nearly half of all garment factory workers.",
"“The garment workers today joining the strikes have increased since yesterday,” Ath Thun said.",
"Officials from the ministries of Labor and Interior could not immediately be reached for comment Wednesday.",
"Four workers were injured when they were struck by a transportation vehicle carrying garments out of a factory complex, but no arrests or other injuries were reported.",
]
T["004"] = [
"Dalai Lama Envoys Plan to Visit China",
"\"Everything is decided except the timing of the visit, and we are in touch with concerned Chinese leadership.\"",
"Washington, D.C., May 4, 2005 - Envoys of the Dalai Lama will soon make their fourth trip to China, according to his Special Envoy in Washington Lodi Gyari.",
"\"Everything is decided except the timing of the visit, and we are in touch with concerned Chinese leadership,\" said Gyari, who was a guest on the Voice of America's (VOA) Tibetan-language program, Talk to VOA. VOA's program, which began broadcasting March 23, is the first regularly scheduled TV show seen inside Tibet that has not been pre-approved by the Chinese authorities.",
"Gyari told VOA the Sino-Tibetan problem is an \"extremely complex\" issue that cannot be resolved within a short period of time. Last September, he and Envoy Kelsang Gyaltsen and two assistants visited Tibet and several locations in China. It was their third visit to China.",
"Gyari said that Tibetan exiles did not protest during Chinese Premier Wen Jiabao's mid-April visit to India, as they normally would have, because the Tibetan government-in-exile had urged Tibetans to refrain from demonstrating against the visit in order to create an atmosphere conducive to Tibetan-Chinese dialogue. Asked if this amounted to appeasement, he said the government-in-exile felt restraint was in the interest of the Tibetan people. Gyari pointed out that despite his government's stance, the Tibetan Youth Congress, which advocates complete independence for Tibet, did manage to stage some protests despite stringent Indian security preparations.",
"Talk to VOA is a one-hour program and is broadcast weekly via satellite television, shortwave radio, and the Internet in real time. The Asiasat 2 network carries the television portion of the program.",
]
T["005"] = [
"Journalism Watchdog Condems Death Threat of RFA Reporter",
"France-based Reporters Without Borders condemned Tuesday threats to a Radio Free Asia reporter who went into hiding earlier this week after receiving a menacing phone call.",
"Lem Pichpisey was reporting on illegal logging recently uncovered by a scathing Global Witness report that links the crime to Prime Minister Hun Sen, his family and other high-ranking officials.",
"Lem Pichpisey told VOA Khmer Tuesday he still planned to report on illegal logging, despite an anonymous call that told him to \"be careful\" and not to be \"nasty\" in his reporting.",
"He is the second RFA reporter to go into hiding in as many months. In May RFA reporter Keo Nimol left the country after Prime Minister Hun Sen singled him out as \"insolent\" during a period of questioning by reporters.",
"Lem Pichpisey said he feared further repercussions, based on information he received from a source within the Cambodian People's Party.",
"\"This morning I receive a telephone call from a friend working with the ruling party, working with a telephone company, in which a leader's voice was intercepted,\" Lem Pichpisey said. \"He told me to be careful because he heard someone say, 'These [RFA] people are insolent. Wait and see, when the [donor] meeting is over, we will take care of them.'\"",
"Hun Sen adviser Om Yentieng, who is also head of the government's Human Rights Committee, said Lem Pichpisey should file a complaint with authorities if he really received a threat.",
]
T["006"] = [
"Shootings in Somalia's Capital Leave 7 Dead",
"Seven people, including three intelligence security officers, died Saturday in three shootings in Mogadishu, according to witnesses in Somalia's capital.",
"The violence came a day after confirmation from a U.S. official that an airstrike had killed a senior member of the al-Shabab militant group.",
"Two of the shootings in Mogadishu involved masked or unidentified gunmen, with one attack killing two officers with Somalia's National Intelligence Agency. The third incident occurred when government security forces carrying out an operation opened fire on a crowd protesting their actions, killing three and wounding one.",
"The death of Al-Shabab assassin Hassan Ali Dhore occurred in an airstrike Thursday. The Somali government last year put him on a \"most wanted\" list of 12 people involved in terror attacks in Mogadishu.",
"Another suspected U.S. airstrike Friday was reported to have killed a commander known as \"Qorilow,\" the head of al-Shabab forces in Jannaale town, and three other militants. A separate strike Saturday killed six militants in the Lower Juba region, according to local officials and residents.",
"'Significant' strike",
"U.S. Defense Department spokesman Peter Cook said the airstrike that killed Dhore was carried out in cooperation with Somali forces. He said Dhore had planned and led previous attacks that killed at least three U.S. citizens, and he was suspected of plotting further attacks against Americans in the East African country.",
"\"While we are still assessing the results of this operation,\" Cook said, \"removing Dhore from the battlefield would be a significant blow to al-Shabab's operational planning and [its] ability to conduct attacks against ... Somalia, its citizens, U.S. partners in the region and against Americans abroad.\"",
]
T["007"] = [
"South Sudan Free to Purchase Weapons Says Army Spokesman",
"The spokesman for South Sudan’s national army says President Salva Kiir’s government has no restrictions to purchase weapons from its international partners to protect lives and property as enshrined in the country’s constitution.",
"Colonel Philip Aguer says the army will protect unarmed civilians in the country’s conflict to enable officials of the government to continue with peace negotiations with the rebels to resolve the crisis.",
"“The government is capable of interacting with any political entity in the world including Egypt.  But the procurement is the business of the government so wherever they get the weapons should not be an accusation,” said Aguer.  “The government is capable of getting weapons from anywhere.  There [are] no restrictions on the government of South Sudan on where to buy and where to get weapons.”",
"His comments came after rebels allied to former vice president Riek Machar accused neighboring Egypt of providing military support to the government in Juba.  They contend that Egypt’s military support could regionalize the conflict and exacerbate the crisis.",
"The rebels say the government in Juba appears to be disinterested in the ongoing peace negotiations to resolve the conflict by seeking military support from Egypt.  But Aguer disagreed.",
]
T["008"] = [
"Complaints of Fraud in Afghan Presidential Vote",
"No one in Afghanistan expected the political rivalry between presidential candidates Ashraf Ghani and Abdullah Abdullah to end after Saturday’s run-off vote, and it has not.",
"Both are claiming evidence of fraud, laying the groundwork to potentially challenge the result of the vote, which is not expected to be announced until next month.",
"Electoral Complaints Commission spokesman Naderi Mohsini said the panel has received hundreds of reports of irregularities, including by election officials and security forces.",
"Mohsini said the commission’s commitment to the people of Afghanistan, to the candidates and the electoral process is if presented with documentation and evidence of electoral irregularities, it is the commission's responsibility to deal with it.",
"Officials are concerned continued political fighting between Ghani, a Pashtun former World Bank official, and Abdullah, a Tajik former foreign minister could spill onto the streets.",
"Both have the support of warlords, officials said.",
"\"Respect the due process\"",
"U.N. special representative to Afghanistan Jan Kubis called for patience.",
"“Respect the due process, respect the work of the commissions, do not jump to conclusions, do not make statements, comments, in anticipation of the results,\" Kubis said. \"Be also ready to accept the results of such process. There can be only one winner.\"",
"Official preliminary results are not expected until July 2.",
]
T["009"] = [
"Relief Coming to Outlying Typhoon Survivors in Philippines",
"Relief supplies are getting to a larger number of survivors in the typhoon-stricken central Philippines, but there are still challenges. The government has confirmed more than 3,600 deaths.",
"Aid workers say there are visible signs that food and water are getting to people in need in the hardest hit parts of the central provinces. Sunday, the government said it delivered about 115,000 food packages the previous day, a significant jump from the 45,000 it passed out Friday.",
"Many of the packages filled with rice and canned goods have been going to Tacloban, the hard-hit city of 220,000, which has so far posted the most deaths. People there had been suffering as trucks bearing food and water could not get through for days on roads clogged with debris.",
"Philippines President Benigno Aquino went to a relief goods warehouse in Tacloban Sunday and reassured victims there would be enough aid. The president also visited the town in Eastern Samar province that took the very first lashings from Super Typhoon Haiyan.",
"Aquino spoke with the mayor and local officials in Guiuan on the Pacific coast.",
"He says, the government can rise up. There are so many countries helping, the Philippines will be able to recover. But if every place (small town) were to volunteer to help immediately, the process would be easier and faster.",
"In addition to Tacloban, Guiuan, farther east, is a staging ground for relief goods. Those provisions are being sent to the outlying areas that had not received any aid since the typhoon hit more than a week ago.",
]
T["010"] = [
"Philippines Defends Typhoon Relief Efforts",
"The Philippine government is defending its efforts to deliver assistance to victims of Typhoon Haiyan, many of whom have received little or no assistance since the deadly storm struck a week ago.",
"Interior Secretary Mar Roxas says that in a situation like this, speed is of the utmost importance. Speaking Friday in the devastated city of Tacloban, he said that the need is massive, immediate and not everyone can be reached.",
"Disaster relief chief Eduardo del Rosario told reporters Friday that the official death toll from the storm has risen to 3,621.",
"Meanwhile, the U.S. Navy launched a huge relief operation Thursday.",
"The aircraft carrier USS George Washington and a contingent of seven supply ships began delivering water and emergency rations to Tacloban.  The giant hospital ship USS Mercy is making emergency preparations to depart the United States and is expected to join the emergency flotilla within weeks, along with the British carrier HMS Illustrious.",
"As U.S. helicopters sped food and water to the city, reconnaissance aircraft began charting the worst-hit areas.",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
