#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Paragraphs are joined by blank lines; headline first, then a blank line."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"Kenyan Reaction to Kenyatta Victory Decidedly Mixed",
"Kenyan election officials have finished their week-long counting of ballots and named Uhuru Kenyatta the fourth president of Kenya. But, predictably, given the violence after the 2007 election, reactions from Kenyans are mixed.",
"Kenya's Independent Electoral and Boundaries Commission says Uhuru Kenyatta secured a slim majority - 50.07 percent of the vote. That eliminated the need for a runoff against his main rival, Raila Odinga, who plans to appeal, claiming election fraud.",
"The mood around the country varies, but most people are urging acceptance of the results and for peace to prevail.",
"In the town of Dagoretti, a Kenyatta stronghold, people like Ann Benika are pleased with the outcome.",
"\u201cThe election was fair and good, because there was no fight. There was no tension,\u201d says she.",
"Both Kenyatta and Odinga supporters live in the Nairobi slum of Mathare, an area heavily impacted by the 2007 and 2008 post-election violence.",
"Resident Hesbon Osiga says that he is willing to accept Kenyatta, as long as the new president lives up to his promises.",
"\u201cSo we expect the [winning] side, Uhuru Kenyatta, and his deputy president, they should stick to their manifesto. These young people, who are with me, they are unemployed. They have got so many challenges. Our prayer is that they deliver as per their manifesto.\u201d",
"However, Joshua Deya says that he agrees with Odinga\u2019s decision to contest the elections results.",
]
T["002"] = [
"South Korea Warns of More Provocations from Pyongyang",
"South Korea's defense minister warned Wednesday that North Korea could conduct a nuclear or long-range missile test, following a series of short-range missile launches Seoul slammed as provocative.",
"Defense Minister Kim Kwan-jin told a parliamentary committee that South Korean and United States forces are on alert, and he \"could not exclude the possibility\" of long-range missile or nuclear tests.",
"Since last Thursday, North Korea has fired at least 11 short-range missiles and other projectiles into the ocean off its east coast. The launches are seen as a response to ongoing joint U.S.-South Korean military drills.",
"A spokesman for the North Korean military on Wednesday called the tests routine, legitimate, and for the purpose of self-defense. Speaking to the official Korean Central News Agency, he denied the launches were raising tensions.",
"The spokesman instead blamed Seoul and Washington for damaging regional stability and warned that if they go too far, the rockets will no longer be used for self-defense.",
"The statement was also read on North Korean state television.",
"\"All our revolutionary strength's military actions, without exception, were conducted as defensive actions for justice in order to protect our air, sea and land of the country and people's safety as well as the peace of the region,\" said the spokesman.",
"North Korea has in the past struck South Korean targets during Seoul's military drills. Following a South Korean military exercise in 2010, North Korea shelled a South Korean island, killing four people.",
]
T["003"] = [
"Israel Declares 7-Hour Gaza Truce",
"No accounts of violence have been reported Monday since the time Israel said it would begin holding fire for seven hours in most of the Gaza Strip to allow Palestinians access to humanitarian aid and for displaced civilians to return to their homes.",
"However, just hours before the truce was scheduled to start, an Israeli airstrike killed a militant Palestinian leader. The Islamic Jihad group said its commander in the northern part of the the Gaza Strip, Daniel Mansour, died when the strike hit his home.",
]
T["004"] = [
"Opposition Party Legislator Comments on Shadow Government",
"The opposition Sam Rainsy party's (SRP) shadow government continues its activities even though this government's chairman Cheam Channy was imprisoned because of his role in forming this government.",
"SRP legislators' president Son Chhay says that the shadow government or the National Assembly and Government Watchdog Commission is not illegal, but Mr. Cheam Channy arrest was due to a misunderstanding of this commission.",
"He says that this commission will undergo reforms and will have new principles. This commission was formed in 2001 and has 14 commissions.",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
