#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Paragraphs are joined by blank lines; headline first, then a blank line."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"Migrants Bring Attention to US-Mexican Border Policies",
"The Mexican government says it is offering refugee status to some members of a group of migrants from Central America marching north through the country.",
"The activist organization People Without Borders (Pueblo Sin Fronteras) helped form the caravan of people. It has done so each year for the last 10 years to help bring attention to the rights of migrants, especially those fleeing dangerous situations.",
"The Mexican interior and foreign affairs ministries released a statement Monday night about the caravan. The Mexican ministries say the migrants are mainly from Honduras. Some are from Guatemala and El Salvador.",
"The government statement said, \u201cMexico\u2019s migration policy is a sovereign one, through which it seeks to ensure legal, safe and orderly migration with full respect for people\u2019s rights.\u201d However, it added the Mexican government did not support, in its words, \u201cirregular migration.\u201d",
"The ministries added that officials had sent 400 members of the caravan back to their countries. The group started with about 1,100 members.",
"People Without Borders has called the asylum process in the United States and Mexico \u201cpunitive and unjust.\u201d A spokesperson for the group, Gina Gribo, told VOA that the organization supports migrants fighting for their rights.",
"The Associated Press reports that the group\u2019s director, Irineo Mujica, said that the group is not meant to march all the way to the U.S. border. However, a coordinator with the group, Alex Mensing, said on Twitter that the caravan is seeking to pressure Mexico. He said members want Mexico to give them \u201cpermission to travel to places where they can seek asylum.\u201d",
]
T["002"] = [
"Obama, Zardari Discuss Strained US-Pakistani Ties",
"U.S. President Barack Obama called his Pakistani counterpart, Asif Ali Zardari, Wednesday to discuss strained bilateral relations and the situation in the region.",
"A Pakistani statement said the two leaders agreed to take appropriate action to repair the ties between Washington and Islamabad on the basis of mutual respect and mutual benefit.  It also said President Obama appreciated Pakistan\u2019s effort in the fight against militancy.",
"President Zardari said the fight against extremism was in Pakistan\u2019s own interest and that it had to fight it to the finish.",
"The two presidents also agreed on \u201cregular contacts and interaction at appropriate levels for the resolution of issues.\u201d",
"Ties between the two countries worsened significantly after the May 2 raid by U.S. special forces that killed Osama bin Laden in the northern Pakistani city of Abbottabad.  The military operation has embarrassed Islamabad, which was not informed beforehand of the raid.",
"Also Wednesday, Pakistan\u2019s army said it was questioning four more officers about suspected ties to the banned Islamic extremist group, Hizb-ut-Tahrir.",
"Army spokesman Major General Athar Abbas said the four army majors are being questioned for suspected links with the group, but have not been detained.",
"The interrogation of the officers comes a day after the army said it detained Brigadier General Ali Khan over his links to the group.",
"Hizb-ut-Tahrir is an international Islamist organization that calls for a return to a pan-Islamic Caliphate under Islamic law.  Although the group does not advocate violence, it is believed to have links to militant groups.",
"Many critics in Pakistan and around the world say the Pakistani military is deeply infiltrated by extremist groups, making suspect its loyalty in the international effort against terrorism.",
]
T["003"] = [
"Reports: North Korea Fires Ballistic Missile",
"South Korea's military says North Korea has launched another ballistic missile Tuesday morning.",
"It wasn't immediately clear if this was a routine firing of a short-range missile or an attempt to perfect North Korea's longer-range missiles.",
"North Korea has accelerated its weapons testing program in defiance of United Nations sanctions as it seeks to develop a device that can deliver a nuclear warhead to North America. It has said it is \"not far away\" from test-firing an intercontinental ballistic missile with the potential of hitting the U.S. mainland.",
"U.S. President Donald Trump has said all options including military force are available to combat threats from North Korea.",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
