#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Headline, blank line, then paragraphs separated by blank lines; photo captions, video/chart captions,
navigation and date lines are left out; each body ends at the last complete paragraph of the stored copy."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"US Lawmakers Engage in Bitter Quarrel Over Procedural Vote",
"There has been acrimonious debate in the House of Representatives as lawmakers work to complete important legislation before the start of a long summer break. VOA's Dan Robinson reports from Capitol Hill, where heated exchanges between Republicans and Democrats came as President Bush urged Congress not to leave town until it passes key measures.",
"Beginning late Thursday and lasting through Friday, the House floor was the scene of some of the most intense partisan exchanges in several years.",
"On Thursday, with major defense and anti-terrorism legislation still pending, minority Republicans were infuriated over how a vote on an agriculture measure was handled.",
"About 100 Republicans stormed off the floor as the chamber erupted in acrimony, with Republicans accusing Democrats of violating voting procedures to turn the vote in their favor.",
"Democrats acknowledged a procedure error by one of their members who was presiding at the time, but the controversy set the stage for more uproar and paralysis Friday, as Republicans complained about what they call dictatorial tactics by Democrats.",
"\"A week of violations of the principles of the House culminated last night in such an excessive way that Republicans walked off the floor, and it was a deserved walk out and I am ashamed of the House,\" said Republican whip Roy Blunt.",
"\"I don't blame the minority for being angry at what completely appeared to them, which was the impression I would have had, that they were being treated in a way that they thought was not fair,\" said House Democratic majority leader Steny Hoyer:",
"After a nearly four hour recess, the House returned to business to consider legislation still on the agenda, only to encounter a problem with the computerized voting system, which triggered yet another uproar.",
]
T["002"] = [
"VOA Denies Chinese Allegations on Tibetan Self-Immolations",
"The Voice of America has denied Chinese government allegations that the broadcaster is encouraging Tibetan protesters to set themselves on fire.",
"Those allegations were made by the official China Daily newspaper and by Chinese state television. They also accused VOA of using an unspecified secret code to send messages to people inside Tibet at the direction of Tibetan spiritual leader, the Dalai Lama.",
"VOA Director David Ensor called the allegations \"absurd\" and \"totally false.\" He called on the Chinese media to retract their stories.",
"Both VOA's English-language and Tibetan-language programs have provided extensive coverage of the nearly 100 Tibetans who have self-immolated since 2009 to protest alleged Chinese repression in their region.",
"Ensor called the self-immolation stories \"tragic\" and a sign of distress in Tibet.",
"\"We report about them, but do not encourage them, absolutely not.\"",
"The CCTV program included a segment showing a man in a hospital bed identified as a Tibetan who tried to self-immolate but failed. The man was depicted saying he set himself on fire after watching VOA.",
"VOA Tibetan Service chief Losang Gyatso also denied that any news reports were influenced by the Dalai Lama or the Tibetan government-in-exile. He noted that VOA Tibetan's news reports often present the views of Chinese officials.",
"\"VOA is a totally autonomous agency within the U.S. government. We are not directed or influenced by the Dalai Lama's office or the Tibetan government-in-exile, or any NGO related to the Tibetan movement.\"",
"Last October, VOA reported that China began offering large cash rewards for information on those planning or encouraging self-immolations.",
]
T["003"] = [
"Cambodian Government\u2019s Request for 'Meetings' Seen as Intimidation",
"The Cambodian government summoned three human rights organizations to meetings in Phnom Penh to examine research they published and comments one of them gave to the media, a move the NGOs described as attempts at intimidation.",
"The organizations are Sahmakum Teang Tnaut (STT), Licadho and Transparency International (TI).",
"TI director Preap Kol was summoned separately for separate comments.",
"In their report Collateral Damage: Land Loss and Abuses in Cambodia's Microfinance Sector, Licadho and STT highlight cases of Cambodians having lost their land when their land titles were used as collateral for taking up a loan. The report tells of Cambodian citizens being left deep in debt.",
"Following the publication of the report, Licadho and STT were asked to meet Council of Ministers spokesman Phay Siphan on September 4.",
"Licadho director Naly Pilorge said that most of the meeting was spent on pushing both organizations to sign a pre-written statement that implied that the results found in their research were not accurate. \u201cOf course, Licadho and STT refused to sign this joint statement,\u201d she said. \u201cSo most of the meeting was to push, to coerce, to threaten both organizations to sign on.\u201d",
"She said she assumed that they were called to meet because the report concentrated upon the issue of debt and raised issues that investors should be wary of.",
"The government has repeatedly stressed that Cambodia\u2019s economy was growing at a steady rate.",
"The two organizations were called in for a second meeting, an invitation both organizations declined.",
]
T["004"] = [
"Human Rights Watch Criticizes PM Hun Sen on His Crackdown on Dissent",
"The New York-based Human Rights watch, in a statement which VOA receives Wednesday, criticizes Prime Minister Hun Sen for his crackdown measure on activists and dissent, and appeals to the government for their release, the withdrawal of all arrest warrants and the end of the climate of intimidation against them.",
"Mr. Mam Sonando, director of Beehive Radio FM 105, and Mr. Rong Chhun, Cambodia Watchdog Council member and also president of the Cambodian Independent Teachers Association, were detained and imprisoned.",
"It also said that the government is looking for Prince Sisowath Thomico, former secretary of former King Sihanouk, after issuing threats to use the court for his arrest.",
"Mr. Brad Adams, Asia director of New York-based Human Rights Watch, criticizes the government's measures, saying it is a violation of the activists' right to the freedom of speech and the freedom of dissent. He appeals to \" the donor countries and embassies to make it clear to Mr. Hun Sen that they will not tolerate the reversal of the important strides made in basic human rights during the last decade\".",
"Mr. Khieu Kanharith, government spokesman and Minister of Information said that Human Rights Organizations should reflect about the activists' opinions whether or not they are right or wrong. He said that the Human Rights officials do not speak Khmer. He adds that these expressions of opinion go beyond criticisms, and point toward an act of treason. He said that the activists charge the government of selling Khmer territory to Vietnam, which is a very serious change indeed.",
"This might incite people to create a movement to topple the government by using armed forces. He said further that Cambodia is implementing the rule of law.",
]
T["005"] = [
"Mogadishu Marches Against al-Shabab",
"Thousands of residents have attended a local government-organized protest against the militant group al-Shabab in Somalia's capital, Mogadishu.",
"Thursday\u2019s demonstration, the biggest of its kind against the militants for more than 10 years, comes amid a government military, financial and ideological campaign aimed at defeating the terrorist group.",
"The protest, organized by Mogadishu's local administration, was held at the city\u2019s Yarisow soccer stadium, with hundreds of security forces heightened security in and outside of the venue.",
"\u201cYou know the government has closed down a lot of militant-connected accounts in four banks and you will hear good news from us about the ongoing investigation of the comical impact on the militants' operations,\u201d Somali President Hassan Sheikh Mohamud said.",
"Mr. Mohamud urged the residents of Mogadishu to be \u201cvigilant, reveal and foil terrorist operatives hiding among the civilians\u201d as they run from the military pressure in other areas of the country.",
"\u201cBe careful of the strangers that rent your houses because they could be tomorrow\u2019s suicide bombers or assassins. You should report them to the security agencies,\u201d Mohamud warned.",
"The Somali president also told people not to feed the terrorists with extortion money demanded by the Islamists.",
"\"Who can tell me that al-Shabab will guarantee the safety of your children and your beloved ones once you give them money, fearing for your lives?\u201d Mohamed asked.",
"The demonstrators, mainly women, children, and the youth, chanted slogans strongly condemning terrorism and extremism.",
]
T["006"] = [
"Tibetan Exiles Urge World to Press China Amid Self-Immolations",
"Tibet's government in exile has called on the international community to press China harder to address the grievances of Tibetans.",
"The appeal came amid a stepped up pace of self-immolations by Tibetans protesting Chinese rule in Tibet.",
"The self-immolation campaign began in February 2009 to protest what Tibetans say is Chinese repression of their culture. More than 100 people have set themselves on fire in Tibetan areas of China, and several more in other countries. A Tibetan man died after setting himself on fire in the Nepalese capital Kathmandu just Wednesday.",
"Beijing denies the charges of repression, and says the self-immolations are acts of terrorism.",
"Lobsang Sangay, head of the India-based Central Tibetan Administration, called on world governments and the United Nations Thursday to investigate the causes of the self-immolation campaign and work with China \"to stop the deteriorating situation in Tibet.\"",
"On Wednesday, sources inside China said the 100th person to self-immolate was 37-year-old Lobsang Namgyal, a monk formerly of the Kirti Monastery in Ngaba, or Aba in Chinese. He set himself alight on February 3 in a small town in Sichuan Province and died on the scene. Most of the self-immolators have died.",
"The self-immolation in Kathmandu was apparently timed to coincide with the important Tibetan New Year festival of Losar. Tibet's government in exile had asked Tibetans to show solidarity with Tibetans inside China by not celebrating the holiday.",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
