#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Paragraphs are joined by blank lines; headline first, then a blank line."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"Zimbabwe's Tsvangirai Takes Long View on Power-Sharing Government",
"Prime Minister Morgan Tsvangirai on Friday downplayed ongoing divisions in the national unity government he heads, saying that the principals in power-sharing are making progress on resolving issues still outstanding three months after the government was formed.",
"But Tsvangirai acknowledged in an exclusive interview with correspondent Benedict Nhlapho of VOA's Studio 7 for Zimbabwe that setbacks to unity come at a cost in confidence.",
"\"We are very satisfied with the performance of this government,\" Tsvangirai said, citing what he called \"incremental gains\" in reopening schools and hospitals, stabilizing prices, restocking store shelves across the country through import liberalization. \"So Zimbabweans see this as a positive step and they are cautiously optimistic.\"",
"He acknowledged political difficulties. \"The challenges are many, mostly economic, but there are also political challenges,\" Tsvangirai said. \"You know that we still have outstanding issues which we have been discussing and (on) which we are making slow progress, but sometimes act as a damper to the confidence of the people because they see this as a reluctance on (the part of) some of the core signatories to implement the Global Political Agreement (signed in September 2008) and that affects the confidence\" of Zimbabweans.",
"Tsvangirai referred only obliquely to the setback dealt to the unity government this week with the revocation of bail and re-arrest of 18 activists, mostly members of his formation of the Movement for Democratic Change, after their indictment on charges they conspired to overthrow the former government of President Robert Mugabe.",
]
T["002"] = [
"Opposition Wants Lawmakers Returned to Assembly Seats",
"WASHINGTON DC - Opposition leaders are urging ruling party lawmakers to reconsider the expulsion of 29 parliamentarians from the National Assembly earlier this month, a move that has drawn heavy criticism from the US and others.",
"Ruling party officials say the expulsion was legal, since the parliamentarians switched to another party, thereby giving up their seats. Opponents say lawmakers cannot legally be expelled from the Assembly within six months of their terms ending.",
"The US State Department called the expulsion harmful to Cambodia\u2019s democratic process, where \u201cfull participation of all elected representatives is essential.\u201d Ruling party officials then called the US position unacceptable.",
"However, former speaker at the National Assembly, Son Soubert, who is the current head of the Human Rights Party, told \u201cHello VOA\u201d on Thursday that the US has a right to issue statements on the Assembly, since it was an initiator of the Paris Peace Accords that helped form the Cambodian government.",
"\u201cThey paid a lot of money, the US and the EU, for the existence of the democracy in Cambodia,\u201d he said.",
"Cambodia\u2019s democratic system is supposed to be designed so that one party does not have control of the process, he said. \u201cThe communist parties, they control their members and they do whatever they wish to,\u201d he said.",
]
T["003"] = [
"Duch Returns to Khmer Rouge Trial After Four Years",
"After four years away from the courtroom, Kaing Guek Eav, the chief of Phnom Penh\u2019s notorious S-21 Khmer Rouge security center, returned to the Khmer Rouge tribunal on Tuesday to argue that Nuon Chea\u2019s attempt to distance himself from atrocities committed at the jail were \u201cmeaningless\u201d.",
"In 2010 Guek Eav, better known as Duch, who oversaw the torture and execution of more than 15,000 people at the prison, became the first Khmer Rouge official to be found guilty of crimes during the reign of the regime, during which an estimated 1.7 million Cambodians died.",
"Duch last testified in Case 002/01 in 2012 and returned yesterday to give evidence in the same case, which sees Khmer Rouge second-in-command Nuon Chea and the regime\u2019s head of state Khieu Samphan on trial for genocide.",
"Duch repeated allegations on Tuesday that Duch had given direct orders for the interrogation and torture of those brought to the prison.",
"Responding to questions from the co-investigating judges, Duch said he was surprised to learn that Chea had rejected allegations he ordered torture at S-21, also known as Toul Sleng.",
"\u201cThis rejection is meaningless,\u201d he said, adding that all actions taken at the prison were done under the supervision of the top Khmer Rouge leadership.",
"\u201cThe rejection [of the allegations] by Uncle Nuon is a surprise to me. I\u2019m really surprised. I did not expect that. S-21 was like other security departments in Democratic Kampuchea,\u201d he said, using the official name of the country at the time.",
]
T["004"] = [
"Zimbabwe Minister Denies Excluding United Nations From Food Assessment",
"Controversy has sprung up over reported comments by Zimbabwean Agriculture Minister Joseph Made saying he would bar United Nations agencies from joining in food and crop assessment surveys in the country, citing national security issues.",
"The UN news agency IRIN quoted Made as saying that the assessment of crops and food is a matter of national security that should be treated with \u201cutmost caution and exclusivity.\u201d The agency quoted Made as accusing UN agencies of circulating negative information about the country, adding, \u201cWe don\u2019t want to have politics in food.\u201d",
"The UN Food and Agriculture Organization and the World Food Program, among others, normally participate in Zimbabwe\u2019s crop and food surveys.",
"An estimated 1.7 million Zimbabweans will need food aid through the April maize harvest, but the numbers could rise due to a period of drought near the end of the season.",
"Reached by VOA, officials at the FAO in Harare declined to comment on issues related to food and crops, saying that Harare had carried out its survey without them.",
"Made told VOA Studio 7 reporter Sandra Nyaira that the IRIN report misquoted him. He said Harare would work with UN agencies and non-governmental organizations as long as they stay out of Zimbabwean politics.",
"Moses Jiri, a member of Parliament\u2019s portfolio committee on agriculture, says his panel will not allow made to play politics with food at a critical time.",
"Non-governmental organizations and agricultural experts painted a grim picture of food availability in many parts of Zimbabwe following a dry spell in February in combination with rising food prices that exclude many from the marketplace.",
]
T["005"] = [
"Villagers Abandon Homes as Zanu PF Evicts MDC-T Activists",
"Eleven villagers from Chief Masala\u2019s Dayataya Ward in the Zvishavane-Ngezi constituency, Midlands province, have fled their homes and sought refuge in the asbestos-mining town after allegedly being assaulted by suspected Zanu PF supporters.",
"Lillian Timveos, the Midlands South provincial chairperson for the Movement for Democratic Change led by Prime Minister Morgan Tsvangirai, told VOA Studio 7 the villagers, who include a pregnant woman, fled their homes Sunday night following the alleged assault and harassment.",
"\u201cIt\u2019s true that there are some MDC-T supporters from about four homesteads in Ndindani village in Dayataya Ward who fled their homes after they had been assaulted by Zanu PF supporters. This happened on Sunday night,\u201d said Mrs. Timveos.",
"She said the villagers were being punished for leaving a meeting called by Chief Masala early Sunday when they realized that it was a political meeting aimed at drumming up support for Zanu PF.",
"\u201cThe villagers say Chief Masala called a public meeting insisting that all villagers should attend. When villagers from across the political divide arrived at the meeting, they realized later that it was a Zanu PF meeting which had been called under the guise of a public meeting. So, some MDC-T supporters decided to leave as they felt that it was improper for the chief to call for a political meeting\u201d",
"The incident was reported to Zvishavane police who promised to investigate.",
"Mrs. Timveos said she is concerned that three MDC-T youths, who were also assaulted, are in police custody.",
"Provincial police spokesman Inspector Emmanuel Mahoko was not available for comment. But an officer, who spoke on condition of anonymity as he is not allowed to speak to the press, confirmed the incident.",
]
T["006"] = [
"Zimbabwe's Tsvangirai Throws Cold Water On Unity Government Talk",
"Zimbabwean opposition leader Morgan Tsvangirai said Wednesday that he is not prepared to negotiate with President Robert Mugabe and his ruling party as to a government of national unity until the political violence that has claimed scores of opposition lives is halted.",
"Tsvangirai added that he would not enter into such talks unless the mediation process now in the hands of South African President Thabo Mbeki were expanded. He has previously urged the African Union to appoint a full-time mediator to replace Mr. Mbeki, though the A.U. in its summit earlier this week reconfirmed Mr. Mbeki as Zimbabwe mediator.",
"Harare correspondent Sylvia Manika of VOA's Studio 7 for Zimbabwe reported that Tsvangirai instead proposed a transitional government for a limited period of time.",
"Under international pressure to resolve the crisis, Harare expressed readiness to open talks to establish a national unity government. Many countries, some African, have rejected the outcome of the presidential run-off ballot that nominally returned Mr. Mugabe to power on Friday, June 27, and challenged the legitimacy of his presidency and government.",
"Among the few to endorse Mr. Mugabe's mandate was Iran, under Western pressure over human rights issues and its alleged drive to add nuclear weapons to its arsenal.",
"European Union officials on Friday urged that Tsvangirai be named head of government in any government of national unity.",
"The United States meanwhile submitted to the United Nations a resolution to slap Mr. Mugabe and Reserve Bank Governor Gideon Gono, and 10 other senior officials, with additional financial and travel sanctions. An arms ban on Zimbabwe is also being discussed.",
]
T["007"] = [
"Zimbabwe State Media Floats Proposal For National Unity Government",
"With international pressure mounting on Harare to disclose the results of the presidential election held March 29, the state-controlled Herald newspaper Wednesday floated a proposal for a national unity government that its author said should be headed by President Robert Mugabe.",
"Pro-government commentator Obediah Mukura Mazombwe said neighboring countries should help broker a deal as political tensions make a presidential runoff problematic.",
"Meanwhile, presidential contender Morgan Tsvangirai of the Movement for Democratic Change, whose party says he won the election, continued a diplomatic offensive that observers said was having a significant impact on international opinion.",
"Tsvangirai met Wednesday in Maputo, Mozambique, with President Armando Guebuza and his predecessor, Joachim Chissano. U.S. Assistant Secretary of State for Africa Jendayi Frazer was in South Africa and was to travel on to Zambia and Angola.",
"In London, President Jacob Zuma of South Africa's ruling African National Congress met British Prime Minister Gordon Brown and lent his support to the notion of a national unity government.",
"Brown and Amnesty International called for an arms embargo on Harare.",
"Despite the appearance of the unity government proposal in a newspaper considered a mouthpiece for the Harare government, Justice Minister Patrick Chinamasa said he knew nothing of such a proposal and Deputy Information Minister Bright Matonga in an interview with VOA's Blessing Zulu dismissed the idea.",
"Tsvangirai MDC Secretary General Tendai Biti said the proposal in the Herald should not be dismissed as an opinion but was a reflection of ZANU-PF\u2019s thought process, contending that it showed ZANU-PF knew Mr. Mugabe could not win a runoff.",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
