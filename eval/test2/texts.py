# Article bodies, copied from the stored page copies (see SOURCES.md). Paragraphs separated by one blank line.
TEXTS = {}

TEXTS["001"] = """Somali President Unharmed in Palace Attack; 17 Killed

Al-Qaida-linked militants attacked Somalia's presidential palace Friday. The president was unharmed but at least 17 other people were killed.

Al-Shabab quickly claimed responsibility for the attack on the palace, known as Villa Somalia.

Witnesses say the attack began with a car bomb explosion, then gunmen stormed the palace compound. African Union and Somali government soldiers fought off the assailants.

A Somali security official tells VOA that the dead include seven soldiers, at least eight attackers and two others. One of those killed, Mohamud Indha-Asse, was chief of staff in the prime minister's office.

Nick Kay is the U.N. secretary-general's special representative to Somalia. He says he heard from President Hassan Sheikh Mohamud soon after the attack.

"The first I heard of it this morning actually as a phone call from the president just after the attack had happened. He wanted to reassure me that he was unharmed, unhurt and that the attack had been unsuccessful."

In a statement, President Mohamud sent condolences to the families of those killed, and vowed that the Somali government and African Union forces would "eliminate" the group.

U.N. Secretary General Ban Ki-moon condemned the attack and called on Somalis to remain resolute in the fight against extremism.

The U.S. State Department said the attack shows once again that al-Shabab stands only for death and destruction.

Al-Shabab lost control of Mogadishu in 2011 but has mounted periodic attacks in the city.

The U.N.-backed Mohamud government is trying to restore stability to Somalia, which has endured more than two decades of lawlessness and war.
"""

TEXTS["002"] = """Zimbabwe's Main Opposition Group Accuses Government Of Threatening Its Leader

Zimbabwe\u2019s main opposition group, the Movement for Democratic Change, says President Robert Mugabe\u2019s ZANU-PF government is panicking. This follows a late night address on state television by Didymus Mutasa, minister of state security, who threatened physical harm to MDC leader Morgan Tsvangirai. In a press statement, the MDC said for a minister to appear on national television and issue a chilling statement serves to confirm how the regime is panicking. The statement added that the dictatorship is suffering from a guilty conscience over its authorship of the Zimbabwean crises and is now engaged in shameful acts of shadow boxing and shadow chasing.

Nelson Chamisa is a spokesman for the opposition MDC. Speaking with English to Africa reporter Peter Clottey, he said, \u201cWhat we have to realize is that this government seem to be [barren] of ideas and it has manifested in extraordinary levels of desperation and they have no solution for the political and economic crises that we are facing for the social decay we have witnessed in the country.\u201d

Reacting to the recently found arms cache linked to the MDC, Chamisa said, \u201cIf you look at what they are now doing, they deliberately planted some arms. And what they forget is that in the MDC, we are not a rebel movement; we are a legitimate opposition political party.\u201d He added that there is glaring evidence that suggests the government wants to eliminate MDC leader Morgan Tsvangirai.
"""

TEXTS["003"] = """Indonesian Volcano Causes Chaos, 3 Deaths

A major volcanic eruption on the main Indonesian island of Java has killed at least three people and forced the evacuation of at least 100,000 others.

Mount Kelud erupted late Thursday, sending a cloud of ash 30 kilometers into the atmosphere.

Following a cabinet meeting Friday, Indonesian President Susilo Bambang Yudhoyono declared a state of emergency in areas adjacent to Mount Kelud.

"I have spoken with the Governor Sukarwo of East Java, who is currently at the disaster zone. I have also given instructions to the Commander-in-Chief of the Armed Forces and the Chief of the National Police - whose members have been deployed to help the refugees - to intensify assistance in the affected zones."

The eruption has dumped a heavy coating of ash and rocks on towns and cities as far as 500 kilometers away, closing schools and businesses, as well as seven airports.

Hadi Rudyatmo, mayor of Surakarta in Central Java, tells VOA that everything is shut down in his city.

"It's all paralyzed. All economic activities, shopping centers, trade centers in Surakarta are closed. Traditional markets are open but not a single individual has come. No transactions have taken place. All activities related to teaching and learning in all schools throughout the area have been suspended through Saturday as well."

Scientists think the worst of the eruptions are over, but several smaller tremors were felt Friday.

Indonesia has around 130 active volcanoes.

Last month, the eruption of Mount Sinabung on Sumatra island killed 16 people, forced thousand to flee and damaged crops.

(Nurhadi Sucahyo contributed to this report from Yogyakarta.)

(This report was produced in collaboration with the VOA Indonesian service.)
"""

