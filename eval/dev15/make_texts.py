#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Paragraphs are joined by blank lines; headline first, then a blank line."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"Rural Cambodians Angry Over Massive Logging Operations",
"Rural Cambodians are voicing anger at companies and officials alike for massive forest logging operations.",
"Here in Pou Kong village in the remote northeastern province of Mondulkiri, the villagers say their livelihoods are under threat by the loss of the surrounding forests.",
"Like many villagers here, Vanna Khveurk says there is nothing locals can do to stop a operations by a Vietnamese company called Bin Peuk I.",
"\"They said the government already allowed them to log, how can you protest against them? So, what can we as the people do? With the forest lost, we can only live on the streets and let the passing cars run over us as we have no more trust [on the government] now,\" Vanna said.",
"Treup Theurm, deputy head of the Indigenous Land Community, says police, forestry officials and local authorities have not just turned a blind eye to the problem.",
"\"The authority are the ones who want to destroy the people,\" he said. \"They are the most corrupt as they took bribes from the company. We no longer regard them as authority.\"",
"On a recent trip to the alleged logging area, a group of reporters, including VOA's, were blocked access by local policemen armed with AK-47s.",
"The next morning, another attempt by this reporter was unsuccessful, with armed policemen still standing in the way.",
"Local police leader Keo Savuth says he was just following orders from his chief.",
"Pcheub Pe, the Sre Preah commune chief, says he barred the journalists because they did not have permission from his superiors.",
"Confronted and challenged by indigenous activists, Vice Governor Yim Lux said the company has logging rights.",
]
T["002"] = [
"In Uganda Camp, South Sudan Refugees Dream of Peace",
"Diing Kon has a wish: to be able to fall asleep at night without feeling the fear that grips her gut when she hears gunfire nearby.",
"The mother of eight has spent her entire life in Bor, the only town in South Sudan still under rebel control after government forces recaptured Bentiu, the capital of oil-producing Unity state, last week, after a bloody battle.",
"The next target of South Sudanese troops would be Bor, a spokesman for the army said, presaging heavy fighting in the capital of Jonglei state.",
"But Kon left her hometown weeks ago, when rebels overran Bor. She and her children came under fire as they crossed the Nile River by boat, leaving behind everything but each other.",
"They eventually ended up at the Dzaipi transit camp in northern Uganda, with \"no luggage, no shoes for the children, no utensils,\" Kon told VOA.",
"The camp is around an hour's drive from the South Sudanese border town of Nimule, and around 390 kilometers from Bor.",
"\"We are looking for a place to stay because I have never been in exile before. I don\u2019t know where my husband is... He ran away,\" Kon said.",
"At least 32,000 South Sudanese have fled to neighboring countries to escape deadly clashes that erupted in the world's newest nation four weeks ago, the United Nations' refugee agency (UNHCR) has said.",
]
T["003"] = [
"Former Rebel Fighters Go Missing in CAR",
"A large group of ex-rebel fighters appears to have gone missing in the Central African Republic, according to the African Union military mission in the country.",
"A spokesman for the African Union mission says a number of combatants from Seleka, the largely Muslim ex-rebel movement, left the C.A.R. capital over the last two days with a convoy of AU Chadian troops, heading towards the north of the country .",
"But spokesman Eloi Yao said when the Chadians arrived at Bossangoa, 350 kilometers north of Bangui, the Seleka fighters were no longer with them.",
"Numerous reports have suggested many of the Seleka are in fact Chadian or Sudanese mercenaries, so they may have felt the departure of AU troops was a signal for them to leave too.",
"AU Chadian troops have in the past two months been accused of taking sides with the Seleka in their fight against largely Christian militias known as anti-Balaka.",
"Yao said there are estimates of hundreds of Seleka leaving Bangui with the Chadians this week.  But most probably remain in Bangui, he said.  Their number was put at 6,000.",
"A military spokesman for the Seleka in Bangui, Mahamat Doungba, said in an interview with VOA that the soldiers want to join the C.A.R. army.",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
