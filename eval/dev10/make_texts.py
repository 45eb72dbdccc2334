#!/usr/bin/env python3
"""Writes the bodies NNN.txt of the dev10 set, transcribed verbatim from the stored copies of the web pages
(search corpus "pages"); navigation, captions, bylines, audio widgets and link lines left out.
Layout: headline, blank line, paragraphs separated by blank lines."""
import os

D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"Jailed Leader Offers Cooperation to Tribunal",
"Jailed Khmer Rouge leader Khieu Samphan told judges at the UN-backed tribunal on Thursday he was \u201cready\u201d to cooperate with the UN-backed court and to explain some of the actions of the regime while he was nominally president.",
"Khieu Samphan spoke on the fourth day of a preliminary hearing that opens the way for a full trial of four Khmer Rouge leaders later this year. Many Cambodians who attended the hearing said they hope they will receive some justice for the atrocities perpetrated by the regime more than 30 years ago.",
"\u201cI think this is a very important moment for me and for my fellow Cambodian citizens who are hungry to understand what happened between 1975 and 1979,\u201d Khieu Samphan, who is nearing 80, told the court.",
"He and three other regime leaders\u2014Nuon Chea, Ieng Sary and Ieng Thirith\u2014are charged with war crimes, crimes against humanity and genocide, among other crimes, for their leadership role in a regime that oversaw the deaths of an estimated 1.7 million people. All four have denied responsibility for the atrocities committed by the Khmer Rouge.",
"Khieu Samphan told the court he had been \u201cwaiting for this opportunity for a long time.\u201d",
"\u201cAs long as I\u2019m healthy, I will contribute all my strength and energy to the work of the court, to make clear what happened,\u201d he said.",
"He also pleaded with the court to allow the witnesses submitted by his defense team.",
]
T["002"] = [
"Hunger-Stricken Zimbabwe Villagers Trade Off Livestock at Low Prices",
"Hundreds of villagers in Zimbabwe's drought-ravaged Matabeleland and Midlands regions have started selling off their livestock at below-market rates to raise money for food as humanitarian aid agencies continue to assess the situation on the ground.",
"Starving households are now trading their cattle for between $150 and $200 a beast, instead of the market price of $500, just to save their families from hunger, VOA was told.",
"Some villagers revealed they had since resorted to gold panning and other illicit activities to raise money for food.",
"A number of aid agencies stopped distributing food handouts to the needy in March when the harvest period set in. They are currently assessing the situation.",
"The government has since declared five provinces in the country disaster areas. Zimbabwe has suffered serious food shortfalls over the past years due to successive droughts.",
"Gwanda villager Stephen Sibanda said he feared some people may starve to death if relief agencies did not intervene timely.",
"\u201cThe situation is desperate in most parts of Gwanda South where the majority of people are now surviving on one meal a day,\u201d said Sibanda.",
"Gwanda lawmaker Thandeko Zinti Mnkandla said aid was needed urgently. \"We hope non-governmental organizations will respond to the villagers' desperate appeal for food aid,\" he said.",
"The government has a grain scheme targeting especially the vulnerable, but the food program has been plagued by allegations of corruption and politicization by loyalists of President Robert Mugabe's Zanu PF party.",
"Development worker Faith Ncube said the state food program was not reaching the needy.",
]
T["003"] = [
"Drought-Stricken Villagers Sell Property to Make Ends Meet",
"Most villagers in Mashonaland West province are now surviving on piece jobs, selling their once-treasured property while the elderly are complaining that young people are grabbing all the drought relief aid in the region hit by a crippling drought.",
"Some villagers in the Mhangura, Doma, Kesi and Umboe communal lands say life is unbearable as serious food shortages are forcing them to sell property including land, scotch-carts, cattle and goats in order to buy food for their families.",
"One of the villagers George Phiri of Mhangura says the situation is critical in the mining region, where villagers are struggling to get food.",
"Another villager, Brian Tsoto, who is one of the lucky youth that got a piece of land when Zimbabwe embarked on its agrarian reforms in 2000, says it is disheartening that he is surviving on temporary jobs yet he has a piece of farm currently lying idle.",
"He says it is difficult to till the land due to the devastating drought, a situation that has forced him to depend on other villagers for food and basic necessities if he not doing some temporary work.",
"Seventy-five year-old Sekuru Handifari Mudyiwa of Hurungwe communal lands, says his family is now depending on the scarce state food handouts as most fields were reduced to dust bowls by the dry spell.",
"Indications are that some Zanu PF activists are grabbing food aid from elderly people, who can now hardly have a decent meal per day.",
"One of the affected elderly people is frail Sekuru Mudyiwa, who claims that his free food ration was recently snatched by suspected Zanu PF activists under the watchful eye of relief aid agencies.",
]
T["004"] = [
"Zimbabwe Prime Minister's Party Accuses ZANU-PF of Stepping Up Intimidation",
"Tsvangirai MDC spokesman Nelson Chamisa charged that the Zimbabwe Republic Police have done nothing about the alleged campaign of intimidation and must prevent the harassment of innocent villagers in rural areas",
"The Movement for Democratic Change formation of Zimbabwean Prime Minister Morgan Tsvangirai has formally accused President Robert Mugabe's ZANU-PF of stepping up its apparatus for intimidation by re-establishing youth militia camps around the country ahead of a constitutional referendum and possible elections next year.",
"An MDC report issued on the weekend said ZANU-PF militants led by Zimbabwe National Liberation War Veterans Association Chairman Jabulani Sibanda has been terrorizing villagers in the eastern provinces of Masvingo, Manicaland and Mashonaland East in particular. It said Sibanda disrupted classes at Nhema Primary School in Masvingo ordering teachers and school children to attend his rallies. The MDC demanded that the police arrest Sibanda.",
"Tsvangirai MDC spokesman Nelson Chamisa told VOA Studio 7 reporter reporter Jonga Kandemiiri that the police have done nothing about the campaign of intimidation and must prevent the harassment of innocent villagers.",
"ZANU-PF spokesman Rugare Gumbo said the MDC report has not been received by his party, but he insisted that ZANU-PF does not condone violence.",
"Political analyst Ghubani Moyo told reporter Ntungamili Nkomo that the alleged disturbances by war veterans on behalf of ZANU-PF indicate the unity government has failed to come to grips with political violence.",
]
T["005"] = [
"Pakistan Military Pledges to Eliminate Terrorists",
"Pakistan's military says its anti-terrorism operation in the northwestern tribal districts of North Waziristan is yielding positive results.",
"Pakistan military spokesman Major General Asim Saleem Bajwa told VOA Deewa (Pashto Broadcast) in Washington on Friday that more than 1,200 militants in North Waziristan and Khyber have been killed since operation 'Zarb-e-Azb' began in June. Some 200 Pakistani soldiers have been killed during the anti-terrorism drive, which Bajwa said would continue until the militants are eliminated.",
"Bajwa said Pakistan is as concerned as other nations by the rise of the Islamic State group in the Middle East, but did not agree with reports suggesting the presence of IS supporters in Pakistan.",
"A week ago, a leading Pakistani newspaper reported the Islamic State is increasing its presence in Pakistan and that its local recruits are planning major attacks on key installations.",
"Dawn reported November 8 that officials in Baluchistan province in southwestern Pakistan revealed the development in a confidential report sent to Pakistani authorities.",
"The newspaper quoted the report as saying Islamic State is encouraging elements of two Sunni extremist groups -- Lashkar-e-Jhangvi and Ahl-e-Sunnat Wai Jamat -- to join forces and carry out attacks.",
"The confidential report says IS is planning attacks on Pakistani troops conducting operations near the Afghan border, and on government installations and Shi'ites. It says the government in Baluchistan is calling for heightened security measures particularly in the province of Khyber Pakhtunkhwa.",
]
T["006"] = [
"Pakistan Army Reports 10 Militants Killed During Offensive in Northwest",
"A spokesman for Pakistan's army says 10 militants have been killed and five troops wounded during an operation aimed at re-taking control of an area in the country's northwest. VOA's Barry Newhouse reports from Islamabad on the clashes that began after security forces captured a deputy of Pakistan's top Taliban leader.",
"Pakistani armed forces launched the operation in Hangu district on Wednesday, following days of clashes between local security forces and several militant groups.",
"Army spokesman Major General Athar Abbas says troops have moved north about 20 kilometers, and are now on the border of the Kurram tribal agency.",
"\"At present, the operation is around the town of Zargari. The area around the town - the strongholds, etc. - are being cleared by the army and other troops,\" said Abbas.",
"Zargari is where fighters allied with Pakistani Taliban leader Baitullah Mehsud killed 17 paramilitary troops in an ambush last week. Militants in the region are also believed to have kidnapped about 20 people - some of whom are government workers.",
"The insurgents have demanded that police release seven of their fighters who were captured last week. One of those captured is a top deputy to Mehsud.",
"Following the clashes with government forces, a spokesman for the Taliban leader on Thursday accused officials in the Northwest Frontier Province of being insincere in recent peace talks. The Taliban spokesman said the province's ruling coalition, led by the Awami National Party, had five days to resign, or militants would begin an offensive against the government.",
"Pakistani media quoted regional officials calling the threat \"nonsense,\" and saying that voters had given the government a mandate for five years.",
"When asked if the Pakistani Taliban has the capability to threaten the provincial government, Pakistan's army spokesman declined to comment.",
]
T["007"] = [
"Tibetan Dies in Self-Immolation in China's Qinghai Province",
"Tibetan sources told VOA that a Tibetan man has died after setting himself on fire near a monastery to protest Chinese rule in the western province of Qinghai.",
"The sources with contacts in the region said 25-year old Wangchen Norbu self-immolated late Monday in Xunhua county in Qinghai's Haidong prefecture. They said he shouted slogans calling for the return of Tibet's exiled spiritual leader, the Dalai Lama, and demanding freedom for the Tibetan people.",
"The sources said bystanders took Norbu's body to the nearby monastery and gathered to recite prayers.They said the situation was tense with Chinese paramilitary forces surrounding the area.",
"Monday's incident is the15th self-immolation protest in Qinghai this month, which coincided with the ruling Chinese Communist Party's once-in-a-decade leadership transition. Some activists say the protests may be an attempt to send a message to the new Chinese leadership.",
"The latest incident also raises the number of Tibetans who have self-immolated in similar protests to 77 since 2009, with 63 cases known to have resulted in death.",
"Many Tibetans accuse the Chinese government of repressing their religion and culture. China says Tibetans enjoy religious freedom and benefit from better living standards linked to Chinese investment in underdeveloped Tibetan regions.",
"Beijing has accused the Dalai Lama of inciting the self-immolations to promote Tibetan separatism. He has said China must conduct a \"serious investigation\" into the self-immolations rather than placing the blame on him.",
]
T["008"] = [
"Tibetan Monk Dies From Self-Immolation",
"Tibetan sources tell VOA that another person has set himself on fire in western China as part of a protest against Chinese rule in ethnic Tibetan areas.",
"Sources say a 29-year-old monk, Lobsang Gendun, had his hands clasped in prayer as flames engulfed him Monday evening. Witnesses in Qinghai province say the monk shouted slogans as he died, but they say they could not clearly hear what he was saying.",
"Local Tibetans are reported to have taken the late monk's body to his monastery Penag Kadak Troedreling Monastery in Seley Thang after a minor scuffle with Chinese security forces. The security personnel had tried to confiscate the monk's body.",
"At least 92 Tibetans have self-immolated in western China since 2009, with 28 cases reported in November alone. The acceleration in self-immolations has coincided with Tibetans staging several anti-China rallies, despite a heavy Chinese security presence.",
"Beijing accuses the India-based Dalai Lama of inciting the self-immolations to promote Tibetan separatism - a charge he denies. Speaking last week in India, the Dalai Lama said totalitarian forms of government are on the decline globally, and he urged China's Communist rulers to act according to what he called the \"new reality.\"",
]
T["009"] = [
"Afghan Provincial Official Assassinated",
"There is continuing violence in southern Afghanistan, where a resurgent Taliban is continuing to carry out strikes against civilians. VOA correspondent Steve Herman reports from Kabul.",
"A Kandahar provincial official and his bodyguard on their way to work were shot dead by two gunmen on a motorbike. Dost Mohammad Arghestani headed the labor and social affairs department.",
"The killing is similar to the September 28 assassination of Kandahar's most senior policewoman. The Taliban claimed responsibility for shooting her.",
"Along with Taliban rebels, organized criminal gangs, including the drug mafia, are also blamed for killings there.",
"The assassinations are a challenge to President Hamid Karzai, up for re-election next year, to convince Afghans that they are better off than they were before the Taliban were driven from power.",
"The major complaint of the Afghan public is despite democracy, a massive international military presence, and billions of dollars of foreign aid, security is deteriorating and official corruption is rampant.",
"Responding to the assassination in Kandahar, presidential spokesman Humayun Hamidzada says the Afghan government is doing all it can to protect its public servants.",
"\"Unfortunately we have enemies who are sworn or determined to destroy the way of life,\" he said. \"They are determined to destroy what we have achieved in the past six years. And by attacking civilians cowardly they are showing one more time that they are purely terrorists and that they have no mission.\"",
"Police in the southern province of Uruzgan say nine people, including two children, riding in a small bus died when their vehicle hit an explosive device. Police blame the Taliban and say the bomb was likely planted to attack NATO troops who frequently use the road.",
]
T["010"] = [
"Zimbabwe Teachers Union Calls Off Strike Amid Charges of Politicization",
"Many Zimbabwean teachers were back in classrooms Monday following news this weekend that the Zimbabwe Teachers Association would end its three-week strike.",
"The decision by the teachers organization followed reports that ZANU-PF youth activists in the eastern province of Manicaland were beating up teachers from the rival Progressive Teachers Union of Zimbabwe who were only striking on Thursdays and Fridays.",
"Zimta officials said the strike was being hijacked by political elements thus undermining their cause. They added that they wanted to give negotiations with the government a chance and balance the interests of teachers and students preparing for final exams this term.",
"Independent sources said some teachers even in Harare and other cities had not yet returned to work because they had not received Zimta circulars regarding the end of the strike. The sources said the return to classes could be even slower in rural schools.",
"Zimta Secretary General Richard Gundani told reporter Sandra Nyaira that his union is not affiliated with any political party but is striving to ensure teachers receive a living wage.",
"Progressive Teachers Union of Zimbabwe President Takavafira Zhou said in an interview from Masvingo that his organization\u2019s recent charge that the Zimta strike was being pushed by the former ruling ZANU-PF party has been vindicated by the latest turn of events.",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