TEXTS["004"] = """Djokovic Wins French Open, Clinching 19th Grand Slam

Serbian tennis star Novak Djokovic defeated Greece\u2019s Stefanos Tsitsipas Sunday in the French Open final, clinching his 19th Grand Slam win 6-7, 2-6, 6-3, 6-2, 6-4.

\u201cI want to thank my team, my box, my family, my coach,\u201d Djokovic said after his win, acknowledging that while the game was \u201cphysically and mentally very difficult\u201d he knew he was capable of the win.

The five-set match lasted four hours and 11 minutes, as the 34-year-old Djokovic made a comeback from losing the first two sets, in what he called an \u201celectric ambiance\u201d after the match.

After the match, Djokovic gave his winning rocket to a young fan in the stands.

\u201cI found that very cute and very nice,\u201d Djokovic said. \u201cTo give the racket to the best person was him. That was my gratitude for him sticking with me and
supporting me.\u201d

Djokovic, currently ranked the No. 1 male player in the world, defeated \u201cKing of Clay\u201d Rafael Nadal in the semifinals last week.

Sunday marked the first time the 22-year-old Tsitsipas had made it to a Grand Slam final.
"""

TEXTS["005"] = """US Unemployment Rate Drops

The U.S. economy received a boost of good news Friday, after the U.S. Labor Department said the national unemployment rate dropped last month to the lowest level in more than two years.

U.S. stocks rose in early trading Friday, after government statistics showed the jobless rate for November was 8.6 percent, a drop of four-tenths of a percent from the prior month.

The figures also show that the U.S. economy had a net gain of 120,000 jobs.

U.S. House speaker John Boehner said any job creation is welcome news, but that the unemployment rate still remains \u201cunacceptably high.\u201d

A closer look at the data shows a mixed picture of the job market \u2014 part of the improvement comes from hiring by private companies, while some of it is because several hundred thousand people gave up their search for work. The unemployment rate only considers people who are actively seeking jobs.

The Labor Department notes an increase in jobs in retail, restaurants and bars, professional and business services, and health care. It says government employment continued to shrink, with job losses in state and local governments.
"""

TEXTS["006"] = """Tribunal Indictments Discussed on 'Hello VOA'

Youk Chhang, director of the Documentation Center of Cambodia, and Sok Samoeun, director of the Cambodian Defenders Project, both of whom work Khmer Rouge tribunal issues, discussed possible indictments of Khmer Rouge leaders on "Hello VOA" Monday.

Key questions to be discussed following the adoption of the tribunal's internal rules this month surround the definitions of "senior leaders" and "most responsible."

Youk Chhang told listeners that the 2003 UN-Cambodian agreement only called for indictments of "senior leaders of Democratic Kampuchea." It's up to the courts to decide who that would be, he said.

Sok Samoeun said the courts had only built 8 detention rooms so it was not likely more than ten cadre would be indicted.

Callers wanted to know whether the courts could bring justice to victims.

That Cambodians participate actively in the process was most important, Youk Chhang said.

Sok Samoeun said he hoped Cambodia's judicial system would be strengthened by a tribunal where Cambodian judges might gain important experience from their international counterparts.
"""

