#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Paragraphs are joined by blank lines; headline first, then a blank line."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"Nigeria Police Investigating Kano Attacks",
"Police in Nigeria's second largest city, Kano, are keeping a low profile after Islamic militants struck their offices and killed many of their colleagues in a series of daring bomb attacks.  The official death toll from Friday's attacks stands at 185, but news agencies suggest it could be much higher. Abuja reports the attacks revealed glaring weaknesses in Kano's security setup.",
"Days after the radical Islamic sect Boko Haram staged a coordinated series of attacks in Kano, its citizens are struggling to understand how the city's security failed so badly.",
"The picture beginning to emerge is one of hundreds of Boko Haram fighters acting with military precision, simultaneously storming police stations and other government buildings.  The attacks began after Friday prayers in the ancient Muslim commercial center.",
"Reporter Salisu Fage of the Leadership newspaper in Kano says the ease with which the attackers overwhelmed the police has left many citizens feeling defenseless.",
"\"Certainly everybody is surprised at the kind of sophistication they have because even the police couldn't have the weapons that can fight back,\" said Fage.  \"People are wondering from where and how they are getting their weapons and the kind of training they are having.\"",
"Police officials have been conspicuously silent since the attacks, declining interview requests and keeping cell phones switched off.",
"Yunus Zakaria Ya'u of Kano's Center for Information Technology and Development says officers who normally wear uniforms have switched to plain clothes to avoid notice by the unseen enemy.",
]
T["002"] = [
"12/29/04 - U.S. AIDS TSUNAMI VICTIMS - 2004-12-30",
"As President George W. Bush said, \"the American people are shocked and. . .saddened by the terrible loss of life from the recent earthquake and tsunamis in the Indian Ocean.\" At least eighty-thousand people are reported to have been killed, and the death toll could climb much higher. The hardest-hit countries include Indonesia, Sri Lanka, India, and Thailand. The earthquake-driven waves also killed people in Burma, Malaysia, the Maldives, Bangladesh, and even as far away as Somalia, Kenya, and Tanzania.",
"Along with other countries, the U.S. is rushing aid to survivors. President Bush says the U.S. has made an initial pledge of thirty-five million dollars in assistance:",
"\"We have deployed disaster experts to the region. . . . As well, we're dispatching a Marine expeditionary unit, the aircraft carrier Abraham Lincoln, and the Maritime pre-position squadron from Guam to the area to help with relief efforts.\"",
"Secretary of State Colin Powell is working with his counterparts in Japan, India, Australia, and other countries to build a coalition for immediate humanitarian relief and long-term recovery and reconstruction. While tens of thousands of people lost their lives in only a few moments, says Mr. Powell, \"the lingering effects will be there for years\":",
"\"The rebuilding of schools and other facilities, will take time. So you need a quick infusion to stabilize the situation, take care of those who have been injured, get immediate relief supplies in, and then you begin planning for the longer haul.\"",
"President Bush says, \"These past few days have brought loss and grief to the world that is beyond our comprehension\":",
"\"The United States will continue to stand with the affected governments as they care for the victims. We will stand with them as they start to rebuild their communities.\"",
"Together, says Mr. Bush, \"we will prevail over this destruction.\"",
]
T["003"] = [
"Tsunami Anniversary",
"Since last year's tsunami, or earthquake-induced tidal waves, struck twelve countries in Southeast Asia, the United States has provided more than eight-hundred-forty million dollars in assistance. According to the Center on Philanthropy at Indiana University, private contributors in the U.S. have donated an additional one-billion-eight-hundred million dollars.",
"Citizens from many other countries have responded as well. President George W. Bush said, \"The world has united behind this urgent cause\":",
"\"We are rushing food, medicine, and other vital supplies to the region. And we are focusing efforts on helping the women and children who need special attention, including protection from the evil of human trafficking.\"",
"In Indonesia, where some one-hundred-sixty-thousand people died in the December 26th tsunami, U.S.-supplied relief assistance has included temporary shelter, food, and water purification systems. The heavily-damaged road linking Banda Aceh to Meulaboh is being re-built.",
"In Sri Lanka, U.S. programs provided sanitation and household supplies to tsunami victims, provided food and logistics support for emergency feeding programs, put people to work doing post-tsunami clean-up, and provided transitional shelter benefiting over fifty-thousand victims. The U.S. also rebuilt schools and hospitals, provided grants and loans to businesses, and helped with fishing equipment to restore the livelihoods of over three-thousand fishermen.",
]
T["004"] = [
"Zimbabwe Maize Farmers Concerned As Dry Spell Stretches Out",
"Zimbabwean farmers not long ago were complaining that too much rain was drowning their crops, but now a dry spell is parching maize crops across much of the country.",
"Torrential rains in January, causing floods in some areas, had farmers worried about yields and in some cases waiting for the soil to dry out to plant late second crops. But 10 days without rain have left them wondering if the rainy season ended too early.",
"Zimbabwe's Meteorological Services Department was to start seeding clouds Tuesday in hopes of triggering rainfall in areas of high importance to maize production.",
"Agronomist Thomas Nherera, a former head of the Indigenous Commercial Farmers Union, told reporter Jonga Kandemiiri of VOA's Studio 7 for Zimbabwe that although maize farmers are unhappy, dry weather is welcome to tobacco and cotton growers.",
]
T["005"] = [
"Voice of America Hosting Global Immigration Debate",
"Voice of America is inviting its worldwide audience to join the growing U.S. immigration debate by taking part in a dynamic online conversation about an issue facing an estimated 11 million undocumented immigrants.",
"The multimedia project, Immigration: The New Face of America, combines the launch of a special interactive webpage and a television series that looks at the lives of immigrants, legal challenges, political and security issues, and the pressures that drive people to come to America.",
"\u201cThese immigrant profiles, which are being broadcast on our satellite streams around the world in many of our 45 languages, form the basis for a wider debate that we are encouraging and hosting online,\u201d said VOA Director David Ensor.",
"\u201cVisitors to our website will find a wealth of information about immigration that helps explain it in human terms. It provides a way for our audience to ask questions and share ideas and personal stories,\u201d Ensor said.",
"In addition to helpful resources, info-graphics and statistics on foreign born populations and deportation cases, online visitors can view the TV series, take a sample U.S. citizenship test and share comments or photographs.",
"On Tuesday, June 25th, VOA will host a special immigration edition of Talk2US, an interactive Learning English forum that lets callers discuss issues and ask questions on Skype. VOA journalists Kate Woodsome and Avi Arditti will host the program, which will be streamed live and available on-demand.",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
