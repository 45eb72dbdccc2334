#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Paragraphs are joined by blank lines; a body whose stored copy has no headline starts with the lead."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"Tibetan sources say another person has set himself on fire in western China, to protest Beijing's policies in ethnic Tibetan areas.",
"Sources in the Tibetan exile community tell VOA's Tibetan Service that 20-year-old monk Tsering Gyal set himself on fire Monday evening in Qinhai province.",
"Chinese officials quickly arrived at the scene with fire extinguishers to put the fire out and take Tsering Gyal to a hospital. It is not clear what his condition is.",
"Tsangyang Gyatso, speaking from Dharmasala, India says he has been told by local sources that monks from Tsering Gyal's monastery gathered to demand information on the victim's condition.",
"\"Local people, including monks from the Achong Monastery, gathered in the capital of Pema County to protest and demanded they hand over Tsering Gyal. Under pressure, local authorities accepted two relatives of the self-immolator to accompany him to Xining for further treatment,\" said Gyatso.",
"China's official state-run media has not commented on the latest self-immolation.",
"More than 120 Tibetans have self-immolated since 2009 to protest what they say is Chinese repression of their culture. China denies the charges and says the suicide protests are acts of terrorism.",
]
T["002"] = [
"Tibetan Man Self-immolates in Ngaba Tibetan Autonomous Prefecture",
"A Tibetan man sets himself on fire Thursday evening near the Kirti Monastery of Ngaba Tibetan Autonomous Prefecture in Sichuan province.",
"Sources tell VOA that the action was an apparent protest against Chinese rule. This is the second self-immolation this year, making the total number of known self-immolators since February 2009 to 127 Tibetans from various parts of Tibet.",
"Palden, a Tibetan exile who has close contacts in the area, tells VOA's Tibetan service that there are not many details known about Thursday's self-immolation, including the man's name, his whereabouts, or weather he is dead or alive.",
"Tibetan sources also say that a number of Chinese security personnel have arrived in the area and local communications lines have been reportedly restricted. The Tibetan Administration in Dharmsala has urged Tibetans not to take such drastic actions, and the U.S. government has called on China to resolve the Tibetan issue with a resumption of dialogue with the representatives of the Dalai Lama.",
"Chinese officials have not commented on Thursday's self-immolation.",
]
T["003"] = [
"A meeting between Zimbabwean teachers and government officials proposed by the Ministry of Education in hopes of heading off a strike threatened by representatives of teachers over compensation failed to take place on Monday, two days before schools are to re-open.",
"Education Minister David Coltart told VOA said his ministry could not reach senior officials of the Zimbabwe Teachers Association in time to invite them to the proposed meeting.",
"Coltart said he met Monday with Finance Minister Tendai Biti seeking a solution, adding that he hoped Biti would be present if and when he meets with teachers on Tuesday.",
"The Zimbabwe Teachers Association has called a strike Wednesday to enforce demands for higher pay. The Progressive Teachers Union of Zimbabwe is holding internal consultations.",
"ZIMTA President Tendai Chikowore told reporter Jonga Kandemiiri of VOA's Studio 7 for Zimbabwe that her members will go ahead with the announced strike as her organization had so far received no official government communication on negotiations.",
]
T["004"] = [
"Striking Zimbabwe Teachers Defy Directive to Return to Work",
"Striking Zimbabwean teachers Monday defied an ultimatum by a top education official who threatened them with dismissal if they failed to show up for work this week.",
"Education Ministry Permanent Secretary Stephen Mahere ordered teachers back to work after the government promised to pay part of their wages in grocery vouchers and the rest in the Zimbabwean dollar. But unions representing the teachers turned down the offer, reiterating their demand for a monthly salary for starting teachers of US$2,200.",
"The Progressive Teachers Union of Zimbabwe said teachers were prepared to be sacked by the ministry rather than return to work.",
"Acting Chief Executive Officer Sifiso Ndlovu of the Zimbabwe Teachers Association told reporter Jonga Kandemiiri of VOA's Studio 7 for Zimbabwe that teachers will only go back to work if the government meets their demands.",
"Classrooms in the high density suburbs or townships of the Midlands capital of Gweru were mostly empty Monday morning as teachers stayed home despite the government ultimatum to report for duty or be sacked, correspondent Taurai Shava reported.",
"Elsewhere, dozens of students from Midlands State University were injured when police broke up a campus demonstration against hard currency fees.",
"National Spokesman Blessing Vava of the Zimbabwe National Students Union told reporter Chris Gande of VOA's Studio 7 for Zimbabwe that three student leaders were severely beaten then taken into police custody.",
]
T["005"] = [
"A new round of barbs opened between an opposition lawmaker and Prime Minister Hun Sen on Thursday, with the Sam Rainsy Party\u2019s Mu Sochua cautioning the premier to curb rhetoric about a crackdown on the opposition.",
"On Wednesday, Hun Sen responded to critics of the government by saying he had the power to eliminate the opposition through force in only two hours but hadn\u2019t.",
"\u201cI as the prime minister use the court of law, and it is the same as the armed forces if it is not allowed,\u201d Hun Sen told a forum in Phnom Penh. \u201cIs it the rifles or what? I only need two hours to take over all of Phnom Penh. If you want to try, from this hour, I only need two hours, not longer than that, to grab you all.\u201d",
"Mu Sochua, who is in the US, told VOA Khmer Thursday she was \u201chorrified\u201d by the comments.",
"\u201cI think that such language should not be used at all, especially by a leader,\u201d she said.",
"Mu Sochua was fined earlier this month in a suit brought by Hun Sen after she charged he had defamed her in a derogatory speech in April.",
"She has said she will appeal the decision, which spot-lighted alleged political bias in the courts.",
"The government and the courts have come under increased scrutiny lately, following a rash of court cases against opposition lawmakers, journalists and rights workers that critics say could mark a crackdown on government dissent.",
]
T["006"] = [
"Cambodian embassy officials in Washington say they won\u2019t hold a special event for the inauguration of president-elect Barack Obama, but they have been invited to Tuesday\u2019s event.",
"\u201cThe Cambodian Embassy, like the representatives all of the countries\u2019 embassies based in the US, has been invited by the US State Department to join president Obama\u2019s inauguration,\u201d said Nay Meng Eang, deputy chief of mission at the Cambodian Embassy.",
"Cambodia is currently without an ambassador in Washington, following the exit of Ek Sereywath in late 2008. Hem Heng, the incoming ambassador, has yet to be recognized.",
"\u201cWe haven\u2019t seen any confirmation yet,\u201d Nay Meng Eang said.",
"Cambodian Embassy officials have also requested the establishment of a military attach\u00e9 with the US, as well as a consulate office in Lowell, Mass., where many Cambodians live, but they have not received responses, he said.",
"Meanwhile, the Khmer Kampuchea Krom Federation, an advocacy group based in New Jersey, said it had sent a letter of congratulations to the incoming president.",
"Attached to the letter was an eight-page report on restrictions by the Vietnamese government against members of the Khmer Krom minority there, including the persecution of liberty, human rights and religion, said Thach Ngoc Thach, president of the group, who met with State Department officials last week.",
"\u201cI think the new government will be able to continue the cooperation from [George W. Bush] administration\u2019s work,\u201d he said. \u201cWe strongly hope that the relationship between the Khmer Kampuchea Krom Federation and Obama\u2019s administration will comprehensively continue.\u201d",
]
T["007"] = [
"Mr. Khieu Kanharith Refutes Cambodians Living in The U.S.",
"A government high ranking official Wednesday reacts to Cambodians living in the U.S. who criticize the government by clarifying that the most important goal which the government wants is national unification, and reconciliation not a trick to get international aids.",
"This clarification happens after a number of Cambodians living in the U.S. criticized the Hun Sen-led government in what seems to be its sudden change of position, in their interview with VOA Khmer Service.",
"Mr. Khieu Kanharith, government spokesman and Minister of Information alleges that these Cambodians in the U.S. think that the government changes its position in a maneuver to make the people forget about the border issues, the immigration issue with millions of Vietnamese emigrating to Cambodia, and to evade international pressure so that this government can receive foreign aids.",
"Mr. Khieu responds to these criticisms saying these people do not understand the real situation in Cambodia. He reacts to the allegations that the government uses maneuvers by saying that the ruling leaders solve this tense political stalemate so that the Cambodian people can enjoy peace and well-being.",
"He says that the ending of this rift is for the people's happiness and peace of mind. He goes on saying that international aids are not important if the leaders quarrel.",
"The Center for Social Development's president Ms. Chea Vannath calls this detente a genius in leadership, sometimes using a hot policy, sometimes warm.",
]
T["008"] = [
"Phnom Penh Municipal Court officials refused to meet with opposition leader Sam Rainsy Wednesday, as he sought to provide what he says is evidence of Foreign Minister Hor Namhong's involvement in a Khmer Rouge prison camp.",
"Sam Rainsy has been summoned several times to the court since April, but he said he had gone of his own volition Wednesday.",
"He sought to submit to the court the alleged testimony of a former Boeung Trabek camp inmate that accuses Hor Namhong of being the chief of the prison.",
"Hor Namhong, who has maintained he was a prisoner at the camp, sued Sam Rainsy for defamation and disinformation for similar accusations made at a public rally in April.",
"Sam Rainsy said Wednesday the courts were \"cheap\" and \"biased\" to the ruling Cambodian People's Party.",
"Court officials were not immediately available to for comment.",
]
T["009"] = [
"At around 2 pm local time on Sunday, 27 May 2012, two young Tibetan men set themselves on fire in front of the Jokhang temple in Lhasa, sources have told VOA.",
"According to the sources, the security forces, armed with firefighting equipment, arrived rapidly on the scene and extinguished the raging fires and took away the two men. It is believed that one man may have died on the scene, but the actual condition and whereabouts of the two men are not known at this time.",
"One of the self-immolators was reportedly Dorjee Tseten, a 19- year \u2013old, from Amdo Bora, and the other young man is reportedly from Amdo Ngaba, although the source couldn\u2019t confirm this information with certainty. Both men had lived in Lhasa for some time and worked at Nyima Ling restaurant, a Tibetan source told VOA Tibetan Service.",
"Sources in Tibet also told VOA Tibetan Service that although eyewitnesses have taken pictures of the self-immolation in Lhasa, but they were not able send them out because of China\u2019s immediate of cutting of information links to the outside world.",
"Gedun Sonam, a monk from Drepung Gomang in South India, told VOA Tibetan Service, Dorjee Tseten is the youngest child of the three. His mother\u2019s name is Dolkar Kyi and fathe\u2019s name is Wa Dekhar (SP?). Gedun Sonaam, who is also from Amdo Bora, said that the two self-immolators were shouting something as they were engulfed with fire. It was not clear what they were shouting.",
"In the past the self-immolators often called for return of the Dalai Lama and freedom for Tibet.",
]
T["010"] = [
"Two more Tibetans have set themselves on fire to protest China's crackdown on rising Tibetan dissent in China's Sichuan province.",
"Sources with contacts in the region tell VOA the Tibetans, both in their 20s, set themselves ablaze near a monastery in the Sichuan provincial city known as Aba to Tibetans and Ngawa to ethnic Chinese. Both later died.",
"At least 35 people have set themselves on fire in the past year, most of them Buddhist monks or nuns in Tibetan areas of China. Two have self-immolated in India. All were described as supporters of Tibetan autonomy who were demanding that China allow the return of Tibet's exiled spiritual leader, the Dalai Lama.",
"Beijing has not commented on the latest incidents \u2014 which come just days after the pro-Tibetan advocacy group, the International Campaign for Tibet, released video footage of a man engulfed in flames and running in circles. That immolation also occurred in Aba.",
"Beijing has described the protests as barbaric and terrorist acts. But Western advocacy groups and many governments say the protests are a direct response to ethnic Chinese indifference to Tibetan religious practices and cultural norms.",
"China also accuses pro-Tibetan exile groups of inciting separatism, and routinely refers to the Dalai Lama as a \u201csplittist\u201d (separatist).",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
