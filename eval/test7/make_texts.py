#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Paragraphs are joined by blank lines; headline first, then the paragraphs (captions, bylines, video widgets
and navigation omitted, see SOURCES.md)."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"US Confirms Death of Al-Shabab Militant in Airstrike",
"The U.S. military confirmed Friday that an airstrike earlier this week targeted and killed a senior member of the al-Shabab extremist group.",
"Ali Mohamed Hussein, who served as al-Shabab's shadow governor for Mogadishu and has been one of the group's most outspoken members, was killed in an airstrike. He was the only person killed in the strike and no civilians were harmed, U.S. Africa Command said in a statement.",
"\"The U.S. conducted this operation in coordination with its regional partners as a direct response to al-Shabab actions, including recent attacks on Somali forces,\" the statement read.",
"Hussein, also known as Ali Jabal, was known for forcing Mogadishu businesses to \"donate\" money to the Islamist militants.",
"Somalia's information minister, Abdurahman Omar Osman, told VOA Somali that President Mohamed Abdullahi Mohamed \"approved an operation with international partners on 30 July near Tortoroow, killing a key al-Shabab leader behind Mogadishu bombings, assassinations.\"",
"Tortoroow is an al-Shabab stronghold in the Lower Shabelle region in southern Somalia.",
"A brief statement on the attack from the U.S. Africa Command said the airstrike took place Sunday at about 3 p.m. local time.",
"President Donald Trump earlier this year approved expanded military operations against al-Shabab, including more aggressive airstrikes.",
"Following the strike, the Somali president held an emergency meeting with the country's heads of security agencies on Monday. Sources told VOA the meeting focused on the latest security incidents in the country.",
]
T["002"] = [
"Al-Shabab Denounces VOA Somali Service Chief",
"Al-Qaida-linked Somali insurgent group accuses VOA, BBC editors of abandoning Islamic faith",
"The Somali insurgent group al-Shabab has rebuked the chief of VOA's Somali Service and his counterpart at the BBC.",
"Speaking at a Mogadishu mosque last Friday, an al-Shabab official labeled VOA Somali Service chief Abdi Yabarow and BBC Somali Service chief Yusuf Garaad Omar as murtadeen, or one who abandons the Islamic faith.",
"The official apparently did not make a direct call for violence, but al-Shabab loyalists have killed those they deem to have violated Islamic law.",
"The speaker, Shiekh Fu'ad Mohamed Khalaf Shongole, also accused the two journalists of using propaganda and pro-Western information to mislead Somali Muslims.",
"In a statement Wednesday, the chief of VOA's Africa division, Gwen Dillard, called the comments \"unfortunate and incorrect.\" She said VOA's mandate is to serve the interest of all Somalis with objective, accurate information.",
"Al-Shabab, which controls portions of southern and central Somalia, has attempted to limit Somalis' access to VOA and the BBC.",
"The group recently told local media networks to end contracts with the two agencies. Al-Shabab also shut down FM radio stations that relay BBC programs. VOA is still being heard through a Somali government-run FM station and through shortwave and the Internet.",
"Al-Shabab is the most prominent of the militant groups trying to overthrow the Somali government and set up a strict Islamic state. The group has proclaimed itself an ally of al-Qaida.",
"VOA is funded by the U.S. government. The Somali Service broadcasts to Somalia twice each day.",
]
T["003"] = [
"Hundreds Killed in Suspected Boko Haram Attacks in Nigeria",
"Gunmen believed to be Boko Haram militants have shot dead dozens of people in a northeastern Nigerian village -- the fourth such massacre reported this week.",
"A local source tells VOA Hausa Service that men wearing military uniforms entered the Borno State village of Bardari and asked people to come listen to a preacher. The source says when the villagers gathered, the men opened fire.",
"Suspected militants using similar tactics attacked three other villages Monday and Tuesday in the nearby Gwoza district. Witnesses and officials say the militants killed hundreds of people in those attacks and burned down many homes and businesses.",
"More attacks were reported Thursday in two towns of neighboring Adamawa state -- Madagali and wa Kubla.",
"The Nigerian government has struggled to contain Boko Haram despite a state of emergency in the northeast and deployment of thousands of troops to the area.",
"A Nigerian senator representing a southern Borno district says the militants have taken control of several localities and hoisted flags over the towns.",
"On Wednesday, Nigerian officials denied a report that 15 officers, including 10 generals, have been court martialed for cooperating with Boko Haram.",
"Military spokesman Major-General Chris Olukolade and government communications official Mike Omeri both told VOA that the report is \"not true.\"",
"Earlier, the Leadership newspaper reported the military officers were found guilty of giving information and ammunition to Boko Haram, which has said it wants to establish a strict Islamist state in northern Nigeria.",
"Omeri told VOA English to Africa the Nigerian government has launched a nationwide campaign designed to empower and engage citizens about the government's efforts to fight Boko Haram.",
]
T["004"] = [
"Tens of Thousands Jam Cairo's Main Square Demanding Reforms",
"Tens of thousands of Egyptians gathered Friday in Cairo\u2019s Tahrir Square and several other towns to call for faster reforms and to protest this week's jail release of police officers and former government ministers.  These were among the largest demonstrations since the 18-day revolution in January and February.",
"One group of protesters chanted for retaliation against former regime members and police officers who attacked protesters in January and February.  But mostly it was a festive crowd, complete with a football-field-length Egyptian flag, tee shirt and hat salesmen and children with Egyptian flags painted on their faces.",
"\u201cWe are here today to continue our revolution,\u201d said Ahmed Ali.  Ali is a young worker who restores ancient monuments and says he has been at many of the Tahrir Square protests.  \"The killers are free now, out of jail.  They killed our children. They killed our brothers.  They killed our fathers. Show us justice!\"",
"Ali and others on the square say they came out to protest the acquittal and release of ministers from the former government who had been accused of corruption, and the decision to grant bail to police officers accused of killing protesters in the town of Suez in January.",
]
T["005"] = [
"Protests in Cairo Cause Tense Standoff",
"Tens of thousands of supporters of ousted Egyptian president Mohamed Morsi marched through Cairo Friday to demand his reinstatement, even as the interim government threatens to break up their protest camps.",
"State TV reports Egyptian police are planning to block access to one of the camps in northern Cairo. Witnesses say Muslim Brotherhood supporters have set up sandbags and brick walls to stop police.",
"One Islamist leader told the crowd that Morsi supporters are ready to \u201cshed their blood\" to bring him back and protect Egypt's national security.",
"Interim Vice President Mohamed ElBaradei tells The Washington Post newspaper that Egyptian leaders want to avoid bloodshed, saying being harsh is no solution. He says the government wants talks with the Muslim Brotherhood.",
"But ElBaradei says Egypt is a country with a lot of anger and irrational feelings and that things have to cool down before there can be any dialogue.",
]
T["006"] = [
"US Says it Stands with India in Fighting Terrorism",
"U.S. Secretary of State Mike Pompeo met with his Indian counterpart in Washington Monday and told him that the United States stands with India in fighting terrorism.",
"After Pompeo met with Indian Foreign Secretary Vijay Gokhale, the State Department said the two discussed the importance of bringing to justice those responsible for a suicide attack on an Indian paramilitary convoy claimed by Pakistan-based militants.",
"The State Department said the diplomats spoke of \"the urgency of Pakistan taking meaningful action against terrorist groups operating on its soil.\"",
"Last month, a suicide bomber killed 40 Indian paramilitary troops in a convoy in the disputed Kashmir region.",
"A Pakistan-based militant group known as Jaish-e-Mohammad claimed responsibly for the violence in Pulwama district.",
"New Delhi has vowed to punish Islamabad for sheltering the militants, saying the Indian army chief has been given a \"free hand\" to take whatever action is required.",
"Pakistan rejects Indian charges of playing a role in the February attack and maintains the militant group has long been outlawed as part of counter-extremism measures.",
]
T["007"] = [
"Crisis Mounts in Venezuela",
"Venezuelan opposition leader Juan Guaido is expected to announce Sunday when humanitarian aid will be delivered to the crisis-ridden country.",
"Guaido told supporters Saturday the opposition would start collecting humanitarian aid in Brazil, Colombia and an unnamed Caribbean island and called on the military to allow the aid into the country.",
"The United States has said it would transport aid to Venezuela at Guaido's request. President Nicolas Maduro has refused to accept aid because he believes it opens the way for a U.S.-led military intervention.",
"More defections",
"Two military leaders and an ambassador defected Saturday from the government of President Nicolas Maduro and instead recognized Guaido as the acting president.",
"Early Saturday, General Francisco Yanez called on other members of the military to defect as he announced his own defection in a social media video. He rejected Maduro's \"dictatorial\" authority and recognized Guaido as the acting president.",
"Major General Jorge Oropeza, former air force general commander, said later Saturday that he also recognized Guaido as acting president.",
"Top military leaders have helped Maduro survive mass demonstrations in recent years by jailing activists and repressing opposition protestors.",
"Guaido said in an interview with VOA Noticias he has offered \"amnesty and guarantees\" to high ranking military officials as part of a broader effort to get \"this usurpation to end.",
"It remains unclear how much military support there is for Guaido.",
]
T["008"] = [
"Migrants Wait, Hope in Mexican Border Towns",
"Migrants seeking to enter the United States continue to arrive in Tijuana and other Mexican cities along the U.S. border.",
"Some migrants are traveling in large groups with thousands of people. Others come in groups of just 10 or 12 people.",
"Many walk for days through Central America, then ride buses or trucks for the long trip through the Mexican countryside.",
"In border cities like Tijuana, they find help in shelters operated by aid groups.",
"Angela Escalante is an asylum seeker waiting in Tijuana. She is there with her husband and 7-year-old son.",
"\"The situation is very bad, there are no jobs,\" she said of her country of Nicaragua, blaming its political violence on the country's president, Daniel Ortega. \"There's no security so you can't safely walk the streets,\" she added.",
"Post-traumatic stress",
"New arrivals along the border say they also face violence from organized crime and local drug gangs.",
"Jorge Alejandro Valencia is a 19 year old from western Mexico. He told VOA that, around 14 years ago, criminals killed the brother and a son of his grandfather. Now, criminals are threatening his sister, Valencia said. He fears he and other family members are in danger.",
"Many migrants have experienced violence from organized crime groups, notes Gordon Finkbeiner. He works for the medical aid group Doctors Without Borders.",
"Finkbeiner says the group has witnessed and treated people with mental health problems linked to trauma. Many show high levels of anxiety, depression and post-traumatic stress disorder.",
"A 23-year-old Honduran, newly arrived in a shelter, said a gang demanded that he sell drugs. The young man said he could see no escape except to leave his country.",
]
T["009"] = [
"Obama Presses for Immigration Reform",
"President Barack Obama says the moment to reform the broken U.S. immigration system is now. The president spoke shortly before the Senate was to take its first votes on the legislation.",
"Meanwhile, the U.S. Senate has voted to begin debate on a historic and contentious immigration bill that would offer an opportunity for more than 11 million undocumented immigrants to gain U.S. citizenship.",
"Obama said overhauling America\u2019s dysfunctional immigration system cannot wait.",
"\u201cThe system is still broken.  And to truly deal with this issue, Congress needs to act.  And that moment is now,\u201d Obama said.",
"The legislation being considered would create a path to citizenship for many of the 11 million people who are in the country illegally.  It would also further strengthen security at the U.S.-Mexican border.",
"In addition, Obama said the legislation would make it easier for foreign students to stay in the United States.  He said existing laws encourage people to study here, but to take their knowledge elsewhere.",
"\u201cOnce they have gotten the training they need to build a new invention or create a new business, our system too often tells them to go back home, so that other countries can reap the benefits, the new jobs, the new businesses, the new industries.  That is not smart,\u201d Obama said.",
"The president spoke in front of a group of law enforcement leaders, who endorsed the bill\u2019s security provisions, and business and labor leaders, who said it would help the economy.",
]
T["010"] = [
"VOA Ukrainian Marks 60 Years on the Air",
"On December 11, 2009, US and Ukrainian officials praised the Voice of America\u2019s (VOA) Ukrainian Service on its 60th anniversary, with a key member of Congress saying, \u201cToday, its mission remains as critical as ever.\u201d",
"Rep. Marcy Kaptur (D-OH), the longest-serving woman in the U.S. House of Representatives and co-chair of the Congressional Ukrainian Caucus, told an audience at VOA that, \u201cIn the darkest hours of the Cold War, Ukrainians behind the Iron Curtain have received VOA broadcasts of accurate, balanced and comprehensive news and information.\u201d",
"Today, VOA continues to reach millions of Ukrainians with daily television shows and its website www.voanews.com/ukrainian. \u201cUkrainians still look to VOA not only to hear about the Washington perspective on what is happening in Ukraine, but also to comprehend the American story \u2026 Today, its (VOA\u2019s) mission remains as critical as ever.\u201d",
"Ukrainian Ambassador Oleh Shamshur, recalling his childhood behind the Iron Curtain, said no one understood better than him \u201chow important\u201d VOA\u2019s broadcasts were to Ukrainians before the Soviet Union dissolved and the country became independent in 1991.",
"Today, the service plays a crucial role in fostering bilateral relations and inter-cultural dialogue, and promoting democratic values, he said. Shamshur also read a note of congratulations from Ukrainian President President Viktor Yushchenko, who hailed VOA Ukrainian for providing \"objective and truthful information about events in Ukraine and the world over.\" He also hailed the Service for its \"contribution to the victory over the totalitarian Soviet regime and to the revival of Ukrainian statehood.\"",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
