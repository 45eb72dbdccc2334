#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Paragraphs are joined by blank lines; headline first, then a blank line. Hard line wraps of the
stored copies (001, 003) are joined with one space."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"Thompson Says He Supports PNTR, But Pushes Amendment",
"In a September 11 speech to fellow lawmakers, Senator Fred Thompson (Republican of Tennessee) said it was \"inconceivable\" that they would not address \"what China is doing to endanger our country\" while \"we discuss trade issues and a new relationship with China.\"",
"Thompson, who said he supports legislation granting China Permanent Normal Trade Relations (PNTR) status, urged his colleagues to support his amendment to that bill.",
"The Tennessee legislator said he introduced Amendment 4132 to H.R. 4444, the China PNTR bill, because he had been unable to bring his China Non-Proliferation Act before the Senate any other way.",
"\"I support PNTR,\" Thompson said.",
"But, he added, the United States cannot ignore China's proliferation activities because \"if we ever signal to the world that we are more concerned with the trade dollar than we are with our own national security, we will not remain a superpower for very long.\"",
"The amendment, Thompson explained, \"provides for an annual report to Congress and to the American people as to the proliferation activities\" of China, Russia, and North Korea. The three countries \"have already been identified as key suppliers,\" he added.",
"\"I know people in this body want to pass PNTR,\" Thompson said. \"They do not want any complications.\"",
"But, he asked, should the Senate's primary question be \"whether or not the House would ratify what we do? Since when does the Senate vote on an item simply because they are afraid of what the House of Representatives might or might not do?\"",
"House Members, Thompson noted, \"included provisions in their bill regarding prison labor, import surges, religious freedom, increases in funding for Radio Free Asia. All of that was in their bill.\"",
"\"Are we going to tell the world that nuclear proliferation is not as much a concern as is funding for Radio Free Asia?\" he asked.",
]
T["002"] = [
"Rice Says Recent Attacks Show Need for Global Anti-Terror Effort",
"Recent terrorist actions have reminded the world once again that a united global effort will be needed for some time to come in the ongoing war against terrorism, says Condoleezza Rice, President Bush's national security advisor.",
"Speaking with reporters at the State Department's Foreign Press Center in Washington May 14, Rice said the recent bombings of western targets in Riyadh, Saudi Arabia -- as well as terrorist actions in Chechnya earlier this week -- clearly show that \"there is hard work ahead\" to curb terrorism in which all nations \"must participate to the fullest.\"",
"The national security advisor said cooperation with Saudi Arabia has been \"very good\" on such matters as stopping the financing of terrorism, and \"we expect to have even more intensive discussions\" in the wake of the recent attacks.",
"Responding to questions on North Korea, Rice said that \"no one should be willing to give in to the kind of blackmail that the North Koreans have been practicing on the world for a number of years.\"",
"She reiterated that this is a problem between North Korea and the world, \"and that's why we've insisted on multilateral talks\" that include North Korea's neighbors and the most affected states. The United States was \"specially appreciative\" of China's participation in the Beijing talks, she said. However, \"we believe that those talks will only be really effective and fruitful\" when South Korea, Japan, possibly Russia, and others who are interested are involved in them.",
]
T["003"] = [
"TRANSCRIPT: U.S.-EU SUMMIT BACKGROUND BRIEFING DECEMBER 13",
"Washington -- President Clinton will meet leaders of the European Union December 16 to examine \"the initial harvest\" of the New Transatlantic Agenda adopted in Madrid a year ago.",
"The President will confer with Irish Prime Minister John Bruton, the current president of the Union's council of ministers, and Jacques Santer, president of the European Commission, in the semi-annual U.S.-EU summit.",
"A senior administration official told reporters December 13 the leaders will cover a broad set of economic, trade and political issues, ranging from Bosnia to unitary testing standards for telecommunications equipment. They are expected to cover as well the joint U.S.-EU fund to fight drug trafficking in the Caribbean.",
"The official recalled that meetings between American presidents and European leaders have been \"part of an on-going process\" for years; but he noted that since Clinton's proposal for a New Transatlantic Agenda was adopted, \"we are trying to change\" from sessions intended to air points of view \"to something where we're actually doing concrete things together on the ground.\"",
"The leaders, he said, will be asked to bless one such cooperative arrangement, the Mutual Recognition Agreements (MRA), which would simplify testing standards for a range of products covering $40,000 million in trade. \"We're quite close to agreement,\" the official said, \"and we hope the leaders will verify and confirm this agreement, an agreement in principle with details to be worked out in six weeks, on the initial set of sectors.\"",
]
T["004"] = [
"Africa Health, Education Programs Get Boost from U.S. First Lady",
"Washington \u2013 Winding up an eventful trip to Africa, U.S. first lady Laura Bush voiced support and promised more aid for nations struggling with HIV/AIDS and malaria, and to those striving to raise literacy levels. She completed her five-day tour in Mali June 29, after visits to Senegal, Mozambique and Zambia.",
"In Zambia, U.S. Global AIDS Coordinator Mark Dybul, who accompanied Bush on her trip, announced that U.S. aid to that country would be increased by $266 million over five years.",
"\u201cWe need broader efforts to fight the AIDS pandemic and to prevent new infections especially in Africa because this is where there are 70 percent of AIDS orphans,\u201d he told journalists in Lusaka June 28. The money will come from the President\u2019s Emergency Plan for AIDS Relief (PEPFAR).",
"Zambia originally was slated to receive $534 million in the first four years of the PEPFAR program, but that amount will be increased to $800 million, he said.",
"Laura Bush toured Zambian projects funded by PEPFAR, the President\u2019s Malaria Initiative (PMI), the U.S. Agency for International Development (USAID) and an umbrella group of companies called the Global Business Coalition. That organization works with government and nongovernmental organizations to implement aid programs. The first lady announced that 500,000 mosquito nets would be distributed to protect people from malaria, a disease that often takes a greater toll than AIDS in Zambia, according to the Zambia Malaria Foundation.",
"At Lusaka\u2019s Regiment Basic School, Bush and her daughter, Jenna Bush, inaugurated a PlayPump, a combination merry-go-round and water pump which harnesses young exuberance to provide a reliable source of clean water. It frees the children from having to bring water from home each day.",
"The two projects are examples of the public-private partnerships the Bush administration has promoted in the developing world.",
]
T["005"] = [
"Rice Sees Iraq's Political Process as Key to Defeating Insurgents",
"The ongoing political process in Iraq is the key to defeating the insurgency, achieving stability in the country and bringing an end to the need for coalition forces, according to Secretary of State Condoleezza Rice.",
"\u201c[I]t is very important to keep focused on that political process because when the Iraqis are taking control of their own future that way, and when their security forces are taking more responsibility, there's no doubt that our own coalition forces will be less needed,\u201d Rice said in a June 28 interview.",
"The secretary spoke to ABC News, NBC News and Fox News to discuss the administration\u2019s perspective on events in Iraq.",
"Rice said that political reconciliation between different ethnic and sectarian groups would not be easy, given the historic tensions.  \u201cThey are coming to terms with their own politics.  They are coming to terms with the poisonous atmosphere that was left among them by Saddam Hussein,\u201d she said.",
"She said, however, that as the groups begin to see their future in the political process rather than in continued violence, the insurgents will lose popular support.",
"Responding to recent reports about contacts between coalition forces and Sunni Arab groups, Rice said that the administration is relying on Iraqi officials to help it understand what groups and individuals from that community would be influential and constructive players in the political process.  She said this is part of an effort to bring all parties into the process, but added that the United States is not in negotiations with terrorists.  She said that murderers of innocent people do not belong in a political process.",
]
T["006"] = [
"Powell Defends Invasion of Iraq Despite Absence of WMD",
"Secretary of State Colin Powell has defended the decision to invade Iraq and overthrow its former leader Saddam Hussein on the grounds that Hussein and his regime had the capability and the intent to develop weapons of mass destruction (WMD).",
"In his February 2 interview with the Washington Post editorial board, Powell said the former Iraqi regime had personnel capable of developing the weapons, laboratories and facilities for their production, and was developing longer-range missiles capable of delivering WMD.",
"\"With respect to intent, Saddam Hussein and his regime clearly had the intent. They never lost it,\" said Powell. \"It's an intent that manifested itself many years ago when they actually used such horrible weapons against their enemies in Iran, and against their own people. It's a fact.\"",
"However, the secretary acknowledged former U.S. chief weapons inspector David Kay's report that an actual stockpile of WMD has not been found.",
"Powell said U.S. and coalition officials were not alone in assuming that, based upon the available intelligence, Iraq possessed a WMD stockpile.",
"\"The UN accepted it as something that was fact for a period of many years and had no reason to believe after the inspectors came out that there might not still be stockpiles that were within the country,\" Powell said.",
"The secretary added that Kay had found Iraq to be \"in clear violation of the terms of [U.N.S.C.] Resolution 1441,\" based upon documents his team had found, physical evidence, and testimony by Iraqi witnesses.",
"\"[T]here was a lot they wanted to hide because it showed that what they were doing was illegal,\" said Powell. \"I hope we find more evidence of that, and we have to keep looking.\"",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
