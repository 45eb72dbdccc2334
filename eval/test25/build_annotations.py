#!/usr/bin/env python3
"""Hand annotations of the test25 set as a table; computes offsets and writes NNN.json.
Same scheme as eval/dev13/build_annotations.py. Each statement spec: (speaker, attribution, kind,
text, cue[, opts]).  opts is a dict with optional keys: ctx (a unique substring of the body that
contains text; default: text itself must be unique), note, onBehalfOf.  Keys s1, s2, ... are given
after sorting by offset.  The bodies NNN.txt are written by make_texts.py."""
import os
import sys

D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(D))
from annotations import actor, build  # noqa: E402  (eval/annotations.py, shared by the sets)

ART = {
 "001": dict(url="http://home.nps.gov/news/release.htm?id=1470", outlet="National Park Service",
   title="New Reports Detail Natural, Historic and Cultural Resources in America’s National Parks", publishedOn="2013-04-23",
   source="stored copy of the nps.gov press release page (web page corpus); page header ('National Park Service Press Release'), the repeated headline above the date, 'For Immediate Release', date and contact lines omitted; TRUNCATED: the paragraph 'While each of these parks is ...' breaks off and was left out; date from the release's 'April 23, 2013'"),
 "002": dict(url="http://www.great-lakes.net/lists/glin-announce/1998-10/msg00003.html", outlet="U.S. Fish and Wildlife Service",
   title="Service Invites Comments on Refuge Management Strategy", publishedOn="1998-09-23",
   source="stored copy of a U.S. Fish and Wildlife Service news release as posted to the GLIN-announce mailing list archive (great-lakes.net; web page corpus); list navigation and the release/contact header omitted; the e-mail's hard line breaks were joined with one space (a trailing space before a break not doubled), the two spaces after some full stops are kept as in the source; paragraph 4 ends without a closing quotation mark because the quotation continues into the next paragraph (as in the source); TRUNCATED: the paragraph 'Refining Fulfilling the Promise ... Issues cov' breaks off and was left out; date from 'For release: September 23, 1998'"),
 "003": dict(url="http://www.rvbusiness.com/tag/national-park-service/page/3/", outlet="U.S. Department of the Interior",
   title=None, publishedOn="2010-02-23",
   source="stored copy of a trade-magazine tag page (rvbusiness.com, web page corpus) reproducing the Department of the Interior / National Park Service release on 2009 national park visitation ('Secretary of the Interior Ken Salazar announced today'); the page's own headline '2009 National Park Visits Top 285M, Up 3.9%' is the magazine's and was not used: no headline (title null); post date line omitted; the original on doi.gov/nps.gov was not found in the corpus; TRUNCATED: the paragraph 'Great Smoky Mountain National Park continued its reign ... attracting 9.' breaks off and was left out; date from the post date 'February 23, 2010' and 'announced today'"),
 "004": dict(url="http://jbk-environmental.blogspot.com/2025", outlet="U.S. Environmental Protection Agency",
   title="Top EPA Regional Official Visits Farms to Mark Connection Between EPA Priorities and Farming", publishedOn="2025-03-14",
   source="stored copy of a blog that reposts EPA press releases (jbk-environmental.blogspot.com; web page corpus); blog chrome, 'EPA Press Office:', the repeated headline and the contact line omitted; the dateline 'Orange County, N.Y. (March 14, 2025) -' kept; TRUNCATED: the paragraph 'Earlier this week, EPA announced that it will address the uncertainty over the' breaks off and was left out; date from the dateline"),
 "005": dict(url="https://thedailyripple.org/index.php/component/content/article/45-environment/521509-epa-region-8-releases-2019-year-in-review-highlighting-accomplishments-and-environmental-progress-under-president-trump-administrator-andrew-wheeler", outlet="U.S. Environmental Protection Agency (Region 8)",
   title=None, publishedOn="2020-02-06",
   source="stored copy of a news-aggregator page (thedailyripple.org; web page corpus) reproducing an EPA Region 8 news release; the copy starts with the dateline, so no headline is given (title null; the slug reads 'epa-region-8-releases-2019-year-in-review-highlighting-accomplishments-and-environmental-progress-under-president-trump-administrator-andrew-wheeler'); aggregator lines (' date 2020-02-06 Category: Environment Hits: 0', '02/06/2020') omitted; footnote markers '[1]', '[2]' kept; the stored copy ends with a complete paragraph (the release continues: TRUNCATED); date from the dateline. Sister pages of Regions 4 and 5 on the same site share the Wheeler quotation and were not taken"),
 "006": dict(url="https://tnblackboard.blogspot.com/2024/08/the-marshall-star-for-august-28-2024.html", outlet="NASA Marshall Space Flight Center (Marshall Star)",
   title="Marshall Leadership Updates Team Members on Culture, Strategy", publishedOn="2024-08-28",
   source="stored copy of a blog reproduction of NASA's internal newsletter 'The Marshall Star for August 28, 2024' (the same text is on encirclenews.com); the issue title and the byline 'By Wayne Smith' omitted; 'Kenney Space Center' as in the source; TRUNCATED: the paragraph 'Pelfrey said leadership recognizes ... as the' breaks off and was left out (it held an INDIRECT report); date from the issue title (meeting 'Aug. 27')"),
 "007": dict(url="https://cosmologyandspace.org/category/space-missions/page/7/", outlet="NASA",
   title="New NASA Mission to Study Ocean Color, Airborne Particles and Clouds", publishedOn="2015-02-06",
   source="stored copy of a blog category page reproducing a NASA press release; the prefix '(PRESS RELEASE): ', 'Posted on Updated on' and the image caption omitted; TRUNCATED: the paragraph 'Goddard will build PACE's ocean color instrument ... such as' breaks off and was left out; date ESTIMATED: the page gives none; NASA announced the start of PACE work in early February 2015 ('Tentatively scheduled to launch in 2022')"),
 "008": dict(url="https://evwind.es/2009/11/20/department-of-energy-announces-104-million-for-national-laboratory-facilities/2337", outlet="U.S. Department of Energy",
   title="Department of Energy Announces $104 Million for National Laboratory Facilities", publishedOn="2009-11-20",
   source="stored copy of a trade-site reproduction (evwind.es) of a Department of Energy news release (the same text is on labmanager.com); mixed straight and curly quotation marks as in the copy; TRUNCATED: the paragraph 'Advanced Battery Prototype ... for develo' breaks off and was left out; date ESTIMATED from the URL (2009/11/20; the release says 'today')"),
 "009": dict(url="https://www.fs.usda.gov/news/releases/forest-service-chiefs-statement-employees-action-led-fugitives-arrest", outlet="USDA Forest Service",
   title="Forest Service Chief’s Statement on Employee’s Action that Led to Fugitives’ Arrest", publishedOn="2010-08-20",
   source="stored copy of the fs.usda.gov news release page (web page corpus); 'News Release' and the date line 'August 20, 2010 -' omitted; complete as stored; date from the date line"),
 "010": dict(url="http://skepticreview.com/tag/rod-rosenstein/", outlet="U.S. Department of Justice",
   title="Grand Jury Indicts Thirteen Russian Individuals and Three Russian Companies for Scheme to Interfere in the US Political System", publishedOn="2018-02-16",
   source="stored copy of a blog tag page reproducing a Department of Justice Office of Public Affairs press release; the header lines ('Department of Justice', 'Office of Public Affairs', 'FOR IMMEDIATE RELEASE', date) and the bare link 'https://www.justice.gov/file/1035477/download' omitted; TRUNCATED: the paragraph 'According to the allegations in the indictment, ... Project Lakh' breaks off and was left out; date from the release header 'Friday, February 16, 2018'"),
}
S = {}
N = lambda **k: k
S["001"] = [
 ("jonathan_jarvis", "National Park Service Director Jonathan B. Jarvis", "DIRECT", "As the stewards of America’s national parks, we want to make sure that future generations can enjoy parks that are in as good as or better shape as they are today,", "said",
   N(onBehalfOf="nps", note="official named after his words ('said National Park Service Director ...')")),
 ("jonathan_jarvis", "National Park Service Director Jonathan B. Jarvis", "DIRECT", "To succeed, we need to know the current condition of the parks, make management decisions to maintain or improve their condition, and keep the public informed as we proceed.", "said",
   N(onBehalfOf="nps", note="second span of an interrupted quote. 'report their findings' (lead) and the scare quote “snapshot” are not annotated")),
 ("jonathan_jarvis", "Jarvis", "DIRECT", "The reports contain good news,", "said", N(onBehalfOf="nps")),
 ("jonathan_jarvis", "Jarvis", "DIRECT", "but we also found places where we need to take action to improve park resources, facilities, and visitor experiences.", "said",
   N(onBehalfOf="nps", note="second span of a quotation interrupted mid-sentence by ', Jarvis said,'")),
]
S["002"] = [
 ("jamie_rappaport_clark", "Fish and Wildlife Service Director Jamie Rappaport Clark", "DIRECT", "The Keystone Conference will be a pivotal moment for America's National Wildlife Refuge System,", "said",
   N(onBehalfOf="fws", note="'The Service also announced today a comprehensive draft strategy' (noun object) and the quoted title \"Fulfilling the Promise ...\" are not annotated")),
 ("jamie_rappaport_clark", "Fish and Wildlife Service Director Jamie Rappaport Clark", "DIRECT", "This gathering and the strategy the Fish and Wildlife Service unveils today are vital investments in the Refuge System's future.", "said",
   N(onBehalfOf="fws", note="second span after the attribution; the quotation has no closing mark because it continues into the next paragraph (multi-paragraph quotation): the span ends at the paragraph end")),
 ("jamie_rappaport_clark", "Clark", "DIRECT", "The Service's land base is at a crucial crossroads.  The National Wildlife Refuge System Improvement Act of 1997 and growing support from our partners, Congress, and the American public offer tremendous new opportunities to strengthen its wildlife conservation legacy,", "said",
   N(onBehalfOf="fws", note="continuation paragraph of the same quotation, with its own attribution 'Clark said'; the two spaces after the full stop are the source's")),
]
S["003"] = [
 ("ken_salazar", "Secretary of the Interior Ken Salazar", "INDIRECT", "Ten million more Americans and foreign tourists visited the nation’s national parks last year than in 2008, a 3.9% increase that marked the fifth busiest year ever for the National Park System", "announced",
   N(onBehalfOf="interior", note="clause before the verb; speaker named after the clause")),
 ("ken_salazar", "Salazar", "DIRECT", "People both here and abroad know that our national parks are America’s best idea, even during an economic downturn,", "said", N(onBehalfOf="interior")),
 ("ken_salazar", "Salazar", "DIRECT", "Our national parks are treasures that tell the story of our country and celebrate its beauty and culture, and they provide vacation bargains for families living on a tight budget. They offer priceless opportunities to inspire adults and children alike with our wonderful natural, cultural and historic heritage.", "said",
   N(onBehalfOf="interior", note="second span of an interrupted quote")),
 ("ken_salazar", "he", "DIRECT", "In an increasingly sedentary society, our parks give parents a place to connect their children with nature and learn to appreciate the good feelings that come from healthy green exercise,", "said",
   N(onBehalfOf="interior", note="pronoun speaker: 'he' = Salazar (previous paragraph)")),
 (None, "A study released today", "INDIRECT", "the National Park System supports more than 223,000 jobs and nearly $14 billion in economic activity across the country", "revealed",
   N(note="BORDERLINE: a document as the source, with no named author or body: speaker null (like dev3's 'results show'). 'Salazar highlighted the benefits ...' (noun object) is not annotated")),
]
S["004"] = [
 ("michael_martucci", "Regional Administrator Michael Martucci", "DIRECT", "We don’t have food without farms, and we can’t have farms without clean land, water, and air,", "said",
   N(onBehalfOf="epa", note="official named after his words. 'he discussed the important contributions of ...' (lead) and 'he discussed EPA's commitment to ...' (noun objects) are not annotated")),
 ("michael_martucci", "Regional Administrator Michael Martucci", "DIRECT", "I’m so excited to come to these farms that I have known all my life in this new role as Regional Administrator. Uplifting farmers and business owners with all the resources EPA has to offer is important.", "said",
   N(onBehalfOf="epa", note="second span of an interrupted quote")),
 ("gary_glowaczewski", "co-owner of R & G Produce, Gary Glowaczewski", "DIRECT", "I appreciate Mike Martucci and his team coming down to talk to us about the EPA issues and concerns,", "said",
   N(onBehalfOf="r_and_g_produce", note="private speaker named after his words, role before the name ('said co-owner of R & G Produce, Gary Glowaczewski'); onBehalfOf his farm is defensible either way. The initiative title in quotation marks (“Powering the Great American Comeback”) is not annotated")),
]
S["005"] = [
 ("andrew_wheeler", "EPA Administrator Andrew Wheeler", "DIRECT", "Under President Trump, we have fulfilled many promises to the American people to address some of our most important environmental and human health challenges while unleashing the economy and fostering innovation,", "said",
   N(onBehalfOf="epa", note="'released the 2019 Year in Review outlining major accomplishments' (lead) is not a speech report")),
 ("andrew_wheeler", "EPA Administrator Andrew Wheeler", "DIRECT", "In 2019, EPA deleted 27 Superfund sites — the largest number of sites deleted from the National Priorities List since FY 2001 — and proposed the first update to the Lead and Copper Rule in nearly three decades. This administration is building on a long history of environmental success for example in the past three years, EPA has re-designated 36 areas around the country, moving them into attainment with federal air quality standards and lifting major regulatory burdens off local businesses, and all six criteria air pollutants have decreased. As we celebrate our 50th year of EPA, I am honored to lead an agency with such a successful record.", "said",
   N(onBehalfOf="epa", note="second span of an interrupted quote")),
 ("gregory_sopkin", "EPA Regional Administrator Gregory Sopkin", "DIRECT", "Over the past years, EPA’s programs have focused on becoming more efficient and strengthening our partnerships with the six states and 27 tribal nations here in Region 8,", "said",
   N(onBehalfOf="epa")),
 ("gregory_sopkin", "EPA Regional Administrator Gregory Sopkin", "DIRECT", "Our 2019 report highlights examples of our work to protect human health and the environment in some of our nation’s most vibrant landscapes and communities.", "said",
   N(onBehalfOf="epa", note="second span of an interrupted quote")),
]
S["006"] = [
 ("joseph_pelfrey", "Pelfrey", "DIRECT", "I just really appreciate the teams that worked so hard between NASA and Boeing to evaluate issues, and the ultimate decision was about safety,", "said",
   N(onBehalfOf="nasa_marshall", note="surname = Marshall Director Joseph Pelfrey (paragraph 2). 'recapped milestone events' and 'commended ... team members for their dedicated work' (noun objects) are not annotated")),
 ("joseph_pelfrey", "Pelfrey", "DIRECT", "Those teams did a lot of tremendous work on analysis and testing to bring data to decision makers. Now we will get to move forward.", "said",
   N(onBehalfOf="nasa_marshall", note="second span of an interrupted quote")),
]
S["007"] = [
 ("jeremy_werdell", "Jeremy Werdell, PACE project scientist at Goddard", "DIRECT", "Knowing more about global phytoplankton community composition will help us understand how living marine resources respond to a changing climate,", "said",
   N(onBehalfOf="nasa_goddard", note="speaker named after his words, with an appositive role")),
 ("jeremy_werdell", "Jeremy Werdell, PACE project scientist at Goddard", "DIRECT", "With PACE, we will learn more about the role of marine phytoplankton in the global carbon cycle.", "said",
   N(onBehalfOf="nasa_goddard", note="second span of an interrupted quote")),
]
S["008"] = [
 ("daniel_poneman", "Deputy Secretary Poneman", "DIRECT", "Our National Laboratories are national treasures and home to world-leading science,", "said",
   N(onBehalfOf="doe", note="opening mark straight, closing mark curly, as in the copy. 'today announced $104.7 million in funding' (noun object) is not annotated")),
 ("daniel_poneman", "Deputy Secretary Poneman", "DIRECT", "As they have since their founding, they are helping us tackle the great challenges of our day, including on energy and climate. Their innovation and ingenuity are helping jumpstart American manufacturing, accelerate job creation and lay the foundation for a clean energy economy.", "said",
   N(onBehalfOf="doe", note="second span of an interrupted quote; opening mark curly, closing mark straight")),
]
S["009"] = [
 ("tom_tidwell", "USDA Forest Service Chief Tom Tidwell", "DIRECT", "Our employee's alert action in notifying the proper authorities of suspicious activities in our national forest led to a quick, safe diffusion of a potentially explosive situation,", "said",
   N(onBehalfOf="forest_service", note="official named after his words")),
 ("tom_tidwell", "USDA Forest Service Chief Tom Tidwell", "DIRECT", "I applaud his intuition, prudence and quick action, which ended up protecting not only nearby campers but other communities in the area as well. I consider this guy to be a hero.", "said",
   N(onBehalfOf="forest_service", note="second span of an interrupted quote")),
]
S["010"] = [
 ("doj", "The Department of Justice", "INDIRECT", "a grand jury in the District of Columbia today returned an indictment presented by the Special Counsel’s Office", "announced",
   N(note="a body speaking as a whole")),
 (None, "The defendants", "DIRECT", "information warfare against the United States,", "called",
   N(note="BORDERLINE: a naming quotation ('what they called “...”') of the defendants' own words, as the indictment quotes them; annotated as DIRECT like a partial quote; speaker null (thirteen unnamed defendants, no single body). An extractor that skips it is defensible")),
 (None, "The defendants", "DIRECT", "spread[ing] distrust towards the candidates and the political system in general.", "stated",
   N(note="BORDERLINE: quoted words after the noun phrase 'with the stated goal of'; speaker null as above; the bracket '[ing]' is the release's; skipping it is defensible")),
 ("rod_rosenstein", "Deputy Attorney General Rod J. Rosenstein", "DIRECT", "This indictment serves as a reminder that people are not always who they appear to be on the Internet,", "said",
   N(onBehalfOf="doj", note="official named after his words")),
 ("rod_rosenstein", "Deputy Attorney General Rod J. Rosenstein", "DIRECT", "The indictment alleges that the Russian conspirators want to promote discord in the United States and undermine public confidence in democracy. We must not allow them to succeed. The Department of Justice will continue to work cooperatively with other law enforcement and intelligence agencies, and with the Congress, to defend our nation against similar current and future schemes. I want to thank the federal agents and prosecutors working on this case for their exceptional service.", "said",
   N(onBehalfOf="doj", note="second span of an interrupted quote; the report embedded in it ('The indictment alleges that ...') is not annotated separately")),
]
ACTORS = [
 actor("jonathan_jarvis", "PERSON", "Jonathan B. Jarvis", "Jarvis", "Jonathan Jarvis"),
 actor("nps", "GOVERNMENT", "National Park Service", "NPS", "Park Service"),
 actor("jamie_rappaport_clark", "PERSON", "Jamie Rappaport Clark", "Clark"),
 actor("fws", "GOVERNMENT", "U.S. Fish and Wildlife Service", "Fish and Wildlife Service", "the Service", "USFWS"),
 actor("ken_salazar", "PERSON", "Ken Salazar", "Salazar"),
 actor("interior", "GOVERNMENT", "U.S. Department of the Interior", "Department of the Interior", "Interior Department"),
 actor("barack_obama", "PERSON", "Barack Obama", "President Obama", "Obama"),
 actor("michael_martucci", "PERSON", "Michael Martucci", "Mike Martucci", "Martucci", "Regional Administrator Martucci"),
 actor("epa", "GOVERNMENT", "U.S. Environmental Protection Agency", "EPA", "Environmental Protection Agency"),
 actor("gary_glowaczewski", "PERSON", "Gary Glowaczewski", "Glowaczewski"),
 actor("r_and_g_produce", "COMPANY", "R & G Produce", "R&G Produce"),
 actor("peaceful_valley_dairy", "COMPANY", "Peaceful Valley Dairy"),
 actor("andrew_wheeler", "PERSON", "Andrew Wheeler", "Wheeler"),
 actor("gregory_sopkin", "PERSON", "Gregory Sopkin", "Sopkin"),
 actor("donald_trump", "PERSON", "Donald Trump", "President Trump", "Trump"),
 actor("joseph_pelfrey", "PERSON", "Joseph Pelfrey", "Pelfrey"),
 actor("nasa_marshall", "GOVERNMENT", "NASA Marshall Space Flight Center", "Marshall Space Flight Center", "Marshall"),
 actor("nasa", "GOVERNMENT", "NASA", "National Aeronautics and Space Administration"),
 actor("boeing", "COMPANY", "Boeing"),
 actor("davey_jones", "PERSON", "Davey Jones"),
 actor("denise_smithers", "PERSON", "Denise Smithers"),
 actor("roger_baird", "PERSON", "Roger Baird"),
 actor("jeremy_werdell", "PERSON", "Jeremy Werdell", "Werdell"),
 actor("nasa_goddard", "GOVERNMENT", "NASA Goddard Space Flight Center", "Goddard Space Flight Center", "Goddard"),
 actor("daniel_poneman", "PERSON", "Daniel Poneman", "Poneman", "Deputy Secretary Poneman"),
 actor("doe", "GOVERNMENT", "U.S. Department of Energy", "Department of Energy", "DOE"),
 actor("sandia", "ORGANIZATION", "Sandia National Laboratories", "Sandia"),
 actor("tom_tidwell", "PERSON", "Tom Tidwell", "Tidwell"),
 actor("forest_service", "GOVERNMENT", "USDA Forest Service", "Forest Service", "U.S. Forest Service"),
 actor("doj", "GOVERNMENT", "U.S. Department of Justice", "Department of Justice", "Justice Department", "DOJ"),
 actor("rod_rosenstein", "PERSON", "Rod J. Rosenstein", "Rod Rosenstein", "Rosenstein"),
 actor("special_counsel_office", "GOVERNMENT", "Special Counsel's Office", "Special Counsel’s Office", "Office of the Special Counsel"),
 actor("russia", "COUNTRY", "Russia", "Russian Federation"),
]
if __name__ == "__main__":
    build(D, ART, S, ACTORS)
