#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Paragraphs are joined by blank lines; a body whose stored copy has no headline starts with the lead."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"SECNAV Tours Hospital Ship USNS Comfort",
"BALTIMORE, Md. (NNS) -- Navy Secretary Donald Winter took a tour of USNS Comfort (T-AH 20) July 13 to see firsthand the ship’s capabilities and meet the crew.",
"During the tour, Sailors escorted the Secretary around the spaces and shared their expertise.",
"\"I was impressed most today with the Sailors and their knowledge, understanding and commitment to the mission,\" Winter said, adding that briefings may give a person a rough idea of what the ship can do, but \"you don’t get a sense of the crew until you actually come aboard the ship.\"",
"Comfort’s Officer in Charge, Capt. Ben Feril explained Comfort’s history and described the ship’s operating procedures. The Secretary learned the safety precautions the crew members take and the challenges they face while performing surgeries at sea.",
"\"This is a stable platform,\" said National Naval Medical Center Commander, Rear Adm. Adam Robinson Jr. \"You can still do a lot of work here.\"",
"Feril said the Secretary was able to see the contributions and abilities of a hospital ship and her crew.",
"\"Wherever this ship goes, it will represent the U.S.,\" Feril said. \"I think the Secretary gained an appreciation for our capabilities. The ship is doing its business; he understands this ship will provide great medical care wherever it goes.\"",
"Commander, Military Sealift Command, Rear Adm. Rob Reilly said the visit brought together leaders and emphasized the role of hospital ships in the world.",
]
T["002"] = [
"WASHINGTON - Soldiers from the District of Columbia Army National Guard (DCNG) honed in on their professional warfighting skills during the 2015 Annual Training exercise held at a training encampment site at Fort Dix, New Jersey.",
"Soldiers participated in squad-size tactical movements through simulated desert-like terrain, served hundreds of Soldiers using rapid mobile kitchen trucks during the two-week exercise. Some learned how to capture and convey the Army’s story as Unit Public Affairs Representatives (UPARs).",
"Second Lt. Leon Suvak with the 275th Military Police Company, observed and documented the activities of his Soldiers as they carefully executed tactical movements through the thick hot sand and dense brush.",
"For those Soldiers providing food services and support, the exercise provided an opportunity to gain valuable experience outside the confines of the dining facility (DFAC) at the DC Armory.",
"“As cooks, our team is getting a lot of field experience here,” said Army Staff Sgt. Shevonia Dawkins, a NCOIC with the 273rd Military Police Company. “We usually work in the DFAC and are not exposed to this type of real-world training.”",
"The exercise, Dawkins said, gave her Soldiers the chance to work with special equipment in a field setting.",
"“This training has sharpened our skills. It gives us the opportunity to use equipment we don’t normally use,” Dawkins said.",
"Her team employed MKTs (mobile kitchen trucks) and sanitizing stations to serve more 500 Soldiers who participated in the annual training exercise, she said.",
"One of the several meals prepared by her team included southern style fried chicken wings, peas and carrots with rice, garden salad, fruit juices and sodas and assorted desserts. During that meal, her team served more than 250 Soldiers in about 60 minutes, close to setting a new record, Dawkins said.",
]
T["003"] = [
"JOINT BASE LEWIS-MCCHORD, Wash. - At 7:59 a.m. the rain was nothing more than a quiet mist born from brooding clouds. Two minutes later it had escalated into a vicious downpour. The squad of soldiers trudging through the weather didn’t appear to notice the change. While their uniforms quickly went from damp to drenched, their faces were stoic, their expressions unmoved.",
"The squad leader screamed out the positions of some imaginary enemy force, and the soldiers bounded down the street in tactical formation to engage the simulated threat.",
"He continued to shout out different orders and enemy positions. His squad reacted without hesitation or confusion. A faint smile materialized on the squad leader’s face.",
"“Good work!” he shouted. “Take a break!”",
"The squad of soldiers belongs to the Battery B “Bulldogs,” 1st Battalion (155mm Towed), 377th Field Artillery Regiment, 17th Fires Brigade, 7th Infantry Division. Their tactical movement practice was part of a two-day training exercise Sept. 4 and 5, referred to as “The Dog Days,” designed to reinforce their basic soldier skills in a short and stressed period of time.",
"A tough training day is not unusual in the Army. What was unique about the Bulldogs exercise was its intensity coupled with the time frame given to accomplish the training mission.",
"Multiple events had to be completed across the span of two days, but still conducted within a 24-hour time period, said 2nd Lt. John Adair, a Fairfax, Va., native, and fire directions officer with Battery B.",
"The reason for the exercise? The 1-377 FA is scheduled to inactivate in October. While inactivating a battalion is a time-consuming mission that demands attention to detail, the soldiers are not throwing in the towel and calling it quits when it comes to training.",
"Dog Days was an example of how the unit is committed to keeping soldiers trained and ready for any mission, even during the inactivation process, Adair said.",
]
T["004"] = [
"AF leaders brief BMT sexual misconduct investigation findings",
"11/14/2012 - WASHINGTON (AFNS) -- Air Force leaders announced Nov. 14 to members of the press here the results of the commander-directed investigation regarding the occurrences of sexual misconduct within basic military training between October 2010 and June 2011.",
"The CDI was commissioned by Gen. Edward Rice, commander of Air Education and Training Command, June 20, 2012 based on substantiated reports of misconduct within Air Force BMT, and led by Maj. Gen. Margaret Woodward, Air Force Chief of Safety, Headquarters U.S. Air Force, Washington, D.C.",
"The final report included 22 findings and 46 recommendations that accurately reflect the deficiencies in the Air Force's basic military training program and provide effective proposals to remedy those deficiencies, according to Rice.",
"Of the 46 recommendations, Rice said AETC is working to implement 45 of them within a year's time to include the implementation of a training oversight council and ensuring there is a female instructor included on every team.",
"\"The conditions that led to the abuse of power in basic military training are ever-present; thus, our vigilance and engagement must be persistent as well,\" said Rice. \"To that end, I am directing the establishment of the Military Training Oversight Council, which will be chaired by a three star general.\"",
"\"The purpose of this council is to ensure we have the appropriate level of leadership oversight over issues associated with trainee safety and the maintenance of good order and discipline,\" he said.",
"Another recommendation Rice highlighted was to have more female instructors in BMT because, as he pointed out, young Airmen come from all walks of life and some of them have never had been around a strong authority figure of the opposite sex but that's an integral part of the Air Force.",
]
T["005"] = [
"The flipside of an Airman’s unexpected journey with cancer",
"9/10/2013 - SCOTT AIR FORCE BASE, Ill.  -- \"It doesn't look good\" are four words no one ever wants to hear from a doctor.",
"For Col. David Barnes, 618th Air and Space Operations Center (Tanker Airlift Control Center) senior director of operations, those words began a journey from cancer to passing a physical fitness test.",
"Just two months after arriving here from Germany, the colonel went to the doctor for what he thought was hypertension. After running some blood tests, the doctor noticed his creatinine (kidney enzyme) levels were slightly elevated, which led to an ultrasound. That same day, Sept. 4, 2012, Barnes learned he had a mass the size of a fist on his kidney.",
"\"Thanks for ordering the blood work Dr. Sajid, now how do I get it out of me?\" was the colonel's first reaction.",
"Jenny Juenger, 375th Flight Medicine nurse, called five different hospitals to see which of them would remove the mass on his kidney. She found a kidney specialist, a general surgeon and an oncologist located at Siteman Cancer Center at Barnes-Jewish Hospital (no relation to Colonel Barnes) in St. Louis.",
"Less than two weeks later and many \"what if's\", Barnes' kidney was removed and it was confirmed he had cancer.",
"Barnes' wife of 23 years, Kelly, his daughter and his Air Force family at work and at the 375th Medical Group were crucial to his recovery.",
"Barnes' co-workers also helped by providing meals, performing chores around the house and mowing their lawn.",
"\"Everyone kept telling me to keep moving,\" said Barnes, who hails from Jacksonville, Fla. \"So Kelly and I would walk first 100 yards, then we worked our way a bit further by walking to the stop sign in front of our house, eventually 10 minutes led to an hour and now we continue to walk because it has strengthened our marriage.\"",
]
T["006"] = [
"FEMA Working to Strengthen Connection with Survivors",
"BATON ROUGE, La. – Teams from the Federal Emergency Management Agency (FEMA) are going door to door in communities affected by Hurricane Isaac, seeking out survivors to help connect them with recovery services.",
"Armed with fliers in English, Spanish, French, Vietnamese and Braille, some 250 Community Relations specialists are providing survivors with valuable information about registering with FEMA and getting local, state and federal assistance.",
"The effort is part of FEMA’s stepped-up approach to reach survivors in their homes and communities as quickly and effectively as possible after a disaster declaration. Community Relations specialists also have met survivors at Disaster Recovery Centers, at points of distribution, at shelters and through community- and faith-based groups.",
"“FEMA’s Community Relations teams meet with survivors wherever possible to let them know how FEMA can help them and to listen to their concerns,” said Federal Coordinating Officer Mike Hall. “This creates a vital link that helps us help people.”",
"The specialists also learn of survivors’ immediate needs and help direct local, state and federal resources to address problems. One Community Relations team is credited with helping prevent a tragedy in Lafourche Parish. When team members visited an elderly woman who wore an oxygen-fed breathing mask, they smelled gas in her home. They calmly asked her to leave the home with them and called local emergency services.",
"When firefighters arrived, the gas odor was so strong they could not enter the home. Because the woman had breathing assistance, she had not noticed the leak, but emergency officials said a single spark could have caused an explosion.",
]
T["007"] = [
"Troops treat villagers near Iraqi post",
"BALAD, Iraq (Army News Service, May 13, 2004) - Civil affairs and medical personnel from Logistics Support Area Anaconda provided medical assistance to more than 130 residents of a nearby village May 12.",
"Soldiers and airmen combined forces to provide basic medical care for Bakra Village residents during a Medical Civil Action Project mission. A wide variety of medical professionals including doctors, optometrists, dentists, physical therapists and physician's assistants treated patients during the MEDCAP mission.",
"Residents began lining up for medical care as soon as the military convoy entered the village. Medics led them into a waiting area to be triaged and directed to the appropriate care provider.",
"The doctors provided basic medical care, evaluated individual health problems and distributed over-the-counter medicines to assist the villagers. Interpreters played a vital role during the mission, translating patient issues and the doctors' advice into both Arabic and English.",
"\"It's a little overwhelming,\" said Tech. Sgt. Paula Edwards, a medical technician with the Air Force's Contingency Aeromedical Staging Facility, about the growing crowd that showed up to be seen by the doctors. \"They just keep coming.\"",
"Most of the patients Edwards assisted needed routine medical care for ailments ranging from high blood pressure to arthritis and ear infections.",
"\"I am surprised at how welcomed we are,\" said Air Force Maj. Kristina Miller, an administrator with the CASF. \"The children really seem to love us and the patients are very gracious.\"",
]
T["008"] = [
"Civil-Military Missions Helping Win War on Terrorism",
"KANDAHAR AIRFIELD, Afghanistan, Sept. 10, 2004 – In some of the most remote areas in Afghanistan, things are changing.",
"Civil-military missions are taking medical assistance and resources for rebuilding to places like Shah Wali Kot, presenting a different approach to driving back the enemy and gaining the confidence of local villagers.",
"Army Maj. Monty Willoughby, executive officer of 3rd Squadron, 4th Cavalry Regiment, represents the variety of personnel and disciplines involved in civil-military missions. While accompanying a Cooperative Medical Assistance mission to Shah Wali Kot, he had the additional task of providing support and funding for re-opening a school that serves the children of several villages.",
"One of the main goals of a civil military mission is to provide a presence in the area, he said. This keeps anti-coalition militants moving. Keeping the enemy on the run is just part of the purpose of civil-military missions, said Army Sgt. 1st Class Jeffery Bridges, the noncommissioned officer in charge of Cooperative Medical Assistance missions originating from Kandahar Airfield.",
"Medical missions serve a dual purpose -- building relationships with village populations by bringing medical aid to outlying areas and providing a military presence during the rebuilding process. \"In this way, we gain their confidence,\" said Bridges.",
]
T["009"] = [
"Medical outreach in Shoragaz village",
"Departing their firebase well after the sun had risen, United States Special Forces soldiers, accompanied by a small group of Afghan National Police, slowly convoyed toward Shoragaz village, creeping over rocky terrain and dodging sporadic ditches.",
"Upon arrival at the village, the convoy was met by a small group of excited children, their arms outstretched as the vehicles came to a halt. The chosen medical site ran parallel to the existing ANP checkpoint and the checkpoint commander rushed to greet his mentors with words of delight and excitement.",
"\"I'm glad you are here,\" exclaimed Namitulla, the ANP squad leader in charge of the checkpoint. \"We told the people you were coming here today and they are grateful for the visit and plan to attend.\"",
"The soldiers had planned to provide veterinary and dental assistance to villagers but ten cows, 25 sheep and three pulled teeth later, the plan was improvised to include medical care.",
"As children of all ages and a few older men squatted along the dirt road, the Special Forces medic retrieved his supplies and began organizing them on a plastic table.",
"The first patient, a young boy around ten years old suffered from a swollen and bloody lump on the side of his head, just above his right ear. The boy said he was playing and hit his head on a rock nearly three days ago. The wound was cleaned and bandaged and the boy was given pain medication with instructions to travel to the clinic if the swelling didn't cease in another three days.",
]
T["010"] = [
"Troops aid local residents, build friendships",
"BAGHDAD — Combat medics are seldom short of chances to apply their skills. But as counterinsurgency efforts continue in Iraq, the medical expertise of battlefield paramedics and surgeons is sometimes co-opted to aid local residents.",
"Soldiers of the 4th Battalion, 31st Infantry Regiment, 2nd Brigade Combat Team, 10th Mountain Division (Light Infantry) from Fort Drum, N.Y., joined by the 4th Brigade, 6th Iraqi Army Division soldiers conducted a medical-civil affairs clinic in Cargouli Village June 21.",
"In the Cargouli Village, Maj. Kenneth Stone, a native of Ames, Iowa, and the 4-31 battalion surgeon, joined by several medics of the battalion and an Iraqi medic, treated mainly aches and pains and stomach illnesses, which the team chalked up largely to poor water quality.",
"“It’s sad that in most patients that we see, their issues stem from water problems,” said Spc. Erin Byers, a native of Cape Canaveral, Fla.",
"In these rural areas, the civilians drink, cook and clean from canal water.",
"Muhamad Sebeh, a resident of Cargouli Village, was one of about 200 people seen by the medics. He came to be treated for arthritis.",
"“It’s wonderful that the Americans are doing all the things they do,” Sebeh said. “The situation here has gotten much better since the arrests after those Soldiers were kidnapped. We’re free to walk around now, thanks to the Americans. And when people come to harass us, we kick them out.”",
"Several local women waiting to be seen agreed.",
"“It’s very, very good of the Americans to do this for us,” said Badriyya Abdullah. “Since the Soldiers got rid of the terrorists, we’ve been able to start negotiations for power and water improvements.”",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
