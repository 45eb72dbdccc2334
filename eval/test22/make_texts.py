#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Paragraphs are joined by blank lines; headline first (where the copy has one), then a blank line."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"US Congressman Calls for New US Policy on Tibet",
"Congressman Jim McGovern is calling for a new U.S. policy on Tibet, saying \u201cthe status quo isn\u2019t working\u201d and urging U.S. businesses to raise the issue of human rights in Tibet with Chinese business partners. \u201cIt\u2019s important that the U.S. have a policy toward Tibet because the status quo isn\u2019t working,\u201d McGovern, a Democrat from Massachusetts, told VOA Mandarin. \u201cThe Chinese government is just getting worse on a whole range of issues \u2014 jailing more and more Tibetans in Tibet and in the Tibetan region, so I think we need to re-assess. \u2026 We need to start walking the walk.\u201d China says the Himalayan region has been part of its realm for more than seven centuries and considers the Dalai Lama, the Tibetan spiritual leader, to be a dangerous separatist. Many Tibetans insist they were essentially independent for most of that time and have protested what they regard as China\u2019s heavy-handed rule since Chinese army units crossed the Yangtze River into eastern Tibet in 1950.",
"Congressional visit",
"Last month, McGovern traveled to Nepal and the north Indian hill town of Dharamsala, where the Dalai Lama has been in exile from Tibet for almost 60 years. The eight-person House delegation led by Rep. Nancy Pelosi, a Democrat from California, wanted to make China aware that they would not stand down in their campaign for human rights in Tibet. The delegation, including a lone Republican, Wisconsin\u2019s Jim Sensenbrenner, met with the Dalai Lama. \u201cHis Holiness is not a separatist \u2026 but he wants to go home and so do his people,\u201d McGovern said. \u201cChina is one of the great powers of the world, they\u2019re doing great things on climate change,\u201d he said, adding he\u2019s always puzzled that China \u201cis paranoid over this monk, and paranoid over his message.\u201d",
]
T["002"] = [
"Taliban Stage Deadly Attack on Afghan Provincial Police Headquarters",
"A Taliban suicide car bomb-and-gun attack against a provincial police headquarters in northern Afghanistan has killed at least 13 security personnel and injured more than 55 other people.",
"Afghan officials said the assault in Pul-e-Khumri, the capital of Baghlan province, began around midday Sunday with a Taliban bomber detonating an explosive-laden U.S.-made humvee military vehicle at the main entrance before a group of seven heavily armed insurgents stormed the facility.",
"Afghan security forces quickly engaged the assailants in a gunfight and neutralized all of them to end the siege that lasted six hours, said an Afghan interior ministry spokesman, Nasrat Rahimi. He noted that 20 civilians were also among those injured.",
"The Taliban claimed responsibility for the attack, saying its fighters inflicted heavy casualties on Afghan security forces. The group\u2019s chief spokesman, Zabihullah Mujahid, claimed the initial massive explosion destroyed most of the building and \u201cmultiple\u201d Taliban attackers were engaged in gun battles with Afghan forces. He rejected official claims the siege had ended.",
"The latest insurgent attack comes as a team of U.S. negotiators holds peace talks with the Taliban in Qatar to seek a political settlement to the conflict in Afghanistan. The latest round of discussions began Monday, but neither side has reported any significant outcome.",
"US-Taliban talks",
"The Taliban has rejected latest appeals made by American chief negotiator, Zalmay Khalilzad, Afghan President Ashraf Ghani and the United Nations to cease hostilities.",
]
T["003"] = [
"Guinea's political opposition has called for the annulment of the September 28 legislative elections, saying the voting was marred by \"massive fraud.\"",
"The opposition says there was fraud organized \"before, during and after\" the vote, including ballot stuffing, substitutions of vote counts sent to the electoral commission, and interference by government officials and army officers in the collecting of votes.",
"In a Friday statement, the opposition says the goal was to give President Alpha Conde's ruling party an \"excessive parliamentary majority\" and allow him to set up an \"authoritarian regime.\"",
"The opponents say if the polling results are not invalidated, they will urge their supporters to launch protests.",
"On Thursday, the opposition said it was rejecting partial election results, which showed Mr. Conde's Rally of the Guinean People (RPG) party had taken a lead in several districts.",
"Saturday's polling was the country's first legislative election in more than a decade and had been touted as the completion of the west African nation's transition from military rule to democracy.",
"President Conde was elected in 2010, two years after army officers took power following the death of authoritarian president Lansana Conte.",
"Some 1,700 candidates are seeking the 114 seats in Guinea's national assembly.",
"The voting had been postponed repeatedly over the past two years due in part to violent clashes and the threat of more trouble if the vote went ahead.",
]
T["004"] = [
"Donetsk Governor Says Kyiv Has Not Lost Control of East",
"The Kyiv-appointed governor of Donetsk said in an interview with VOA that the Ukrainian government has not lost control of the troubled region.",
"Businessman Serhiy Taruta, a diminutive man who resembles Hollywood actor Woody Allen, rejects accusations that the Kyiv government isn\u2019t doing enough when it comes to security in east Ukraine and says progress is being made in the government\u2019s campaign to restore order.",
"The industrial region abutting the Russian border has seen government buildings being occupied by pro-Russian militiamen in more than a dozen towns.",
"Separatist leaders announced Thursday they plan to go ahead with a referendum to decide whether to secede from Ukraine \u2013 a referendum Kyiv politicians have denounced as contrived and illegal.",
"Last week, the interim leaders in Kyiv re-launched a military campaign to combat armed separatists, focusing most of their efforts on the flashpoint towns of Slovyansk and Kramatorsk a hundred kilometers north of Donetsk.",
"But the campaign appears to be floundering and both rust belt towns still remain in rebel hands.",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
