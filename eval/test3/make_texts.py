#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies)."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"Tropical Storm Erika Dissipates After Killing 21",
"Tropical Storm Erika has weakened over Cuba, after bringing death and destruction in the Caribbean to Dominica and Haiti.",
"At least 20 people were reported killed in Dominica and one in Haiti, while several were still missing.",
"Dominica Prime Minister Roosevelt Skerrit said Erika brought \"monumental destruction\" to the tiny island (751 square kilometers, or 290 square miles) of nearly 75,000 people.",
"\"The visual damage I saw today, I fear, may have set our development process back by 20 years,\" Skerrit said after surveying the island.",
"The National Hurricane Center in Miami said that while the storm has weakened, it could rebuild as it passes over the Gulf of Mexico.",
"Florida Governor Rick Scott declared a state of emergency Friday. Residents across the state have cleared store shelves of emergency supplies and bottled water.",
"Meanwhile, in the Pacific, Hurricane Ignacio has grown to a Category 4 storm as it heads toward Hawaii.",
"Forecasters said Ignacio's path was uncertain, but it could cause widespread damage because of the storm's dangerous surf, winds and rain.",
"Ignacio is being followed by Hurricane Jimena, which has strengthened into a Category 4 hurricane but seems unlikely to hit land.",
]
T["002"] = [
"Kenyan Police Officer Fatally Shoots Six Colleagues",
"A gunman who shot dead six Kenyan police officers inside a police station in western Kenya on Thursday is a police officer himself, witnesses said.",
"Initial reports widely spread by both local and international media outlets said the man was a suspected recruiter for al-Shabab, an armed militant group based in neighboring Somalia. But later two Kenyan police officers in the area told VOA on condition of anonymity that the killer was a Kenyan police officer.",
"\"The shooter was a police officer named Maslah. As soon as he came to his shift at the station around 4:00 a.m. local time this morning, he took his gun and shot five of his fellow police officers and later he killed another police officer,\" one Kenyan police officer told VOA Somali.",
"Another police officer who declined to give his name was among the first responders to the attack. He said the man was a \"disgruntled policeman.\"",
"\"I knew the man. His name was Maslah. He was Somali Kenyan police officer at the station,\u201d the anonymous officer said. \u201cHe had submitted a resignation letter to leave the police to his superiors. \u2026 So I think the attack resulted from the fact that he was disgruntled.\"",
"The shooter was later shot by special forces who were deployed to the Kapenguria police station.",
"Earlier, Police Inspector General Joseph Boinnet said in a statement that commandos had surrounded the police station in an attempt to bring the standoff to an end.",
"Boinnet said the man tried to escape after shooting the officers, but his attempt was thwarted by other members of the police force who arrived on the scene.",
]
T["003"] = [
"Ground Operations Suspended After Rescue Workers Killed in Utah Mine Collapse",
"U.S. officials have suspended the search for six coal miners missing deep underground in the western state of Utah, after a second collapse killed three rescue workers and injured six others late Thursday. Three of the injured are still hospitalized. VOA's Cindy Saine reports from Washington that the governor of the state of Utah has called the accident a turning point in the U.S. mining industry.",
"Thursday's mine wall collapse came on the 11th day of frantic efforts to find six miners trapped at least 450 meters underground at the Crandall Canyon mine in Huntington, Utah. It is still not known if the miners are alive or dead. There has been no contact with them since August sixth, and no signs of life.",
"Utah Governor Jon Huntsman summed up the feeling of many in Huntington, reeling from a second mine disaster even as the first one remains unresolved.",
"\"Yesterday we went from a tragedy to a catastrophe,\" said Governor Huntsman.",
"After the mine collapse Thursday evening, all the rescue workers were evacuated. They had been digging through the rubble to try to reach the trapped miners.",
"Richard Stickler, the head of the federal Mine Safety and Health Administration, announced the suspension of underground rescue operations at a news conference Friday in Huntington.",
"\"We have suspended indefinitely the underground portion of the rescue effort,\" he said. \"We had put in the strongest ground support system to try to protect the rescue workers, that is available and practical to use.\"",
"Speaking earlier Friday, Governor Huntsman made clear that the safety of the miners and rescue workers has to be the top priority from now on.",
]
T["004"] = [
"Search for Survivors Offers Small Glimmer of Hope as Aid Trickles to Haiti",
"U.S. officials say a trickle of international aid is beginning to reach survivors of Haiti's massive earthquake, but impassable roads, limited airlift capability and other challenges are complicating that effort. As anger and restlessness escalate in the Hatian capital, Port-au-Prince, there were some signs of hope amid the destruction as rescue workers dug through crumbled buildings, and in some instances, freed trapped survivors.",
"The sound of applause rang out  as rescue workers pulled Jens Christensen, a Danish United Nations worker, alive from the ruins of the U.N. mission headquarters in Haiti. Christensen was buried alive beneath the rubble for five days.",
"Dave Hutcheson, a U.S. rescue worker says Christensen appeared to be in good shape.",
"\"It took us four hours to get to him,\" he said.  \"We saw him, we got a visual on him in about three [hours] and we had him out in four. He wasn't trapped physically around his body. He was trapped in an area.\"",
"Christensen was one of several survivors pulled from the rubble on Sunday. His rescue from the wreckage of the U.N.'s offices in Haiti came just minutes after United Nations Secretary General Ban Ki-moon visited the site.",
"Mr. Ban, on a one-day trip to offer support, says, right now, the first priority of the U.N. is to save as many lives as possible.",
"\"The destruction, the loss of life, are just overwhelming.  Therefore, we need unprecedented international support to Haitian people,\" he said.",
"The international community is reaching out to Haiti with massive amounts of aid, but getting help to survivors is challenging.",
"The head of the U.S. Agency for International Development, Rajiv Shah, outlined some of the obstacles on ABC's \"This Week\" program.",
]
T["005"] = [
"Aid Workers Struggle to Cope with Syrian Refugee Influx",
"BAB AL-SALAMA CAMP, NORTHERN SYRIA - Humanitarian agencies are struggling to cope with an upsurge of refugees from Syria caused primarily by aerial bombardments of the civilian population. The United Nations says the number of Syrian refugees is likely to triple to 700,000 by the end of the year.",
"Early afternoon at the Bab al-Salama Camp on the Syrian side of the Turkish border. Aid workers are distributing food to people waiting to become refugees in Turkey.",
"The Turkish government is already providing for 100,000 Syrian refugees. Its camps are full. It is building new camps but says it can only admit refugees when it has room for them.",
"Refugees here may wait more than one month before they are allowed into Turkey. Turkish humanitarian groups struggle to keep up with the demand for food, water and shelter.",
"Sarken Oktem, the coordinator for Turkey's Foundation for Human Rights, Freedom and Humanitarian Relief, says this is increasingly hard to do. \"We have about 6,500 people here. For every 500 people we send to Turkey, 1,000 more come in,\" he said.",
"He says sanitation is becoming a major problem. There is an outbreak of diarrhea because of contaminated water.",
"Others worry that the food aid is not providing enough nutrition to the people.",
"Abdelkader Kaptur, with a Syrian relief group, says they have not had milk for the camp's babies in the past 11 days. \u201cWe worry most about the food because there is not enough of it. And now winter is coming and it's cold and you see people without covers and some are sleeping on the ground,\" he said.",
"The United Nations has appealed for one half billion dollars for Syria's refugees. To date only a fraction of that has arrived.",
]
T["006"] = [
"Fighting Rages in Syria; UNHCR Warns of Growing Trauma",
"Activists say Syrian government warplanes targeted an olive press factory near the city of Idlib Tuesday, in the country's north, killing at least 20 people. They say dozens more have been wounded.",
"Video released Tuesday also shows the aftermath of a government airstrike on an unfinished refugee camp in Bab Al-Hawa, near the Syrian-Turkish border. There were no immediate reports of injuries.",
"The Syrian Observatory for Human Rights says violence across the country has killed more than 40,000 people since the uprising against President Bashar al-Assad began in March of last year.",
"The United Nations fears the crisis is only going to worsen.",
"U.N. Under-Secretary-General for Humanitarian Affairs Valerie Amos visited the Zaatari refugee camp Tuesday in Jordan, near the Syrian border, taking time to talk to refugees and their children.",
"Amos described the situation as bleak.",
"\"This camp already hosts over 30,000 people, we anticipate that more will come, half of them are children, you can see the anger, the fear, the resentment, there is considerable trauma here,\" she said.",
"Many of those at the refugee camp say there are barely enough supplies to meet their most basic needs.",
"\"The situation is very bad, it is cold, as you see, the tents let rainwater in, water goes into the tents, the children are freezing, there are no blankets to keep the women and children warm,'' said refugee Mohammed Ali Samara.",
]
T["007"] = [
"Aquino Vows to Stay in Typhoon-hit Central Philippines",
"Philippine President Benigno Aquino has vowed to \"stay\" in the typhoon-battered center of the country until he is \"satisfied\" with efforts to help survivors of a devastating November 8 storm.",
"Aquino made the pledge Sunday as he visited the hard-hit central islands of Samar and Leyte, where thousands of people flocked to ruined churches for weekly prayers.  Some gave thanks for surviving Super Typhoon Haiyan, while others prayed for the souls of the thousands of people who were killed.",
"Sunday services typically are a time of reflection in the Philippines, whose population is 80 percent Roman Catholic.  Filipinos have maintained that faith despite repeatedly enduring disasters of biblical proportions.",
"In its latest casualty report issued Sunday, the Philippine government said the typhoon killed at least 3,974 people and left about 1,200 others missing.  Many of them were swept away and drowned in a huge storm surge triggered by one of the strongest cyclones on record.",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
