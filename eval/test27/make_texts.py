#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Paragraphs are joined by blank lines; headline first, then a blank line."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"Brazil in Grip of Historic Vote",
"Brazilians are voting in local and presidential elections today, and the favorite is Dilma Rousseff, the former chief of staff of the current president, Luiz Inacio Lula da Silva. The vote marks Brazil's longest period of successive free elections. Many Brazilians have been apathetic during the campaign.",
"The streets of Rio de Janeiro have been taken over by cars, vans and bicycles making noisy pitches for a bewildering array of candidates.",
"At Rio's Leblon beach, the promenade is cluttered with placards showing larger than life pictures of politicians with very sincere faces.",
"Ana Paula Vale de Santos sits on a beach chair under a propped up sign.",
"The resident of a nearby slum, or favela, says she is paid 150 Brazilian reals, or about $90 a week, to sit there. All she has to do is guard the sign.",
"\"I've never had any problems, but some friends of mine went to the bathroom and when they came back their sign was gone,\" she said.",
"Despite all the efforts by the candidates, many Cariocas - as Rio's residents are known - are blas\u00e9 about the vote.",
"Suntanned men with skimpy bathing suits and muscular physiques play volleyball on Rio de Janeiro's LeBlon beach. Helio Rocha says he resents that he is obliged by law to vote.",
"\" I have to wake up early. It's one thing more to do,\" Rocha said.",
"Brazil endured two long dictatorships during the twentieth century, in the thirties and forties and again from 1964 to 1985.",
]
T["002"] = [
"Despite Protests, World Cup Excitement Building in Brazil",
"With days to go until the start of football\u2019s (soccer\u2019s) World Cup tournament, excitement is building in host country Brazil.  This, despite a transit strike in Sao Paulo, the site of the opening match, and social discontent in parts of the country.",
"Copacabana beach, on the last Sunday before the World Cup.  Families, beachgoers and fitness lovers are strolling Copacabana\u2019s famous seaside promenade.",
"Work is finishing up on the fan park where thousands will gather during the matches. An estimated 800,000 foreign visitors will join millions of Brazilians to watch 64 matches in 12 cities around the country.",
"The excitement is building, says seamstress Teresa Christina, although it was slow to start because there is a lot of popular discontent.",
"\u201cThere is, but it\u2019s relative. There\u2019s a lot of disbelief because there\u2019s a lot of violent crime,\" she said. \"They say there\u2019s no money for certain social needs yet there\u2019s money for the Cup. Of course there should be a World Cup but there should be money for other things. But people need some fun, too.\u201d",
"The run-up to one of the world\u2019s greatest sporting events has been marred by social protests over corruption and a lack of social services. A transit strike in Sao Paulo, which is hosting Thursday\u2019s opening match, has disrupted traffic for days.",
"The government has budgeted $11 billion for stadium and infrastructure construction. But people complain about poor public services, low pay and the high cost of living.",
]
T["003"] = [
"Ukraine\u2019s Protesters Prepare for Long Haul",
"Firewood has been stacked, barbed wire has been strung above steel barricades, and insulated military tents have been pitched. The downtown of one of Europe\u2019s largest cities is now a fortified camp. Anti-government protesters in Kyiv are preparing for the long haul.",
"Roman Turiy, a rotund beekeeper, predicts a long fight. He motions as if to stretch his 10 centimeter long beard, down to his stomach, and says: \u201cI hope we are not here until my beard is down here.\u201d",
"His friend, Grigori Koziy, a mustachioed Cossack leader, is organizing distribution of free cups of hot, spicy khulish, or millet porridge. He cites the protesters' main complaint: President Viktor Yanukovych\u2019s sudden refusal to sign a free trade and political association pact with the European Union.",
"\u201cWe are in Europe,\u201d said Koziy. \u201cWe want to live under European laws.\u201d",
"Nearby, paving tiles pried from the square are stacked, in preparation of another attack by riot police.",
"Video images of last Saturday\u2019s attack on the protest camp sparked a huge reaction among Ukrainians. The next day, as many as one million people marched through central Kyiv, the largest march since the Orange Revolution of 2004.",
"The images of riot police clubbing protesters and journalists - 43 at last count - also sparked Western criticism.",
"In Brussels,  NATO Secretary-General Anders Fogh Rasmussen, said: \u201cWe condemn the use of excessive force against peaceful demonstrators in Ukraine. We call on all parties to refrain from provocations and violence.\u201d",
]
T["004"] = [
"Ukraine's Protesters Vow to Remain Encamped Until 2015",
"Russia's moves to annex Ukraine's Crimea have overshadowed the protesters in Kyiv, who remain camped out demanding political reform. Moscow claims the Ukrainian capital is in chaos, with extremists controlling the government and streets. The city center is peaceful, though, and police say volunteers have helped drop crime to levels not seen since the Soviet era.",
"As world powers argue over the territorial integrity of Ukraine, Kyiv's Independence Square, known as the \"Maidan,\" remains occupied. Hundreds of protesters, who helped oust President Viktor Yanukovich, say they will not leave until corrupt politics in Ukraine are reformed.",
"The head of the 14th Maidan Self Defense group, Volodymir Pak, has been here since the protests began in November. \"At a minimum, [we will stay] until the end of the presidential election [May 25], as well as parliamentary elections at the end of 2015,\" he said.",
"Moscow justifies its moves in Crimea by saying extremists took over Kyiv during clashes with security forces that cost nearly a hundred lives.",
"But, while there are some marauding and menacing-looking gangs, the protest camp is remarkably peaceful.",
"Joint patrols of volunteer self-defense groups and police are largely responsible, according to Sergey Kolchanov, who helped organize them.",
"\"We called all the guys who were already patrolling the streets, organized a common meeting, and agreed among ourselves to set aside our differences because there are all kinds of people here and all kinds of political views,\" said Kolchanov.",
]
T["005"] = [
"Over 1,000 Haitians Dead From Cholera",
"The death toll from Haiti's cholera epidemic has passed 1,000.",
"Health officials made the announcement Tuesday, reporting an official figure of 1,034 deaths as of Sunday.",
"The authorities said more than 16,700 people have been hospitalized since the outbreak was first reported late last month.",
"Angry protesters have accused United Nations peacekeepers from Nepal of bringing the waterborne disease to their Caribbean nation.",
"Violent protests against U.N. peacekeepers erupted Monday, with at least two people killed in clashes between demonstrators and the U.N. workers.",
"The U.N. mission in Haiti, MINUSTAH, dismissed the demonstrations as \"politically motivated,\" ahead of the November 28 presidential and legislative elections.",
"The U.N.'s humanitarian coordinator in Haiti, Nigel Fisher, told reporters Monday that cholera has been detected in every province.",
"Fisher said Haiti has never had a cholera outbreak before and that the U.S. Centers for Disease Control and Prevention has identified this strain as one that has its origins in South Asia.  But he said it is nearly impossible to identify a precise source.",
"Health workers fear an explosion of the disease in Port-au-Prince, where hundreds of thousands of people have been living in crowded and unsanitary tent cities since the January earthquake that devastated the country.",
"The United Nations is calling for $164 million from international donors to support the Haitian government in confronting the cholera epidemic.",
"The World Health Organization says the bacteria that causes cholera will be in the country for years.",
]
T["006"] = [
"Polls Open in Hotly-Contested US Presidential Election",
"Voting booths have opened across the United States, as tens of millions of Americans cast their ballots in a fiercely-contested presidential election. Opinion polls on the eve of Election Day showed the nation evenly split between Republican President Bush and his Democratic challenger, Senator John Kerry.",
"Interest this year is especially high, as experts predict a near-record turnout, or more than 120 million voters across the country.",
"Both President Bush and Senator Kerry spent the days before Election Day making multiple campaign stops in several states. Their focus was on so-called battleground states, where the election is particularly close.",
"Early Tuesday, President Bush, his wife and their daughters cast their ballots at a regular polling place near their home in Texas. Afterwards, the president spoke with reporters.",
"\"I trust the judgment of the American people,\" he said. \"I love our democracy and I have got great faith in the wisdom of the people of this country.\"",
"The president makes a last campaign stop in Ohio, before heading back to the White House to watch the election results.",
"In a departure from tradition, and a reflection of how close the election is, both candidates are continuing to campaign on election day.",
"Senator Kerry spent the night in the battleground state of Wisconsin in the midwest, and in the morning he personally distributed information packets to campaign workers. Both parties have launched massive efforts to get their supporters to the polls in the coming hours.",
"\"It's that magic moment when the greatest democracy on the face of the planet gets to show the world how we work. And together we're going to change the direction of this country,\" commented Mr. Kerry.",
]
T["007"] = [
"ECONOMICS REPORT - Measuring Jobs in U.S. - 2004-09-10",
"This is Gwen Outen with the VOA Special English Economics Report.",
"Last Friday, the United States Labor Department released the employment numbers for August. The report said the number of unemployed people and the unemployment rate were both about the same as in July.",
"Unemployment was down one-tenth of one percent, to five point four percent. More than one hundred fifty thousand people left the labor force for whatever reason. Last summer the unemployment rate reached six point three percent.",
"The report said the number of jobs increased by one hundred forty-four thousand in August. There were gains in health care and several other industries that provide services. Manufacturers added twenty two thousand jobs.",
"The Labor Department also said almost sixty thousand more jobs were created in June and July than first reported.",
"President Bush said the new information shows that the \"economy is strong and getting stronger.\" Democratic presidential candidate John Kerry saw the numbers differently. He said Mister Bush is now sure to be, in his words, \"the first president since the Great Depression to face re-election without creating a single job.\" Both could be right, depending on which measure they use.",
"The Department of Labor measures employment in two ways. One is known as the household survey. Sixty thousand households are asked if anyone age sixteen and over had worked during the past week. Even those who worked without pay in a family business or farm are considered employed.",
"The other measure is taken from information from one hundred sixty thousand employers. This is known as the establishment survey. It does not include farm workers or the self-employed.",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
