#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Paragraphs are joined by blank lines; headline first, then a blank line."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"MDC Formations Dismiss Zanu PF Critics",
"The Movement for Democratic Change formations on Monday scoffed at Zanu-PF officials claiming the parties have become irrelevant in Zimbabwean politics following their defeat in the July 31 elections.",
"Justice Minister Emmerson Mnangagwa told a Zanu-PF rally in Chivi at the weekend that “the MDC formations are now dead and buried,” adding Zanu-PF has become the party for the future.",
"Mnangagwa’s sentiments are shared by many Zanu-PF officials and supporters, though the opposition parties have more than 70 lawmakers.",
"MDC-T spokesman Douglas Mwonzora told VOA that those predicting his party's demise are day dreaming.",
"\"As long as what the MDC stands for is not gone, then the MDC will never die,\" Mwonzora said.",
"\"The MDC stands for all those things that Zanu-PF is unable to offer, the MDC stands for jobs for our people, it stands for democracy, the rule of law, good governance and a broad-based economic empowerment which benefits all Zimbabweans.\"",
"Mwonzora’s sentiments were echoed by Nhlanhla Dube, spokesman for the MDC wing led by former Industry Minister Welshman Ncube.",
"\"We expect less from a Zanu-PF official,\" Dube said. \"We are not expecting a Zanu-PF official to appreciate that politics is about healthy competition ... We are not dead, we are alive and restrategizing.\"",
"Zanu-PF trounced the MDC parties in the disputed July 31 vote and claimed total control of the House of Assembly and the Senate as well as local councils.",
"President Robert Mugabe also won by a huge margin against his main rival Morgan Tsvangirai, who has refused to concede defeat alleging electoral fraud.",
]
T["002"] = [
"Tibetan Exile Officials Warn Chinese Violence Against Protesters “Unsustainable”",
"Chinese official media are accusing elected Tibetan-exile and Western officials of distorting recent violent episodes in Tibetan areas under Beijing's control. But the India-hosted administration that claims to speak for all Tibetans says the protests may increase if Beijing favors using bullets rather than dialogue for its regional security.",
"The official newspaper China Daily blames Tibetan exiles and unnamed Western governments for pursuing an “agenda against China” in their descriptions of recent unrest in Tibetan areas under Chinese control.",
"Tibetan exile officials, hosted in the northern Indian city, Dharamsala, say China shot to death at least six peaceful protesters last week in areas it controls. China admits to killing one protester, whom Beijing describes as a rioter. Officials describe the recent protests as “mobs” who have used violence against Chinese police.",
"Spokeswoman and Cabinet minister for the Tibetan administration in exile Dekyi Chhoyang dismisses suggestions in Chinese media that Tibetan exile officials are colluding with Western governments and media to distort events.",
"“Absolutely not, absolutely not. The unrest that we are seeing now in the Tibetan region, it is really a reaction by the Tibetan people to the repressive policies of the Chinese government. And, what we are saying to them [China] is listen to the people.”",
"At least 16 Tibetans, mainly Buddhist monks and nuns, have set themselves on fire to protest what they view as repressive policies in the region.",
"The Tibetan-exile administration says it has never encouraged its fellow Tibetans under Chinese control to protest, but is sensitive to their concerns. Many are concerned of a repeat of widespread that riots broke out in China's Tibetan autonomous region in 2008.",
]
T["003"] = [
"Al-Shabab Launches New Attacks on Somalia's Presidential Palace",
"For two nights in a row, al-Shabab militants have attacked Somalia's presidential palace with mortars, killing five people and injuring many more.  A senior al-Shabab commander says the group is trying to switch tactics.",
"The Somali government described the latest incidents as a desperate attempt by al-Shabab to spread fear.",
"Somali government spokesman Abdirahman Omar Osman told VOA these are the first mortar attacks he's seen in Mogadishu since the African Union force, or AMISOM, drove the militants out of the capital last year.",
"“[In the last] couple of nights, we have witnessed mortar attacks coming and targeting civilians.  As a result of that have caused injuries and deaths to civilians,\" Osman stated. \"This is something that is new to Mogadishu since we have liberated the city from al-Shabab.  Now this seems to be new tactics al-Shabab are trying to deploy, which they are always good at continuing harming civilians.”",
"Witnesses say the first mortars, early Monday morning, landed on a displaced persons camp next to the presidential compound and killed five people.",
"Osman says security officials have made some arrests and have also doubled security in the city.",
"Somali government and AMISOM forces have pushed al-Shabab out of its former Mogadishu strongholds, but the group has continued to carry out sporadic rocket, bomb, and suicide attacks in the capital.",
]
T["004"] = [
"US Official Praises International Exchange Programs",
"U.S. Undersecretary of State Karen Hughes says international exchange programs are the most effective and successful part of U.S. public diplomacy. She made her comments Thursday at the 2006 meeting of the National Council for International Visitors, a non-governmental organization that works in the United States to promote person-to-person exchange programs.",
"One of the top U.S. diplomats, Karen Hughes, said in less than one year on the job, she has been distressed to see that people in other parts of the world often have mistaken impressions of Americans.",
"\"You'll ask them what do you value most and what do you think Americans value most? And there's a big disconnect. They say they value most faith and honor and honesty and family. Well, we value honor those things most too. If you ask Americans, that's what they value most. But if you ask people in different parts of the world, they'll say, \"oh no, they value money and power and work,\" she said.",
"She said as she prepared for her job, one message she heard over and over was that exchange programs, which send Americans abroad and bring foreigners to the United States, have been the most effective and successful part of U.S. public diplomacy.",
"Hughes said this year, the State Department is aiming new initiatives at what she called \"key influencers\", which includes journalists, religious leaders, women and teachers. One of these is the Edward R. Murrow Journalism Program, which will start in the coming months. \"This partnership will bring more than 100 international media professions to the United States, to work side by side with American journalists, and to attend classes at many of our outstanding institutions,\" she said.",
]
T["005"] = [
"Outside Congolese Activists Denounce Election Results as Fraudulent",
"While protests against President Joseph Kabila’s re-election turned deadly Saturday in the Democratic Republic of Congo, outside the country demonstrations were more peaceful but just as angry.",
"Congolese protesters walked in circles in front of the White House denouncing vote results released Friday in the D.R.C. which they said were fraudulent.",
"One of the protesters, Blaise Kazadi, drove several hours from the southeastern state of North Carolina to take part.",
"“Right now, the Congolese they wanted to go to these elections to elect someone that they trust, the one that can bring peace in the country, and now they see that their voice and their opinion has been stolen. That is why people are angry, everywhere in Brussels, in America, in France, everybody is angry, because we did not elect Joseph Kabila. We need a change.”",
"In Congo’s capital, Kinshasa, angry youths who supported Mr. Kabila’s main election rival former Prime Minister Etienne Tshisekedi burned tires and barricaded streets.",
"They said Congolese were in national mourning.",
"Congo’s electoral commission Friday declared President Kabila re-elected with nearly 49 percent of the vote to Mr. Tshisekedi’s 32 percent. Mr. Kabila was named president in 2001, shortly after his father, a former rebel turned president, was assassinated.",
"The U.S. election monitoring group the Carter Center said Saturday the results of Congo’s 2011 presidential election lacked credibility.",
]
T["006"] = [
"Exuberant South African Football Fans Fired Up for 2010 World Cup",
"The first football World Cup on the African continent has sparked a serious outbreak of football fever in South Africa. Experts say because it so infectious, the hundreds of thousands of visiting foreign fans are likely to catch this unique enthusiasm for the game.",
"South African football fans are among the most exuberant in the world. For them a match is a party and, win or lose, they celebrate with song, dance and noise.",
"Flag vendors are doing a booming business as everyone gets into the spirit. Flags from all 32 countries competing in the Cup can be seen waving from cars, homes and offices. The most popular? South Africa's, of course.",
"The 2010 World Cup mascot is called Zakumi. He looks like a leopard in a football uniform, only his wild hair locks are green. He has become an instant celebrity as he crisscrosses the country celebrating the game.",
"Saddam Maake bills himself as the number-one fan of the South African team. He attends most of the games dressed from head to toe in the team colors of yellow and green.",
"\"I like soccer. I am a soccer slave,\" he said. \"I drink soccer, sleep soccer, eat soccer. That's why I love soccer.\"",
"Among fans who like to dress up, a popular accessory is the Makarapa. It is made from a plastic \"hard hat\" used in the mines. Parts of the shell are cut in the shapes of balls, flags or football players, bended out and painted.",
"Artist Alfred Baloyi, another football fanatic, made the first Makarapa 30 years ago after he saw a fan hit on the head by a bottle thrown during a match.",
"\"When I go to the stadium I wear it to save my head,\" said Baloyi. \"So when days go on [as time goes by] I paint it. I go to the stadium, the people, they like it.\"",
]
T["007"] = [
"UN World Food Program Appeals for Help in Kenya",
"The UN World Food Program (WFP) says it’s quickly running out of emergency food aid for millions of people in Kenya affected by drought. As the dry season continues, the WFP is appealing to donors for new contributions to prevent malnutrition from increasing.",
"Penny Ferguson is the spokesperson for the WFP in Nairobi. She told VOA English to Africa reporter Cole Mallard that people in Kenya are still recovering from the long drought.",
"Although long rains have come, which has helped some, it’s the beginning of the dry season. She says the WFP has only enough food assistance to feed people through September. She says the WFP appealed for $225 million in February to feed people through the rest of 2006, and still needs $90 million, despite generous contributions from the United States, the United Kingdom, and the government of Kenya itself.",
"Ferguson says in March and April, The WFP had to cut vegetable oil from the rations of 3 million people, illustrating that one item, routine in nature, can cause severe hardship. She says it’s hard to predict what may come as a result of the appeal, but she hopes that keeping the public informed will help, “given the time it can take to buy commodities in bulk and get them transported up into some of these very remote areas in Kenya, short notice can just be too late.”",
"She says if the money doesn’t come, the WFP will continue to do the best it can in this emergency operation to feed 3.6 million people, covering 25 of Kenya’s 70 districts. She says, “3.1 million people receive monthly rations and more than half a million school children are given school meals through this same emergency operation, in addition to the regular school meals program that feeds million children in Kenya, so it’s a very big operation.”",
]
T["008"] = [
"Pentagon Investigates Recent Attack in Afghanistan",
"Defense officials say they are investigating an incident in which air-strikes were called in on hostile forces that attacked a group of U.S. and Afghan troops.",
"U.S. officials are trying to determine the exact identities of what are termed \"enemy forces\" who opened fire on coalition troops near the city of Khost in eastern Afghanistan.",
"A Pentagon spokesman says the coalition troops consisted of friendly Afghan troops accompanied by American soldiers. They were fired upon on Saturday while investigating a fortified roadblock.",
"One of the Afghan troops was killed and three others wounded in the incident.",
"The Pentagon says coalition forces attempted to negotiate the surrender of the estimated 40 enemy gunmen but the effort was rejected. U.S. air-strikes were called in on the enemy positions both Saturday and Sunday.",
"The New York Times says the strikes appear to differ from previous American bombing raids. It quotes Afghan commanders in the area as saying the strikes were aimed at controlling clashes among rival militia groups -- not at hitting Taleban or al-Qaida forces.",
"The Pentagon is not commenting on the report directly.",
"But a spokesman says any forces that fire on U.S. troops and the Afghan fighters with them are deemed to be hostile and can expect retaliation.",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
