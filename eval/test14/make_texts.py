#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Headline, blank line, then paragraphs separated by blank lines (a body whose stored copy has no headline
starts with the lead); photo and map captions, navigation, audio widgets, date lines and byline boxes are
left out; each body ends at the last complete paragraph of the stored copy."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"Afghanistan-Based Fugitive Militant Chief Admits Directing Terrorism in Pakistan",
"The leader of an outlawed militant alliance waging terrorism in Pakistan praised his fighters Tuesday for taking several security officials hostage inside a provincial police counterterrorism interrogation center and urged them not to surrender, come what may.",
"Noor Wali Mehsud, the chief of the Pakistani Taliban or TTP (Tehrik-i-Taliban Pakistan), issued the statement from his shelter in Afghanistan, raising renewed doubts about the sincerity of counterterrorism pledges by the neighboring country\u2019s Islamist Taliban leadership.",
"\u201cI congratulate you for carrying out this sacred act. I instruct you not to surrender to these infidels and apostates under any circumstances,\u201d Mehsud said.",
"The TTP released the local Pashto language audio message just hours before Pakistani army commandos launched an operation and rescued the hostages from the compound in the northwestern garrison city of Bannu.",
"Defense Minister Khawaja Asif, while sharing details with an evening session of parliament in Islamabad, said the counterterrorism center had housed \u201c33 terrorists\u201d when the siege started in the Khyber Pakhtunkhwa province.",
"The Pakistan army\u2019s elite Special Service Group (SSG) conducted the operation and killed \u201call the terrorists,\u201d Asif said. He added that two SSG personnel were also killed, while up to 15 others were wounded in the clashes.",
"Residents reported they heard explosions and gunfire in the vicinity of the police compound.",
"Security officials said the operation was launched after multiple rounds of negotiations with \u201cterrorists\u201d to secure \u201cfreedom for innocent people\u201d failed to achieve a breakthrough.",
]
T["002"] = [
"Authorities in Pakistan say they have captured the chief spokesman for Taliban insurgents along with two companions in a tribal region bordering Afghanistan. The arrest comes nearly two weeks after a suspected U.S missile strike is believed to have killed the top commander of the Pakistani Taliban, Baitullah Mehsud. The detained Taliban spokesman is said to have confirmed to his interrogators that Mehsud was killed in the attack.",
"Local officials and eyewitnesses say that a pro-government militia locally known as \"lashkar\" captured Taliban spokesman Maulvi Omar with two colleagues in the Mohmand tribal region and handed them over to Pakistani security forces.",
"The detained militants were immediately flown in an army helicopter to the northwestern city of Peshawar for interrogation, where Maulvi Omar is said to have told his interrogators that chief of his extremist network, Baitullah Mehsud, was killed in a U.S drone missile strike on his hideout in the South Waziristan region two weeks ago.",
"Top Pakistani and U.S officials have repeatedly stated in recent days that they believe Mehsud was killed along with his wife and several guards in the missile attack. The most wanted Pakistani militant was leading the outlawed Tehrike Taliban Pakistan, an alliance of more than a dozen militant groups with links to the al-Qaida network.",
"Since Mehsud's death, there have been reports of deadly struggle for succession among his commanders.",
"Speaking to VOA, a senior leader of the ruling party in the North-West Frontier Province, Hashmi Babar, has described the arrest of the Taliban spokesman as a major blow to the al-Qaida-linked militants in Pakistan.",
]
T["003"] = [
"Local Official: Somali Commandos Kill 15 in Raid on al-Shabab Base",
"A Somali commando unit killed at least 15 suspected Islamist fighters Wednesday in a raid on an al-Shabab base in Galgudud region, central Somalia, the second such raid in two days.",
"Local government official Qadar Mohamed Ali told VOA's Somali service that the aim of the raid was to destroy the base and neutralize the militants' capacity to organize and carry out regional attacks.",
"Ali said Somali troops seized rocket-propelled grenades and mortars in the raid. He said no Somali troops were killed or injured.",
"The raid came a day after an attack on an al-Shabab base in the village of Toratorow, about 100 kilometers southwest of Mogadishu, in which an unknown number of militants were captured or killed.",
"There have been conflicting reports on how much involvement U.S. forces had in the Toratorow raid.",
"Somali security official Mohamed Nur Gabow told VOA Somali that U.S. forces played a \"lead role\" in the operation targeting al-Shabab officials. He said U.S. personnel flew helicopters in the raid. Residents of Toratorow said the helicopters dropped Somali fighters on the outskirts of Toratorow to hunt for the militants on foot.",
"But AFRICOM, the U.S. military command center in Africa, said U.S. fighters were not involved in any \"kinetic operations\" in the raid \u2014 meaning nothing that involved the use of lethal force. In a statement, AFRICOM said, \"This was not a U.S.-led, nor was it a U.S.-unilateral operation.\"",
"The United States has trained a Somali government commando unit known as \u201cDanab\u201d or \u201cLightning\u201d of about 500 soldiers who conduct special operations.",
]
T["004"] = [
"Somali Army Reports Killing 7 al-Shabab Militants",
"The Somalia national army killed at least seven al-Shabab militants Thursday and destroyed their base during an operation in southern Somalia, officials and residents said.",
"Somali army General Ismail Sahardid, the 43rd Infantry Division commander, told VOA Somali that the forces took control of Bar-Sanguni town, 45 kilometers (28 miles) south of the coastal city of Kismayo.",
"\"Our army launched a surprise attack on the militants' hideouts late Wednesday and continued pursing them since the early hours of Thursday,\" Sahardid said. \"During the operation we killed seven of the militants, including local leaders of al-Shabab's Amniyat unit, responsible for the group's intelligence.\"",
"The general said that despite initial resistance, his forces destroyed several of the militants' bases and vehicles they have been using to transport fighters, and they recovered ammunition.",
"\"We have inflicted heavy military losses on them and captured two of their vehicles mounted with anti-aircraft machine guns,\" Sahardid said.",
"Bar-Sanguni residents who spoke to VOA Somali on condition of anonymity said they heard explosions as government soldiers engaged in a gunbattle with the militants for several hours early Thursday.",
"\"It was around just before dawn Thursday morning when the Somali army entered the town. We first heard a fierce exchange of heavy gunfire and explosions,\" one resident said.",
"\"As the day wore on, we saw government soldiers taking strategic positions in the town and searching the al-Shabab military bases, with seven dead bodies of the militants lying in the streets,\" another resident said.",
]
T["005"] = [
"Somali Forces Recapture Towns Attacked by al-Shabab",
"Somali officials say their forces have retaken two towns that al-Shabab militants briefly captured late Friday.",
"The governor of the Lower Shabelle region, Abdulkadir Mohamed Nur, tells VOA's Somali Service that government troops launched a counterattack and retook Awdhegle and Mubarak, about 75 kilometers west of Mogadishu.",
"The African Union force in Somalia, AMISOM, confirmed Somali government troops had retaken the towns.",
"The governor said the militants have been pushed three kilometers away from the towns and may make another attempt to seize control of them. He said soldiers have received reinforcement and are ready to defend the towns.",
"At least four people were killed in the fighting, including two soldiers, officials said. Nur said government forces have killed more than 20 militants in the counterattacks, but there has been no independent confirmation of the claim.",
"Local residents said Friday they could still hear occasional gunshots.",
"Residents also told VOA Somali that the militants have abducted the leader of the local traditional elders, Hassan Nur Aliyow. His location is not clear.",
"The towns were guarded by African Union troops until two months ago. As AU troops vacated the area, security responsibilities were handed over to Somali soldiers.",
"Al-Shabab once controlled most of central and southern Somalia but has lost nearly all of its territory over the last five years to AU and Somali government forces.",
"An AU statement Friday said \"the militants are desperately looking for operational bases after being pushed out of all their strongholds.\"",
"Last week, John Kerry became the first sitting U.S. secretary of state to visit Somalia. He said the United States would be willing to help build Somalia's national army and help integrate regional forces into it.",
]
T["006"] = [
"Kurdish Fighters Vow to Rid Region of Islamic State Militants",
"Kurdish Peshmerga fighters, a deeply nationalistic but not always unified force, are vowing to rid their northern Iraqi region of Islamic State militants.",
"The United States and European Union are relying heavily on the Peshmerga and Iraqi forces to push back the Sunni extremists and retake Iraqi territory that the Islamic State has declared a Muslim \"caliphate.\"",
"In an exclusive interview with VOA, Mahmoud Sangawi, commander of Peshmerga forces stationed near the Iranian border, describes what the fight is like near the captured town of Jalawla.",
"\"We are positioned around Jalawla and the terrorists from time to time attack us,\" he said. \"They have planted mines and explosive devices in the roads, inside the town, shops, and gas stations.\"",
"Once known for their fighting prowess, the Peshmerga were routed by the highly organized and well-armed extremist group when it pushed through northwestern Iraq earlier this year, seizing large swaths of land.",
"Sangawi acknowledged the Peshmerga will have to adjust their strategy and tactics to oust the Islamic State militants.",
"\"We have suffered heavy casualties from their snipers, and our fighters are not familiar with street fighting, so we had to pull out,\" he said. \"Now we are looking at a different strategy to liberate Jalawla.\"",
"The commander also called on the United States to increase and expand its aerial bombardment of the militants.",
"The United States has conducted more than 80 airstrikes against the Islamic State fighters since August 8 to protect religious and ethnic minorities fleeing the militants as well as American personnel based both in the Kurdish city of Irbil and the Iraqi capital of Baghdad.",
]
T["007"] = [
"Devastation Hampers Earthquake Relief Effort in Haiti",
"The United Nations and international aid agencies are ramping up their assistance to earthquake victims in Haiti. But, they report the extent of devastation caused by the powerful quake is hampering their relief efforts.",
"Haiti is prone to disasters, but this huge quake is the worst to hit the Caribbean island state in two centuries. The 7.0 magnitude earthquake that struck Haiti on Tuesday destroyed much of the country's capital, Port-au-Prince.",
"The International Red Cross fears up to three million people may have been affected by the earthquake, which not only devastated the capital city, but many smaller nearby communities.",
"The United Nations reports electricity has been cut off and communications are difficult. It says bridges have been knocked out, hospitals and care facilities have been damaged or destroyed. Haiti's envoy to the United States estimates losses could run into the billions.",
"The World Food Program is leading the United Nations emergency operation in Haiti. The director of the WF office in Geneva, Charles Vincent, says the airport in Port-au-Prince is open. But, he says access to the town from the airport is limited because of debris and other obstacles on the roads.",
"\"The Dominican Republic, which \u2026 could be an important hub for us to bring relief material on behalf of the humanitarian community has not been damaged, so we can use the Dominican Republic assets. And, we are beefing up our teams on the other side of the border,\" he said.",
"Vincent says there are about four million people concentrated in and around Port-au-Prince. So, it is extremely critical to get essential aid and relief supplies to the survivors.",
"He says WF has thousands of tons of food stocks in Haiti. So, he says WF can respond very quickly to food needs.",
]
T["008"] = [
"US Reaches Out to Quake-Hit Haiti",
"The U.S. government as well as American officials and aid workers are trying to help Haiti following the devastating earthquake that hit near the capital Port-au-Prince late Tuesday.",
"Secretary of State Hillary Clinton outlined U.S. help to Haiti from Hawaii where she is attending an Asia-Pacific conference.",
"\"The United States is offering our full assistance to Haiti and to others in the region,\" she said. \"We will be providing both civilian and military disaster relief and humanitarian assistance. Our prayers are with the people who have suffered, their families and their loved ones.\"",
"The United Nations Special Envoy to Haiti is her husband, former U.S. President Bill Clinton. His office released a statement saying they are committed to do whatever they can to assist in relief, recovery and rebuilding.",
"A member of the U.S. group Partners for Haiti, which does religious aid work, Kyn Tolson, says she has been scrambling to get in contact with people inside Haiti.",
"\"Our organization is trying to reach our mission house which is in Port-au-Prince,\" said Kyn Tolson. \"It appears that cell contact and landline contact is either down or so busy that we definitely cannot get through. We are emailing all sorts of people too.  We want to see if there are any problems first of all with our people in our mission house.\"",
"Haiti, the poorest country in the Western Hemisphere, has been devastated in recent years by destructive and deadly hurricanes.  Scientists say an earthquake of this magnitude has not hit the Caribbean region in more than 200 years.",
]
T["009"] = [
"Somali Forces Kill Dozens of al-Shabab Terrorists in Central Somalia",
"Dozens of people were killed in fierce fighting between residents backed by Somali government forces and al-Shabab militants in the town of Adado in central Somalia, witnesses and regional officials told VOA on Friday.",
"Witnesses and Somali officials in the region said the fighting began when members of the terrorist group invaded the small town of Bahdo, about 60 kilometers east of Adado.",
"Somali military spokesman Yabal Haji Aden told VOA that the militants began their attack with a suicide vehicle-borne explosive, detonated near the entrance of the town. That set off an intense street battle between the militants and the town\u2019s local militia, which was backed by units of Somali forces.",
"\u201cThey tried to detonate three explosives-laden vehicles \u2026 one of [which] detonated when our soldiers hit it with a rocket-propelled grenade,\u201d the spokesman said. \u201cThey [then] abandoned the second one, and the third vehicle escaped.\u201d",
"Galguduud regional Governor Ali Elmi Ganey said the joint forces killed about 47 fighters from the extremist group.",
"\u201cThe terrorists have tasted death, both inside and outside of the town. They left 47 dead bodies, guns and military ammunition,\u201d he said.",
"Residents in the town and officials said three children, a well-known religious scholar and three soldiers were also killed during the fighting.",
"Bahdo is known to have been a base for moderate Islamist scholars, the governor said, explaining that fighters belonging to the moderate Sufi Islamist militia known as Ahlu-Sunna Wal-Jamaa \u2014 a group nominally aligned with Somalia\u2019s military in viewing al-Shabab extremists as an enemy \u2014 were involved the fighting.",
"Ahlu-Sunna Wal-Jamaa began a war against al-Shabab militants in late 2008 over sectarian differences but has also clashed with government forces over political differences and control of the central Somali town.",
]

if __name__ == "__main__":
    for n, paras in T.items():
        with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n\n".join(paras) + "\n")
    print("wrote", len(T), "bodies")
