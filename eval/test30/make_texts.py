#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Paragraphs are joined by blank lines; headline first (when the copy has one), then a blank line."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"Israel Moves Reinforcements to Gaza Border",
"The Israeli army is moving troop reinforcements toward the border with Gaza after an increase in rocket fire from the Palestinian territory.",
"Israeli jets struck targets in Gaza Thursday while militants continued sending rockets into southern Israel. The violence comes amid mounting tension over the killing of an Arab teenager in east Jerusalem in a suspected revenge killing after three Israeli teens were murdered.",
"The Israeli military said its jets targeted 15 \"Hamas terror sites\" in the Gaza Strip. Palestinian officials say 10 civilians were wounded. Among them was Ahmad al-Hatoum.",
"\"My wife was preparing [the morning meal during Ramadan], when we suddenly heard a big explosion. I felt the fire inside my house come towards me and my daughters,\" he said. \"We ran outside the house and found our damaged car, as you can see it, and all the houses around were damaged. It is completely damaged.\"",
"Israeli officials say the strikes were in response to over 20 rockets fired at Israel since Wednesday. Most of the rockets were intercepted, but at least two struck houses in the border town of Sderot. No injuries were reported.",
"Residents anxious",
"Sderot resident Avihai Giorno said his family is on edge.",
"\"It's impossible not to start each day with fear. And the children, even though I tell them not to be afraid, when it reaches you it changes everything, the whole situation,\" Giorno said.",
"Meanwhile, Israeli authorities continue investigating the death of 17-year-old Mohammed Abu Khudair, who was kidnapped and whose body was found in a Jerusalem forest on Wednesday.",
"Palestinian officials blame Israeli settlers for the alleged attack, saying it is revenge for the kidnapping and murder of three Israeli teens who were buried this week. Israel blames that attack on Hamas, which rules the Gaza Strip. It denies the charge.",
]
T["002"] = [
"ON THE SCENE: In Ukraine\u2019s East, Fears of Showdown Loom",
"With the war of words intensifying in a crisis threatening to dismember Ukraine, all sides are accusing each other of failing to observe an agreement reached in Geneva last week that aimed to ease tensions in eastern Ukraine.",
"Locals here in Donetsk - most seem determined to try to avoid trouble and to get on with their daily lives - fear that a showdown is looming in a standoff that has not only pinned Kyiv against Moscow, its former Soviet overlord, but also re-ignited Cold War-era animosities between the U.S. and Russia.",
"Ukraine\u2019s acting President Oleksandr Turchynov announced Tuesday a resumption of what the government calls \u201canti-terrorist\u201d operations against armed pro-Russians in nearly a dozen eastern cities and towns but so far only one of them, Slovyansk, has seen significant military activity, where Ukrainian forces on Thursday reportedly killed five pro-Russian separatists.",
"Separatists dig in",
"The separatists who control government buildings in Donetsk and the nearby towns of Kramatorsk and Slovyansk are stepping up preparations to fortify their positions and are bringing in fresh supplies in expectation of prolonged sieges. In the imposing 11-floor regional government building in Donetsk, separatist leader Vladimir Makovich insists they won\u2019t blink.",
"\u201cWe expect an attack any time,\u201d he said during an interview in the regional governor\u2019s office.",
]
T["003"] = [
"Donetsk Russians Say Only Putin Can Save Them",
"It is a frigid evening in Donetsk's Lenin Square, but the cold has not deterred a small crowd from maintaining a weeks-long protest against the new Ukraine government in Kyiv. They say they want to follow Crimea and break with Ukraine and join the Russian Federation.",
"Denis, 70, says the new government in Kyiv is making everyone poorer and the people of eastern Ukraine can't live with the politicians of the capital anymore.",
"Vera, 62, says she'd like Donetsk to stay in Ukraine but that ethnic Russians are being forced to ask Putin to help because the politicians in Kyiv don't care about the east of Ukraine and they just think of themselves.",
"Donetsk is in the heart of the Donbass coalfield and is one of Ukraine's major industrial cities. The activists in Lenin Square are demanding the release of an activist who briefly proclaimed himself \"people's governor\" of the region this month.",
"And they praise the actions of Russian separatists in Crimea, who stormed Wednesday a Ukrainian naval base in the Crimean city of Sevastopol. This is a day after Crimean leaders signed a treaty with Russia absorbing the peninsula into the Russian Federation after a disputed referendum.",
"Ukraine's new leaders are becoming increasingly anxious about the protests in the eastern Ukraine cities that are home to large numbers of ethnic Russians. Protests have mounted, and over the weekend violence flared when more than 5,000 pro-Russian protesters roamed central Donetsk smashing doors and windows and forcing entry to government buildings.",
"Three have died in the recent protests in eastern Ukraine.",
]
T["004"] = [
"Eastern Congolese Opposition Join Forces to Protest Election",
"The situation in The Democratic Republic of Congo remains unsettled following a refusal by the opposition to accept the re-election of the country's president. Competing opposition parties in the region say they are joining forces to support the main opposition candidate's claim that he, in fact, won the election.",
"Five goats were slaughtered in downtown Goma Saturday in honor of President Joseph Kabila's re-election victory.",
"During the campaign, Kabila was the only candidate with the money to widely distribute tee-shirts, baseball hats, umbrellas, ladies dresses and other paraphernalia - so the center of town is decked out in blue, white and yellow and the slogan, \"100 percent for the president.\" And as they barbeque the goats on the streets near the marketplace, a few supporters say they are drinking \"Ka-beer-a.\"",
"Paul Katakala is the chef in charge of the feast. He says Kabila is a moderate leader who ended, or at least slowed, the conflict in this eastern province.",
"Katakala says he expects as many as 1,500 people to fill this marketplace celebration out of love for their president, who he calls \"the man who united Congo.\"",
"On the edges of the celebration, a young man in a tie beckons reporters away from the crowd. He says the celebration is for a criminal, who robbed the rightful Congolese president, Etienne Tshisekedi of his post. Tshisekedi says he considers himself president by the people's will although Congo's electoral commission has declared Kabila re-elected with nearly 49-percent of the vote. It says Tshisekedi won 32 percent of ballots cast.",
]
T["005"] = [
"East Congo Opposition to Protest Kabila Election",
"Opposition leaders in eastern Congo are planning to protest the disputed re-election of President Joseph Kabila beginning Tuesday morning. And while organizers say the protests will be peaceful, some opposition supporters say they fear rallies will spark violence.",
"Protesters around the world, and in the Congolese capital, Kinshasa, have been holding rallies since before the November 28 vote that opposition leaders called a \"mock election.\"",
"Tuesday, opposition supporters in Goma, the capital of North Kivu, a war-torn eastern province, plan to march on the electoral commission and the governor\u2019s office. Protesters say they will demand the government recognize the authority of Etienne Tshisekedi, the self-proclaimed elected president of Congo.",
"Rubens Mikindo is a leader of the Union for Democracy and Social Progress party in Goma. It is the party of Mr. Tshisekedi, who finished second in the official ballot count, with 32 percent of the vote. Mr. Kabila won with 49 percent.",
"Mikindo says the police and local authorities are prepared for the rally, and protesters will be protected by the considerable show of military might already on the streets of Goma.",
"He says supporters of Mr. Tshisekedi will be joined by members of the Union for the Nation of Congo, the party of Vital Kamerhe, who came in third in the presidential race with 7.7 percent of the vote. Other, smaller parties will take part as well. Mikindo says protesters have been instructed to be peaceful, and not damage any properties. He says does not know how many people may attend.",
]
T["006"] = [
"Al-Qaida in Iraq Claims Deadly Bombing Wave",
"Al-Qaida's Iraqi affiliate says it carried out the wave of attacks Tuesday that killed around 60 people, mainly in Shi'ite areas in and around the capital, Baghdad.",
"The Islamic State of Iraq posted a statement on jihadist forums Wednesday claiming responsibility, saying the attacks were a \"first stage\" that will be followed by \"revenge.\"",
"The more than a dozen bombs that exploded across Baghdad during the Tuesday morning rush hour also wounded more than 160 people. Several bombings also were reported in towns north and south of the city.",
"It was one of Iraq's deadliest days in months, and came on the eve of the 10th anniversary of the U.S.-led invasion of Iraq.",
"U.S. President Barack Obama issued a statement Tuesday for the anniversary, paying tribute to the 1.5 million Americans who served \"in one of our nation's longest wars,\" which ended with a U.S. withdrawal in December 2011.",
"Obama said the 4,475 U.S. military personnel who died \"made the ultimate sacrifice to give the Iraqi people an opportunity to forge their own future after many years of hardship.\"",
"The Iraqi government said Tuesday it is postponing local elections scheduled for next month in the provinces of Anbar and Ninevah by up to six months, because of security threats to electoral workers and candidates.",
"Voting in Iraq's other provinces is due to go ahead as planned on April 20.",
]
T["007"] = [
"Survivors Found in Taiwan Quake Rescue Effort",
"Two survivors have been recovered from the rubble of a 17-story apartment building in the Taiwanese city of Tainan, two days after it collapsed during a powerful earthquake that left at least 36 people dead.",
"Authorities say a woman named Tsao Wei-ling was discovered lying under the body of her husband Monday morning. The body of the couple's two-year-old son was found lying nearby. Emergency workers are searching for five other members of the woman's family.",
"The other survivor was a man, identified as Li Tsung-tian, who Mayor Lai Ching-te said was conscious and talking to rescuers.",
"Liu Shih Chung, the deputy secretary general of Tainan's city government, tells VOA that over 300 people have been rescued from the wreckage, with about 100 others still missing. With 16 rescue teams from all across Taiwan responding to the disaster, and at least 500 experts on hand to provide advice, Liu says they are \"entering into the most difficult part\" of the rescue effort, as the 72-hour window to find any survivors quickly winds down.",
"Rescuers, firefighters and volunteers are digging through the rubble using cranes, picks and their hands in hopes of finding signs of life, while medical staff and ambulances waited nearby.",
]
T["008"] = [
"International refugee agencies and relief workers in Bangladesh and Myanmar are concerned about worsening conditions for the thousands of people who have fled sectarian violence in Myanmar\u2019s Rakhine state.",
"Vivian Tan, the Asia press director for the U.N. refugee agency, is in Bangladesh and told VOA\u2019s Burmese service that there is a shortage of shelter for the more than 18,000 people who have fled over the border from Myanmar.",
"The International Organization for Migration and other aid groups have told VOA\u2019s Bangla service that as many as 20,000 more people are staged just inside Myanmar, hoping to enter Bangladesh.",
"In Myanmar, some communities are packed with internally displaced people, and relief workers fear that the lack of food safety and personal hygiene facilities could spread infectious diseases, a VOA journalist reported.",
"People began flowing out of their villages in Rakhine Aug. 25, after a group of Muslim insurgents launched a series of attacks on police posts. There are reports that Myanmar security authorities responded with brutal raids on Rohingya villages.",
"Hindus among those fleeing",
"The attacks, the worst violence in the region in at least five years, sent both Rohingya, who are Muslims, and people from the Buddhist majority scrambling for safety.",
"Members of Myanmar\u2019s Hindu minority also have fled, the leader of a Hindu community in Bangladesh told VOA\u2019s Bangla service. Shapawn Sharma Roni said 412 Hindus, mostly women and children, have crossed the border in the past three days.",
"Sharma said his community is helping the refugees and has arranged for shelter for them. The Hindu refugees said at least 86 relatives have died in attacks in Myanmar, but they don\u2019t know who the attackers were.",
"A Hindu woman who entered Bangladesh two days ago said a few hundred more members of her community remain stranded at the border.",
]

if __name__ == "__main__":
    for n, paras in T.items():
        with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n\n".join(paras) + "\n")
