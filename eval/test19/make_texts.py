#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Headline, blank line, then paragraphs separated by blank lines."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"Zanu PF Threatens External Radio Stations Again",
"Zanu PF says it wants to jam external radio stations broadcasting to Zimbabwe from the United States and the United Kingdom, although it claims to not currently have the technology or money to do so, according to the party\u2019s spokesman.",
"Zanu PF spokesman Rugare Gumbo, told the VOA his party accuses Studio 7, SW Radio Africa and Voice of the People of promoting what he termed an \u201cillegal regime change\u201d agenda.",
"The radio stations, which provide news reports independent of government oversight, have been forced to broadcast from exile because of media restrictions in Zimbabwe.",
"Delegates at the recently-concluded Zanu PF conference called for the muzzling of these private radio stations ahead of elections next year.",
"Zanu PF head of Media, Science and Technology, Olivia Muchena, told delegates that it was particularly important to jam what she labeled \u201chostile foreign media in areas where state-run radio and television services are not available.\u201d",
"Gumbo confirmed that his party wishes to jam these broadcasts, but claimed that Zanu PF does not have the capability to do so at this time.",
"\u201cThe technology that we have, whether it will be able to do that or not, is difficult to say,\u201d Gumbo revealed.",
"Asked why Zanu PF officials agree to talk on the radio stations they accuse of being part of a western regime change agenda, Gumbo responded by saying: \u201cI can boycott if you want me to boycott. I can boycott your station.\u201d",
"Media Monitoring Project Zimbabwe director, Andrew Moyse, said Zanu PF does not accept the concept of a free media and a democratic society.",
"Moyse called the effort to jam foreign broadcasts an attempt to suppress non-Zanu PF voices.",
]
T["002"] = [
"Zimbabwe's Former Ruling Party Digs in Demanding Lifting of Western Sanctions",
"Zimbabwe's former ruling party ZANU-PF has declared it will make no further concessions in settling issues troubling the Harare power-sharing arrangement until governing partners secure the lifting of sanctions on party brass.",
"The United States, the European Union, Australia and others have long had in place travel and financial sanctions against President Robert Mugabe and hundreds of other top ZANU-PF officials and supporters. Such sanctions were imposed mainly in response to alleged human rights violations.",
"Statements linking progress in talks on outstanding unity government issues have emanated from ZANU-PF before. But party spokesman Ephraim Masawi told the state-run Herald newspaper that the party\u2019s politburo has now formally adopted this position in response to a statement last week by British foreign secretary David Miliband saying that he would consult the Movement for Democratic Change, among others, on lifting the sanctions.",
"Masawi said this confirmed ZANU-PF\u2019s charge that the former opposition party had a hand in setting the sanctions and therefore should be held responsible for removing them. The MDC has said it has no control in the matter of sanctions.",
"Reached for confirmation of this information, Masawi refused to speak with a reporter from VOA's Studio 7 news radio program for Zimbabwe.",
]
T["003"] = [
"Pakistani Taliban Claims Responsibility in Lahore Police Attack",
"Pakistani officials say Monday's deadly assault on a police training center outside Lahore was planned by a top Pakistani Taliban commander who is now threatening attacks inside the United States. The Taliban commander has claimed responsibility for the most recent attack in Pakistan and other recent suicide bombings.",
"Pakistani officials were quick to name Pakistani Taliban leader Baitullah Mehsud as a prime suspect in the assault that killed eight police cadets and wounded nearly 100 others at the Manawan police training center Monday.",
"Security forces captured one of the gunmen, who they said was an Afghan from eastern Paktika province. The chief of the Interior Ministry, Rehman Malik, said the captured gunman gave authorities details of the plot.",
"Malik says the planning of the attack was done under Baitullah Mehsud in the South Waziristan region and all of those involved traveled to Lahore from South Waziristan some 15 days ago.",
"In a series of phone interviews with news organizations, including VOA, Baitullah Mehsud claimed responsibility for the attack. Reporters said they recognized Mehsud's voice from previous interviews.",
"A spokesman for a different, and little known group, the Fedayeen al-Islam, also took responsibility for the attack in calls to reporters. Few details are known about that group or its affiliations.",
"Mehsud said Monday's assault, as well as a suicide bombing on an Islamabad police station last week and a previous bombing in the western town Bannu, were in retaliation for U.S. drone strikes in the tribal regions.",
"He says the main reason for these attacks is the drone strikes which kill innocent people, particularly women and children. He says more attacks are planned.",
]
T["004"] = [
"Spokesman Restates Dalai Lama's Desire for Autonomy Ahead of Next Month's Talks with China",
"A spokesperson for the Dalai Lama has restated the Tibetan exiled spiritual leader's long-standing desire for an autonomous status for Tibet -- and not independence -- ahead of next month's talks with China.",
"Spokesman Tenzin Taklha told VOA Chinese service Monday that the Dalai Lama desires a realistic solution to the Tibet issue within China's constitutional framework.",
"But Beijing-based Tibetan writer Tsering Woeser says China has no genuine desire to resolve the Tibet issue.",
"She told VOA Monday, \"Each round of talks has shown us that the Chinese side still does not have any good faith in resolving the Tibet issue, but instead is still playing a kind of public relations move, declaring its dominant stance. So, under these circumstances, as far as Tibetans are concerned, each round of talks has been a failure, which makes them feel frustrated. The protest movement that erupted across all Tibetan areas in March of this year, was actually related to the repeated failure of the talks.\"",
"On Saturday, China strongly rejected an appeal by U.S. lawmakers for Chinese officials and representatives of the Dalai Lama to open substantive negotiations. China's Foreign Ministry accused the United States of interfering in its internal affairs and of support for Tibetan separatists.",
"The U.S. Senate resolution passed last week said talks proposed for October should address Tibetans' legitimate grievances and not just the status of the Dalai Lama.",
"Representatives of the exiled spiritual leader and the Chinese government are scheduled to meet in October as part of a series of talks that began six years ago.",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
