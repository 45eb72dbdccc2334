#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Paragraphs are joined by blank lines; headline first, then a blank line (005 has no headline in the stored
copy and starts with the lead)."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"Ghana Opposition Not \u2018Mortal Enemy\u2019 of Ruling Party, Says Leader",
"The chairman of Ghana\u2019s opposition National Democratic Party (NDP) has denied reports that the party was formed solely to bring about the defeat of the ruling National Democratic Congress (NDC) in the December 7 election.",
"Josiah Nii Armah Ayeh said the NDP does not pose an existential threat to the ruling party.",
"\u201cThe ruling National Democratic Congress has taken the view that the NDP is their mortal enemy. They behave as though we are an existential threat to them. We are not,\u201d said Ayeh. \u201cWe have nothing untoward [and], we have nothing against them,\u201d he added. \u201cWe simply want to have competitive politics.\u201d",
"The NDP has chosen former first lady Nana Konadu Agyeman-Rawlings as its presidential candidate for the December presidential vote.",
"Agyeman-Rawlings is wife of former president Jerry Rawlings, who is the founding father of the NDC. She resigned as vice chairperson of the ruling party to challenge the late president John Evans Atta-Mills in the NDC\u2019s primary election in September of last year. She has now resigned from the NDC, opening the way for her to become the opposition\u2019s presidential candidate.",
]
T["002"] = [
"South Sudan Ex-VP Backs Agreement to End Violence",
"Former South Sudan vice president Riek Machar says groups demanding the immediate cessation of hostilities are \u201cjumping the gun,\u201d insisting representatives of the two warring factions holding peace talks in Ethiopia need to agree on the mechanisms to end the conflict.",
"United Nations Secretary General Ban Ki-Moon has called for the prosecution of perpetrators of human rights violations in South Sudan, and some observers are calling for the International Criminal Court (ICC) to investigate and prosecute the perpetrators.",
"Machar also says he backs the prosecution of those who commit gross human rights abuses and crimes against humanity in South Sudan\u2019s ongoing conflict.  He blames President Salva Kiir for the ongoing conflict.",
"\u201cSalva Kiir should go to the ICC,\u201d said Machar.  \u201cHe has targeted one ethnic group.  He has embarked on ethnic cleansing resulting in the Juba massacre.\u201d",
"The violence in South Sudan erupted after President Salva Kiir, a Dinka, accused former vice president Riek Machar, a Nuer, of attempting a coup.  Macher, who is in hiding, denied the accusation.",
"\u201cThere was no coup d\u2019\u00e9tat,\u201d said Machar.  \u201cI am committed to a democratic process.  It is Salva Kiir who did not want the democratic process in the party, nor does he want to go for the elections in 2015...  There was no plan at all for a coup.\u201d",
]
T["003"] = [
"Machar Says He Wants to Bring Democracy, Equality to South Sudan",
"Former South Sudan Vice President Riek Machar says his newly created SPLM/SPLA resistance movement will work to move the young country to democracy and equality.",
"The movement would \"dedicate our time to the liberation of South Sudan so that we have a democratic, peaceful, prosperous natIon where elections would not be rigged, where people would not be intimidated, where there would be no one group trying to control others,\" he told VOA in a telephone interview from an undisclosed location.",
"\"South Sudan needs to be liberated from the current dictatorship being established by Salva Kiir,\" Machar said, reiterating an accusation he made last year when he was removed from office in a cabinet reshuffle.",
"Machar accused Kiir of having \"dictatorial tendencies\" after the vice president and the rest of the presidential cabinet were fired in July.",
"Barnaba Marial Benjamin, who was then South Sudan\u2019s Minister of Information and government spokesman, said at the time of the reshuffle that Kiir acted within the constitution.",
"Marial, who was re-appointed to the government, where he currently serves as foreign affairs minister, also said it was likely the restructuring of the government would generate heated debate within the ruling Sudan People\u2019s Liberation Movement (SPLM).",
"Even after his firing, Machar remained a high-ranking member of the SPLM, which is currently the only viable party in South Sudan. While many other parties exist, most have tiny membership numbers.",
]
T["004"] = [
"South Sudan Ex-VP Rejects President Kiir\u2019s Offer to End Conflict",
"South Sudan former vice president Riek Machar has rejected President Salva Kiir\u2019s proposal to name him as second vice president in a transitional unity government before next year\u2019s vote as part of a negotiating deal to end the country\u2019s eight-month conflict.",
"In an interview with VOA, Machar who heads the rebellion against the government in Juba says his representatives at the talks want direct face-to-face peace talks with officials of the government at the negotiations in neighboring Ethiopia to resolve the conflict.",
"He says the involvement of other parties in the negotiations has often hampered efforts to reach an agreement to end the conflict.",
"\u201cI believe that direct talks between us and the government will yield quicker results and will ensure the peace agreement arrives faster than having others on the roundtable,\u201d said Machar. \u201c",
"He blames mediators from the Intergovernmental Authority on Development (IGAD) after the talks failed to meet the August 10 deadline.  IGAD extended peace negotiations to August 28, after the two parties failed to meet the deadline to conclude a peace agreement.",
"Machar said IGAD is to blame for failure to meet the deadline.",
"\u201cPersonally, I blame the mediators because at times they would suspend the peace talks without a good reason, particularly, when the chief mediator went to New York, we could have continued the peace talks,\u201d said Machar.  \u201cWe were saying, we want to have direct talks, but now the mediators are insisting that there would be round table talks with five others; the civil society organizations ... and former detainees with the two parties.\u201d",
]
T["005"] = [
"Two-time Liberian presidential candidate and football legend George Oppong Weah said he will be a candidate in a special election for the Senate in Montserrado County.",
"Weah, founder of Liberia\u2019s main opposition Congress for Democratic Change (CDC), had recently been serving as Liberia\u2019s Peace Ambassador.",
"But, late Tuesday, President Ellen Johnson Sirleaf\u2019s office announced that she had received Weah\u2019s resignation.",
"The Montserrado County senatorial race is crowded with some prominent names, including one of Sirleaf\u2019s sons, Robert.",
"But, Weah said, while not underestimating the other candidates, he is confident of victory. Weah won the county in the last two presidential elections.",
"\u201cI ran against the most powerful woman in Africa as stated by many of you in the media, and the first female president, and she could not beat me in Montserrado County. So, I don\u2019t think those who are running against me will beat me,\u201d he said.",
"Weah said he does not want to be complacent, but he has his own strategy to once again conquer Montserrado County.",
"Before his announcement, there were rumors that Weah had been paid by Robert Sirleaf to stay out of the race.",
"Weah said neither he nor his CDC party extort money from people for leadership of the party. He used the example of Ambassador Winston Tubman, who in 2011 came from outside to become the CDC\u2019s presidential candidate.",
"\u201cNo one ever tried to bribe me or told me they want to give me money to leave a race, and Winston Tubman can attest to that. When Winston Tubman became the leader of the party, it was [a] party decision. He did not give me a dime,\u201d Weah said.",
"He said it was the decision of CDC strategists in 2011 that Tubman should become the standard bearer of the party, and not Charles Brumskine of the Liberty Party.",
"The CDC has recently been embroiled in inter-party squabbling, including the ouster of the party's chairman, George Solo, leaving some to suggest Weah lacks leadership skills.",
]
T["006"] = [
"Defector Believes Pyongyang Would Not Use Weapons of Mass Destruction",
"North Korea's highest-ranking defector says Pyongyang will not dare to use weapons of mass destruction, including nuclear arms, if it believes the United States and other democratic nations would stage a decisive counter-attack. In an interview with VOA, Hwang Jong Yop says Pyongyang's problems would be resolved if Kim Jong Il was removed as the country's leader. Mr. Hwang urged the United States to continue to pressure North Korea for change.",
"\"Tell North Koreans the truth.\" Those words came from the slight, soft-spoken man who is the highest-ranking North Korean official ever to defect from the communist state. Hwang Jang Yop's comments were in response to a question about how best to broadcast to North Korea.",
"Mr. Hwang and a delegation of five other North Korean defectors were in Washington this week for meetings at the State Department, the Pentagon and Capitol Hill.",
"\"If we can tell the truth to North Koreans - what difference it is to live in the free world and live under the dictatorship, under the authoritarian regime,\" he said. \"If we can tell the difference that will make a great difference to the North Koreans.\"",
"For more than a decade Mr. Hwang, was the president of North Korea's Supreme Peoples Assembly, the country's rubber-stamp legislature. He defected in 1997 after seeking asylum at the South Korean embassy in Beijing, leaving his family behind in Pyongyang. His defection was seen as a major intelligence breakthrough for South Korea and the United States.",
"Mr. Hwang told VOA that Western resolve can overcome the threat of nuclear blackmail from North Korea. He said Pyongyang would not dare use weapons of mass destruction, including nuclear arms, if the United States and other democratic nations are united and make it clear they would stage a decisive counter-attack.",
]
T["007"] = [
"Iran, World Powers Resume Nuclear Talks",
"Senior representatives of Iran's new government have begun a potentially decisive round of nuclear talks with the United Nations contact group in Geneva.",
"European Union foreign policy chief Catherine Ashton met with Iranian Foreign Minister Javad Zarif on Wednesday.",
"Earlier, in Tehran, Iran's supreme leader said his country would not retreat on what he called the country's nuclear rights during negotiations with the six world powers. Ayatollah Ali Khameni said he set \"red lines\" for his negotiators, but also that Iran wants to be friendly with all nations, including the United States.",
"The five permanent members of the U.N. Security Council, along with Germany, want an interim agreement that calls for Iran to stop some of its enrichment activity and accept more inspections in return for limited sanctions relief.",
"Michael Mann, spokesman for Ashton, told VOA that while it is hard to predict the outcome, it is clear the talks are serious.",
"\"I think the fact that we've come back to Geneva so soon after -- it was just 10 days after the last round -- shows how serious the negotiations are.\"",
"Both sides have expressed hope that a deal can be worked out to end the decade-long standoff.",
"Iranian Foreign Minister Javad Zarif said in a video posted on YouTube that there is \"every possibility\" of coming to an agreement.",
"British Prime Minister David Cameron's office said he and Iranian President Hassan Rouhani agreed in a telephone call Tuesday that \"significant progress\" was made in the last round of talks earlier this month.",
"The statement said Mr. Cameron also stressed the need for Iran to address the concerns of the international community, which has called for assurances that Iran is not trying to develop nuclear weapons.",
"Iran has repeatedly denied those accusations, saying its nuclear activity is solely for peaceful purposes.",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
