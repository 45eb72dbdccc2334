#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Paragraphs are joined by blank lines; the headline (where the stored copy has one) is the first line."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"Zimbabwe Facing Another Drought",
"Farmers in Zimbabwe say they face another difficult agricultural season, as the dry spell that has hit the country continues.",
"Weeks into the agricultural season, the rains are nowhere near normal and the crops are showing it. Zimbabwe Farmers Union Director Paul Zakariya tells VOA even crops that normally thrive under dry conditions are feeling the heat.",
"\"We are looking at maize [corn], we are looking at cotton and, in some instances, it's also the tobacco and the other small grains which naturally will be resisting or would be tolerant but they are already succumbing,\" he said.",
"The situation is worsened by the fact that even parts of the country that receive normal rainfall are also affected by the prolonged dry spell. Zakariya says, even if the country's normal rains started falling again, most of this season's crops are a write-off.",
"\"Regions in the south \u2026 we could actually safely say they have lost their crop. And, if we had rains today, we would be looking at a situation where we are salvaging 50 percent to 60 percent of the crop. So it's quiet bad,\" he said.",
"Zakariya added that, although last year's harvest was better than the years before, the country would still have needed help, even if the rains had been normal this year.",
"\"In terms of preparedness for the season, we were prepared but probably not adequately, because fertilizers in fact generally inputs were not readily available,\" he said. \"The situation would have been a lot better, but to say Zimbabwe would have had a good harvest that would satisfy the whole nation - that would be maybe stretching things a little bit.\"",
]
T["002"] = [
"UNHCR Says Camp for Displaced People Attacked in Darfur",
"The U.N, refugee agency says 29 people reportedly were killed and another 10 seriously wounded in what it calls an unprecedented attack on a camp for thousands of internally displaced persons in Sudan's West Darfur region.",
"A UNHCR spokeswoman, Helene Caux, tells VOA this is the first time since war erupted in Darfur two years ago that a camp for internally displaced people has been directly attacked.",
"She says a group of 250 to 300 armed Arab men on horses and camels attacked Aro Sharow camp, in northern West Darfur on Wednesday. Ms. Caux says the attackers destroyed part of the camp, burning about 80 makeshift shelters.",
"\"As far as we know, most of the IDP's [internally displaced persons] from the camp have fled the camp to the nearby mountains of the Jebel Moon,\" she said. \"This area is mainly held by the rebel movements who emerged in 2003 and who have been basically fomenting different attacks in the area.\"",
"The Jebel Moon area around Aro Sharow has been a no-go zone for the United Nations for several months because of continuing insecurity. Many residents from the region had earlier fled to the Chad border in 2003-2004, then returned to Jebel Moon in May 2004 following a government-announced peace agreement.",
"Aid workers familiar with the region say the residents, for safety reasons, used to stay at night in the camp that was attacked, but would return to their nearby villages during the day to cultivate their fields.",
"Ms. Caux says security in Darfur is deteriorating. She says the international community will not be able to continue to provide assistance to the millions of people in need if aid workers do not feel safe.",
"She says the UNHCR also is afraid people will flee the country if attacks persist and humanitarian assistance is cut off.",
]
T["003"] = [
"UNHCR: Thousands of Refugees in Camps, Urban Areas Left Without Basic Aid",
"A new report finds nearly a third of refugees and other people cared for by the U.N. refugee agency are not getting their basic needs met. Lisa Schlein reports for VOA from UNHCR headquarters in Geneva.",
"The U.N. refugee agency conducted assessments in eight pilot countries, including Cameroon, Ecuador, Georgia, Rwanda, Thailand, Tanzania, Yemen and Zambia early this year.",
"Refugees living in camps, as well as those living in urban areas were surveyed. So were internally displaced and stateless people.",
"U.N. refugee spokeswoman, Jennifer Pagonis tells VOA aid workers were unprepared for what they found.",
"\"And, the startling finding, I think, was really that 30 percent of the basic needs of refugees are not being met. And, that is for education, health, sanitation,\" said Pagonis. \"Very simple things like this that can have such a profound effect on the lives of refugees.\"",
"Pagonis says refugees living in camps tend to get assistance, such as food, from humanitarian agencies. She says they also live in a slightly more protected environment than do urban refugees.",
"She says the concerns of refugees living in cities are different. She says they may be living in apartments, may lack documents and may face eviction or deportation. She says urban refugees tend to need more legal protection from the UNHCR.",
"She says the report was done in Georgia before the latest conflict in August. She says aid workers looked at the plight of some 100,000 refugees and displaced people who fled from the breakaway regions of South Ossetia and Abkhazia in the 1990's.",
"She says they are still living in collective centers.",
]
T["004"] = [
"UN: Violence Increasing in Chad Refugee Camps",
"The U.N. refugee agency says three refugees have been killed in recent days. It says others have been attacked and beaten, their sheep have been stolen and, in at least one case, a girl who left the camp to collect firewood was raped. Agency Spokesman Ron Redmond says the refugees and Chad authorities blame Chadian nomads for the recent violence. He says they do not hold the local people who live in villages near the camps responsible for the escalating violence. \"Nevertheless, the incidents are indicative of increasing tension between the refugees and the local population, due to a lack of resources,\" he noted. \"While the Sudanese refugees were openly welcomed by Chadians belonging to the same ethnic groups when they first crossed the border, there is some resentment now among local people, who say the refugees in the camps are living better than they do.\" Nearly 200,000 refugees from Darfur have fled to Chad since fighting between Black-African rebel groups and Sudanese-backed Arab militia, known as the Janjaweed, broke out early last year. U.N. officials say refugees who were gathered at the border were subjected to attacks by the Janjaweed who crossed over from Sudan, beat them and stole their cattle. Mr. Redmond says the UNHCR moved the refugees to 10 camps built at least 50 kilometers away from the border to protect them from these attacks. He says the refugees now are being victimized by Chadian nomads. He says High Commissioner for Refugees Ruud Lubbers, was made aware of these worrisome developments when he visited the camps a few days ago. \"We are doing what we can to help reduce the friction between the refugees and the local communities,\" he said.",
]
T["005"] = [
"NGOs Partner to End Elephant Poaching",
"The Clinton Global Initiative is working with conservation groups and African governments to step up efforts save one of the planet\u2019s most majestic beasts - the African elephant, which is critically endangered.  In 2012 alone, over 35,000 were killed by poachers for their ivory tusks.",
"The Wildlife Conservation Society's John Calvelli outlined the consortium's three-pronged, $80 million strategy for reporters in New York.",
"\u201cIn brief: to stop the killing,\u201d he said. \u201cFunds will be used to support national governments to scale up anti-poaching enforcement at 50 priority elephant sites including hiring and supporting an additional 3,100 park guards. To stop the trafficking: Anti-trafficking efforts will be increased  by strengthening intelligence networks and penalties for violation and adding training and sniffer dog teams at ten key transit point. Stop the demand. New demand ruction efforts will be implemented at ten consumer markets over the next three years.\"",
]
T["006"] = [
"Dry Conditions Lead to Government Aid in the West and South",
"This is the VOA Special English Agriculture Report.",
"Last week, Agriculture Secretary Mike Johanns announced help for American farmers hurt by lack of rain. Mister Johanns said the total amount of aid is about seven hundred eighty million dollars. The aid will include loans, indirect payments and other assistance for farmers in the central western and southern United States.",
"Important farming areas have experienced dry weather for several months. The drought has hurt both crop producers and those raising cattle, or ranchers. The weather has harmed some areas, but left others with enough rain for near record crops. The Northeast, for example, had heavy rainfall during the same period.",
"The U.S. Drought Monitor studies drought conditions across the country. The service operates as part of the National Drought Mitigation Center at the University of Nebraska.",
"The Monitor recently reported that exceptional drought conditions exist in Oklahoma, South Dakota and Texas. It also said that parts of Alabama, Arizona, Minnesota, Mississippi, Nebraska and Wyoming have an extremely severe drought.",
"Secretary Johanns spoke with reporters during a visit last Thursday to South Dakota. He said sixty-four percent of beef cows in America are in drought areas. The dry conditions have left little or no grass in many areas where cattle are raised. Ranchers who feed their cattle grass for part of the year have had to buy food or sell some or all of their animals.",
"The Department of Agriculture will provide fifty million dollars in aid for ranchers. That money will go to affected states in the form of awards, or grants. It will then be given to ranchers. The grants do not have to be repaid.",
]
T["007"] = [
"Forest Service Chief Assesses Wildfires out West",
"USDA Forest Service Chief Mike Dombeck, currently on his way home after an extensive two-day tour assessing the wildfires in Idaho and Montana, reinforced today that the national wildfire suppression effort is working according to the national strategy. Dombeck made the evaluation at the direction of USDA Secretary Dan Glickman, who oversees the Forest Service.",
"\u201cThis has been a seamless operation and I commend the more than 20,000 dedicated men and women who are working so hard in this firefighting effort,\u201d said Dombeck. \u201cThis is as government and local communities ought to work.\u201d",
"Dombeck has directed his senior leaders to immediately begin identifying more than 60 strike team leaders, experts in guiding firefighter crews, from within the ranks of the agency. This action is in preparation for possible expansion of military involvement. In addition, Forest Service leadership will continue to monitor and identify key resources as necessary to support an expansion of firefighting efforts.",
"The National Interagency Fire Center (NIFC)\u2014in coordination with 11 Geographic Area Coordination Centers\u2014is executing a planned strategy to guide use of available resources based on three national priorities: firefighter and public safety; initial attack on new fires; and protection of communities at risk.",
"\u201cBecause firefighter and public safety is our absolute number one concern, it is devastating to hear of the loss of a life,\u201d expressed Dombeck, referring to yesterday\u2019s helicopter accident in Nevada where a pilot was killed and three people were injured. \u201cMy deepest condolences go out to the pilot\u2019s family members and loved ones.\u201d (Names are being withheld pending notification of family members.)",
"Dombeck emphasized that NIFC has access to personnel, equipment and supplies from countless sources, which can be activated quickly and effectively.",
]
T["008"] = [
"First Annual Streamflow Summary Available",
"This past year has produced some record-breaking high streamflow conditions in the Northeast, as well as some near-record lows in other areas of the country, according to the U.S. Geological Survey (USGS). In a new USGS publication, \"Streamflow of 2006 - Water Year Summary,\" changes in streamflow over the course of 2006 are examined relative to conditions over the past 75 years.",
"Some areas of the country experienced higher streamflow than usual. For example, parts of New England recorded their highest annual flows since 1930. At the same time, below normal conditions were prevalent in Texas and other states in the central and southern Great Plains, parts of the Southeast, and Alaska.",
"\"Despite these regional highs and lows, however, streamflow conditions nationwide were relatively typical,\" says Harry Lins, hydrologist with the USGS surface-water program. \"We expect in any given year that one percent of streamgages will experience a new all-time record high or all-time record low streamflow. In 2006, two percent of streamgages reported new record high streamflow, most of which were in New England, and one percent of streamgages experienced new record lows.\"",
]
T["009"] = [
"Floods Continue To Be National Challenge",
"\"We are proud of our role as one of the primary federal agencies that worked hard with many others to help save billions of dollars in flood damage in the Pacific Northwest during last year's flooding,\" said Dr. Robert Hirsch, Chief Hydrologist for the U.S. Geological Survey in testimony today (Mar. 4, 1997) before the House Subcommittee on Water and Power.",
"\"But the flooding now going on in the Ohio River valley is a sharp reminder that we as an agency cannot let our guard down or rest on past accomplishments. Flooding is truly a national hazard that sooner or later hits all 50 states,\" Hirsch said.",
"USGS scientists -- some just recently returned from working on the Western floods -- are reporting the highest flows of record in several states, including West Virginia, Kentucky, and Ohio.",
"The Little Kanawha River at Palestine, West Va., peaked at 57,200 cfs, at 1:00 a.m. Mon., Mar. 3, 1997, the highest flow ever recorded on this stream in 82 years of formal record keeping, and 6,500 cfs higher than the previous record of 50,700 cfs, set on Mar. 3, 1967. However, at this time the data are preliminary and it is unknown if the flow of the Little Kanawha has been affected by backwater from the Ohio River, which is flowing at well above normal levels also.",
"Flow of the Ohio Brush Creek, 80,000 cfs, on Mar. 3, 1997, near West Union, Ohio, was the highest in 71 years and nearly 20,000 cfs higher than the previous record of 59,200 cfs, set in 1964.",
"Flow of the Salt River, 19,500 cfs, on Mar. 2 at 6 a.m., near Glensboro, Ky., was the highest in seven years and 7,900 cfs higher than the previous record of 11,600 cfs, set on Dec. 18, 1990.",
]
T["010"] = [
"Fish and Wildlife Service Celebrates Endangered Species Day",
"On May 21, 2010, the U.S. Fish and Wildlife Service and several conservation organizations will observe Endangered Species Day to recognize the conservation programs underway nationwide aimed at protecting America\u2019s threatened and endangered species.",
"The Endangered Species Act (ESA) has helped to prevent the extinction of hundreds of species. Co-administered by the Service and National Oceanic and Atmospheric Administration, the purpose of the ESA is to conserve imperiled species and the ecosystems upon which they depend.",
"\u201cThe Endangered Species Act is the nation\u2019s premier law protecting biodiversity today,\u201d said Acting Service Director Rowan Gould. \u201cThe bald eagle, American alligator and gray wolf are all species which once found themselves on the list, facing the brink of extinction, but have successfully rebounded. The wood stork, Kirtland\u2019s warbler, Louisiana black bear and Kemp\u2019s Ridley sea turtle are still listed species that are showing good progress towards achieving recovery \u2014 the ultimate goal of the ESA. These species and many others continue to benefit from the protections afforded by the ESA and the dedicated people who work through the Act to ensure their continued existence.\u201d",
"The Service and Endangered Species Coalition are cosponsoring four signature events around the country to focus public support on rare and imperiled species. Events will be held in San Francisco, Washington, D.C., Maine and Montana. Michael J. Bean, counselor for Fish and Wildlife and Parks at the U.S. Department of the Interior, is scheduled to speak during the Washington, D.C. event, which will take place at the United States Botanic Garden.",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
