#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Paragraphs are joined by blank lines; headline first, then a blank line."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"Tribunal Witness Describes ‘Chain of Accusations’ Leading to Khmer Rouge Deaths",
"PHNOM PENH - Much of the death and human destruction that took place under the Khmer Rouge was the result of a “chain of accusations,” a witness told the UN-backed tribunal Monday.",
"Suong Sikheoun, 75, a former deputy of protocol at the foreign ministry said a series of arrests came from one person accusing another, and another, and so on.",
"“That’s why there was destruction,” he said, testifying in the case against former regime leaders Nuon Chea, Khieu Samphan and Ieng Sary.",
"Close friends wound up in the notorious torture center of Tuol Sleng, he said.",
"At one point during his testimony, Suong Sikheoun turned to the three men on trial and apologized.",
"“It was not socialism, was neither communism nor a revolution to serve the citizens or nation,” he said of the failed regime. “I suffered very much.”",
]
T["002"] = [
"DRC Rebels Vow to Overthrow Government",
"Rebels in the Democratic Republic of Congo have vowed to seize more territory and topple President Joseph Kabila.",
"The M23 rebels held a rally Wednesday at a stadium in the eastern city of Goma, which they captured a day earlier. Rebel spokesman Vianny Kazarama said the rebels plan to keep on moving.",
"\"President Kabila brought war planes and big guns, but he was unable to defeat us,\" he said. \"That is a clear sign that we are part of God's plan; we were sent by God and this will not end here,\" said Kazarama.",
"Hundreds of Congolese police and troops surrendered their weapons at the rally.",
"Kazarama said the rebels' next goal is Bukavu, 100 kilometers to the south. He said the group already controls the town of Sake, also south of Goma, and plans to eventually reach Kinshasa, the capital, more than 1,500 kilometers to the west.",
"The U.N. Security Council voted unanimously Tuesday to impose sanctions against M23 leaders. The French-sponsored resolution demands that the rebels immediately pull out of Goma, located on the Rwandan border, and condemns all foreign support for the group.",
"The DRC and U.N. experts accuse Rwanda of supporting M23 - a charge Rwanda denies.",
]
T["003"] = [
"Nairobi Mall Death Toll Expected to Rise",
"Five days after terrorists laid siege to a shopping mall in Nairobi, Kenyans await the final count of fatalities, as forensic teams search through the rubble.",
"On Wednesday morning, Kenyan newspapers published a list of those killed in Saturday’s attack on the Westgate shopping mall by Islamist gunmen. The dead hailed from more than 10 countries.",
"The total death toll stands at 72, including five attackers and six Kenyan soldiers. Nearly 70 people are still reported as missing.",
"Wariko Waita, head of communications at the Kenya Red Cross, says a recovery team working with Kenyan troops has not yet learned of any hostages among the dead. \"We were initially told there would be people still inside.  We have not received any casualties or fatalities at this point,\" he said.",
"Interior Minister Joseph Ole Lenku said Wednesday that investigators expect to find more human remains under the rubble, but he predicted the overall casualty toll would not increase significantly.",
"Kenyans have shown their support by donating hundreds of thousands of dollars and over 6,000 pints of blood to the rescue and recovery effort.",
]
T["004"] = [
"South Sudan Forces, Rebels Clash in Upper Nile",
"South Sudan's military is battling rebels in the northern Upper Nile state region on Wednesday, amid international concerns that unrest in the world's newest country could spiral into a full-fledged civil war.",
"Army spokesman Philip Aguer told VOA fighting continues in the oil town of Malakal, the capital of Upper Nile state.",
"Forces loyal to President Salva Kiir are battling soldiers who back his former deputy, Riek Machar, who was dismissed in July.",
"On Tuesday, the rebels said they had captured Malakal -- a claim the government denied.",
"Doctors Without Borders says hundreds of people have been wounded over the past few days from fighting in Upper Nile, Unity and Jonglei states.",
"In a Wednesday statement, the relief group said it had treated 116 people for gunshot wounds in Malakal and the Upper Nile state community of Nasir.",
"Presidential spokesman Ateny Wek Ateny, on Wednesday, called for unity and said the government forces would prevail.",
"\"The SPLA (Sudan People's Liberation Army) will fight courageously and will defeat the rebels within and outside South Sudan borders,\" Ateny said. \"The government will defeat the rebels forever. His excellency Kiir Mayardit instructed the government to stand ready to defend the nation from internal aggression. He urged all South Sudanese to stand together and see this dark moment through.\"",
"Representatives of both sides have been meeting in Ethiopia for talks on a possible cease-fire.",
"The U.N. says the unrest has left at least 1,000 people dead and more than 400,000 displaced.",
"In Washington, Linda Thomas-Greenfield of the State Department's African Affairs Bureau urged South Sudan's leaders to seek reconciliation.",
]
T["005"] = [
"South Sudan Army Fights to Recapture Key Towns",
"South Sudan government troops are preparing to launch an attack to recapture Bentiu, the capital of oil-rich Unity state, which fell to forces loyal to former Vice President Riek Machar at the weekend, a military official said Wednesday.",
"“The SPLA forces are in the western part of the state and the SPLA is reorganizing. Definitely they will launch an attack on Bentiu any time,” army spokesman Philip Aguer said.",
"Former SPLA Fourth Division Commander General James Koang Chuol said early this week he defectecd from the army, seized control of Bentiu and declared himself governor of Unity state after what he says was a government attempt to assassinate him.",
"Aguer denied the government ordered Koang's assassination.",
"The planned military action to retake Bentiu was announced a day after the United Nations High Commissioner for Human Rights, Navi Pillay, said in a report that a mass grave containing at least 75 bodies had been found near the town.",
"Several hours later, though, the UN Mission in South Sudan (UNMISS) revised the number of bodies in the mass grave downward, to 15.",
"The SPLA was also engaged in heavy fighting to recapture Malakal, the capital of another oil-producing state, Upper Nile. Aguer described the situation in the town as chaotic.",
"\"Yesterday, there was fighting and the SPLA controlled the fight yesterday. But toward the evening, a group of armed men started looting the market,\" he said.",
"\"That developed until this morning, and there is still confusion in Malakal. The two groups are still inside Malakal – the loyalists to the government and the rebels seem to be in the southern part of the town. There’s rampant looting and shooting,\" the army spokesman said.",
]
T["006"] = [
"South Sudanese Take Dangerous Journey Out of Battle-Ridden Bor",
"As South Sudan’s military advances on the rebel-held city of Bor, citizens are fleeing in enormous numbers, taking refuge across the river in the small village of Mingkamen.",
"Reverend Daniel Garang wears a priest’s collar around his neck, and a Kalishnikov rifle on his back.",
"“I am carrying the bullets, but really I did not shoot anything. This is 30 [bullets in the cartridge], and 31 inside [the gun], but I did not release any bullets because I am not in a position of fighting. But I can hold it for defense,” said Garang.",
"He has just arrived here in the village of Mingkamen on the banks of the Nile River with a group of nearly 100 people whom he helped shepherd to safety from Bor, a rebel stronghold under military assault.",
"He says they hid in the wilderness around Bor for four weeks, before sneaking out by boat in the dead of night.",
"A day earlier, they narrowly escaped a rebel cattle raid.",
"The gun, Garang said, gives him some measure of protection as the country becomes increasingly militarized. But more than anything, he hopes for a peaceful solution to the crisis that has torn the country apart.",
"“Well, for me as a priest, to be peaceful is better than to be more violent. So I wish if there is a cease-fire to stop killing the civilians and the innocent people as I came with them now,\" he said. \"You can see me as military because I’m military-minded, but I’m a civilian.”",
]
T["007"] = [
"People Frightened to Return to Homes in South Sudan",
"A top U.N. official has warned the humanitarian situation in South Sudan may continue to deteriorate,  as people are too frightened to move back to their homes.  Aid workers there say they expect the number of people displaced by the South Sudan conflict to keep rising, increasing the risk of disease.",
"Yusuf Anur sleeps in the open at the Malakal Teaching Hospital for more than two weeks. He says he is lucky to get one meal a day.",
"“Right now, we are living here. We are suffering inside Malakal Teaching Hospital,” he said.",
"And though Anur says he is suffering because of the shortages of food and clean water, he has no plans to leave the hospital.  He says he does not believe the fighting has really ended.",
"The U.N. reports more than 64,000 people in Malakal County were displaced in two waves of fighting in the area.",
"The local U.N. base is hosting more than 26,000 people.  Churches and mosques have also been converted into temporary shelters.",
]
T["008"] = [
"Boko Haram Raid on Nigerian Town Fuels Chilling Tales",
"In the week since Boko Haram seized Nigeria's far northeastern town of Baga and began raiding nearby villages, militants have killed hundreds of civilians and razed entire communities, local officials say. It may be the one of the sect's deadliest killing sprees since the insurgency started more than five years ago.",
"Details of the violence still are coming out in places such as Maiduguri, the Borno state capital, where thousands fled. It lies nearly 200 kilometers or 122 miles southwest of Baga. At least 7,000 more fled in the other direction into Chad.",
"Fisherman Yahaya Takakumi, now sheltering in Maiduguri, spent four days running and hiding in the bush after Boko Haram militants seized Baga on January 3.",
"\"I have not seen four of my children and my elder brother,\" he said. \"Some people said they saw my brother near the village of Daban-Shata the day after the attack, but I now fear for his life because only God can say the number of persons that were killed....\"",
"Because Boko Haram controls the area and cellphone communications have been cut, local officials could not provide a death toll. Estimates range from the hundreds to 2,000, according to various news media.",
"Amnesty International on Friday said, based on reports coming from the area, this could be the Islamist militant group’s “deadliest act in a catalogue of increasingly heinous attacks.”",
"Takakumi said he, one of his wives and his remaining children walked from Baga to Maiduguri.",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
