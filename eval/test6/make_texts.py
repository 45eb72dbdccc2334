#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Paragraphs are joined by blank lines; a body whose stored copy has no headline starts with the lead."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"Humanitarian Crisis Looms at Cameroon Refugee Camp",
"The number of Nigerian refugees fleeing to Cameroon to escape Boko Haram terrorism has doubled within the past month - from 20,000 to 40,000 in 21 days.",
"U.N. Refugee Agency staff take a roll call of Nigerians arriving at the Minawao refugee camp. The coordinator of U.N. systems in Cameroon, Najat Rochdi, said the massive arrival of refugees in villages poses problems of water, health and education, and they have to act immediately to support the host communities to improve their health situations and give them water. She said the pressure is high for the host communities.",
"Among the recent arrivals at Minawao is 41-year-old Muhamadou Ousman, the oldest brother in a family of 14 who said he lost all of his siblings when they turned down recruitment offers from the Nigerian militant group.",
"\"They killed all of my brothers. Boko Haram will come and attack you. Can you join us? When you say no, they will kill you,\" he lamented. \"My mother just advised me to go. I told her when I go who will give you food. She said no I should go.\"",
"Ousman is a Muslim and his presence in the camp is not appreciated by Christians who say they underwent physical and psychological torture in Nigeria in the hands of people who said they were Muslims. Elias Yega - a Catholic Christian - said they have been asking Cameroon security forces to be watchful of all Muslims in the camp.",
"\"They combine us both Muslims and Christians. But sometimes we get problems because we call them Boko Haram. They will arrest them and take to security agents here,\" stated Yega.",
]
T["002"] = [
"Government Declines Comment on Rights Report",
"Cambodian government officials declined to comment Wednesday on the US State Department's annual human rights report\u2014in which Cambodia's human rights record \"remained poor\"\u2014claiming they had not seen a copy yet.",
"\"I cannot make any comment,\" Om Yentieng, an adviser to Prime Minister Hun Sen and the head of the government's human rights committee, told VOA.",
"\"You get it much faster\" than the government, which had not received a copy, he said.",
"The US embassy \"never pays attention to the government\" when it comes to issuing reports, Om Yentieng said.",
"The report, issued Tuesday, puts Cambodia in the same category as North Korea, China, Cuba and Afghanistan, pointing to extrajudicial killings by government agents and a lack of political will to enforce the rule of law.",
"Activists welcomed the report, saying human rights in the country still have a long way to go.",
"\"This is due to a political problem,\" Kem Sokha, director of the Cambodia Center for Human Rights, told VOA. \"The democratic system is still weak; the National Assembly is still weak.\"",
"In other countries, \"if the executive branch commits an offense, the National Assembly asks the person to explain and he or she will be dismissed,\" he said. But in Cambodia, \"the Assembly has no right to dismiss the person when he or she commits an offense.\"",
"Chan Soveth an investigator for the rights group Ad Hoc, said the US report was accurate and showed that in Cambodia human rights abuse is still an important issue.",
]
T["003"] = [
"The Cambodian government on Friday rejected the findings of a US State Department of State report on the state of human rights in the country.",
"But Chin Malin, justice spokesman, said the situation was \u201cnot as bad as what the international community stated in their report, which was politically motivated.\u201d",
"\u201cBased on my study of that report, their conclusion did not rely on every angle of the human rights situation at all,\u201d he added.",
"The report highlighted the crackdown on political dissent ahead of last year\u2019s general election, including the use of the judiciary to dissolve the country\u2019s main opposition party and jailing of its leader, Kem Sokha.",
"Malin added \u201cwe don\u2019t count it as rights abuses,\u201d referring to the findings of the report. \u201cWe consider it following the law, which any government does.\u201d",
"\u201cBut we will study the report and find out which points are constructive.\u201d",
"Am Sam Ath, an investigator with Licadho, a local rights group, said the denials by the government were unsurprising, adding that the findings were similar to those contained in recent EU statements on the situation.",
"A number of incidents so far this year, including the shooting of protesters in Preah Sihanouk province in January and the blocking of Women\u2019s Day marchers this month, support rights groups claims that the government continues to violate human rights, civil society groups have said.",
]
T["004"] = [
"Villagers, Soldiers Clash Over Land",
"[Editor's note: In the weeks leading into national polls, VOA Khmer will explore a wide number of election issues. The \"Election Issues 2008\" series will air stories on Tuesday and Wednesday, followed by a related \"Hello VOA\" guest on Thursday. This is the first in a two-part series examining concerns of rural voters.]",
"In Battambang province\u2019s Kos Krol district, 415 families are waiting for a solution to a land conflict they say stems from former Khmer Rouge who are now part of the armed forces.",
"More than 50 kilometers outside of Battambang town, along a red, dusty road, the families of Dung Ba commune live in homes of thatched roofs behind walls of blue plastic sheets or plywood.",
"Seng Sothy, a villager who has called this place home for nine years, said in early March, soldiers clashed with villagers, firing shots over their heads and sending them running into the night.",
"Soldiers here say they were protecting their land from a mob.",
"Seng Sothy says she has never seen a problem like this.",
"\u201cThey said to us that if we do not leave our houses, they will burn them and killed us all,\u201d she told VOA Khmer. \u201cWe had to run into the forest at night.\u201d",
"The land dispute, between resettling villagers and integrated former Khmer Rouge, is not unlike many across the country, as Cambodia undergoes a land price boom.",
"It is just one issue that rural Cambodians will face as they head to the polls in general elections in July.",
"Land that was once worth little except those who farmed it has become a premium, and residents here say the soldiers want to reclaim what they left when they folded into the government.",
"Vanna Ra, who abandoned the Khmer Rouge and joined the government in 1996, told VOA Khmer that armed villagers were trying to take land away from the soldiers, forcing them to defend themselves.",
]
T["005"] = [
"Cambodian Garment Workers Vow to Continue Strike",
"Union leaders in Cambodia say garment workers will continue to strike over low wages, despite a violent crackdown by authorities last week and new threats from factories that say they will be forced to move to other countries if strikes continue.",
"Five different unions say their workers will keep up the 15-day strike, demanding an eventual salary of $160 per month, although many workers will stay home rather than demonstrate in the streets.",
"Chey Mony, president of the Free Trade Union, tells VOA's Khmer service the workers will not give in.",
"\u201cWe will stick to our position,\" Mony said. \"When [workers] go home, can the factories stay open?\u201d",
"But factory owners, who say the work stoppage has cost factories about $200 million, say they cannot meet the workers\u2019 salary demands.",
"Ken Loo, GMAC\u2019s secretary-general, says factories will move out of the country if strikes continue.",
"\u201cOn the salary, there is no more negotiations,\" he said. \"The door is now closed.\u201d",
"Workers say they cannot live off the current salary, $80 per month, because of the rising cost of living in Cambodia.",
"Last week, the strike took a violent turn when four people were killed and 40 injured by an elite military unit that fired into a crowd outside Phnom Penh.",
"This report was produced in collaboration with the VOA Khmer service.",
]
T["006"] = [
"Parkland Pushes Back Against Arming Teachers",
"Parents, teachers and students are pushing back on a report released recently in Parkland, Florida \u2014 the site of a mass shooting at a high school last February \u2014 that recommends arming teachers to secure schools.",
"\u201cI don\u2019t agree we should arm teachers,\u201d said Lori Alhadeff, whose 16-year-old daughter, Alyssa, was shot and killed at Marjory Stoneman Douglas High School.",
"\u201cWe need to train our law enforcement to actively engage a threat! Our teachers should be armed with more resources and pay but definitely not guns!\u201d Alhadeff, who now serves on Broward County\u2019s school board, wrote in an email to VOA.",
"The shooter, a 20-year-old recent graduate of the high school, killed 17 people with a semiautomatic AR-15 rifle. While the massacre drew national attention to the larger question of gun control in the United States, it also prompted a months-long local investigation and subsequent report into how the shooter was able to perpetrate the mass shooting, and how similar events may be prevented in the future.",
"The Marjory Stoneman Douglas High School Public Safety Commission released a more than 400-page report covering details of the shooting, identifying security problems and making recommendations.",
]
T["007"] = [
"Violence, Racism in US Worry Foreign Students",
"Around the corner from where Anna Shchetinina lives in Minneapolis, the post office is gone, shops have been boarded up, and the police station has gone up in flames.",
"That\u2019s the same police station the officers, who arrested and restrained George Floyd on a busy street before he died, worked from. Since then, protests and looting have erupted nationwide against racism -- Floyd was African American -- and police brutality in the U.S.",
"\u201cThese past few days demonstrated how physically vulnerable I am,\u201d said Shchetinina, 29, an international student from Russia at the University of Minnesota. \u201cLiving in the center of the protest in Minneapolis put me in constant fear.\u201d",
"Grocery stores, local restaurants, a couple of nonprofits, affordable housing sites affordable, bus stops, rose bushes and hydrangeas, are all gone, she said.",
"\u201cWatching an apartment building next door burning with people trapped on the roof is scary. Smoke getting into your lungs making it impossible to breathe or see is terrifying.\u201d",
"But Shchetinina says she harbors no anger toward whoever caused the damage and make her scurry from her house every night in a hurry.",
"\u201cThis wave is as much scary and damaging, as it is powerful and justified,\u201d she said.",
"\u201cI saw business owners saying: \u2018Let my building burn if it\u2019s for this cause.\u2019 I saw people peacefully helping each other at the support centers. I saw as many people volunteering during daytime, as rioting at night, and most likely these two groups overlap.\u201d",
]
T["008"] = [
"Villagers Disarm Assailants In Eastern Zimbabwe's Manicaland Province",
"Incidents of violence continued Monday in Zimbabwe's rural areas where ruling party militants and other elements are accused of mounting a campaign of intimidation and physical attacks - some fatal - against those suspected of voting for the opposition in March 29 national elections in which it claimed a parliamentary majority.",
"Sources in the Headlands Constituency of Manicaland Province said about 15 armed ruling party militia members and soldiers Monday morning attacked a family suspected of backing the opposition Movement for Democratic Change, but the assailants were overpowered by seized a loaded AK-47 assault rifle from a soldier in the group.",
"Two villagers aged 64 and 84 were injured in the fight and were rushed to a hospital in Mutare, local sources said. War veterans and militia members are said to have set up torture camps at Nyamukamani in Village 4-C where homes were burned down this weekend. Another camp has reportedly been set up at Fairfield in Ward 37.",
"In Makoni North, 35 MDC members were arrested this weekend on charges of inciting violence. Mutare police raided a house in the Chikanga district which they believed to be harboring MDC victims of violence, but failed to make any arrests.",
"In Shamva South, Mashonaland Central Province, more than 169 houses have been burned down since Thursday, with Bushu and Jiti worst affected, a source said.",
"Headlands Ward Councilor Mununudzi Chitsa, who reported the clash there to local police, told VOA reporter Jonga Kandemiiri that he does not see an end to violence because the police in Manicaland are not pursuing or arresting the perpetrators.",
]
T["009"] = [
"Human Rights Workers Detained for Several Hours Sunday",
"At least two human rights activists were detained by authority on Sunday for several hours in Takeo, according to Ou Virak, the spokesman for the Cambodian Center for Human Rights (CCHR).",
"The CCHR spokesman told VOA that the rights workers were collecting fingerprints to send to the King asking him to help win the release of the three human rights activists who are being held in jail awaiting trial.",
"Ou Virak said the authority released the two CCHR workers a few hours later but did not return the 300 plus signatures the human rights workers had collected.",
"Human rights activists and members of the opposition party plan to march to the royal palace with the signatures to ask for his majesty's intervention in the release of the three human rights activists and two government critics on border issues.",
"Cambodian government officials said the fingerprint collection and the plan to march to the royal palace is not the right thing to do because it could cause disruption and public disorder.",
"Takeo authority confirmed the detention of the human rights workers but declined to elaborate.",
"CCHR president Kem Sokha, his deputy Pa Nguon Tieng and Yeng Virak, Director of the Cambodian Legal Education Centre were recently arrested on charges of defamation.",
"The international community including the United States and the United Nations condemn the government's actions and call the government's actions a step backward in the democratic process in Cambodia.",
"The Cambodian government said the arrest and detention of the human rights activists are not the attempt to crack down on human rights and free speech but is a sign that Cambodia is implementing the rule of laws.",
]
T["010"] = [
"In Phnom Penh, Hun Sen\u2019s Border Remarks Find Support",
"PHNOM PENH - After Prime Minister Hun Sen\u2019s appearance Thursday before the National Assembly to explain his border policy, many Cambodians in Phnom Penh say believe no land has been lost to Vietnam.",
"Hun Sen had encouraged people to watch his remarks, which lasted for five hours and were broadcast live on state TV, as he addressed concerns that border agreements had ceded land to Cambodia\u2019s neighbor to the east.",
"He explained that in some respective areas in Cambodia and Vietnam, villages had been swapped and land had been exchanged, but that on the whole, no land had been lost. Hun Sen also said that Cambodians are occupying more than 2,100 hectares of land that rightfully belongs to Vietnam, while Vietnamese are living on nearly 1,000 hectares of land that rightfully belongs to Cambodia, the Phnom Penh Post reported.",
]
T["011"] = [
"Voice of America's Khmer Service Prepares for 55th Anniversary",
"VOA Khmer first went on air on August 15, 1955. Since then, it has sought to play an important role in providing objective, independent news to Cambodians inside and outside of the country.",
"Ang Khen was recruited to work at VOA Khmer in Washington in 1962. She became VOA Khmer newscaster at the age of 21.",
"\u201cI am very proud of working for VOA Khmer,\u201d she said in a recent interview. \u201cI had an opportunity to provide Cambodian people with news, especially during the war. Cambodian people listened to news about what happened during the war and what happened in the world. I retired because I felt I had worked for so long, but I am still proud of being a VOA Khmer newscaster.\u201d",
"Similarly, Tes Saroeum, a former VOA Khmer editor, started working for the service in 1963. He retired in early 2004.",
"\u201cThe goal of the Voice of America is the goal of the US government, which is to promote US foreign policy to the rest of the world,\u201d he said. \u201cAmerica does not want any territories, or to be a super power, but to help poor countries with development and freedom.\u201d",
"Through VOA Khmer, the Cambodian people know about their rights, how a country is run and social development, he said.",
"\u201cWorking for VOA Khmer was a good opportunity because it not only gave me financial benefit, but it equipped me with knowledge, as it was a place where you needed to do a lot of research on such areas as economics, politics, science, an others,\u201d he said.",
"Un Bunheang, who is well known as a political cartoon artist, lives in Australia and has been listening to VOA since 1968.",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
