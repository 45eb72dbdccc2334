#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Paragraphs are joined by blank lines; headline first, then the paragraphs."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"Sri Lankan President Declares Military Defeat of Rebels",
"Although sporadic fighting was reported to be continuing (early Sunday) on the very last patch of land held by the Tamil Tiger rebels, Sri Lanka's President has already proclaimed the group's military defeat. The fate of the leadership of the rebels, who have waged a quarter century civil war for an independent ethnic homeland, remains unknown.",
"Sri Lanka President Mahinda Rajapaksa, speaking to a developing nations summit in Jordan,Saturday, said he would be returning home to a country freed from the barbaric acts of the Liberation Tigers of Tamil Eelam. \"My government, with the total commitment of our armed forces, has, in an unprecedented humanitarian operation, finally defeated the LTTE militarily,\" he said.",
"He is expected to make a formal declaration of victory after arriving back on his home soil.",
"Brigadier Udaya Nanayakkara tells VOA News two Army divisions moving from opposite directions merged (Saturday), trapping the Tamil Tigers on a narrow and short patch of coastline. \"With the troops moving and linking up we have completely confined the LTTE Sea Tigers onto ground. So that's a significant victory. With that we have confined LTTE to less than a two-square-kilometer area and surrounded them on ground from all directions,\" he said.",
"Defense officials say two of the top LTTE commanders died in the end-stage confrontations with troops but there has been no word on the fate of the group's founder and leader, Velupillai Prabhakaran.",
"The official Sri Lankan Broadcasting Corporation reports an explosion of a bunker in which top rebels had taken refuge. But there is no confirmation on whether the LTTE leader was inside or the cause of the blast.",
"The military says 25,000 Tamils have fled the latest fighting and are now in government care.",
"As fighting escalated in recent days, Red Cross access to the combat zone was cut off.",
]
T["002"] = [
"Sri Lanka Claims Rebels Now Cornered in Swath of Jungle",
"Sri Lanka's army says the rebel Tamil Tigers are completely cornered and one of Asia's longest-running civil wars will soon be over.",
"The Sri Lankan military contends it is clearing the last several villages containing Tamil Tigers and has pushed the rest of the rebel force into the jungle.",
"Army media director Brigadier Udaya Nanyakkara tells VOA News the rebels have been squeezed into a small patch of land, effectively crushing the separatists who once ran a virtual Tamil mini-state in the north.",
"\"Presently we have confined them to 300 square kilometers. They are firing their mortars, they are firing small arms, especially operating in small pockets in forward areas,\" he said. \"We are successfully confronting them and gaining control of the area step by step.\"",
"It is not possible to verify the account as independent journalists are not allowed in the area. There have been no statements recently from the rebels, officially known as the Liberation Tigers of Tamil Eelam.",
"United Nations officials in Sri Lanka are expressing concern about the thousands of trapped civilians and dwindling food supplies in the war zone, calling it a crisis. U.N. spokesman Gordon Weiss tells VOA \"dozens\" of civilians were killed and injured in the cross-fire during the past few days.",
"Military spokesman Nanayakkara says a 35-square-kilometer safe zone has been established for the refugees.",
"\"People have been informed by air-dropping leaflets to them so that the people will be able to move into this safe zone,\" added Nanyakkara. \"We are concerned about the civilians and we are not targeting any locations where civilians are stationed.\"",
"Analysts say the remnants of the rebel force, believed led by Velupillai Prabhakaran, can be expected to engage in guerrilla tactics and urban terrorist attacks. That is an assessment Army Brigadier Nanayakkara does not disagree with.",
]
T["003"] = [
"Pentagon Officials Satisfied With The War In Afghanistan - 2001-11-28",
"The Pentagon said it is too early to say when the final pockets of Taleban and al-Qaida resistance in Afghanistan will fall. But top defense officials are upbeat about the latest progress in the war.",
"Speaking one day after a lone U.S. B-1 bomber struck and destroyed a suspected Taleban leadership compound near Kandahar, Rear Admiral John Stufflebeem of the military's Joint Staff said the military pressure on the Taleban and al-Qaida is breaking down the resistance of those groups' remaining followers.\"The pressure has been stepped up and there are fewer Taleban and al-Qaida forces that are resisting than there were days ago,\" he said.",
"The Pentagon said it still does not know whether Taleban leader Mullah Mohammed Omar was in the compound bombed late Tuesday. The Taleban denied he was there. But defense officials said they had intelligence suggesting senior leaders of the group were present.",
"Admiral Stufflebeem showed reporters at the Pentagon video of the airstrike. Bombs were clearly visible ripping through the compound.",
"He said the concentration of the latest airstrikes on leadership targets is having an effect on the ability of Taleban and al-Qaida commanders to coordinate their forces' activities.\"I think that to say that they are still calling the shots and are still firmly in control would be an overstatement. I think they have much less control than they have had in the past\" he said.",
]
T["004"] = [
"Congressional hearing focuses on USAGM on policy, budget, personnel issues",
"U.S. Agency for Global Media CEO Amanda Bennett, newly sworn-in Voice of America Director Michael Abramowitz, and Radio Free Europe/Radio Liberty President Stephen Capus faced tough questions before the House Foreign Affairs Committee on Tuesday about the networks\u2019 budget, priorities and challenges.",
"Republican Representative Scott Perry started the hearing by asking Bennett if she considers Hamas to be a terrorist organization. Bennett responded, \u201cI will accept the definition given by the United States, which has designated Hamas as a terrorist organization.\u201d",
"Perry grilled Bennett about an emailed memo that circulated to VOA journalists shortly after Hamas\u2019 Oct. 7 massacre of some 1,200 Israelis saying staff members should \u201cavoid calling Hamas and its members terrorists, except in quotes.\u201d",
"Not mentioned at the hearing, the memo also said it was appropriate to describe Hamas\u2019 actions \u201cas terrorist attacks or acts of terror.\u201d",
"Bennett said agency policy is to use the word \u201cterrorist\u201d carefully and when it's \u201cappropriate.\u201d",
"She also said the agency is now using artificial intelligence to ensure all 48 language services at VOA are following the agency\u2019s editorial policies.",
"Committee Chairman Michael McCaul praised USAGM as a \u201cbeacon of freedom, supplying the truth to those living under tyranny and oppression.\u201d However, he said there are serious problems in how it is being managed.",
]
T["005"] = [
"Thai Protest Leaders Press for Ceasefire as Deadly Clashes Continue",
"Explosions and gunfire rang throughout the Thai capital Friday as clashes continued between anti-government protesters and soldiers.",
"Soldiers used rubber bullets, tear gas, and live ammunition to disperse demonstrators who set fire to a bus and rubber tires.",
"Most of those killed in the fighting were protest guards who have been responsible for the demonstrators' security. At least three journalists were among the wounded, including a Canadian cameraman who was severely injured.",
"Sean Boonpracong is a spokesman for the United Front of Democracy against Dictatorship, the main organizer of the protest. He blamed soldiers for the violence and said it needed to end.",
"\"With so much uncertainty, UDD has proposal to make to the government\u2026that peace is our aim. And, we would like to see a ceasefire,\" Boonpracong said. Boonpracong says the government should also end the emergency decree that has allowed the deployment of soldiers.",
"An Army spokesman said they had no plan to clear the demonstrators but would try to keep them contained.",
"Thai authorities say the protesters have used weapons against soldiers and intend to attack the public as well.\" Government spokesman Panitan Wattanayagorn spoke on national television late Friday.",
"\"The Royal Thai government is very confident that we are able and willing and committed to stabilize the situation. And, the situation will be very much under control very soon,\" said Panitan. The government Thursday ordered soldiers to seal off the area to pressure the protest to end.",
"The protesters, mainly from the countryside, say the government is illegitimate and are demanding it step down and allow new elections.",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
