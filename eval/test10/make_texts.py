#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Layout: headline, blank line, then paragraphs separated by blank lines. Captions, navigation, video widgets
and byline boxes are left out."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"At Least 12 Dead in Kyrgyz Opposition Protests",
"Kyrgyzstan's government has declared a state of emergency after clashes between riot police and anti-government protesters killed several people in the capital.",
"Witnesses and police reports from Bishkek say that as many as 12 people may have been killed Tuesday, although the figure could not be confirmed.",
"Witnesses say police first used tear gas and stun grenades Wednesday before opening fire to disperse thousands of demonstrators in Bishkek. Protesters demanding the resignation of President Kurmanbek Bakiyev tried to ram the gates of government headquarters with an armored vehicle.",
"The unrest spread to the town of Naryn, where at least 1,000 protesters took over the local government building.",
"Tensions have been growing in the Central Asian country over what activists say are repressive policies of President Bakiyev.",
"In Talas, witnesses say demonstrators tried to storm the local police headquarters Wednesday, a day after hundreds of protesters clashed with police. Protesters briefly held the regional governor hostage.",
"Kyrgyz officials say at least 85 police officers were injured in Tuesday's clashes in Talas. Prime Minister Daniyar Usenov called the opposition \"bandits\" Wednesday.",
"Authorities responded by detaining several opposition leaders.",
"Those detained include Almazbek Atambayev and former parliamentary speaker Omurbek Tekebayev. Another opposition leader, Temir Sariyev, was arrested early Wednesday as he arrived on a flight from Moscow.",
"Internet access was also reportedly blocked in many areas.",
"The U.S. embassy in Kyrgyzstan said it was deeply concerned by the unrest and urged all parties to engage in talks to resolve the dispute peacefully.",
"Anti-government discontent has been rising in Kyrgyzstan, a mountainous impoverished country of 5 million people. The nation hosts a U.S. air base that supports military operations in Afghanistan.",
]
T["002"] = [
"Kerry: Israeli Settlements Should Not Derail Peace Talks",
"U.S. Secretary of State John Kerry says new Israeli settlement activity should not derail peace talks with the Palestinians.",
"Kerry said during a visit to Bogota, Colombia, on Monday that \"the United States of America views all of the settlements as illegitimate.\" But he added that the issue of settlements is best resolved by solving the problems of security and borders during talks.",
"Israel Sunday approved building almost 1,200 new homes in occupied areas claimed by the Palestinians for a future state. They include parts of East Jerusalem and the West Bank.",
"Palestinian officials say the move is an attempt to undermine the peace process. An Israeli government spokesman says the new homes will be in areas Israel will likely keep in any peace deal.",
"Israeli and Palestinian negotiators are set to resume peace talks Wednesday in Jerusalem. U.S. negotiator Martin Indyk will also attend.",
"On Monday, Israel published the names of 26 long-held Palestinian prisoners it plans to release ahead the talks.",
"Most of the Palestinians to be freed were jailed in the late 1980s and early 1990s for murder and attempted murder of Israelis and suspected Palestinian collaborators.",
"Israel agreed to free 104 inmates in stages. But their release depends on the progress of the U.S.-backed peace talks. Opponents of the prisoner release call it a reward for terrorism.",
]
T["003"] = [
"UN: Israeli Settlement Construction Imperils Peace Process",
"The United Nations says chances for a negotiated two-state deal ending the decades-long Israeli-Palestinian conflict may be \"irreparably damaged\" unless Israel stops new settlement construction in the occupied West Bank.",
"U.N. political chief Jeffrey Feltman spoke Tuesday to the U.N. Security Council. He told its 15 members that Israeli and Palestinian envoys have made some progress \"toward narrowing their differences\" during ongoing talks.",
"But Feltman also cited \"strains\" triggered by new settlement controversies, and said \"the consequences of failure [in the ongoing talks] would be dire for Israelis and Palestinians alike.\"",
"Feltman faulted a series of Israeli announcements earlier this month heralding the approval of plans for the construction of more than 20,000 new housing units - most of them in a hotly contested area outside Jerusalem known as E1.",
"Palestinians say the construction would close one of the last open spaces between East Jerusalem and the West Bank.",
"The construction announcements triggered threats of a Palestinian walkout from ongoing negotiations, and prompted Israeli Prime Minister Benjamin Netanyahu to freeze the plans.",
"On Tuesday, Feltman said U.N. Secretary-General Ban Ki-moon expects the Israeli government to make the housing freeze permanent.",
"Israeli and Palestinian negotiators began a new round of peace talks in July, promising to carry on those negotiations for nine months. The talks are taking place at an undisclosed location.",
"More than a half-million Israeli settlers now live in the West Bank and East Jerusalem - territories captured by Israel during the 1967 war that Palestinians envision as part of a future independent state. The international community rejects those settlements as illegal.",
"Israel withdrew from the Gaza Strip in 2005.",
]
T["004"] = [
"Colombia Resumes Peace Talks with FARC",
"Colombia says it will resume peace talks with the Revolutionary Armed Forces of Colombia, or FARC.",
"Colombian government lead negotiator Humberto De la Calle said the talks with the rebels will re-open Monday in Havana.",
"\"After a meeting, it was carefully noted that the FARC had made the decision to return on Monday at half past eight in the morning to the talks table to continue deliberations as normal,\" De La Calle sais. \"Because of that, after noting it, the president has instructed us on the decision to return tomorrow to Havana to continue talks on a search for an end to the conflict.\"",
"The negotiations were suspended Friday when FARC said it would need time to study the government's draft bill that would require any peace deal with the guerrillas to be put to a popular vote.",
"De la Calle defended the referendum, saying that it should be the Colombian people who make the final decision on the agreements reached from the talks.",
"He said however, that FARC has acknowledged the pain suffered by their victims and the need for reparations.",
"\"(The FARC have) acknowledged how they have caused pain in Colombia and there is an attitude (meaning an openness) for reparations to victims. That is an issue that is very important for us,\" De La Calle sais. \"And therefore, after all these considerations, we will return to Havana\".",
"The FARC, the oldest active guerrilla army in the Western Hemisphere, is considered a terrorist organization by the United States and European Union.",
]
T["005"] = [
"OSCE: Kazakh Election Flawed",
"The international election observation mission to Kazakhstan has characterized Sunday's presidential vote as flawed, despite some improvements in election administration. The Central Election Commission earlier announced that incumbent President Nursultan Nazarbayev has been re-elected by an overwhelming 91 percent of the vote.",
"The Organization for Security and Cooperation in Europe (OSCE) released its initial assessment of Kazakhstan's elections in a joint press conference with other European monitoring organizations in Astana.",
"The other observers include the ODIHR, Parliamentary Assembly of the Council of Europe, and the European Parliament.",
"The president of the OSCE's Parliamentary Assembly, Bruce George, told reporters it gave him no joy to report that despite some improvements during the pre-election campaign, Kazakhstan's presidential elections did not meet a number of OSCE and Western standards for democratic elections.",
"Namely, Mr. George says the vote was marred by three significant shortcomings.",
"\"There was an overall media bias in favor of the incumbent and legal restrictions on freedom of expression and dissemination of information, which diminished the possibility for electors to make a fully informed choice,\" said Mr. George. \"There were restrictions on the opposition candidates ability to campaign freely and there was harassment, some intimidation, and detention of campaign staff and supporters of opposition candidates.\"",
"Mr. George says there also was evidence of faculty leaders exerting pressure on students and doctors, among others, to vote in favor of one of the candidates.",
]
T["006"] = [
"Obama Expands Sanctions Against Russia",
"U.S. President Barack Obama announced on Thursday morning a series of expanded sanctions against Russia over its annexation of the Crimean peninsula.",
"Speaking on the South Lawn of the White House before a trip to Florida, Obama said the U.S. will impose more sanctions on Russian government officials, including individuals tied to Russia's Crimea efforts, and Bank Rossiya, which handles financial transactions for many in the Russian leadership elite.",
"\"Russia must know that further escalation will only isolate it further from the international community,\" Obama said, adding that sanctions will possibly be expanded to impact more areas of the Russian economy.",
"\"Over the last several days, we've continued to be deeply concerned by events in Ukraine,'' Obama said, citing what he called an illegal referendum in Crimea, an illegitimate move to annex the territory Crimea, and \"dangerous risks of escalation, including threats\" to Ukraine. He cited threats Russia has made to the eastern and southern regions of Ukraine.",
"\"These are all choices that the Russian government has made, choices that have been rejected by the international community as well as the government of Ukraine,\" Obama added.",
"Washington on Monday announced a first round of sanctions against eleven people, including seven Russians, it said were involved with the Crimean annexation.",
]

if __name__ == "__main__":
    for n, paras in T.items():
        with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n\n".join(paras) + "\n")
