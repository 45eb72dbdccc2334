#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Paragraphs are joined by blank lines; headline first, then a blank line."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"UN Chief Renews Plea for Syrian Refugee Aid",
"ISTANBUL \u2014 United Nations Secretary-General Ban Ki-moon made an appeal Friday for additional international support for the hundreds of thousands of refugees who have fled conflict in Syria.",
"Visiting Syrian refugee camps in Jordan and Turkey, the U.N. chief expressed frustration over the lack of aid for the region's growing humanitarian crisis. With winter now fast approaching and the conflict appearing to be intensifying along with the looming threat of chemical weapons, observers warn that the crisis could become even more dire.",
"\"I therefore call upon and appeal most urgently to the international community, and particularly the countries in this region, to provide on an urgent basis the humanitarian assistance,\" he said during a stop at Jordan's Zaatari refugee camp along the Syrian border. \"We need your caring hands to those helpless people.\"",
"Jordan and Turkey have faced the brunt of the humanitarian fallout from the Syrian conflict.",
"Stopping at a Turkish refugee camp that is home to more than 8,500 Syrians, Ban also voiced anger at the increasing cost of the 21-month conflict and expressed serious concerns about reports that Syrian President Bashar al Assad is planning to use chemical weapons against armed rebels attempting to topple his government, saying it would be an \"outrageous crime.\"",
"According to Zahid Huque, who is helping to coordinate U.N. humanitarian efforts with the Turkish government, Ankara's ability to meet the growing humanitarian needs is being pushed to the limit.",
"\"So far the winter came a little late, but is now getting very, very strong, and some of the capacity of the camps is actually getting exhausted,\" said Huque. \"The international community needs to put in lots of resources so Turkey can really expand its facilities faster than the rate of influx of the civilians.\"",
]
T["002"] = [
"WHO Confirms Ebola Case in DR Congo",
"A person has tested positive for the Ebola virus in the northern Democratic Republic of Congo.",
"A spokesman for the World Health Organization says officials declared an Ebola outbreak in Bas-Uele province after laboratory tests confirmed the presence of the virus.",
"The spokesman, Christian Lindmeier, tells VOA English to Africa that nine people in the area fell sick with what is currently listed as hemorrhagic fever. He said three people have died.",
"The WHO said on its Twitter feed it is working with Congo\u2019s Ministry of Health to contain the outbreak.",
"The ministry says in a statement that teams of doctors, coordinators and specialists are headed to the remote area and should arrive by Saturday.",
"The last Ebola outbreak in Congo happened in 2014 and killed more than 40 people.",
"A much larger outbreak swept across Guinea, Liberia and Sierra Leone that year and killed more than 11,000.",
]
T["003"] = [
"US: Cambodia Rights Record Remains Poor",
"Cambodia's human rights record is still poor, and its government shows no political will to change that, according to an annual human rights report issued Tuesday by the US State Department.",
"Cambodia, which warranted 50 pages in the report, fell into the same category as North Korea, Cuba, China and Afghanistan. Worse countries were Burma, Iran and Laos.",
"\"The government's human rights record remained poor,\" the report says of Cambodia. \"Government agents committed extrajudicial killings, and security forces acted with impunity. There was little political will to address the failure by government authorities to adhere to the rule of law.\"",
"Cambodian embassy officials in Washington, DC, could not be reached for comment.",
"Cambodia was praised for its release of five human rights activists jailed in 2005; restoring parliamentary immunity to opposition leader Sam Rainsy; and decriminalizing defamation, among other examples.",
"Kem Sokha, director of the Cambodia Center for Human Rights, who was among those activists arrested in 2005 and released in 2006, mostly welcomed the report, saying Cambodia's human rights situation has not changed.",
"\"The key matters especially remain,\" he said, \"such as blocking peaceful demonstrations, such as those in land disputes where protesters have been threatened with arrest.\"",
"\"The matter of judicial reform is still difficult,\" he said, citing as well corruption and forced evictions.",
"Relations between Cambodia and the US have thawed recently, with the US restoring direct aid to the country just last month.",
"\"That is a political issue,\" Kem Sokha said. But \"even if they have a close relationship, [the US] never forgets to talk about human rights issues.\"",
]
T["004"] = [
"Villagers Confront Police In Battambang",
"About 30-40 villagers in Bovel town, Battambang province, armed with knives and axes, sat around their fellow villager who is suspected of inciting the residents to clear a strip of land, say human rights officials and local authorities.",
"Former Khmer Rouge soldier Chhean Ny had his house surrounded by armed authorities who say they acted by court order. They say that Chean Ny led 3,000 families to clear the land and illegally build huts.",
"The local authorities are reported saying that the villagers destroy wild life habitat and grab state's property.",
"One villager says that he supports Mr. Chhean Ny because he cares about hungry people.",
"The land in question measures 36,000 hectares. Bovel town mayor Sim Dareth dismisses the villagers' charges saying his authorities do not threaten them, but instead try to have peaceful talks with them.",
"Cambodia Center for Human Rights In Kun Cheth, in charge of investigation in Battambang province, appeals for the authorities to act according to the law.",
"Battambang province deputy governor and committee for dispute solution's chief Siem Sim says he will try to convey the message to the villagers of their illegal action and will appeal for their departure.",
]
T["005"] = [
"As Rights Day Approaches, Cambodia's Record Disappoints",
"A coalition of rights groups said Friday human rights remains a major concern in Cambodia, as International Human Rights Day approaches.",
"While Cambodia has progressed economically, it has not matched that progress with the rule of law, independence of courts or free and fair political processes.",
"Monday is the 59th International Human Rights Day.",
"A group of advocates for the Khmer Kampuchea Krom ethnic minority said the anniversary was a chance to look at the withering rights of the marginalized group.",
"Ang Chanrith, director of the Khmer Kampuchea Krom Human Rights Organization, said this year saw even more serious rights violations for members of the group than 2006.",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
