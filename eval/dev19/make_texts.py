#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Paragraphs are joined by blank lines; headline first, then a blank line."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"European Leaders Struggle to Resolve Debt Crisis at Summit",
"European Union leaders are meeting in a crunch summit Wednesday to find a lasting solution to the spreading eurozone debt crisis.",
"The leaders got a boost earlier in the day when German lawmakers approved a proposal to strengthen the EU's bailout fund. Analysts say that is one essential step in solving the crisis.",
"Heading into the talks in Brussels, German Chancellor Angela Merkel urged fellow heads of state to reach an accord.",
"Merkel said the EU leaders need to resolve a series of sticking points and work on moving forward.",
"One is a second bailout for debt-strapped Greece, whose financial woes helped trigger the larger eurozone problems.",
"Greek Prime Minister George Papandreou said it is vital not only to save the euro currency but European ideals.",
"\"Now is the time for the European leadership collectively to take decisions, to end the uncertainty and the crisis, turn the page and make sure we make a big step forward for the better future, prosperity and security of our peoples in Europe,\" he said.",
"With the risk of Europe's financial woes spreading overseas, the leaders are facing growing pressure for speedy and strong action. German and French leaders have vowed to reach a sustainable solution before next week's summit of the Group of 20 leading economies summit in France.",
]
T["002"] = [
"EU Leaders Meet Amid More Grim Economic News",
"PARIS - European leaders gather for an informal dinner summit in Brussels Wednesday, dominated by increasing calls for growth measures and gloomy news about the state of the eurozone economy. France's new president Francois Hollande is expected to champion a particularly controversial measure - eurobonds.",
"This latest meeting of European Union leaders takes place amid a changed political and economic landscape. To be sure, the main problem facing the 27 European leaders remains the same; creating jobs and growing the troubled eurozone economy. Pressure for strong and speedy action is mounting amid fears that the eurozone's weakest member - Greece - may soon exit the 17-nation currency union, a move that may spark a larger crisis.",
"\"I don't think the eurozone has turned the corner,\" said Thomas Klau, who heads the Paris office of the European Council on Foreign Relations. \"It's turned the corner in terms of the political will. I think the mainstream parties across the eurozone are very strongly committed to keeping the eurozone intact and see it through this crisis. But I don't think they've done enough to make that commitment work in practice.\"",
"European leaders received more grim economic news this week. A report by the Paris-based Organization for Economic Cooperation and Development warned the eurozone risked severe recession. The OECD's chief economist Pier Carlo Padoan called for swift action.",
]
T["003"] = [
"Marathoners Disappointed, But Understanding of New York Cancellation",
"Runners hoping to compete in the 43rd New York City Marathon were very disappointed to have the city cancel the race less than 48 hours before it was to take place, but on Saturday they expressed understanding that the time was not right as many city residents struggle to recover from the deadly and destructive superstorm Sandy.",
"In 2010, Ethiopian runner Gebre Gebremariam won the New York City Marathon with a time of 2 hours 8 minutes 14 seconds. He was looking forward to running again this year, hoping to reclaim his title, lost last year to Kenyan Geoffrey Mutai. But he said he understood why the mayor had decided to cancel the race which was to take place this Sunday and follow a 42-kilometer course through all of New York's five boroughs.",
"\u201cIt's the right decision. We saw the damage. We saw that people are without homes, they lost their lives, they lost their homes, they lost their businesses, and we are part of them,\" he said.",
"Moroccan Abderrahime Bouramdane, who finished fifth in the 2008 and 2009 marathons and tenth in 2010, said he understood the cancellation, but felt that the city should have made the decision earlier in the week to spare the approximately 20,000 runners who come from abroad from expensive and lengthy travel.",
"\u201cI said it's Friday night, it's too late to make the change and cancel the race, not for only me [but] for all people and all athletes, coming to run, [and] people running for fun,\" he said.",
]
T["004"] = [
"New ICC Chief Prosecutor Discusses Work of Tribunal",
"The chief prosecutor of the International Criminal Court (ICC) says she rejects any suggestion that the tribunal has unfairly targeted African countries.",
"Fatou Bensouda, who became chief prosecutor last June after eight years as deputy chief prosecutor, said in an interview it will take a lot of work to correct suspicions of bias against Africa.",
"\u201cChanging this perception of course will not depend solely on myself, it will depend on other actors, it will depend on the organs of the court, it will depend on states, parties [and] it will depend on international partners. But, I do intend to play my part,\u201d said Bensouda, a native of Gambia.",
"She blamed accused persons who have committed international crimes for spreading allegations that the ICC targets Africans.",
"\u201cI think what we need to do here is to move the focus away from those who perpetuate these crimes. They perpetuate these crimes and they send this propaganda that ICC is targeting Africa, and by so doing, the focus that we should have on the victims of their crimes is moved away,\u201d Bensouda said.",
"\u201cThe ICC is working with Africa and in fact Africa has been coming towards the ICC from the time of establishing this court from the very beginning. In fact this idea that Africa is being targeted was demystified, by the recent referral we received from Mali.\u201d",
]
T["005"] = [
"Copacabana Beach Draws World Cup Fans Near, Far",
"RIO DE JANEIRO \u2014 Fans from around the globe have congregated on the world-famous Copacabana Beach in Rio de Janeiro to celebrate the 2014 World Cup tournament. It's a great time to be a fan at the biggest soccer party of the year.",
"This is Copacabana beach during the World Cup, the skies are cloudy, that doesn't stop thousands of soccer fans from all over the world.",
"Most are wearing their countries' jerseys.",
"Cheers erupt spontaneously from one group of fans. Next to them, supporters from rival countries chant. Some fans kick around a soccer ball, while others enjoy the famous white sands of Copacabana.",
"This is the World Cup in the country that is most passionate about soccer.",
"Vincent Brughuis is from Holland. He\u2019s here to watch his team play today. \u201cWe just got the feeling now, so it\u2019s nice. We watched last night at a small bar on the beach, so I thought for this event, Holland playing, we would watch here,\u201d he said.",
"Ruffin Tanner is an American, but he\u2019s rooting for Spain. \u201cEveryone has been so friendly. The first night, I ate with four Austrian guys. Today I ate lunch with nine Argentineans. I came here alone, and everyone has been so friendly with me,\u201d said Tanner.",
"Fans from Argentina are expected to make up the largest percentage of international travelers to Brazil. Tens of thousands of them already have made the short trip across the border. Lionel is one of them. He\u2019s confident in Argentina\u2019s chances to win the World Cup.",
"\u201cI have faith. I always have faith. Especially with [Lionel] Messi,\u201d he said.",
"Another man from Istanbul decided who he would root for on the plane ride over. \u201cYesterday, I arrived, and I met a huge Bosnian group on the plane. So I\u2019m hanging out with them. We have a historical connection, as well, so this is my team at the moment. I\u2019m supporting Bosnia,\u201d he said.",
]
T["006"] = [
"World Cup Celebrations Subdued in Rio Working-Class Neighborhood",
"RIO DE JANEIRO - Football fever is building as Brazil prepares to launch the 2014 World Cup on Thursday, but celebrations in some areas are subdued compared to previous years.",
"The weekly \u201cfeira,\u201d or street market, in Vila Isabel, a working class neighborhood near Maracana Stadium. Shoppers look for bargains, but they say prices keep going up.",
"This neighborhood was always known for its fierce football [soccer] fans, according to vegetable vendor Luiz Henrique.",
"\u201cIn the old days, there used to be a competition for the most decorated street, and this street [Jorge Rudge] won many times. There used to be so many people out on the street that you couldn\u2019t even get through,\u201d said Henrique. He said people cannot afford the decorations anymore.",
"Retired schoolteacher Vera Lucia Gatti said many are angry with the government for spending billions of dollars on stadiums while hospitals and schools have been left to deteriorate.",
"\u201cSo I think the money should have been spread around, some for the Cup, a little for the schools, a little for the hospitals,\" she said. \"This was the way to go, but it wasn\u2019t done that way.\u201d",
"Some Brazilians have demonstrated against the World Cup and say they will boycott the games. Strikes by transit workers also threaten to disrupt the tournament that is expected to draw some 800,000 foreign visitors.",
"Some hope the international attention will lead to change in Brazil. Henrique doubts this.",
"\u201cYou know, a country like this with so many corrupt people that you can\u2019t trust anyone, where even the most honest person in politics is on the take, there is no law. So for me, there is no solution,\u201d he said.",
"Gatti said Brazil\u2019s leaders need to change.",
]
T["007"] = [
"Kepler Space Telescope Discovers 104 Exoplanets",
"Astronomers say they have discovered 104 exoplanets, two of which could support life.",
"They orbit the M type dwarf star K2-72, which is 181 light-years away.",
"The planets, which were discovered by using NASA\u2019s Kepler space telescope, are 20 to 50 percent larger than Earth in diameter, astronomers said.",
"They are much closer to their star, which is half the size of our sun and much dimmer, than the planets of our solar system with orbits of between 5.5 and 24 days.",
"Two of the planets, researchers said, are exposed to irradiation levels similar to Earth's. The two planets, calledK2-72c and K2-72e, lie in an area where liquid water could exist.",
"K2-72c orbits its star every 15 days and is only 10 percent warmer than Earth despite its proximity to its star. On the other hand K2-72e orbits every 24 days and is likely six percent cooler than Earth.",
"The planets were discovered indirectly, \u201cby measuring the subtle dip in a star's brightness caused by a planet passing in front of its star.\u201d",
"The discoveries bring the total number of exoplanets discovered by Kepler to more than 2,300 since it was launched in March of 2009. That accounts for nearly two thirds of all confirmed exoplanet discoveries.",
"The discoveries are published online in the Astrophysical Journal Supplement Series.",
]
T["008"] = [
"Mexico: Search for Quake Survivors Continues",
"Rescue teams in Mexico worked Thursday to reach those still trapped among the dozens of buildings that fell during a massive earthquake that has killed more than 230 people.",
"One search in Mexico City took place at a school where on Wednesday workers spotted a girl buried in the debris and were able to confirm she was still alive by asking her to move her hand.",
"That search went through the overnight hours into Thursday, with precautions being taken to avoid shifting the unstable pile of rubble as they tried to reach her.",
"\u201cThe girl told us her name, Frida,\u201d rescue worker Rodolfo Ruvalcava told FORO TV. \u201cApart from just her name, she told us there were two other kids, and that there were other bodies. We don\u2019t know if the others are alive\u201d",
"Since the magnitude 7.1 earthquake hit Tuesday, workers at the school have found 25 people dead there, including 21 children. The school is one of what Mexico\u2019s education secretary said was more than 5,000 schools damaged by the earthquake.",
"Another search in the capital city took place in Colonia Roma, one of the areas hardest hit by the earthquake. At an office building that collapsed, a VOA reporter saw three people rescued from the rubble Wednesday.",
]
T["009"] = [
"NASA, SpaceX Send Four Astronauts to International Space Station",
"Four astronauts are on their way to the International Space Station after a successful launch of SpaceX rocket Crew Dragon.",
"The three U.S. crew members and one from Japan are on NASA\u2019s first crew rotation mission using a commercial spacecraft.",
"They are due to arrive at the International Space Station late Monday, joining two Russians and one American who flew there last month from Kazakhstan.",
"\u201cBy working together through these difficult times, you\u2019ve inspired the nation, the world, and in no small part the name of this incredible vehicle, Resilience,\u201d Commander Mike Hopkins said right before liftoff.",
"U.S. Vice President Mike Pence traveled to Florida to join NASA Administrator Jim Bridenstine to watch the launch Sunday.",
"\u201cI didn\u2019t start breathing until about a minute after it took off,\u201d Pence said during a stop at SpaceX Launch Control to congratulate the workers.",
"During their time at the space station, the crew members will conduct a range of scientific experiments, including growing radishes and using microgravity to test leukemia drugs.  They are also bringing a new, redesigned toilet that NASA says will help prepare for future missions to the Moon and Mars.",
]

if __name__ == "__main__":
    for n, paras in T.items():
        with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n\n".join(paras) + "\n")