TEXTS["007"] = """Liberia Sets December 25 Goal: No New Ebola Cases

The hardest hit of the West African nations facing the deadly Ebola outbreak, Liberia, has set a national goal of recording no new cases by Christmas, December 25.

President Ellen Johnson Sirleaf said in a nationwide radio address Sunday that her country's path to recovery will be difficult. She said Liberia's health care system must be better prepared for any future disease epidemic, with sharp improvements also needed in the country's economy and governance.

She shifted several cabinet officials, saying it was necessary to appoint a team of officials "that is understanding of the prevailing challenges."

More than 2,800 of West Africa's 5,165 Ebola deaths have been recorded in Liberia.

Also Sunday, U.S. health officials said travelers from Mali will be subject to the same screening and monitoring as people arriving from Liberia, Sierra Leone and Guinea. That includes taking arriving travelers' temperatures and questioning them about their health and possible exposure to the Ebola virus.

Although Mali is not suffering from a widespread Ebola outbreak, there have been a number of confirmed cases there in recent days.

Meanwhile, in the U.S., authorities reported that a surgeon, Doctor Martin Salia, who contracted Ebola while working in Sierra Leone, is "extremely ill."

Salia, a Sierra Leone national who lives in the United States, is being treated at a hospital in the central U.S. state of Nebraska.
"""

TEXTS["008"] = """Pakistani Troops Search for Islamic Militants

Pakistani troops are hunting for Islamic militants in a northwestern tribal region near the border with Afghanistan.

Soldiers have fanned out in the rugged countryside of mountainous South Waziristan, conducting searches of walled compounds and homes. Sporadic gunfire continues around the town of Wana, where thousands of Pakistani troops have closed in on several hundred foreign militants and their local supporters.

At least one explosion was heard around Wana Sunday, as helicopters gunships flew overhead.

However, fighting appears to have tapered off after intense battles between government forces and Islamic militants erupted Tuesday, at the start of the operation.

Since then, dozens of people have been killed. Local residents say 13 civilians died Saturday when Pakistani fire hit their vehicles. Many civilians have fled the area.

Pakistani military officials have said the fighters appear to be protecting a militant leader, but it may not be Osama bin Laden's top deputy of the al-Qaida terror network, Ayman al-Zawahiri, as some reports have suggested.

A Pakistani general, Safdar Hussein, says the man militants are protecting may be a Chechen or Uzbek.

Pakistani officials say more than 100 suspected Islamic militants, including foreign fighters, arrested in recent days are now undergoing questioning.

Some information for this report provided by Reuters, AP and AFP.
"""

TEXTS["009"] = """MDC-T Says Zanu PF Used State Agents to 'Abduct' Dzamara

The Movement for Democratic Change (MDC) has accused the ruling Zanu PF government of using its state security agents to abduct political activist Itai Dzamara resulting in a protest by MDC-T youths which led the police to cordon off the party\u2019s Harvest House headquarters in Harare for two days.

The police beat up some MDC-T activists, including the party leader's spokesman Luke Tamborinuyoka, as officers search for police regalia they alleged had been siezed from officers by protesters.

In Bulawayo, the MDC alleged that Zanu PF youths disrupted its meetings resulting in some women being stripped naked. All this has seen political tensions rising in the country.

But senior Zanu-PF officials have dismissed the MDC\u2019s allegation over Dzamara and the ensuing violence saying the party is trying to seek relevance.

MDC spokesman Obert Gutu, however, told VOA Studio 7 the situation is far from being normal.

Reacting, Zanu-PF chief whip in parliament, Joram Gumbo, accused the MDC of trying to seek attention and accused the opposition party of disrupting parliamentary proceedings.
"""

TEXTS["010"] = """Guinea President Appears to Have Won Controversial 3rd Term in Office

Guinea President Alpha Conde appears to have secured a third term in office based on preliminary results of Sunday's election.

A spokesman for Conde told Reuters news agency the campaign is satisfied with the first results, which gives the president's team hope and confidence for a certain victory.

With most electoral districts counted, Conde reportedly received 2.4 million votes, compared to 1.26 million for opposition candidate Cellou Dalein Diallo, whose spokesman said, without providing proof, the vote included alleged fraud and will be challenged in court.

The final results of the bitter election, which triggered deadly street violence, are expected on Saturday.
"""
