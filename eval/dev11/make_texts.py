#!/usr/bin/env python3
"""Writes the bodies NNN.txt of the dev11 set from the transcribed stored copies (web page corpus).
Layout: headline (where the stored copy has one), blank line, paragraphs separated by blank lines.
Navigation, photo captions, credit lines and the last (cut-off) paragraph of each stored copy are left out."""
import os

D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"Kenya Opposition Leader Demands New Presidential Election",
"Kenyan opposition leader Raila Odinga is demanding a new presidential election within 90 days, saying the country is in \"grave danger\" from political violence.",
"Odinga spoke to the Associated Press, three days after he boycotted Thursday's rerun of the August election, whose results were thrown out by the Supreme Court because of irregularities.",
"Odinga called Thursday's vote invalid because President Uhuru Kenyatta faced no opposition.",
"\"It was Uhuru versus Uhuru,\" Odinga told the AP. He also said the president is trying to \"destroy other institutions of governance in our country.\"",
"Odinga accused the United States and other Western diplomats of being \"very irresponsible\" for urging Thursday's repeat vote.",
"\"Us, we are talking about credible elections...they say any election is OK. They say they are Kenya's friends...if they are our friends, then we do not need enemies,\" he told AP.",
"Odinga said he is willing to talk with the Kenyatta government on holding a free and fair election, while, at the same time calling for strikes, boycotts, and peaceful protests to pressure Kenyatta.",
"With nearly all the ballots counted, the election commission gives Kenyatta about 7 million votes -- a number Odinga says has to be inflated because of a low turnout by the number of registered voters.",
"Post-election violence has left at least eight people dead in Kenya, including a elderly man possibly murdered in the Koguta region - an area situated between the Kalenjin community which supports Kenyatta and the Luo community which backs Odinga.",
]
T["002"] = [
"Detained Burmese Opposition Leader Allowed Rare Meeting with Party Members",
"Burma's detained opposition leader, Aung San Suu Kyi, has been allowed to meet with members of her party for the first time in at least three and a half years. As VOA's Kate Woodsome reports from Hong Kong, analysts say the visit probably does not indicate any major change in the policies of the military government.",
"Burma's military government granted opposition leader Aung San Suu Kyi a rare chance Friday to leave her Rangoon home, and an even rarer chance to meet with members of her National League for Democracy party.",
"Aung San Suu Kyi has been under some form of detention for 12 of the last 18 years, and is seldom allowed contact with the outside world. She has been under house arrest since the end of May 2003, and last known to have met leaders of her party the following May.",
"Nyo Myint is a spokesman for a political group run by Burmese exiles in Thailand, called the National League for Democracy - Liberated Area.",
"He said Friday's meeting at a government guesthouse in Rangoon offered opposition leaders a chance to update Aung San Suu Kyi about their activities, and make recommendations for possible government talks.",
"\"She cannot decide herself, and then she needs a collective decision to get like a national reconciliation for the people,\" he said.",
"Aung San Suu Kyi also met separately Friday with Aung Kyi, a government official named to liaise with her. Aung Kyi was appointed in September following worldwide condemnation of the government's violent suppression of pro-democracy demonstrations.",
"On Thursday, Ibrahim Gambari, the special United Nations envoy to Burma, ended a six-day visit to the country. Gambari said he helped start a process that would lead to \"substantive dialogue\" between the government and the opposition leader.",
]
T["003"] = [
"South Sudan Rebels Accuse Government of Breaking Cease-fire",
"South Sudanese rebel forces say they were attacked Friday by government forces, one day after the two sides signed a cease-fire agreement to end weeks of fighting. The deal is seen as just the beginning of a long, difficult process of reconciliation.",
"In a statement Friday, rebel military spokesman General Lul Ruai Koang said government forces attacked rebel positions in Unity State - a key oil-producing region - and in Jonglei State, north of the capital.",
"Koang said government troops were supported by JEM rebels from Sudan\u2019s Darfur region in the attacks on Unity State, and by the Ugandan forces in Jonglei.",
"South Sudan\u2019s army spokesman Philip Aguer said he had not heard any reports of fighting.",
"A day earlier, both sides in the conflict signed a cease-fire agreement in Addis Ababa that is set to take hold Friday evening.",
]
T["004"] = [
"Tensions remain high at a disputed Jerusalem holy place sacred to Muslims and Jews, after Israel imposed new security measures. Robert Berger reports for VOA from Jerusalem.",
"Israel has placed new security cameras at entrances to the Mosque of Al-Aqsa in Jerusalem\u2019s Old City, the site Jews call the Temple Mount. Israeli officials say it is a possible alternative to controversial metal detectors installed at the site that sparked Palestinian riots on Friday.",
"Israel says the new measures are necessary to prevent terrorist attacks, like the one by Arab gunmen that killed two policemen at the site 10 days ago. But Palestinians say any security checks at the mosque humiliate Muslims, and they accuse Israel of trying to seize control of the third holiest place in Islam.",
"Palestinian spokesman Osama Kawasmeh says there will be no compromise on the issue. He said the Palestinian Authority is cutting all ties with Israel until the former status quo at the Al-Aqsa Mosque is restored.",
"That could have deadly consequences because security cooperation between Israel and the Palestinian government has prevented many terrorist attacks.",
"On Friday, a 20-year-old Palestinian broke into a home in a Jewish settlement in the West Bank and stabbed three Israelis to death as they sat at dinner on the Sabbath. The assailant\u2019s Facebook page said it was revenge for Israeli actions at the Mosque of Al-Aqsa.",
"Prime Minister Benjamin Netanyahu denounced the attack as \u201can act of terror carried out by a beast who was incited with fierce hatred.\u201d",
"Netanyahu told the Cabinet the terrorist\u2019s family home \u201cwill be demolished as soon as possible.\u201d He said security forces will take the necessary measures to prevent a further escalation of Palestinian violence and terror.",
]
T["005"] = [
"Haiti's Senate Leader Presents Plan to End Crisis",
"\"The country is getting ready to explode!\" Haiti's newly elected Senate Leader Carl Murat Cantave said during a midday press conference Thursday, in which he denounced the violence that has left at least seven people dead and property damaged.",
"For eight consecutive days, thousands have protested inflation, corruption and what they consider to be the government's ineffectiveness to resolve the country's problems.",
"Cantave told reporters he has a plan to end the crisis. He is calling on President Jovenel Moise to address the nation without delay.",
"\"We're asking the executive branch to act responsibly. The president can't remain silent,\" he said. \"He must address the nation quickly. He must show the nation that it has a leader who is in charge. He needs to do that today.\"",
"Palace crowd",
"Hundreds of protesters gathered in front of the National Palace Wednesday and insisted they would remain until the president resigns. They expressed frustration about his choice to remain silent.",
"\"He doesn't understand yet. By the time he gets it, it will be too late,\" one protester told VOA Creole. \"The people are going to remove him (from power), and we'll seize his belongings, and then he'll understand.\"",
]
T["006"] = [
"Haiti's President Defends Choice for Prime Minister",
"WASHINGTON/PORT-AU-PRINCE \u2014 Haitian President Jovenel Moise defended his choice for prime minister Wednesday, following complaints that Fritz-William Michel is a virtual unknown who should not have been named.",
"Opposition lawmakers say Michel has close ties to Deputy Gary Bodeau, president of the Chamber of Deputies, and that he was not chosen by consensus.",
"\"Mr. Michel is a distinguished civil servant who has devoted his entire career to serving the people of Haiti,\" Moise said, in his first public statement on the matter since announcing his choice. \"This is a consensus choice \u2014 made with the presidents of both assemblies to end the political paralysis that is harming the citizens of this country.\"",
"Haiti has been without a prime minister since Jean Henry Ceant was ousted by a no-confidence vote in March. Moise's first choice to fill the position, Jean Michel Lapin, was never approved by the parliament and resigned Monday. Several attempts to consider Lapin's nomination were blocked by opposition lawmakers who used tactics such as moving furniture out of the chamber, fighting on the parliament floor and not showing up for work.",
]
T["007"] = [
"Uganda Police Arrest Dozens of Bobi Wine Supporters",
"Ugandan police fired tear gas and arrested more than 30 opposition supporters attending a Friday prayer rally organized by musician-turned-politician Bobi Wine. Police say the meeting was illegal as organizers failed to inform the chief of police before holding it.",
"Uganda police have confirmed the arrests of at least 30 members of Bobi Wine\u2019s opposition party while at a prayer meeting organized by the umbrella group, the United Forces of Change.",
"Those gathered were set to pray for people arrested, dead, abducted and all opposition supporters, especially from Wine\u2019s National Unity Platform, whose whereabouts are still unknown in the past two years.",
"Other opposition members included the Conservative Party and the Forum for Democratic Change.",
"But Lucas Owoyesigyire, the deputy spokesperson for the Kampala Metropolitan Police, told VOA by phone that the opposition group did not give the Inspector General of Police Okoth Ochola advance notice about the prayer meeting so he could set up security for it due to ongoing terrorism threats.",
"\u201cThis was a public place,\u201d said Owoyesigyire, \u201cand they ought to have informed the IGP \u2014 especially the owners of the venue \u2014 should have informed the IGP about this. So, we could not allow them to go ahead with this.\u201d",
"Owoyesigyire added that \u201cwe have some suspects here, at CPS [Central Police Station] but they are more than 30.\u201d",
"Ugandan politician Joel Ssenyonyi told VOA that they had paid for the venue but upon their arrival Friday morning, the police and army had cordoned off the venue forcing them to pray from outside.",
]
T["008"] = [
"TPLF Alleges Government Attacks in Ethiopia\u2019s Tigray Region",
"Tigrayan forces have warned of renewed conflict in northern Ethiopia, accusing federal forces of firing on their positions this week, despite a months-long cease-fire. The office of the prime minister dismissed the allegation and said it was aimed at deflecting efforts to engage in peace talks.",
"After rumors swirled that fighting had broken out between the Tigrayan People\u2019s Liberation Front (TPLF) and the national government, TPLF spokeswoman Fesseha Asghedom Tessema told VOA that bombings took place in several areas.",
"\u201cThe Addis Ababa government has started bombing Tigray forces on different fronts beginning yesterday,\u201d she said. \u201cTherefore, I don\u2019t see any progress towards any peaceful resolution; in fact, it looks like we are back to zero.\u201d",
"The TPLF made similar comments in a written statement that accused the government of declaring war on the people of Tigray and committing genocide.",
"Asked to respond to TPLF claims of provocation by national forces, government spokesperson Billene Seyoum denied the accusation at a press briefing.",
"\u201cThis narrative and this rhetoric that keeps coming from the other side is no less than a mechanism to deflect from the desire not to engage in a peaceful manner,\u201d Seyoum said. \u201cBut the humanitarian truce that had been enacted by the federal government is still in place.\u201d",
"The spokesperson did not immediately respond to a request for further comment.",
"If the claims of an attack are true, it would mark the end of the humanitarian cease-fire established in March between the two sides. The Ethiopian government had also been indicating peace talks with the TPLF might be imminent.",
"The TPLF has said repeatedly that talks will not go ahead until a humanitarian blockade, which the United Nations said has likely left parts of Tigray in a state of famine, is lifted.",
]
T["009"] = [
"Taliban Refill Afghan Jails",
"Over the past 18 months, de facto Taliban authorities detained more than 29,000 individuals on various charges such as theft, kidnapping, murder and moral crimes according to country\u2019s top prison official.",
"\u201cWe have released some 15,000 inmates,\u201d Mohammad Yusuf Mistari, the Taliban\u2019s director of prisons, told VOA in WhatsApp messages. \u201cCurrently, there are approximately 14,000 inmates in the Islamic Emirate\u2019s jails.\u201d",
"Among the prisoners, up to 1,100 are women.",
"Taliban officials claim they have no political prisoners and that all the prisoners are held on criminal charges \u2014 a claim not confirmed by independent organizations.",
"But groups like Human Rights watch say the Taliban have opted for killing criminals associated with armed opposition groups \u2014 Islamic State and other Afghan militias that have increasingly posed serious security threats to the fledging Islamist regime \u2014instead of keeping them in jails.",
"Under the Islamic Emirate\u2019s strict interpretation of Sharia, acts such as drinking alcohol or extramarital relationships are considered criminal and carry severe penalties, while homosexuality and sodomy are punishable by death.",
"Since November, the Taliban have restarted public displays of punishment. Thieves have had their hands chopped off, adulterers have been flogged, and those found guilty of murder have been shot and killed in front of hundreds of male spectators.",
"More than 100 men and women have been publicly whipped, and at least two men have been executed so far, according to the U.N. Assistance Mission in Afghanistan (UNAMA), which monitors human rights in the country.",
]
T["010"] = [
"Haiti Senate Leader Denies Planning Secret Meeting to Approve PM Designate",
"A group of prominent opposition Haitian senators sat outside the Senate doors early Sunday morning, a day when parliament is normally not in session.",
"\u201cOver the weekend there were rumors that the Senate leader was organizing a special session Sunday. Such a vote would be considered out of the ordinary,\u201d Senator Antonio Cheramy told VOA Creole. \u201cWe called around and tried to find out what was going on, but we\u2019ve had absolute silence (from the Senate leader).\u201d",
"Senator Cheramy said he and fellow opposition colleagues decided to stake out the Senate because they can\u2019t allow such a vote to be held behind their backs.",
"Around midday, Senate leader Carl Murat Cantave took to Twitter to deny the rumors and set the record straight.",
"\u201cContrary to the rumors that a ratification vote is planned for this Sunday, the vote to ratify PM designate @fritzwmichel and his government is planned for this Monday 23 September 2019 at 8:00 am,\u201d Cantave said.",
"Bribery allegations",
"Then came a bombshell accusation by opposition Senator Saurel Jacinthe that Senator Cantave came to his home to offer him $100,000  for a yes vote on Michel. He then alleged that the prime minister designate went to several other ruling party senators\u2019 homes to offer them bribes in exchange for their yes votes.",
"Senator Cantave denied the allegation on Twitter: \u201cFor the sake of history and the truth, I never offered money to Senator #Saurel Jacinthe, who is delusional. I am a proud and arrogant man. If the senator has proof [photos or sound], may he show them? The nation can not take this drama.\u201d",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
