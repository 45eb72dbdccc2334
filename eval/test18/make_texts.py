#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Headline (where the stored copy has one), blank line, then paragraphs separated by blank lines."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"Conflicting Reports Emerge from Liberia about Fighting at Rebel Stronghold - 2002-08-16",
"In Liberia, there are conflicting reports about who is in control of the northern rebel base town of Voinjama. Liberian defense officials say government troops captured the town, following what they say was a fierce gun battle this week. Rebels deny the claim, and witnesses in Voinjama on Friday said the insurgents retained control of the town.",
"Rebels with the group, Liberians United for Reconciliation and Democracy, LURD, speaking from their positions in neighboring Guinea, said Friday they remain in control of Voinjama.",
"The town, in northern Liberia near the Guinean border, is the rebels' political headquarters, from where they have directed much of their two-year-old campaign to topple President Charles Taylor. Employing mainly hit-and-run tactics, the insurgents stepped up their assaults earlier this year, and gained control over large portions of territory in the north and east of the country. Attacks in May came within 25 kilometers of the capital, Monrovia.",
"Press reports on Thursday quoted Liberian Defense Minister Daniel Chea as saying his forces were in control of Voinjama. But on Friday, Mr. Chea told VOA that government troops are still battling with rebels over the town.",
"\"Our forces are inside Voinjama,\" said Mr. Chea. \"We are in the city center. We have pushed them to the outskirts, and as I speak to you, our forces are in the middle of Voinjama. The only reason why we have not announced the actual taking of Voinjama is because, from a military standpoint, even though we are inside the city of Voinjama, we are still fighting them on the outskirts. We are inside, but militarily, before you can talk about control, you have to have consolidation of forces in there. They were in the town, [and] we pushed them out. They are still on the outskirts, battling government forces.\"",
]
T["002"] = [
"Uganda Denies Sending Troops to Congo",
"Uganda is denying media reports that the country has begun sending some of its troops back into war-torn eastern Congo. The report comes weeks after Uganda withdrew most of its forces from its neighbor, as part of an agreement aimed at ending the four-year-long war in the Democratic Republic of Congo.",
"Uganda's minister of state for foreign affairs, Kahinda Otafirre, tells VOA the government has not sent fresh troops into the Ituri region of northeast Congo, as reported by a news agency Thursday.",
"The news agency says it received a statement from the Ugandan-backed rebel group, Rally for Congolese Democracy Liberation Movement, which claimed that 750 Ugandan soldiers had arrived in Ituri on Monday, and that another battalion was on its way. A rebel spokesman says the Ugandan redeployment follows a recent bloody clash between his group and a rival rebel faction in Ituri. The region has been the site of numerous ethnic and factional fighting since Ugandan forces began pulling out late September.",
"Mr. Otafirre says the troops arriving in Ituri are actually soldiers being moved from the northeastern town of Bunia, near the Ugandan border. Last month, Uganda - at the request of the United Nations Mission in Congo - left several hundred soldiers in Bunia to help quell renewed ethnic clashes in that area. \"We never pulled out of those areas,\" said Kahinda Otafirre. \"We agreed that we would keep troops on the western slopes of Mount Rwenzori because of the security threat. We agreed that we would stay there until Congo is able to control that place completely.\"",
"Mr. Otafirre says the security threat now is coming from Allied Defense Forces, a Ugandan rebel group that for years has used bases in Congo to launch attacks against Ugandan forces and their allies. The government in Kampala says the group has been stepping up its campaign in recent weeks.",
]
T["003"] = [
"Villagers in southern South Sudan said SPLA soldiers went on a rampage in the Oming area this week after unidentified gunmen had earlier staged an attack that killed eight troops and wounded five others.",
"Imatong State's governor, however, denied the soldiers went on a rampage, but he did confirm that a commander and a soldier had been killed in an attack. The different death tolls could not be reconciled.",
"Oming-area residents in Torit East County said suspected rebels over the weekend had raided a police station about 50 kilometers from Torit and had stolen several rifles.",
"Sudan People's Liberation Army (SPLA) soldiers were sent to the area Tuesday to track down the suspected rebels, but they were ambushed at Okuma Mafi, the villagers said.",
"Commander killed",
"Imatong State Governor Alberio Oromo denied the soldiers had been sent to the area to search for the suspects. But he said an SPLA commander, Colonel James Wor, had been killed by rebels as he traveled to a base in Kapoeta, about 120 kilometers east of Torit.",
"\"He was shot. His bodyguards were also wounded. A rescue team went from Kiyala to rescue him,\" Oromo said. Wor was reported dead at Torit Civil Hospital, he added.",
"Oromo said one other soldier was killed in the attack. He did not identify the soldier.",
"SPLA spokesman Brigadier General Lul Ruai Koang also confirmed that two SPLA soldiers, including Wor, had been killed in the attack.",
"Koang said \"some armed elements\" had blocked the road between Torit and Kapoeta and were \"harassing civilians on the road.\" He said the soldiers had been sent to clear the roadway, and that is when the ambush occurred.",
"The bodies were flown to Juba on Tuesday for burial, the governor said.",
"Oming villagers in Torit East County, however, accused the SPLA soldiers of going on a rampage after the ambush Tuesday, harassing civilians and burning down houses.",
]
T["004"] = [
"As fighting between government and rebel forces continues in and around the Burundi capital, Bujumbura, the government says it has pushed the rebels away from the capital. But the rebels say they are still in the city and will continue to fight.",
"The chief of Burundi's cabinet, Bonaventure Gashikanyi, told VOA that government troops were using helicopter gunships to push back the rebels into the hills overlooking Bujumbura.",
"\"The situation is still now tense because there is some shelling from helicopters and the rebels are still fighting up hill,\" said Mr. Gashikanyi. \"But for the moment the rebels have gone a bit backwards towards the hill.\"",
"Mr. Gashikanyi said the rebels lobbed about 10 rocket-propelled grenades into parts of the capital on Wednesday. He said casualty figures were not known, but other sources say 13 more people were killed Wednesday, bringing the total death toll in three days of fighting to about 43.",
"The fighting which broke out Monday pits the government troops against the National Liberation Forces, a rebel group that refused to sign a peace agreement reached between the government and its opponents last October.",
"But Mr. Gashikanyi says the Forces for the Defense of Democracy, the FDD, which signed the accord is also involved in the fighting.",
"\"We are convinced that they are doing this action together with FDD,\" he said. \"FDD has already signed the cease fire but it looks like they really don't want to implement this accord.\"",
"A spokesman for the National Liberation Forces, Pasteur Hakimana, denies his group is being helped by the FDD. Mr. Hakimana said the two groups are not working together, and he says his fighters have not been pushed out of Bujumbura. The rebel spokesman says the fighting will continue.",
]
if __name__ == "__main__":
    for n, paras in T.items():
        with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n\n".join(paras) + "\n")
