#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Headline, blank line, then paragraphs separated by blank lines."""
import os
D = os.path.dirname(os.path.abspath(__file__))
L, R, A = "\u201c", "\u201d", "\u2019"
T = {}
T["001"] = [
"Cameroon Says Frightened Separatists Relocate to Border with Nigeria, Harass Civilians",
"Cameroon's government says calm is gradually returning to several towns in its English-speaking western regions after the military launched raids on separatist strongholds during the past month.",
"The military said troops carried out operations in many western towns and villages including Kumbo, Ndop, Wum, Bafut and Kom, with at least 20 separatist fighters were killed but no government troops were wounded.",
"General Valere Nka, the commander of Cameroonian troops fighting separatists in the English-speaking North-West region, said several hundred fighters escaped to villages along Cameroon's western border with Nigeria. He said troops have been deployed to stop fighters from stealing goods and money from merchants and cattle from ranchers in border localities.",
"\"The president of the republic, President Paul Biya, commander in chief of the armed forces has sent the defense and security forces to protect you, not to kill you,\" Nka said during a visit to several border villages this week. \"We need your total collaboration to better secure you.\"",
"The military did not say how many troops have been deployed or how long the troops are expected to stay along the border with Nigeria.",
"Nelson Bwei, a spokesperson for the Abba Village Development Committee, said a military post is needed in the village, which is on the border with Nigeria, to protect civilians from separatist fighters. He said hundreds of the fighters are hiding in the bush along the border, especially in Fungong district.",
"\"Our children are facing harassment,\" he said. \"Lower Fungong has no security post. The people there are exposed to insecurity. We plead to the general to create military units because we believe that if there is that military unit, it will beef up the security of the subdivision.\"",
]
T["002"] = [
"Zimbabwe Government Spokesman Rejects Political Opening",
"A spokesman for the government of President Robert Mugabe has declared that talks with the opposition are not on the agenda so far as it is concerned, despite comments from a senior South African official who says there are indeed conditions that Harare must meet to obtain the financial bailout it is requesting from Pretoria.",
"South African Deputy Foreign Affairs Minister Aziz Pahad said the pending loan is predicated on " + L + "a common approach involving the Zimbabwean private sector and political parties." + R + " Mr. Pahad emphasized that Pretoria" + A + "s overarching concern was to prevent the already-collapsing Zimbabwean economy from imploding with all of the consequences that would entail for South Africa and the region.",
"In Harare, Acting Information Minister Chen Chimutengwende told the government-controlled Herald newspaper that the government did not envision opening talks or negotiations with the opposition Movement for Democratic Change.",
"Reporter Blessing Zulu of VOA" + A + "s Studio 7 for Zimbabwe reached Mr. Chimutengwende and asked for clarification of his remarks published Tuesday in the Herald.",
"President Mugabe" + A + "s adamant opposition to dialogue with the leading opposition party is perceived by some international observers as a stalling tactic.",
"Political analyst Princeton Lyman, director of Africa studies at the Council on Foreign Relations in New York, and a former U.S. ambassador to South Africa and Nigeria, said Mr. Mugabe ultimately has little choice but to accede to Pretoria" + A + "s demands.",
"Zimbabwean political analyst John Makumbe, a lecturer at the University of Zimbabwe, told reporter Jonga Kandemiiri that the Mugabe government is increasingly isolated.",
"But Dr. Makumbe said he believed Mugabe would go to any length rather than give in to pressure from the African Union and others to open talks with the opposition.",
]
T["003"] = [
"Zimbabwe Opposition Urges Minister To Issue Non-Violence Orders",
"The faction of Zimbabwe's opposition Movement for Democratic Change led Morgan Tsvangirai, summoned by Home Affairs Minister Kembo Mohadi over allegations that its members have been the victims of police violence, says that before the meeting Mohadi should order provincial police to stop harassing opposition members.",
"Faction spokesman Nelson Chamisa said the MDC was not setting a condition for the meeting, which has been set for Wednesday, but requesting that the minister show that the government is serious about stopping political violence.",
"VOA could not reach Mohadi, who summoned Tsvangirai and other officials saying he wanted them to substantiate their charges, issued in a news conference last week, that members have been killed or injured by state-sponsored political violence.",
"Police spokesman Wayne Bvudzijena, an assistant commissioner of the Zimbabwe Republic Police, said the opposition had cooked up the figures for political gain.",
"Chamisa, confirming that a delegation of the MDC faction will meet with Mohadi, told reporter Patience Rusere of VOA's Studio 7 for Zimbabwe that the government" + A + "s intentions are not clear but that the party will give authorities a chance.",
"Though Southern African leaders headed by South African President Thabo Mbeki have urged the Harare government to investigate and halt alleged official violence, unlawful arrests and intimidation of opposition and human rights activists appeared to continue this week. In the Mashonaland Central town of Bindura, authorities arrested 15 MDC members on Sunday for attending a party youth forum, sources said.",
"Thamsanqa Mahlangu, an MDC provincial youth chairman, told reporter Blessing Zulu of VOA's Studio 7 for Zimbabwe that the youths arrested in Bindura were beaten by liberation war veterans before being handed over to the police.",
]
T["004"] = [
"African Health Officials Prepare for New Malaria Vaccine",
"Officials are meeting in Ghana to discuss ways to get an early start on administering malaria vaccines in Africa. The vaccine is currently on trial in six African countries. Malaria is a major cause of death for children in sub-Sahara Africa. Efam Dovi has more on the story for VOA, from the Ghanaian capital, Accra.",
"The Accra meeting, one of several in Africa, involves officials of the World Health Organization, U.N. Childrens Fund, Ghanaian health authorities, as well as other development partners.",
"Participants are discussing measures to ensure the vaccines are administered as soon as approved.",
"Hundreds of Ghanaian children between five and 17 months are taking part in the Ghana trial, which started in September.",
"Dr. Ruth Owusu is a member of the research team supervising the Ghana trials. She says the vaccine looks promising, but says it is still too early to tell if it will work.",
"\"This study we are doing now is not looking at the efficacy, it is looking at the safety,\" she said. \"But soon after this study, once we think its safe enough to be used, there will be a larger study looking at the efficacy. This will go on in about 10 countries. I think it looks promising, but its still early to give any definite statement that yes, this is a vaccine that will definitely work, but I think its promising.\"",
"There is normally a long time-lag between licensing a vaccine and when it is administered in Africa.",
"Two-day workshops are being held in several African countries to help national health authorities to evaluate issues that will aid in introducing the vaccine.",
"Dr. Owusu explains why it is important for countries to be prepared before a vaccine is licensed.",
]
T["005"] = [
"DEVELOPMENT REPORT \u2013 Malaria Vaccine - 2004-04-04",
"This is Robert Cohen with the VOA Special English Development Report.",
"Malaria is a very serious disease that kills more children under the age of five than any other disease. People get malaria when they are bitten by tiny insects called mosquitoes. The mosquitoes carry parasites which enter a person" + A + "s blood and cause malaria.",
"Carter Dibbs is an American doctor who works on the Malaria Vaccine Development Program for the United States Agency for International Development. Doctor Dibbs says the parasite that causes malaria is much more complex than other organisms, such as the virus that causes polio. He says the malaria parasite uses many tricks so that it is more difficult to make a vaccine that is safe and will prevent the disease.",
"Malaria vaccines are now being tested on adults in Burkina Faso and Mali. Vaccines are being tested on children in Mozambique and Mali.",
"Many organizations are involved in the testing. They include U.S.A.I.D, the American military, American health organizations, and European governments.",
"To make sure that a vaccine will really prevent malaria, it must be tested on many people in many different places. Doctor Dibbs says the people who join the vaccine tests are as important to the goal of finding the right medicine as the scientists.",
"People are told about the tests during public meetings with community leaders. Doctor Dibbs says people should ask questions about good or bad things that could happen to their bodies if they take the medicine that is being tested. Adults or parents of children must agree to the vaccine test.",
"Adults receive a small amount of the vaccine medicine. The children receive either the malaria vaccine or a different medicine that protects them against a different disease.",
]
T["006"] = [
"Ivory Coast Rebels Reject Calls to Surrender - 2002-10-09",
"Rebels in Ivory Coast are rejecting President Laurent Gbagbo's calls for them to lay down their weapons.",
"A rebel spokesman, Tuho Fozie, said insurgents remained open to negotiations but would not disarm because, he said, they do not trust President Gbagbo's intentions.",
"In a speech broadcast late Tuesday, the Ivorian leader said he was willing to engage in peace talks, but only if the rebels laid down their weapons first. Mr. Gbagbo made his offer after he came under heavy international criticism for refusing to sign a cease-fire agreement recently.",
"U.S. Assistant Secretary of State for Africa, Walter Kansteiner traveled to Abidjan Wednesday and met with President Gbagbo. Mr. Kansteiner says the United States encouraged Mr. Gbagbo to negotiate with the rebels.",
"\"Cote d'Ivoire is an anchor in the region. It's an economic anchor. It's a terrific engine for growth, so it's important to get Cote d'Ivoire back on its feet where you can attract increased commerce and you can attract foreign direct investment, you can assist in developing higher trade flows. It's also a political anchor, where you have a region that has had too many conflicts in the near past. The last thing we need is yet another West African conflict and all of the spinoffs that come from that. So, we encouraged a peaceful solution as quickly as possible,\" Mr. Kansteiner said.",
"The United States says it will provide political and diplomatic assistance to mediators as they continue to press ahead with efforts to end the crisis.",
"Rebels this week withstood a government offensive against their stronghold in Bouake, Ivory Coast's second largest city.",
"The insurgents said they were receiving reinforcements from other parts of the rebel-held north and were preparing a new counter-offensive.",
]
T["007"] = [
"Ivory Coast Rebels Brace for Attack",
"Rebels in the north of Ivory Coast are bracing for what they say is an imminent attack by forces loyal to President Laurent Gbagbo. The country, divided by civil war since 2002, is tense after a recent flare-up in fighting.",
"A spokesman for Ivory Coast's New Forces Rebels, Soul Tossoul, said government troops are mobilizing in the west, and he is afraid of new advances on rebel positions. He says militias loyal to President Laurent Gbagbo are responsible for the recent attack against rebels in the west of the country near the town of Logouale, which took place at the end of February.",
"Mr. Toussoul said rebel forces did not respond to militia attacks, but the recent fighting had placed rebels on alert and they would be ready to defend their people.",
"In a statement, rebels said that if attacked again they will not limit their actions to self defense. They said the recent attack was a prelude to a resumption of hostilities.",
"The recent attack took place across the buffer zone which splits the rebel held north from the government south, and is patrolled by United Nations and French troops.",
"Seri Bahy, an advisor to the Ivorian president, denied that Mr. Gbagbo had instigated the attack.",
"\"He has no intention of responding to what the rebels are saying , and he has no intention of resuming any war whatsoever,\" he said.",
"Mr. Bahy said that the government is still committed to peace talks under the mediation of South African President Thabo Mbeki.",
"Immediately after the fighting near Logouale, the rebels said in a statement that mediation efforts were over. Rebels have repeatedly said they are not impressed with Mr. Mbeki's efforts to resolve the crisis.",
"The United Nations spokesman, Amadou Toure says that both rebels and the government are still participating in discussions which are the only way of resolving the crisis.",
]
T["008"] = [
"Ivory Coast Rebels Reject October Elections",
"Ivory Coast's New Forces rebels have said they will not accept elections scheduled for October 30, which were meant to put an end to the country's civil war. The New Forces say President Laurent Gbagbo must leave office by midnight October 30, or else they will take up arms against him.",
"The New Forces rebels, who control the northern part of Ivory Coast, have stepped up their rhetoric against President Laurent Gbagbo. In an interview with VOA Friday, the New Forces spokesperson Mr. Sidiki Konate said that, if Mr. Gbagbo remains in power after October 30, the rebels will force him out.",
"\"We will use any means that we have not to accept this situation, and I think we will not be alone,\" said Mr. Konate. \"The whole nation will have to say something because we cannot accept that this minority continue to lead our destiny and we will fight by any means.\"",
"In a statement issued late Thursday, Ivory Coasts New Forces rebels said they would not accept the results of the planned October 30 elections because, as they see it, the conditions do not exist to hold free and fair elections on that date. They say President Gbagbo must leave office, and want a transitional period in government after the election date.",
"President Gbagbo has previously said that if elections do not take place, he will remain president.",
"The president's spokesman, Desire Tagro, said the government will not react to the rebels' statement until the mediator to the conflict, South African President Thabo Mbeki, gives his report to the United Nations Security Council at the end of August.",
"The New Forces said their decision not to accept the elections was based on conclusions of four commissions, which evaluated the electoral process, disarmament, mediation and the implementation of peace accords.",
]
T["009"] = [
"South Africa" + A + "s Ruling ANC on Verge of Another Victory",
"South Africa" + A + "s Independent Electoral Commission is expected to announce official results this week" + A + "s presidential and provincial election Friday.",
"With about 90 percent of the votes counted as of late Thursday, it appears the ruling African National Congress (ANC) is poised to get another mandate to continue its leadership of the country.",
"This despite allegations of corruption leveled against President Jacob Zuma and complaints that the party of liberation from white minority rule has done very little to help the country" + A + "s black majority.",
"The democratic alliance, the country" + A + "s main opposition was a distant second with 23 percent of the vote.",
"Keith Khoza, communications manager of the ANC, says the vote shows South Africans trust the ANC not just as a liberation party but as an organization that has positively impacted the lives of the country" + A + "s poor.",
L + "Remember the ANC is a former liberation movement that is running a third world developing economy which has problems that are typical of all other developing economies. But what is important is that in the 20 years of its governance, the ANC has been able to impact positively on the lives of the poorest of the poor. And that is why they trust the ANC with their vote," + R + " he said.",
]
T["010"] = [
"Opposition Alliance in Bangladesh Warns Government",
"The fourteen party opposition alliance which is planning to do a sit-in strike around government" + A + "s secretariat building to press for their demand for reforming electoral process have warned the government that if they take any action to suppress the opposition they should be prepared for any consequences.",
"After a meeting of the alliance, the general secretary of Bangladesh Awami League Abdul Jalil who is also the coordinator of the alliance says that if any obstacles are made during their peaceful demonstration, the government would be solely responsible for whatever follows.",
"In the meantime, Dhaka Metropolitan Police has banned any kind of gathering around the Secretariat building. In a press release , the police say that due to a planned siege by opposition , the government is taking this measure to assure security of people.",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
