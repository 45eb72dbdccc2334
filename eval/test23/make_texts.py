#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Paragraphs are joined by blank lines; headline first, then a blank line.
Curly quotation marks and apostrophes are kept exactly where the source has them (001, 005)."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"Pakistan Says Visiting US, Taliban Negotiators to Hold Direct Talks",
"Pakistan says that visiting U.S. and Taliban delegates will hold a direct bilateral meeting to discuss resumption of peace talks aimed at ending to the nearly two decades of conflict in neighboring Afghanistan.",
"Foreign Minister Shah Mehmood Qureshi, while making the announcement told reporters Islamabad is optimistic the stalled U.S.-Taliban dialogue will resume soon.",
"But U.S. President Donald Trump appeared non-committal.",
"“We have a real problem,” Trump said Thursday morning responding to VOA’s question about whether he will revive talks with the Taliban. “We've been hitting the Taliban very, very hard. And as far as I'm concerned, they still haven't recovered from killing 12 people, one of them happens to be a great American soldier from Puerto Rico. They still have not recovered, and they probably never will,” he added.",
"Trump was referring to Sgt. First Class Elis A. Barreto Ortiz, whose death by a suicide car bomber in Kabul, Afghanistan, claimed by the Taliban upended the peace talks in September.",
"Qureshi expressed optimism after holding official talks in Islamabad with a high-level delegation of the Taliban insurgency, which arrived in the Pakistani capital the previous day.",
"Qureshi noted that the U.S.-Taliban dialogue had almost finalized a peace deal in nine long rounds of meetings before the process broke down nearly a month ago.",
"“Pakistan is trying to help restart the dialogue process to bring it to its logical conclusion,” the foreign minister said. “I am happy to share with you that I have returned satisfied from my meeting with them (Taliban),” Qureshi asserted.",
]
T["002"] = [
"S. Africa's Zuma Confident About ANC Election Victory",
"South African President Jacob Zuma says he's confident his ANC party will win this week's elections \"overwhelmingly\", despite a mounting cloud of corruption allegations. The African National Congress has won every national poll for 20 years but has received increasing criticism in recent years.",
"Zuma has been busy in the final days ahead of elections Wednesday - the fifth national vote since South Africa became an inclusive democracy in 1994.",
"The ANC has dominated polls since that first free vote and Zuma told reporters Monday that he's sure they'll do it again on May 7.",
"\"We think the ANC will win the elections. Overwhelmingly, not just by, you know, skin of the teeth,\" said Zuma.",
"Local pollsters have predicted the ANC will win with 63 percent of the vote.",
"In a lengthy and wide-ranging two-hour briefing, Zuma struck a far different tone than he did Sunday during the party's massive \"siyanqoba,\" or victory, rally.",
"There, at a packed Soweto stadium, he sang, danced and appealed to the ANC's large base, which, like South Africa itself, is diverse but is mostly black and poor.",
]
T["003"] = [
"Violence Escalates in Burma as Monks, Others Continue Protests",
"Police and soldiers in Burma's main city have opened fire for a second day to disperse demonstrators. A Japanese journalist is among the victims of the violence in Rangoon. Earlier, security forces raided monasteries and took away scores of monks accused of leading the protests, which analysts say are the biggest challenge the military government has faced in decades. VOA's Luis Ramirez reports from our Southeast Asia bureau in Bangkok.",
"There were conflicting news reports throughout the day on the number of people killed or injured in clashes with security forces on Rangoon's main thoroughfares. Thousands of people defied orders from soldiers and police to get off the streets.",
"Witnesses say demonstrators chanted their demands for peace, democracy, and an end to poverty. The slogans summed up the yearnings of people in a country ruled by the military since 1962, where per-capita income is less than $200 a year.",
"Earlier, security forces raided monasteries, arresting scores of Buddhist monks the government accuses of leading the demonstrations. A Rangoon resident speaking to VOA by telephone says she saw crowds in her neighborhood surround some trucks to prevent the authorities from taking away a group of monks.",
"\"People from all the neighborhood came out and surrounded these trucks. There is still a deadlock. There were about 50,000 people surrounding the security people, including the trucks where the monks were loaded on.\"",
"It was not possible to verify the number of people on the streets, but various witnesses said there were thousands.",
"The woman says demonstrators were outraged that authorities would mistreat monks - the most respected members of Burma's Buddhist society. She says that anger led many people to defy security forces, even after troops threatened to shoot the demonstrators if they did not disperse.",
]
T["004"] = [
"Protests by Monks, Nuns and Civilians Escalate in Rangoon",
"Thousands of Buddhist monks have been joined by an equal number of civilians, marching in Burma's commercial capital, Rangoon, for a sixth consecutive day. Ron Corben reports from VOA's Southeast Asia bureau in Bangkok analysts are concerned the military may soon use violence to end the protests - as it has in the past.",
"Marching in pouring rain, 20,000 people, including 10,000 monks and nuns, showed their protests against Burma's military government are gaining momentum.",
"The rallies began six days ago and have steadily increased in size.",
"Recent scenes filmed secretly by the Democratic Voice of Burma and distributed on the Internet, show hundreds of monks in dark crimson robes chanting and walking through the streets of Rangoon. Passersby can be heard applauding the marchers.",
"Protests in August that followed a large increase in fuel prices faded as pro-government gangs attacked protesters. But the demonstrations were rekindled last week by growing numbers of monks, highly respected in devoutly Buddhist Burma.",
"On Sunday, the All Burma Monks Alliance, an underground Buddhist group, called for nationwide prayer vigils. A day earlier, it had urged Burmese civilians to join the clergy's protests.",
"Police said marches to the residence of Burma's democracy icon, Aung San Suu Kyi, are now banned. On Saturday, the monks had paraded past police barricades to the gate of her compound. Aung San Suu Kyi came out of her house briefly to acknowledge the monks.",
"In May 1990, Aung San Suu Kyi's National League for Democracy won in general elections, but the military prevented the party from taking power.",
"A defense analyst at Australia's University of New South Wales, Carl Thayer, says Burma's military has in the past appeared determined to control the pace of political reform.",
"Thayer says the current protests could bring a violent response.",
]
T["005"] = [
"VOA EXCLUSIVE: Boko Haram's Terror Targets Many, Spares Few",
"Ijabula Seltimari can’t figure out how he managed to survive being shot by Boko Haram militants.",
"Twice. In the head. At point blank range.",
"His body, he said, bounced as the bullets hit.",
"\"I tried getting up, but I fell. I tried again, but I fell again. So I lay on the ground and that was when people from the neighborhood arrived,\" Seltimari told VOA in an interview. \"I am lucky that I am still alive.\"",
"Seltimari, a 29-year-old married father of three who makes a living loading and unloading cargo from delivery trucks, doesn’t know why he was targeted.",
"Regardless, though, his survival in the attack in February was unusual for those who have suffered at the hands of Boko Haram.",
"During a five-year insurgency, thousands of people have been killed by the extremist Islamist group battling what it says are pernicious Western influences in mainly Muslim northern Nigeria.",
"Over the past year, as the group’s tactics have escalated from localized violence to widespread mayhem that threatens stability across West Africa, an estimated 250,000 Nigerians have been driven from their homes in three northeastern states.",
"This year, Boko Haram’s campaign has turned decidedly more deadly, with more than 2,000 killed so far.",
"In April, the group grabbed the world’s attention when it abducted more than 200 schoolgirls from a northeastern Nigerian village.",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
