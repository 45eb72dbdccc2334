#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Paragraphs are joined by blank lines; a body whose stored copy has no headline starts with the lead."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"PHNOM PENH \u2014 Officials at the U.N.-backed Khmer Rouge tribunal say they will announce a verdict in August in the atrocity crimes trial against former leaders Nuon Chea and Khieu Samphan.",
"While the court prepares to start the second phase, officials said Thursday they would pronounce a judgment for the first phase on Aug. 7. That phase focused mainly on alleged crimes surrounding the forced movement of people and the execution of soldiers following the Khmer Rouge takeover in April 1975.",
"Tribunal spokesman Neth Pheaktra said the verdict is expected to bring justice for all parties involved.",
"\u201cThe day of issuing the verdict is the day the justice will be given to all parties, the victims who have been waiting for justice for so long and the detained accused who want the verdict to be issued soon so that they know whether or not they will be convicted for the crimes.\u201d",
"Sum Rithy, a Khmer Rouge survivor and civil party complainant, told VOA's Khmer service that the decision will be \u201ccrucial\u201d for victims.",
"\u201cIt is important for victims because convicting both [the] detained [and] accused according to national and international laws means to bring justice to the victims,\" he said. \"For more than 30 years, the victims have been waiting for justice from the crimes committed by Khmer Rouge regime.\u201d",
"Kong Som On, a lawyer for Khieu Samphan, said his client should not be convicted.",
"\u201cBased on statements by Khieu Samphan and his lawyers, Khieu Samphan is not guilty,\" he said. \"The accusation of co-prosecutors is based on insufficient evidence on the responsibility of Khieu Samphan for any crimes. Therefore, Khieu Samphan should not be guilty.\u201d",
"As many as 2 million Cambodians died from starvation, overwork and executions during the four-year rule of the Khmer Rouge, which attempted to create an agrarian communist utopia.",
"The group's leader, Pol Pot, died in 1998 and co-founder Ieng Sary died earlier this year.",
]
T["002"] = [
"Hundreds of Factory Workers Faint on Job",
"Chhuon Malay was still feeling shaky Tuesday night. She waited until the rain stopped before walking from her rented apartment in a Phnom Penh suburb to get a fruit shake\u2014a luxury she said she can rarely afford but that she hoped would bolster her strength.",
"The 28-year-old garment worker still felt weak from Monday, when she and around 400 coworkers fainted on the job at the Willbes Cambodia Co., Ltd., garment factory in the capital\u2019s Dangkor district.",
"\u201cMy health used to be strong, but at that time I fainted unexpectedly,\u201d she told VOA Khmer, drinking her fruit shake. \u201cI am afraid that my health would be weak in the future.\u201d",
"The mass fainting\u2014caused apparently by noxious fumigation chemicals\u2014underscores an ongoing problem in Cambodia\u2019s factories, a leading union representative said after the spell. As many as 30,000 workers have fainted on the job in factories in the last decade.",
"The weakened workers were sent to various state hospitals and private clinics in Phnom Penh. Chuon Malay found herself at the Samphup Angkor clinic, having lost consciousness for six hours. She returned to her home later that night.",
"\u201cI\u2019m still tired until now,\u201d she said.",
"The following day, the factory closed its doors. On Wednesday, it was open again, but dozens of workers walked off the job, claiming they were still too ill to work.",
"Willbes human resource manager Sem Sokunthea said the factory allowed ill workers a day off on Wednesday without a dock in pay, after doctors confirmed their ill health.",
"\u201cWe regret that unexpected event,\u201d Sem Sokhunthea said. \u201cWe also regret that our company lost a lot.\u201d",
"The fainting spell cost the factory thousands of dollars in lost production and wages, as well as medical treatment, she said.",
"The factory had employed an unnamed company to fumigate two weeks ago, she said, to prevent insects from damaging clothes.",
]
T["003"] = [
"No Re-Vote Likely: Election Official",
"The Cambodian People's Party apparent election sweep will not likely be contested by a second round of voting, despite calls from the opposition party and others that the election was tainted, an election official said Monday.",
"\"There is not a possibility of having a re-vote unless you have particular evidence to prove irregularities,\" Heu Rong, head of the National Election Committee's operations department, said, as a guest on \"Hello VOA.\"",
"Four main parties have alleged irregularities in nearly every province, including the omission of thousands of voter names from registries, intimidation and vote-rigging.",
"\"Voters' names were deleted, and names were missing from the list,\" said Mar Sophal, monitoring chief for the Committee for Free and Fair Elections. \"Right now we can't evaluate the election process. We'll wait and see if the NEC tackles the issues, such as complaints from parties, first.\"",
"Heu Rong said the NEC was investigating the allegations, but they had not received official complaints yet at the national level. Some complaints may still be held at the commune or provincial levels, he added.",
]
T["004"] = [
"African Athletes Win 40 Olympic Medals",
"African runners swept the Men's Marathon race Sunday on the last day of the 29th Olympic Games in China. In all, athletes from more than a dozen African countries won medals in events ranging from running and football to swimming and kayaking. VOA's Scott Bobb reports from Beijing.",
"Kenya's Samuel Wansiru and Morocco's Jaouad Gharib Sunday broke the 24-year-old Olympic record in the Men's Marathon race while Ethiopia's Tsegay Kebede came in third.",
"Kenya was one of the most successful African teams, winning five gold medals and 14 medals in all. Kenya excelled in long distance running events but also took gold and silver in the women's 800 meters.",
"The head of the Kenyan Committee in Beijing, David Okeyo, noted that the team performed much better than at the previous Olympics in Athens, Greece and said this was due to its training program for young athletes.",
"\"Our youth program has really increased and it's really helping. It's a very good buildup toward these kinds of Games and the Championships,\" said Okeyo.",
"Kenya is to host the Africa Championship games in two years in Nairobi. Okeyo says in anticipation, Kenya is working hard on the sprints and field events.",
"Ethiopia also did well in the long distance races. It won four gold medals, in the men's and the women's 5,000- and 10,000-meters, and bronze in the men's marathon on Sunday.",
"Nigeria won the silver medal in men's football, or soccer, losing to Argentina one-nil, in a tough match Saturday in Beijing.",
"Nigeria team spokesman Tony Nezianya said Nigeria also expected to do better in athletics, especially the relay events.",
"\"We had expected that we would have performed much, much better than we have done but on the whole we are not totally disappointed,\" said Nezianya.",
]
T["005"] = [
"WASHINGTON DC - Opposition leaders say Cambodia faces critical problems in its election procedures that must be addressed ahead of July polls.",
"Yim Sovann, a lawmaker for the Sam Rainsy Party, told \u201cHello VOA\u201d Thursday that the ruling Cambodian People\u2019s Party is making decisions on its own, leading toward an election that will not be free and fair.",
"\u201cOnly in Cambodia does the ruling party make its own decisions and compete in its own boxing match,\u201d he said.",
"Opposition leaders are calling on the National Election Committee, which they see as biased toward the ruling party, to make changes in its policies before the vote is held.",
"This year\u2019s parliamentary election, which is slated for July 28, may not be recognized by the international community, Yim Sovann said. The electoral system is plagued with \u201cfraud\u201d and \u201ccheating,\u201d he said, and the election will not be seen as \u201cfree and fair and credible.\u201d",
"The Sam Rainsy Party has counted some 700,000 suspicious names, he said. And the NEC does not have equal representation of parties at the local levels.",
"Yem Ponhearith, a lawmaker for the opposition Human Rights Party, said after an election that is not credible, \u201cvoters really cannot quietly stand to watch the country dying.\u201d",
"\u201cLeaders, as well as the NEC, have an obligation to organize a free and fair election if we do not want a problem occurring after the election,\u201d he said.",
"The opposition parties will merge as the Cambodia National Rescue Party for the election, hoping to improve their number of seats in the National Assembly or defeat the ruling Cambodian Peoples Party.",
"\u201cThe parties are not merging together for power, not merging to share power,\u201d he said. \u201cThe sun rises: get up and rescue our country. We should not be allowed to be numbed, to be confused, through sarongs, seasoning, money, or empty positions, by people who betray their conscience.\u201d",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
