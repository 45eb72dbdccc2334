#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Paragraphs are joined by blank lines; headline first, then a blank line."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"Kenyan Voices on Their Election Hopes",
"Ordinary Kenyans and election officials alike share their hopes for a peaceful election, and the messages they're spreading in an attempt to see their hopes realized:",
"\u201cWe don\u2019t want hatred, because we know we are the ones who will lose the most.\u201d \u2013 Nakuru resident Samuel Kamau on his hopes for a peaceful election",
"\"The same individuals who were present in 1992, 1997, 2002 and 2007 are the very same who are the political players in the year 2013. So the political culture may not change dramatically, but these individuals upon being elected will find that their actions are controlled and in some ways hamstrung by the new constitutional provisions.\u201d - P.L.O Lumumba, dean of law at Kabarak University, on whether this election will be decided on the basis of ethnicity or issues",
"\u201cVote for whom you love, but you also need to be ready that you can vote for somebody that you love and they may not make it \u2026 Vote, yes, but be ready to accept the results, and be peaceful.\u201d \u2013 Pastor Ronald Makokha explains the message he is giving his congregation",
"\u201c\u2026if we can come to a kind of consensus around the process that needs to be followed in light of what has been agreed to candidates in advance of the contest, then if there are disturbances or challenges\u2026there are mechanisms in place for resolving these differences. And our plea to everyone is stick to the process and do it peacefully.\u201d \u2013 John Stremlau of the Carter Center, one of the groups monitoring the elections, explaining how he works with other election groups",
]
T["002"] = [
"Pro-Morsi Protesters Pack the Streets of Cairo",
"Tens of thousands of supporters of ousted president Mohamed Morsi filled the streets of Cairo Friday, demanding the Islamist leader be returned to power. Waving the Egyptian flag and holding up posters, they marched through the summer heat shouting \"Morsi is our President!\" and \"Egypt is Islamic,\" vowing to die for their cause.",
"Organized by the Muslim Brotherhood \u2014 a group that was banned until the 2011 revolution that toppled former president Hosni Mubarak \u2014 the protestors are furious at what they call a military power grab at the expense of democracy.",
"Their demonstrations are getting bigger, and their slogans more adamant.",
"One young student marching in downtown Cairo, Mahmoud Tahir, grabbed a bullhorn to lead shouts against Army chief Abdel Fattah el-Sissi, whom the Brotherhood calls a traitor.",
"Saying that it only responded to the will of the people, Egypt's military ousted Morsi on July 3. Since then, the former leader has been held at an undisclosed location despite calls for his release by the United States and the European Union.",
"But the Muslim Brotherhood is rejecting calls by Egypt's interim president Adly Mansour to negotiate an end to the protests and join the new interim government.",
]
T["003"] = [
"Protests Heat Up Across Egypt",
"Backers and opponents of Egyptian President Mohamed Morsi have traded gunfire and thrown firecrackers at each other during brutal street fighting in Alexandria.",
"Riot police moved in with armored vehicles and tear gas, but not before the offices of Morsi's political party were set on fire.",
"Authorities say two people have been killed, including a U.S. citizen stabbed to death while taking pictures of the riots. The State Department has issued a travel warning for Egypt, telling Americas to put off non-essential travel there. Some embassy workers and their families will be evacuated.",
"Protesters also are gathering in Cairo's Tahrir Square, waving Egyptian flags and calling for Morsi's departure. They are preparing for a massive anti-government rally Sunday, the one-year anniversary of Morsi's presidency.",
"The opposition accuses Morsi and his Muslim Brotherhood movement of trying to undermine secular rights and not living up to the 2011 uprising that forced ex-president Hosni Mubarak to flee.",
"A few thousand Morsi supporters gathered in front of a mosque in the outlying Cairo district of Nasr City during Friday prayers. Many carried banners proclaiming support for the president and the crowd broke into periodic chants of \u201cIslamic rule, Islamic rule.\u201d",
]
T["004"] = [
"Reports of More Fighting in Libyan Capital Tripoli",
"The U.N. special envoy to Libya is calling for warring parties to respect a ceasefire in the Libyan capital, Tripoli. A health department spokesman in Tripoli has put the death toll in eight days of fighting at 47 dead and 129 wounded.",
"Efforts to mediate a ceasefire in the Libyan capital continue, despite intermittent shelling and gunfire concentrated to the south of the capital, Tripoli.",
"U.N. envoy Ghassan Salame has invited the warring sides to talks at an undisclosed location Tuesday.",
"Meanwhile, Libya 24 news channel tweeted a photo Monday of a delegation of Libyan leaders that was trying to mediate a ceasefire between the warring militias.",
"The TV reported earlier more fighting had broken out Monday between the so-called 7th Brigade from Tarhouna and the rival \"Thawar Tripoli\" militias.",
"While sporadic clashes continued overnight, amateur video showed some Tripoli residents going about their business, including a wedding party driving through the mostly deserted streets of the capital.",
"Another Tripoli resident tweeted Sunday that he and his friends continued to play cards, and smoke the traditional Arab nargileh water pipe as they listened to the fighting in the background.",
"Local media report the warring militias are vying for control over the important Yarmouk military camp.",
"A Libyan analyst living in Paris, Kamel al-Marash, told al Hurra TV the ongoing fighting was not unexpected and the various militia groups are trying to exert control over the centers of power in Tripoli.",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
