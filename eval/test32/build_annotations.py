#!/usr/bin/env python3
"""Hand annotations of the test32 set as a table; computes offsets and writes NNN.json.
Same scheme as eval/test4/build_annotations.py and eval/dev13/build_annotations.py. Each statement spec:
(speaker, attribution, kind, text, cue[, opts]).  opts is a dict with optional keys: ctx (a unique substring of
the body that contains text; default: text itself must be unique), note, onBehalfOf.  Keys s1, s2, ... are
given after sorting by offset.  The bodies NNN.txt are written by make_texts.py."""
import os
import sys

D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(D))
from annotations import actor, build  # noqa: E402  (eval/annotations.py, shared by the sets)

ART = {
 "001": dict(url="https://news.va.gov/96666/caregivers-have-been-overlooked-those-days-are-over-va-secretary-says/",
   title=None, publishedOn="2021-10-29", outlet="U.S. Department of Veterans Affairs (VA News)",
   source="stored copy of the VA News (news.va.gov) story 96666 (web page corpus); the stored copy starts with the lead, so no headline (title null; the URL slug reads 'caregivers have been overlooked, those days are over, VA Secretary says'); TRUNCATED: the paragraph 'Ensuring that caregivers ... PCAFC was' breaks off and was left out; date ESTIMATED: the speech was given 'Oct. 29' at the Elizabeth Dole Foundation's Sixth Annual National Convening, during the pandemic after vaccinations began, i.e. 29 Oct. 2021; the story was probably posted that day or shortly after"),
 "002": dict(url="https://www.epa.gov/newsreleases/epa-updates-superfund-national-priorities-list-commits-clean-six-new-sites",
   title="EPA Updates Superfund National Priorities List, Commits to Clean Up Six New Sites", publishedOn="2017-09-01", outlet="U.S. Environmental Protection Agency",
   source="stored copy of the epa.gov news release (web page corpus); the bulleted site lists are kept one item a paragraph; quotation marks as in the source (Rawlings's quotation opens curly and closes straight); TRUNCATED: the last paragraph '“The City ' breaks off and was left out; date ESTIMATED: the stored copy has no date; the release is from Scott Pruitt's tenure (2017-2018) and the six sites were most likely added to the final NPL in September 2017 (month uncertain, 2017-2018 possible; day unknown: first of the month)"),
 "003": dict(url="https://www.doi.gov/news/pressreleases/2009_02_12_release",
   title="Secretary Salazar Pledges to Restore Trust, Strengthen Tribal Sovereignty, Promote Sustainable Economic Development", publishedOn="2009-02-12", outlet="U.S. Department of the Interior",
   source="stored copy of the doi.gov press release (web page corpus); 'Last edited 09/29/2021' and the photo caption and credit ('Secretary of the Interior Ken Salazar, center, confers with ... [Photo Credit: Tami Heilemann, DOI-NBC] Hi-Res') omitted; TRUNCATED: the paragraph 'Salazar said his administration would address Indian Country infrastructure ... reinvestment and recovery package' breaks off and was left out (it held an INDIRECT report); date from the URL and 'today'"),
 "004": dict(url="https://www.nrcs.usda.gov/wps/portal/nrcs/detail/national/inside/?cid=stelprdb1048522",
   title="NRCS Leading a Conservation Revolution", publishedOn="2012-08-01", outlet="USDA Natural Resources Conservation Service (INside NRCS employee newsletter)",
   source="stored copy of the August 2012 issue of INside NRCS, the USDA Natural Resources Conservation Service employee e-newsletter on nrcs.usda.gov (web page corpus); only the first story was taken: the newsletter banner and welcome note (signed 'NRCS Public Affairs') were left out, and the image alt text 'Min-eqip-dam' run into the first word ('Min-eqip-damInspired') was removed; TRUNCATED: the paragraph beginning 'The' breaks off and was left out; date: the issue month 'August 2012' (day unknown: first of the month)"),
 "005": dict(url="https://www.epa.gov/archive/epapages/newsroom_archive/newsreleases/b706051420b3e551852577bc0077df10.html",
   title="EPA Awards $4 Million for Brownfields / Most assistance to under-served, economically disadvantaged communities", publishedOn="2010-10-15", outlet="U.S. Environmental Protection Agency",
   source="stored copy of the epa.gov archived news release (web page corpus); page chrome ('Contact Us', 'All News Releases By Date'), the 'Release Date' and 'Contact Information' lines omitted; the headline is the page's title line with its subhead after ' / '; quotation marks as in the source (Stanislaus's first span opens straight and closes curly); TRUNCATED: the paragraph 'EPA will work with the selected projects ... economic growth' breaks off and was left out; date from 'Release Date: 10/15/2010'"),
 "006": dict(url="https://webarchive.library.unt.edu/eot2008/20081024210533/http://www.fema.gov/news/newsrelease.fema?id=3869",
   title="Recovery Centers To Close In Kanawha, Monongalia And Roving-Mcdowell Counties", publishedOn="2003-07-28", outlet="Federal Emergency Management Agency",
   source="stored copy of an archived (UNT End of Term web archive) copy of the fema.gov news release 1474-72 (web page corpus); the 'Release Date', 'Release Number', the '» More Information on West Virginia ...' link and 'Last Modified' line omitted; the list of the three centers, announced in the text ('The following centers will close'), is not in the stored copy; complete as stored; date from 'Release Date: July 28, 2003'"),
 "007": dict(url="https://www.va.gov/opa/pressrel/pressrelease.cfm?id=5671",
   title=None, publishedOn="2021-05-01", outlet="U.S. Department of Veterans Affairs",
   source="stored copy of the va.gov press release 5671 (web page corpus); the stored copy has no headline (title null); the list of awardees announced after the colon is not in the stored copy; the link 'Learn about VA career nursing opportunities.', the '###' and the media-contact and chatbot boilerplate omitted; 'awarded  the' (two spaces) as in the source; complete as stored (up to the boilerplate); date ESTIMATED: 'in conjunction with National Nurses Month' (May) and 'this challenging pandemic' give May 2021 (day unknown: first of the month)"),
 "008": dict(url="https://www.nyrealestatelawblog.com/manhattan-litigation-blog/2010/december/sebelius-sure-is-proud-of-her-accomplishments/",
   title="Secretary Sebelius highlights 2010 accomplishments of the U.S. Department of Health and Human Services", publishedOn="2010-12-01", outlet="U.S. Department of Health and Human Services",
   source="stored copy of a law-firm blog post (nyrealestatelawblog.com, web page corpus) reproducing an HHS news release; the blog's own headline ('Sebelius sure is proud of her accomplishments', in the URL), address line and logo file name left out; the headline is the release's; its subhead 'New video covers implementation of the Affordable Care Act; efforts to reduce fraud and waste; public health initiatives to address obesity, tobacco use and food safety.' was left out as a deck; two spaces after some full stops as in the source; the paragraph 'Watch the Secretary's video message at http://www.hhs.gov/secretary/ .' (a bare link) and 'Some of HHS' 2010 accomplishments include:' with its broken-off list were left out: TRUNCATED; the hhs.gov original was not found in the corpus; date ESTIMATED: the blog's URL month December 2010 and 'over the course of 2010' (day unknown: first of the month)"),
}
S = {}
N = lambda **k: k
S["001"] = [
 ("denis_mcdonough", "VA Secretary Denis McDonough", "INDIRECT", "Caregivers have been overlooked by VA over the years, but those days are over", "said",
   N(onBehalfOf="va", note="official named after his words: the reported clause opens the story; 'Oct. 29' after the cue is left out")),
 ("denis_mcdonough", "McDonough", "INDIRECT", "one of VA’s most important jobs is to support caregivers", "said",
   N(onBehalfOf="va", note="clause after a fronted participial phrase 'Speaking at ..., McDonough said'")),
 ("denis_mcdonough", "he", "DIRECT", "Our job at VA and EDF is to help those caregivers to find ways to make their lives easier – both because that’s the right thing to do, and because supporting caregivers improves outcomes for Veterans,", "said",
   N(onBehalfOf="va", note="'he' = McDonough. The next paragraph ('VA will continue to focus on four pillars ...') has no speech verb and is not annotated")),
 ("denis_mcdonough", "McDonough", "DIRECT", "This is the type of stress that leads caregivers to suffer from anxiety, depression and health issues more often than most Americans,", "said", N(onBehalfOf="va")),
 ("denis_mcdonough", "McDonough", "DIRECT", "And it means that our shared mission to care for those caregivers has never been more important than it is right now.", "said",
   N(onBehalfOf="va", note="second span of an interrupted quote")),
 ("denis_mcdonough", "McDonough", "INDIRECT", "VA will continue the close collaboration with the Veterans’ Family, Caregiver, and Survivor Advisory committee – which is chaired by Senator Elizabeth Dole", "said",
   N(onBehalfOf="va", note="the dashed relative clause is kept inside the reported clause (it runs to the full stop); the next sentence ('VA’s dedication to caregivers shows ...') is the reporter's")),
 ("denis_mcdonough", "he", "DIRECT", "We’ll move heaven and earth to get caregivers timely access to their VA resources,", "said",
   N(onBehalfOf="va", note="'he' = McDonough (named in the previous paragraph)")),
]
S["002"] = [
 ("scott_pruitt", "EPA Administrator Scott Pruitt", "DIRECT", "EPA is making tremendous progress accelerating sites through the entire Superfund remediation process and returning them to safe and productive reuse,", "said",
   N(onBehalfOf="epa", note="official named after his words. The lead 'EPA announced its commitment to clean up six new sites' is a noun-object report and is not annotated")),
 ("scott_pruitt", "EPA Administrator Scott Pruitt", "DIRECT", "Adding these sites to the proposed and final National Priorities List is the next step toward cleaning up these sites and creating a healthier environment for the affected communities.", "said",
   N(onBehalfOf="epa", note="second span of an interrupted quote")),
 ("mike_rawlings", "Dallas Mayor Mike Rawlings", "DIRECT", "The City supports EPA’s listing of Lane Plating and looks forward to the environmental and economic benefits that a rapid and complete cleanup will provide to the community,", "said",
   N(onBehalfOf="dallas", note="opening curly mark, closing straight mark, as in the source")),
 ("mark_blake", "GHADA President Mark Blake", "DIRECT", "The Greater Hockessin Area Development Association (GHADA) and the entire community are pleased to have the Hockessin groundwater site considered for inclusion on the National Priorities List for remediation and environmental recovery efforts,", "said",
   N(onBehalfOf="ghada")),
 ("mark_blake", "GHADA President Mark Blake", "DIRECT", "Having the expertise and resources that the Environmental Protection Agency can bring to bear on this critical issue is the best possible outcome for everyone involved.", "said",
   N(onBehalfOf="ghada", note="second span of an interrupted quote")),
]
S["003"] = [
 ("ken_salazar", "Secretary Salazar", "DIRECT", "As Secretary of the Interior, I will work hard to empower America's Native American communities by helping address economic development, education, and law enforcement and other major challenges faced in Indian country,", "told",
   N(onBehalfOf="interior", note="'told members of the Senate Indian Affairs Committee'. The lead 'Ken Salazar today pledged to restore integrity ..., fulfill ... and work cooperatively ...' (a pledge with infinitives) is not annotated: BORDERLINE")),
 ("ken_salazar", "Secretary Salazar", "DIRECT", "I will also seek to resolve the unending litigation about the management of these lands and assets. And I am committed to the settlement of Indian water rights claims.", "told",
   N(onBehalfOf="interior", note="second span of an interrupted quote")),
 ("ken_salazar", "Salazar", "DIRECT", "As President, he recognizes that federally recognized Indian tribes are sovereign, self-governing political entities that enjoy a government-to-government relationship with the United States government. I, too, am a strong supporter of the principle of tribal self-determination and will work to fully enable tribal self-governance.", "reiterated",
   N(onBehalfOf="interior", note="BORDERLINE: a quotation with no verb of its own after 'Salazar reiterated President Obama's pledge to ...' (a noun-object report, not annotated itself); credited to Salazar with the cue of that sentence; 'he' inside the quotation is Obama")),
]
S["004"] = [
 ("matt_drechsel", "Matt Drechsel, an Assistant State Conservationist in Iowa who previously worked in sage grouse territory", "DIRECT", "A few first adopters join the initiative and their neighbors and friends see how easy it is to use NRCS assistance,", "says",
   N(onBehalfOf="nrcs", note="official named after his words, present-tense cue 'says'")),
 ("matt_drechsel", "Matt Drechsel, an Assistant State Conservationist in Iowa who previously worked in sage grouse territory", "DIRECT", "It’s increased activity in field offices in the region and it is getting us back to our foundation—providing technical expertise in comprehensive conservation planning.", "says",
   N(onBehalfOf="nrcs", note="second span of an interrupted quote")),
 ("connie_tharp", "Connie Tharp, a District Conservationist in Mountain Home, Idaho", "DIRECT", "The Sage Grouse Initiative brought all of the players to the table—state and federal government, military, farmers and ranchers, and conservation partners,", "says",
   N(onBehalfOf="nrcs")),
]
S["005"] = [
 ("epa", "The U.S. Environmental Protection Agency (EPA)", "INDIRECT", "it is awarding $4 million in assistance to 23 communities, many in under-served and economically disadvantaged areas, to develop area-wide plans for the reuse of brownfields properties", "has announced",
   N(note="a body speaking as a whole; 'announced' with a clause (no 'that'). 'Mathy Stanislaus ... announced the grants today' is a noun-object report and is not annotated")),
 ("mathy_stanislaus", "Mathy Stanislaus, assistant administrator for EPA’s Office of Solid Waste and Emergency Response", "DIRECT", "This area-wide approach recognizes that revitalization of the communities impacted by multiple brownfield sites or a large individual site – particularly in distressed communities – requires a strategy for area-wide improvement to attract investment to redevelop brownfields properties,", "said",
   N(onBehalfOf="epa", note="official named after his words; opening straight mark, closing curly mark, as in the source")),
 ("mathy_stanislaus", "Mathy Stanislaus, assistant administrator for EPA’s Office of Solid Waste and Emergency Response", "DIRECT", "The approach also recognizes the importance of identifying and leveraging additional local, state, and federal investment to implement the plans.", "said",
   N(onBehalfOf="epa", note="second span of an interrupted quote")),
]
S["006"] = [
 ("louis_botta", "Federal Coordinating Officer Louis Botta", "DIRECT", "The recovery centers are a great resource for people to get their questions answered, but it is not necessary to visit a center,", "said",
   N(onBehalfOf="fema", note="official named after his words. 'Federal and state officials announced the closing this week of three Disaster Recovery Centers' is a noun-object report and is not annotated")),
 ("louis_botta", "Federal Coordinating Officer Louis Botta", "DIRECT", "We always try to give people a chance to get face-to-face help; but, once the need has been met in a county, we like to move the center elsewhere to give other West Virginians the same opportunity.", "said",
   N(onBehalfOf="fema", note="second span of an interrupted quote")),
]
S["007"] = [
 ("denis_mcdonough", "McDonough", "DIRECT", "Over the past year, our incredible professionals have answered the call to serve,", "said",
   N(onBehalfOf="va", note="'said McDonough' (inverted); he is named in full in the previous paragraph ('VA Secretary Denis McDonough ... awarded ...', not a speech report)")),
 ("denis_mcdonough", "McDonough", "DIRECT", "Our teammates, who have displayed superior performance throughout this challenging pandemic, not only cared for Veterans enrolled in our system, but stepped up to support VA’s Fourth Mission efforts to care for civilian patients in communities across the nation. In the face of uncertainty, they cared for our most vulnerable and saved lives.", "said",
   N(onBehalfOf="va", note="second span of an interrupted quote")),
]
S["008"] = [
 ("kathleen_sebelius", "Sebelius", "DIRECT", "This year, thanks to new laws passed by Congress and signed by the President, HHS was able to take a number of steps that have directly improved the lives, health and security of Americans,", "said",
   N(onBehalfOf="hhs", note="'highlighted the work of HHS', 'outlined some of the important programs', 'discussed some of the new laws' and 'praised the work of the employees' (noun objects) are not annotated")),
 ("kathleen_sebelius", "Sebelius", "DIRECT", "Through the implementation of the Affordable Care Act, more Americans have access to health coverage as well as new rights and benefits in their health insurance.  Efforts to improve public health and reverse the twin epidemics of obesity and tobacco use in the U.S. made significant progress.  HHS emergency response teams and public servants at almost every HHS operating division helped to ease the impact of the earthquake in Haiti and the oil spill off the Gulf Coast.  And we end the year with newly enacted legislation that will allow us to improve food safety with important new authorities and changes that are decades overdue.  I'm proud of these accomplishments and the men and women in our department who made them possible and remain firmly committed to our mission to provide critical health and human services to the people of this nation.", "said",
   N(onBehalfOf="hhs", note="second span of an interrupted quote (two spaces after full stops, as in the source)")),
]
ACTORS = [
 actor("denis_mcdonough", "PERSON", "Denis McDonough", "McDonough", "VA Secretary Denis McDonough"),
 actor("va", "GOVERNMENT", "U.S. Department of Veterans Affairs", "VA", "Department of Veterans Affairs"),
 actor("elizabeth_dole_foundation", "ORGANIZATION", "Elizabeth Dole Foundation", "EDF"),
 actor("elizabeth_dole", "PERSON", "Elizabeth Dole", "Senator Elizabeth Dole"),
 actor("meg_kabat", "PERSON", "Meg Kabat", "Kabat"),
 actor("scott_pruitt", "PERSON", "Scott Pruitt", "Pruitt", "EPA Administrator Scott Pruitt"),
 actor("epa", "GOVERNMENT", "U.S. Environmental Protection Agency", "EPA", "Environmental Protection Agency"),
 actor("mike_rawlings", "PERSON", "Mike Rawlings", "Rawlings", "Dallas Mayor Mike Rawlings"),
 actor("dallas", "GOVERNMENT", "City of Dallas", "Dallas", "The City"),
 actor("mark_blake", "PERSON", "Mark Blake", "Blake"),
 actor("ghada", "ORGANIZATION", "Greater Hockessin Area Development Association", "GHADA"),
 actor("ken_salazar", "PERSON", "Ken Salazar", "Salazar", "Secretary Salazar", "Secretary of the Interior Ken Salazar"),
 actor("interior", "GOVERNMENT", "U.S. Department of the Interior", "Interior", "Department of the Interior"),
 actor("barack_obama", "PERSON", "Barack Obama", "President Obama", "Obama"),
 actor("senate_indian_affairs_committee", "GOVERNMENT", "Senate Indian Affairs Committee", "Senate Committee on Indian Affairs"),
 actor("matt_drechsel", "PERSON", "Matt Drechsel", "Drechsel"),
 actor("connie_tharp", "PERSON", "Connie Tharp", "Tharp"),
 actor("nrcs", "GOVERNMENT", "Natural Resources Conservation Service", "NRCS", "USDA Natural Resources Conservation Service"),
 actor("fws", "GOVERNMENT", "U.S. Fish and Wildlife Service", "Fish and Wildlife Service"),
 actor("mathy_stanislaus", "PERSON", "Mathy Stanislaus", "Stanislaus"),
 actor("shaun_donovan", "PERSON", "Shaun Donovan", "Donovan"),
 actor("hud", "GOVERNMENT", "U.S. Department of Housing and Urban Development", "HUD", "Department of Housing and Urban Development"),
 actor("louis_botta", "PERSON", "Louis Botta", "Botta"),
 actor("fema", "GOVERNMENT", "Federal Emergency Management Agency", "FEMA"),
 actor("dhs", "GOVERNMENT", "U.S. Department of Homeland Security", "Department of Homeland Security", "DHS"),
 actor("kathleen_sebelius", "PERSON", "Kathleen Sebelius", "Sebelius", "HHS Secretary Kathleen Sebelius"),
 actor("hhs", "GOVERNMENT", "U.S. Department of Health and Human Services", "HHS", "Department of Health and Human Services"),
]
if __name__ == "__main__":
    build(D, ART, S, ACTORS)
