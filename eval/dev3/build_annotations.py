#!/usr/bin/env python3
"""Hand annotations of the dev3 set as a table; computes offsets and writes NNN.json.
Each statement spec: (speaker, attribution, kind, text, cue[, opts]).  opts is a dict with
optional keys: ctx (a unique substring of the body that contains text; default: text itself
must be unique), note, onBehalfOf.  Keys s1, s2, ... are given after sorting by offset."""
import json, os
D = os.path.dirname(os.path.abspath(__file__))
LIC = "public domain (US government work)"
VOA = "Voice of America"

ART = {
 "001": dict(url="https://www.voanews.com/a/zimbabwe-opposition-says-presidential-poll-was-rigged/4512486.html",
   title="Zimbabwe Opposition Says Presidential Poll Was Rigged", publishedOn="2018-08-03",
   source="stored copy of the voanews.com page (web page corpus); navigation and photo caption omitted; TRUNCATED: the stored copy breaks off inside the next paragraph (a quote by Tonderai Bosha), so the body ends with the last complete paragraph; date inferred (caption: press conference Aug. 3, 2018; 'Chamisa said Friday')"),
 "002": dict(url="https://www.voanews.com/a/guinea-opposition-calls-for-fresh-elections/3003569.html",
   title="Guinea’s Opposition Calls for Fresh Elections", publishedOn="2015-10-12",
   source="stored copy of the voanews.com page (web page corpus); navigation and photo caption omitted; TRUNCATED at the last complete paragraph; date inferred (the vote was Sunday 11 October 2015, results 'expected Tuesday or Wednesday')"),
 "003": dict(url="https://voa.pangea-cms.com/preview/en-US/a/world-refugee-day-united-nations-calls-political-solutions/3908347.html",
   title="On World Refugee Day, UN Calls for Political Solutions", publishedOn="2017-06-20",
   source="stored copy of VOA's CMS preview mirror of voanews.com article 3908347 (web page corpus); navigation and photo caption omitted; TRUNCATED before the subheading 'Recognition of welcoming nations' (the stored copy breaks off in the next paragraph); date from the caption (World Refugee Day, 20 June 2017)"),
 "004": dict(url="https://www.insidevoa.com/a/a-13-34-2007-06-04-iran-jeffrey-111606859/178007.html",
   title="U.S. State Department Official Tells VOA Militants' Weapons are from Iran", publishedOn="2007-06-04",
   source="stored copy of the insidevoa.com (VOA public relations) page (web page corpus); navigation omitted; the subheading line was kept; TRUNCATED: the boilerplate paragraph 'The Voice of America reaches millions ...' breaks off and was left out; date from the dateline"),
 "005": dict(url="https://www.insidevoa.com/a/a-13-34-2008-02-12-voa19-111607104/178027.html",
   title="U.S. Ambassador Nicholas Burns Speaks to VOA about Iran", publishedOn="2008-02-12",
   source="stored copy of the insidevoa.com page (web page corpus); navigation omitted; subheading kept; TRUNCATED: the boilerplate paragraph 'VOA has the largest combined ...' breaks off and was left out; date from the dateline"),
 "006": dict(url="http://www.insidevoa.com/a/a-13-34-2005-10-03-voa54-111615309/178457.html",
   title="Assistant Secretary DeSutter: Iran 'Missed Opportunity to be Constructive' at UN", publishedOn="2005-10-03",
   source="stored copy of the insidevoa.com page (web page corpus); navigation omitted; subheading kept; TRUNCATED: the paragraph 'VOA's television ...' breaks off and was left out; date from the dateline"),
 "007": dict(url="https://www.insidevoa.com/a/a-13-34-2007-10-07-johndroe-111609604/178180.html",
   title="NSC’s Johndroe: Government of Burma Does Not Want the World to Know What's Going on There", publishedOn="2007-10-07",
   source="stored copy of the insidevoa.com page (web page corpus); navigation omitted; subheading kept; TRUNCATED: the boilerplate paragraph 'Broadcasting 7.5 hours ...' breaks off and was left out; date from the dateline"),
 "008": dict(url="https://www.insidevoa.com/a/a-13-34-2007-06-26-voa75-111615269/178452.html",
   title="U.S. Ambassador Says Drug Trafficking is a Threat to Afghanistan", publishedOn="2007-06-26",
   source="stored copy of the insidevoa.com page (web page corpus); navigation omitted; subheading kept (typo 'corrrupt' as in the source); TRUNCATED: the boilerplate paragraph 'The Voice of America, which first went on the air ...' breaks off and was left out; date from the dateline"),
 "009": dict(url="https://www.insidevoa.com/a/a-13-34-2008-06-25-voa75-111611494/178307.html",
   title="Zimbabwe Opposition Leader and Government Minister in Exclusive VOA Interview", publishedOn="2008-06-25",
   source="stored copy of the insidevoa.com page (web page corpus); navigation omitted; subheading kept; TRUNCATED: the paragraph 'VOA's coverage of Africa ...' breaks off and was left out; date from the dateline"),
 "010": dict(url="https://www.insidevoa.com/a/pakistan-has-created-enough-mischief/2809120.html",
   title="“Pakistan has created enough mischief” – Former Afghan President tells VOA", publishedOn="2015-06-10",
   source="stored copy of the insidevoa.com page (web page corpus); navigation, photo caption and the link line 'The full interview can be found here.' omitted; date ESTIMATED (no date on the page; article id 2809120 lies between VOA ids 2742683 = 2015-04-30 and 2855271 = 2015-07-09; could be off by weeks)"),
 "011": dict(url="https://www.usagm.gov/2015/03/27/relations-with-us-are-back-on-track-afghan-leaders-tell-voa/", outlet="U.S. Agency for Global Media",
   title="Relations with US Are Back on Track, Afghan Leaders Tell VOA", publishedOn="2015-03-27",
   source="stored copy of the usagm.gov (U.S. Agency for Global Media, a federal agency) press release (web page corpus); TRUNCATED: the paragraph 'Amid the interviews ...' breaks off and was left out; date from the URL"),
 "012": dict(url="https://www.insidevoa.com/a/a-13-34-2008-08-27-voa56-111607484/178048.html",
   title="Israeli President Shimon Peres Gives Exclusive Interview to VOA's PNN", publishedOn="2008-08-27",
   source="stored copy of the insidevoa.com page (web page corpus); navigation and a photo caption omitted; TRUNCATED: the paragraph 'The interview, conducted by ...' ends in a lost link and the next one breaks off, both left out; date from the dateline"),
 "013": dict(url="https://www.usagm.gov/2011/10/26/voa-exclusive-clinton-cites-trend-toward-military-takeover-in-iran/", outlet="U.S. Agency for Global Media",
   title="VOA Exclusive: Clinton Cites Trend Toward Military Takeover in Iran", publishedOn="2011-10-26",
   source="stored copy of the usagm.gov press release (web page corpus); TRUNCATED: the paragraph 'The co-creators of “Parazit,” ...' breaks off and was left out; date from the dateline"),
 "014": dict(url="https://www.voanews.com/a/nepal-quake-toll-rises-as-aid-operations-continue/2742683.html",
   title="Two Rescued in Nepal Quake Debris as Death Toll Rises", publishedOn="2015-04-30",
   source="stored copy of the voanews.com page (web page corpus); navigation and photo caption omitted; TRUNCATED: the paragraph 'VOA correspondent Steve Herman visited ...' breaks off and was left out; date inferred (caption dated April 30, 2015, a Thursday; 'pulled two survivors Thursday')"),
 "015": dict(url="https://www.voanews.com/a/a-13-2008-10-03-voa55/404647.html",
   title="UN: 32 Million Refugees in Need of Protection and Care", publishedOn="2008-10-03",
   source="stored copy of the voanews.com page (web page corpus); navigation omitted; TRUNCATED: the paragraph 'He says ...' breaks off and was left out; date from the URL"),
 "016": dict(url="https://www.insidevoa.com/a/voa-tibetan-television-special-interview-with-the-dalai-lama/2554033.html",
   title="VOA Tibetan Television Special: Interview with the Dalai Lama", publishedOn="2014-12-10",
   source="stored copy of the insidevoa.com page (web page corpus); navigation omitted; complete; date inferred ('today' = December 10, the Nobel anniversary, in the year before the Dalai Lama's 80th birthday in 2015)"),
 "017": dict(url="https://www.voacambodia.com/a/opposition-says-it-will-not-accept-election-results/1712280.html",
   title="Opposition Says It Will Not Accept Election Results", publishedOn="2013-07-29",
   source="stored copy of the voacambodia.com (VOA Khmer) page (web page corpus); navigation and photo caption omitted; TRUNCATED: the paragraph 'NEC officials have not given ...' breaks off and was left out; date inferred (election Sunday 28 July 2013; 'said Monday')"),
 "018": dict(url="https://www.voanews.com/a/angolan-ruling-party-wins-national-election/4000380.html",
   title=None, publishedOn="2017-08-25",
   source="stored copy of the voanews.com page (web page corpus); no headline in the stored copy (slug 'angolan-ruling-party-wins-national-election'); TRUNCATED: the quote paragraph '\"I disagree with these results ...' breaks off and was left out; date inferred (poll Wednesday 23 August 2017; 'On Friday morning')"),
 "019": dict(url="https://voa.pangea-cms.com/preview/en-US/a/africa_ruling-party-candidate-wins-burundi-presidential-election/6189883.html",
   title=None, publishedOn="2020-05-25",
   source="stored copy of VOA's CMS preview mirror of voanews.com article 6189883 (web page corpus); no headline in the stored copy (slug 'ruling-party-candidate-wins-burundi-presidential-election'); complete as stored; date inferred (CENI announced partial results on Monday 25 May 2020; 'Final results are expected Tuesday')"),
}
S = {}
N = lambda **k: k
S["001"] = [
 ("mdc_alliance", "Zimbabwe Opposition", "INDIRECT", "Presidential Poll Was Rigged", "Says",
   N(note="headline attribution; 'Zimbabwe Opposition' is the MDC Alliance led by Chamisa (named later in the text), so the party is credited")),
 ("nelson_chamisa", "Chamisa", "INDIRECT", 'he would pursue all available routes, including protests, to reclaim what he called the "stolen vote."', "said"),
 ("nelson_chamisa", "he", "DIRECT", "stolen vote.", "called", N(note="quoted words after 'what he called': DIRECT, as dev2 004 s7/s8")),
 ("nelson_chamisa", "Chamisa", "INDIRECT", 'results from the Zimbabwe Electoral Commission giving President Emmerson Mnangagwa 50.8 percent of the vote were "fiction."', "told"),
 ("nelson_chamisa", "Chamisa", "DIRECT", "fiction.", "told"),
 ("nelson_chamisa", "He", "INDIRECT", "he won 56 percent of the vote in Monday's poll", "said"),
 ("nelson_chamisa", "he", "DIRECT", "We want proper result to be announced,", "added"),
 ("nelson_chamisa", "he", "DIRECT", "We will pursue all means necessary — legal and constitutional — to make sure that we protect the people's vote. The people have voted, they have cheated. We will not allow it. Mr. Mnangagwa sir, respect the people. Do not usurp power.", "added",
   N(note="second span of an interrupted quote; cue of the shared attribution")),
 ("nelson_chamisa", "He", "INDIRECT", "the final vote tallies given to Mnangagwa in some areas were higher than the commission announced after polls closed Monday", "said"),
 ("qhubani_moyo", "Electoral Commission spokesman Qhubani Moyo", "INDIRECT", 'the election is now a "closed chapter" for the ZEC', "said", N(onBehalfOf="zec")),
 ("qhubani_moyo", "Electoral Commission spokesman Qhubani Moyo", "DIRECT", "closed chapter", "said", N(onBehalfOf="zec")),
 ("qhubani_moyo", "He", "DIRECT", "we are not going to comment on what they are saying unless we are in court.", "said",
   N(onBehalfOf="zec", note="the whole reported clause is a quotation (no 'that', no unquoted words): annotated once, as DIRECT")),
 ("nelson_chamisa", "Chamisa", "INDIRECT", "the election had been stolen", "claims",
   N(note="noun complement 'claims by Chamisa that ...' reports a statement by a named speaker; Bosha's own act ('dismissed claims') has only a noun-phrase object and is not annotated")),
]
S["002"] = [
 ("cellou_dalein_diallo", "The leader of Guinea’s main opposition Union of Democratic Forces party", "INDIRECT", "Sunday’s presidential balloting was fraudulent", "saying",
   N(onBehalfOf="ufdg", note="the description is resolved to Cellou Dalein Diallo in the next sentence; 'is calling for fresh elections' (noun-phrase object) is not annotated")),
 ("cellou_dalein_diallo", "Cellou Dalein Diallo", "INDIRECT", "the opposition will not accept the results, which are expected to be announced either Tuesday or Wednesday, because the voting was characterized by massive rigging in favor of incumbent leader Alpha Conde", "said",
   N(note="the relative clause 'which are expected ...' sits inside the reported clause and is kept")),
 ("sydia_toure", "Another opposition leader, Sydia Toure of the Union of Republican Forces", "INDIRECT", "more than 20 percent of ballot papers and 30 percent of envelopes were not available at polling stations and the military came out in large numbers to vote for President Conde", "told", N(onBehalfOf="ufr")),
 ("cellou_dalein_diallo", "Diallo", "INDIRECT", "there should be a new election for the peace and stability of Guinea", "said"),
 ("cellou_dalein_diallo", "he", "DIRECT", "The organization of election was not good; we had many problems – material problems; we had organizational problems; we had security problems. In my local of Gaoual, we had more material problems. We need new election. I don’t know when we can have it, but for our peace, for the security of Guinea we need to have new election,", "said"),
 ("cellou_dalein_diallo", "Diallo", "INDIRECT", "the problem with holding credible elections in Guinea is not about money but rather the lack of good organization", "said"),
 ("cellou_dalein_diallo", "Diallo", "DIRECT", "I don’t know if this is just the problem of money. It’s the problem of volunteering; it’s the problem of organization. We need about $10 or $20 million dollars. It’s not more for our peace, for our security, for good governance, and for our democracy. That’s not much money,", "said"),
]
S["003"] = [
 ("antonio_guterres", "he", "DIRECT", "This is particularly worrying, especially when associated to forms of political populism, xenophobia, racism in which refugees become a target,", "said"),
 ("antonio_guterres", "he", "DIRECT", "Many times being accused of being part of a terror threat, when refugees are not terrorists, they are the first victim of terror. They are fleeing terror. That is why they are refugees.", "said"),
 ("antonio_guterres", "Guterres", "INDIRECT", "people must recognize that there is no humanitarian solution to the refugee crisis, only political ones", "said"),
 ("rex_tillerson", "the statement", "DIRECT", "As the single largest donor of humanitarian assistance, the United States is a leader in supporting refugees and addressing causes of forced displacement,", "read",
   N(onBehalfOf="us_state_department", note="the statement was issued by Secretary of State Rex Tillerson (previous sentence)")),
]
S["004"] = [
 ("james_jeffrey", "U.S. State Department Official", "INDIRECT", "Militants' Weapons are from Iran", "Tells", N(onBehalfOf="us_state_department", note="headline attribution")),
 ("james_jeffrey", "U.S. State Department official James Jeffrey", "INDIRECT", "Iran is providing munitions to militant groups inside of Iraq", "told", N(onBehalfOf="us_state_department")),
 ("james_jeffrey", "Jeffrey", "DIRECT", "We are sure that Iran is providing explosive charges, very sophisticated ones, modern weapons including rockets and mortars, and other munitions to various groups inside of Iraq and potentially inside Afghanistan as well…the facts are that these shipments are continuing,", "said"),
 ("james_jeffrey", "Jeffrey", "DIRECT", "These people are not spies…this charge is absurd. It is deeply troubling.", "stated"),
 ("james_jeffrey", "Jeffrey", "DIRECT", "We're not out for a regime change. We're out for a change in regime behavior,", "said"),
 ("james_jeffrey", "Jeffrey", "INDIRECT", "the U.S. is not supporting any particular organization", "adding"),
 ("james_jeffrey", "Jeffrey", "DIRECT", "How Iranians inside and outside of Iran organize to promote freedom, to promote their democratic and political views is an affair for the Iranian people.", "said",
   N(note="second quoted span after 'Jeffrey said, adding that ...': same speaker, cue of the shared attribution")),
 ("james_jeffrey", "Jeffrey", "INDIRECT", "he (Ahmadinejad) does not take seriously the international community's will to stop Iran's nuclear program, and \"its willingness to take whatever steps are necessary to stop this program. I underline 'to stop this program' and I underline 'whatever steps are necessary'.\"", "commented"),
 ("james_jeffrey", "Jeffrey", "DIRECT", "its willingness to take whatever steps are necessary to stop this program. I underline 'to stop this program' and I underline 'whatever steps are necessary'.", "commented",
   N(note="the single-quoted phrases inside are Jeffrey quoting himself, not separate statements")),
]
S["005"] = [
 ("nicholas_burns", "he", "DIRECT", "We've been disappointed that the Iranian government has not diminished and stopped altogether its support, through material and arms, for the Shia militants in Iraq and especially the explosive technologies that have been very destructive to human life, including those of American soldiers and Iraqi soldiers.", "commented"),
 ("nicholas_burns", "Ambassador Burns", "DIRECT", "It's extraordinary that in this day and age in the year 2008 that the president of an important country in the Middle East, President Ahmadinejad, would resort to such irresponsible and vicious public statements about another country.", "commented",
   N(note="'commented that \"...\"': the whole reported clause is a quotation, annotated once, as DIRECT")),
 ("nicholas_burns", "He", "INDIRECT", "of the 192 member countries of the United Nations, Iran is the only country that does not recognize Israel's right to exist", "added"),
 ("nicholas_burns", "Ambassador Burns", "DIRECT", "It is the Iranian government that has rejected the possibility of negotiations,", "saying"),
 ("nicholas_burns", "Ambassador Burns", "DIRECT", "the U.S. wants to achieve a diplomatic solution to the problems caused by Iran.", "adding",
   N(note="'adding that \"...\"': whole clause quoted, DIRECT only")),
 ("nicholas_burns", "The ambassador", "INDIRECT", 'the U.S. hopes "Iran can find its way to peace and find its way to democracy and a democratic government."', "saying"),
 ("nicholas_burns", "The ambassador", "DIRECT", "Iran can find its way to peace and find its way to democracy and a democratic government.", "saying"),
]
S["006"] = [
 ("paula_desutter", "Assistant Secretary DeSutter", "INDIRECT", "Iran 'Missed Opportunity to be Constructive' at UN", ":",
   N(note="colon headline. The single-quoted words are DeSutter's (cf. s4) but are not annotated as DIRECT: the set marks DIRECT only for double quotation marks")),
 ("paula_desutter", "The Assistant Secretary", "INDIRECT", 'Iranian statements at the UN "revealed again that Iran\'s intentions are to pursue this [nuclear] program at almost what ever the cost"', "tells",
   N(note="subheading line")),
 ("paula_desutter", "The Assistant Secretary", "DIRECT", "revealed again that Iran's intentions are to pursue this [nuclear] program at almost what ever the cost", "tells",
   N(ctx='"revealed again that Iran\'s intentions are to pursue this [nuclear] program at almost what ever the cost"')),
 ("paula_desutter", "Paula A. DeSutter, the U.S. Assistant Secretary of State for Verification and Compliance", "INDIRECT", 'Iran "missed a good opportunity to be constructive" last month when Iranian President Mahmoud Ahmadinejad addressed the United Nations on Iran\'s nuclear program', "told",
   N(onBehalfOf="us_state_department")),
 ("paula_desutter", "Paula A. DeSutter, the U.S. Assistant Secretary of State for Verification and Compliance", "DIRECT", "missed a good opportunity to be constructive", "told", N(onBehalfOf="us_state_department")),
 ("paula_desutter", "DeSutter", "INDIRECT", 'the Iranian statements at the UN "revealed again that Iran\'s intentions are to pursue this program at almost whatever the cost."', "said"),
 ("paula_desutter", "DeSutter", "DIRECT", "revealed again that Iran's intentions are to pursue this program at almost whatever the cost.", "said"),
 ("paula_desutter", "she", "DIRECT", "The entire idea of verification for deterrence falls apart if the (international) community can't stand up to a committed violator.", "said"),
 ("adam_ereli", "U.S. State Department spokesperson Adam Ereli", "INDIRECT", "Iran's nuclear program was not about the United States versus Iran or about Iranian domestic politics", "stressed", N(onBehalfOf="us_state_department")),
 ("adam_ereli", "He", "DIRECT", "politics is not the issue here for us, the issue is international peace and security,", "said",
   N(onBehalfOf="us_state_department", note="'said that \"...\"': whole clause quoted, DIRECT only")),
 ("adam_ereli", "He", "INDIRECT", 'it\'s "not strengthening the conservatives or not strengthening the conservatives" inside Iran', "adding", N(onBehalfOf="us_state_department")),
 ("adam_ereli", "He", "DIRECT", "not strengthening the conservatives or not strengthening the conservatives", "adding", N(onBehalfOf="us_state_department")),
]
S["007"] = [
 ("gordon_johndroe", "NSC’s Johndroe", "INDIRECT", "Government of Burma Does Not Want the World to Know What's Going on There", ":", N(onBehalfOf="nsc", note="colon headline")),
 ("gordon_johndroe", "Spokesman", "DIRECT", "All Americans want to see freedom in Burma", "said",
   N(onBehalfOf="nsc", ctx='said "All Americans want to see freedom in Burma"', note="subheading line; whole reported clause quoted, DIRECT only")),
 ("gordon_johndroe", "National Security Council spokesman Gordon Johndroe", "INDIRECT", 'the "United States wants a peaceful transition to democracy in Burma."', "told",
   N(onBehalfOf="nsc", note="the quotation starts after the article 'the', so the clause is INDIRECT with a partial quote")),
 ("gordon_johndroe", "National Security Council spokesman Gordon Johndroe", "DIRECT", "United States wants a peaceful transition to democracy in Burma.", "told", N(onBehalfOf="nsc")),
 ("gordon_johndroe", "Johndroe", "INDIRECT", 'the U.S. "wants the [Burmese] junta to come together with the dissidents and the opposition and to move towards a time where Burma is free, not only when their Internet is restored but when their people can march in the streets and say what they want and not be detained or taken from their homes overnight."', "added", N(onBehalfOf="nsc")),
 ("gordon_johndroe", "Johndroe", "DIRECT", "wants the [Burmese] junta to come together with the dissidents and the opposition and to move towards a time where Burma is free, not only when their Internet is restored but when their people can march in the streets and say what they want and not be detained or taken from their homes overnight.", "added", N(onBehalfOf="nsc")),
 ("gordon_johndroe", "Johndroe", "DIRECT", "the government of Burma does not want the world to know what's going on there,", "told",
   N(onBehalfOf="nsc", note="'told ... that \"...\"': whole clause quoted, DIRECT only")),
 ("gordon_johndroe", "Johndroe", "DIRECT", "President Bush and Mrs. Bush and the rest of world stand with the people of Burma and that all Americans want to see freedom in Burma.", "told",
   N(onBehalfOf="nsc", note="second clause 'but that \"...\"' of the same told-statement; whole clause quoted, DIRECT only")),
 ("gordon_johndroe", "Johndroe", "DIRECT", "The United States has evidence that these people were engaged in activities that were not constructive, nor positive for the people of Iraq –- not only engaged in activities that were dangerous for American soldiers, the bringing in of explosive devices, the training of militias, that sort of thing…, but innocent Iraqis have been dying at the hands of Iranian intelligence operatives that have come into Iraq.", "said", N(onBehalfOf="nsc")),
 ("gordon_johndroe", "Johndroe", "INDIRECT", "President Bush is committed to diplomacy as the best way to solve the impasse over Iran's position", "said", N(onBehalfOf="nsc")),
]
S["008"] = [
 ("william_wood", "U.S. Ambassador", "INDIRECT", "Drug Trafficking is a Threat to Afghanistan", "Says", N(note="headline attribution; the subheading below it has no speech verb and is not annotated")),
 ("william_wood", "Ambassador William Wood, the new U.S. Ambassador to Afghanistan", "DIRECT", "as long as the Taleban can continue to sustain itself from outside the country, and as long as it meets with some level of cooperation among the drug trafficking, criminal, and corrupt community inside Afghanistan, it will continue to be a threat.", "told",
   N(note="'told ... that \"...\"': whole clause quoted, DIRECT only")),
 ("william_wood", "Ambassador Wood", "INDIRECT", 'the Taleban has long been a threat to the stability of Afghanistan, but that it is "getting weaker every day."', "acknowledged",
   N(note="coordinated clauses sharing one verb are one statement (dev2 001 s5)")),
 ("william_wood", "Ambassador Wood", "DIRECT", "getting weaker every day.", "acknowledged"),
 ("william_wood", "He", "DIRECT", "if the Taleban were the only threat facing Afghanistan, I believe we could put Afghanistan in the win column right now.", "added",
   N(note="'added that, \"...\"': whole clause quoted, DIRECT only")),
 ("william_wood", "Ambassador Wood", "DIRECT", "we have been and continue to work closely with the government of Afghanistan to avoid civilian casualties.", "told"),
 ("william_wood", "He", "INDIRECT", "the Taleban often tries to divide the Afghan government from the Coalition by targeting civilians and including them in their operations", "added"),
 ("william_wood", "The Ambassador", "INDIRECT", "Coalition forces are working closely with both the army and police", "emphasized",
   N(note="the first conjunct 'is confident that ...' states a belief and is not annotated")),
]
S["009"] = [
 ("robert_mugabe", "President Robert Mugabe's", "INDIRECT", "the country's runoff go ahead as planned", "insistence",
   N(note="noun complement 'Mugabe's insistence that ...' reports a statement by a named speaker; Matonga repeats it on the programme ('Matonga countered by repeating ...'). 'Tsvangirai applauded calls by SADC to delay ...' (noun phrase + infinitive) is not annotated")),
 ("morgan_tsvangirai", "Tsvangirai", "INDIRECT", "he had returned to the Dutch Embassy in Harare because his safety could not be guaranteed", "said"),
 ("bright_matonga", "Matonga", "DIRECT", "I feel very sad when I see him (Tsvangirai) being moved from one place to the other and he's being treated like a 'yo-yo.' He is very secure in Zimbabwe. There is no way his life can be in danger because he is a presidential candidate.", "saying",
   N(onBehalfOf="zimbabwe_government")),
 ("morgan_tsvangirai", "Tsvangirai", "DIRECT", "President Mugabe, you are the founding father of Zimbabwe. You should step up, not step down. Step up to be a statesman. Step up to be the real legacy of the founding father.", "replied"),
]
S["010"] = [
 ("hamid_karzai", "Former Afghan President", "DIRECT", "Pakistan has created enough mischief", "tells", N(note="headline quotation with the attribution after it")),
 ("hamid_karzai", "the former president", "INDIRECT", "it is not a serious threat", "suggested"),
 ("hamid_karzai", "the former president", "DIRECT", "Daesh [Islamic State] is not an Afghan-born body ... it is not indigenous to Afghanistan.", "suggested",
   N(note="quotation introduced by a colon after the reported clause; same speaker and cue")),
 ("hamid_karzai", "He", "DIRECT", "creating radicalism, promoting radicalism, using radicalism as a tool of terrorism.", "blamed",
   N(note="the speaker's quoted words after 'blamed X for' (no reported clause): DIRECT, like quoted words after 'call'")),
 ("hamid_karzai", "he", "DIRECT", "more on the Afghan people and the development of Afghanistan.", "asked",
   N(note="quoted words inside a request ('asked Washington to focus \"...\"'): DIRECT; the request itself (infinitive) is not an INDIRECT statement")),
]
S["011"] = [
 (None, "Afghan Leaders", "INDIRECT", "Relations with US Are Back on Track", "Tell",
   N(note="headline attribution to two named people (Ghani and Abdullah); one speaker field cannot hold both, so null")),
 ("ashraf_ghani", "Ghani", "INDIRECT", "he was determined “to create the type of coordination and cooperation that both ensures Afghanistan’s national interests and secures United States vital interests in the region.”", "told"),
 ("ashraf_ghani", "Ghani", "DIRECT", "to create the type of coordination and cooperation that both ensures Afghanistan’s national interests and secures United States vital interests in the region.", "told"),
 ("barack_obama", "President Obama", "INDIRECT", "the nearly 10,000 U.S. troops stationed in Afghanistan would remain there until the end of the year", "announced",
   N(note="ends before ', despite earlier plans to cut them by half' (reporter's context). The next sentence ('promised to ask Congress to fund ...', an infinitive) is not annotated")),
 ("abdullah_abdullah", "he", "DIRECT", "Those who expect the national unity government to collapse,", "said"),
 ("abdullah_abdullah", "he", "DIRECT", "will be sorely disappointed.", "said", N(note="second span of an interrupted quote")),
]
S["012"] = [
 ("shimon_peres", "he", "DIRECT", "My message to Iranian youth,", "said"),
 ("shimon_peres", "he", "DIRECT", "is that we don't hate you, we don't even want to touch you, let alone attack you.", "said", N(note="second span of an interrupted quote")),
 ("shimon_peres", "he", "DIRECT", "We don't have anything against the people of Iran,", "stated"),
 ("shimon_peres", "he", "DIRECT", "We have had good relations with Iran before the revolution, and we will have excellent relations in the future.", "stated"),
 ("shimon_peres", "The Israeli president", "DIRECT", "Israel has no plans to attack Iran's nuclear sites.", "asserting",
   N(note="'dismissed reports of a possible strike' (noun-phrase object) is not annotated")),
 ("shimon_peres", "He", "INDIRECT", "Iran should not be allowed to develop a nuclear weapons program", "emphasized",
   N(note="'describing Ahmadinejad as ...' and 'called Iran the biggest threat ...' have no clause and no quotation marks and are not annotated")),
 ("shimon_peres", "He", "DIRECT", "The Iranian government...ought not have access to nuclear weaponry, since their access will mean an unstable region and unsafe world.", "emphasized",
   N(note="free-standing quotation with no attribution of its own; it continues the previous sentence's speaker, whose verb is used as cue")),
]
S["013"] = [
 ("hillary_clinton", "Secretary of State Hillary Clinton", "INDIRECT", "Iran’s military is becoming increasingly involved in the Iranian economy", "told", N(onBehalfOf="us_state_department")),
 ("hillary_clinton", "Mrs. Clinton", "DIRECT", "The Quds force and other elements of the security establishment taking financial stakes or taking over certain economic enterprises – that’s part of what I mean about our seeing that there seems to be a moving toward a more military takeover in effect in Iran.", "said"),
 ("hillary_clinton", "Mrs. Clinton", "INDIRECT", "the United States does not want a conflict with Iran but wants to persuade the regime to give up what she says is widely believed to be an attempt by Iran to acquire nuclear weapons", "said",
   N(note="the embedded 'what she says is widely believed ...' is part of this statement and not annotated separately")),
 ("hillary_clinton", "Mrs. Clinton", "INDIRECT", "the United States is taking a variety of steps to circumvent what she termed the Tehran government’s “electronic curtain,” including by year’s end, the creation of an on-line “virtual embassy.”", "said"),
 ("hillary_clinton", "she", "DIRECT", "electronic curtain,", "termed", N(note="quoted words after 'what she termed': DIRECT, like 'call'")),
 ("hillary_clinton", "Mrs. Clinton", "DIRECT", "virtual embassy.", "said",
   N(note="partial quote inside her reported clause; her own words (she uses 'virtual embassy' in the next quote), so DIRECT rather than a scare quote. The show name “Parazit” is a title, not a statement")),
 ("hillary_clinton", "Clinton", "DIRECT", "What we’re going to do, despite that fact we do not have diplomatic relations, is I’m going to announce the opening of a virtual embassy in Tehran. The website will be up and going at the end of the year. We’re going to continue to reach out particularly to students and encourage that you come back and study in the United States. And we’re going to look for other people-to-people exchanges,", "said"),
]
S["014"] = [
 (None, "health care workers", "INDIRECT", "he had suffered only minor cuts and bruises", "said"),
 ("pemba_tamang", "The boy", "INDIRECT", "he stayed alive by eating a jar of ghee, clarified butter, that he found in the darkness of the debris he was trapped in", "said"),
 ("pemba_tamang", "he", "DIRECT", "I tried to run but ... something fell on my head and I lost consciousness — I've no idea for how long,", "said",
   N(note="'Tamang described his horror' (noun-phrase object) is not annotated")),
 ("pemba_tamang", "he", "DIRECT", "When I came round, I was trapped under the debris and there was total darkness. I heard other people's voices screaming out for help around me ... but I felt helpless.", "said"),
 (None, "Rescue workers", "INDIRECT", "the woman they found was conscious and talking", "said"),
 (None, "one", "DIRECT", "It is as though she had been born again.", "saying", N(note="'one' of the rescue workers: unnamed, no named body, so null")),
]
S["015"] = [
 ("united_nations", "UN", "INDIRECT", "32 Million Refugees in Need of Protection and Care", ":", N(note="colon headline; the figure is the UN refugee agency's")),
 ("ron_redmond", "U.N. refugee spokesman, Ron Redmond", "INDIRECT", "refugee and asylum issues have become more complex in today's world", "tells",
   N(onBehalfOf="unhcr", note="reported clause after a comma instead of 'that', as in the source")),
 ("ron_redmond", "he", "DIRECT", "You have got environmental degradation which is forcing people to go on the move,", "said",
   N(onBehalfOf="unhcr", note="the second quoted span ('You have got increasing competition ... among other things.') is never closed in the source, so it cannot be delimited by quotation marks and is NOT annotated (see SOURCES.md)")),
 ("ron_redmond", "Redmond", "INDIRECT", "there are a number of protracted refugee situations that are of great concern", "says", N(onBehalfOf="unhcr")),
 ("ron_redmond", "He", "INDIRECT", "millions of uprooted people have been living in camps for decades with no prospect of going home", "says", N(onBehalfOf="unhcr")),
 ("ron_redmond", "He", "INDIRECT", "U.N. High Commissioner, Antonio Guterres, has launched a special initiative, which he will discuss during the upcoming conference, aimed at finding solutions for five protracted refugee situations", "says", N(onBehalfOf="unhcr")),
]
S["016"] = [
 ("dalai_lama", "he", "DIRECT", "It is up to Tibetans to protect our culture,", "said"),
 ("dalai_lama", "he", "DIRECT", "not for our sake only, but because Tibetan culture has the potential to contribute enormously to the future well-being of all people on earth.", "said", N(note="second span of an interrupted quote")),
 ("dalai_lama", "the Dalai Lama", "DIRECT", "To experience prolonged stability, for the people to feel contentment, and for the nation to enjoy wide influence in this world, compassion, tolerance, and a wider perspective are essential.", "spoke",
   N(note="quotation after a colon; the sentence's speech verb ('spoke of China ... and appeared to be offering advice') is used as cue")),
]
S["017"] = [
 ("cnrp", "Opposition", "INDIRECT", "It Will Not Accept Election Results", "Says", N(note="headline attribution; the opposition is the Cambodia National Rescue Party, named in the text")),
 ("sam_rainsy", "Cambodia’s opposition party leader", "INDIRECT", "they will not accept the results of Sunday’s election", "says",
   N(onBehalfOf="cnrp", note="ends before the relative clause ', in which the ruling party appears to have lost ground ...', which reads as the reporter's context")),
 (None, "Early figures", "INDIRECT", "the ruling Cambodian People’s Party won nationwide elections with an estimated 68 National Assembly seats, down from 90, followed by the opposition Cambodia National Rescue Party with 55, up from 29", "show",
   N(note="source without a speaker ('figures show'), like dev2's 'according to provisional results': speaker null")),
 ("sam_rainsy", "opposition leader Sam Rainsy", "INDIRECT", "the elections were marred by too many irregularities to consider them legitimate", "said", N(onBehalfOf="cnrp")),
 ("sam_rainsy", "Sam Rainsy, the president of the Rescue Party", "INDIRECT", "his party would not accept the results of the election", "told", N(onBehalfOf="cnrp")),
 ("sam_rainsy", "he", "DIRECT", "What we are interested in is to render justice to the Cambodian people,", "said", N(onBehalfOf="cnrp")),
 ("sam_rainsy", "he", "DIRECT", "To ensure that the will of the Cambodian people will not be distorted or reversed as before.", "said", N(onBehalfOf="cnrp")),
 ("sam_rainsy", "Sam Rainsy", "INDIRECT", "the names of 1.2 million voters were excluded from voter lists, that as many as 200,000 names were duplicated on those lists, and that the ink used to ensure people only vote once was easily washed off, allowing for multiple votes", "said",
   N(onBehalfOf="cnrp", note="three coordinated 'that'-clauses under one verb: one statement")),
 ("sam_rainsy", "he", "INDIRECT", "ballots were counted behind closed doors, making the count suspect", "said",
   N(onBehalfOf="cnrp", note="parenthetical attribution ('In addition to these, he said, ...'); 'He called on the NEC ... to stage re-elections' (request, infinitive) is not annotated")),
 ("phay_siphan", "Government spokesman Phay Siphan", "INDIRECT", "the announcement by the opposition was typical in the country’s elections", "said", N(onBehalfOf="cambodian_government")),
 ("phay_siphan", "he", "DIRECT", "The opposition party uses this game after every election,", "said", N(onBehalfOf="cambodian_government")),
]
S["018"] = [
 ("mpla", "the People's Movement for the Liberation of Angola", "INDIRECT", 'it was assured of victory in a poll that it called "free, secret and joyful."', "declared"),
 ("mpla", "it", "DIRECT", "free, secret and joyful.", "called"),
 ("unita", "the leading opposition party, the National Union for the Total Independence of Angola", "INDIRECT", "their independent vote count told a different story", "said"),
 ("estevao_katchiungo", "UNITA MP Estevao Jose Pedro Katchiungo", "DIRECT", "These results which were presented are different from the results we have,", "told", N(onBehalfOf="unita")),
 ("estevao_katchiungo", "UNITA MP Estevao Jose Pedro Katchiungo", "DIRECT", "But we know we have time to verify this. Let's stay calm.", "told", N(onBehalfOf="unita", note="second span of an interrupted quote")),
 ("luciano_joaquim", "Luciano Joaquim, 47, a resident of the opposition-heavy Cazenga neighborhood", "INDIRECT", "he believes the opposition performed better than the initial results indicated", "said",
   N(note="'UNITA has not said whether ...' (negated, a question) and the accusation/denial/praise sentences with noun-phrase or gerund objects are not annotated")),
]
S["019"] = [
 (None, "preliminary results", "INDIRECT", "Ruling party candidate Evariste Ndayishimiye has won Burundi's presidential election by a landslide", "show",
   N(note="source without a speaker, like dev2's 'according to provisional results'; 'cries fraud' has a noun object and is not annotated")),
 ("terence_manirambona", "Party spokesman Terence Manirambona", "INDIRECT", "CNL has its own numbers to prove that Rwasa won", "tells", N(onBehalfOf="cnl")),
 ("terence_manirambona", "he", "DIRECT", "We are going to go through the appropriate channels to demand that the vote be recounted. We have a lot of facts that undeniably demonstrate that the results announced by CENI do not reflect the will of the people,", "said", N(onBehalfOf="cnl")),
 ("terence_manirambona", "He", "INDIRECT", "the party was “stunned” to hear what he says are false numbers", "said",
   N(onBehalfOf="cnl", note="the embedded 'what he says are false numbers' is not annotated separately; 'accuses the election commission of colluding ...' (gerund) is not annotated")),
 ("terence_manirambona", "He", "DIRECT", "stunned", "said", N(onBehalfOf="cnl")),
 ("gaston_sindimwo", "he", "DIRECT", "Elections are over now. We urge president-elect Evarisate Ndayishimiye to be the leader for all Burundians,", "said",
   N(note="'downplayed allegations that the election was rigged': the allegations have no speaker and are not annotated")),
]
A = lambda key, kind, name, *aliases: {"key": key, "kind": kind, "name": name, "aliases": list(aliases)}
ACTORS = [
 A("mdc_alliance", "ORGANIZATION", "MDC Alliance", "Zimbabwe Opposition", "Movement for Democratic Change Alliance"),
 A("nelson_chamisa", "PERSON", "Nelson Chamisa", "Chamisa", "Zimbabwean opposition leader Nelson Chamisa"),
 A("emmerson_mnangagwa", "PERSON", "Emmerson Mnangagwa", "Mnangagwa", "President Emmerson Mnangagwa"),
 A("zec", "GOVERNMENT", "Zimbabwe Electoral Commission", "ZEC", "Electoral Commission", "the electoral commission"),
 A("qhubani_moyo", "PERSON", "Qhubani Moyo", "Moyo", "Electoral Commission spokesman Qhubani Moyo"),
 A("zanu_pf", "ORGANIZATION", "ZANU-PF", "the ZANU-PF party"),
 A("tonderai_bosha", "PERSON", "Tonderai Bosha", "Bosha"),
 A("cellou_dalein_diallo", "PERSON", "Cellou Dalein Diallo", "Diallo"),
 A("ufdg", "ORGANIZATION", "Union of Democratic Forces of Guinea", "Union of Democratic Forces", "UFDG"),
 A("sydia_toure", "PERSON", "Sydia Toure", "Toure"),
 A("ufr", "ORGANIZATION", "Union of Republican Forces", "UFR"),
 A("alpha_conde", "PERSON", "Alpha Conde", "President Conde", "Conde"),
 A("antonio_guterres", "PERSON", "Antonio Guterres", "Guterres", "U.N. Secretary-General Antonio Guterres", "U.N. High Commissioner, Antonio Guterres"),
 A("rex_tillerson", "PERSON", "Rex Tillerson", "Tillerson", "U.S. Secretary of State Rex Tillerson"),
 A("us_state_department", "GOVERNMENT", "U.S. Department of State", "State Department", "U.S. State Department"),
 A("united_nations", "ORGANIZATION", "United Nations", "UN", "U.N."),
 A("james_jeffrey", "PERSON", "James Jeffrey", "Jeffrey", "U.S. State Department official James Jeffrey"),
 A("mahmoud_ahmadinejad", "PERSON", "Mahmoud Ahmadinejad", "Ahmadinejad", "President Ahmadinejad"),
 A("nicholas_burns", "PERSON", "Nicholas Burns", "Burns", "Ambassador Burns", "Ambassador Nicholas Burns"),
 A("paula_desutter", "PERSON", "Paula A. DeSutter", "DeSutter", "Assistant Secretary DeSutter", "Paula DeSutter"),
 A("adam_ereli", "PERSON", "Adam Ereli", "Ereli"),
 A("gordon_johndroe", "PERSON", "Gordon Johndroe", "Johndroe"),
 A("nsc", "GOVERNMENT", "National Security Council", "NSC"),
 A("george_w_bush", "PERSON", "George W. Bush", "President Bush"),
 A("william_wood", "PERSON", "William Wood", "Ambassador Wood", "Ambassador William Wood"),
 A("morgan_tsvangirai", "PERSON", "Morgan Tsvangirai", "Tsvangirai"),
 A("bright_matonga", "PERSON", "Bright Matonga", "Matonga"),
 A("robert_mugabe", "PERSON", "Robert Mugabe", "President Robert Mugabe", "President Mugabe", "Mugabe"),
 A("zimbabwe_government", "GOVERNMENT", "Government of Zimbabwe", "Zimbabwean government"),
 A("sadc", "ORGANIZATION", "Southern African Development Community", "SADC"),
 A("hamid_karzai", "PERSON", "Hamid Karzai", "Karzai", "Former Afghan President"),
 A("ashraf_ghani", "PERSON", "Ashraf Ghani", "Ghani"),
 A("abdullah_abdullah", "PERSON", "Abdullah Abdullah", "Abdullah"),
 A("barack_obama", "PERSON", "Barack Obama", "President Obama", "Obama"),
 A("shimon_peres", "PERSON", "Shimon Peres", "Peres", "Israeli President Shimon Peres"),
 A("hillary_clinton", "PERSON", "Hillary Clinton", "Clinton", "Mrs. Clinton", "Secretary of State Hillary Clinton"),
 A("pemba_tamang", "PERSON", "Pemba Tamang", "Tamang"),
 A("krishna_devi_khadka", "PERSON", "Krishna Devi Khadka"),
 A("ron_redmond", "PERSON", "Ron Redmond", "Redmond"),
 A("unhcr", "ORGANIZATION", "UNHCR", "U.N. refugee agency", "the UNHCR", "Office of the United Nations High Commissioner for Refugees"),
 A("dalai_lama", "PERSON", "Dalai Lama", "the Dalai Lama"),
 A("cnrp", "ORGANIZATION", "Cambodia National Rescue Party", "Rescue Party", "CNRP"),
 A("sam_rainsy", "PERSON", "Sam Rainsy"),
 A("phay_siphan", "PERSON", "Phay Siphan"),
 A("cambodian_government", "GOVERNMENT", "Government of Cambodia", "Cambodian government"),
 A("cpp", "ORGANIZATION", "Cambodian People’s Party", "CPP"),
 A("mpla", "ORGANIZATION", "People's Movement for the Liberation of Angola", "MPLA"),
 A("unita", "ORGANIZATION", "National Union for the Total Independence of Angola", "UNITA"),
 A("estevao_katchiungo", "PERSON", "Estevao Jose Pedro Katchiungo", "Katchiungo"),
 A("luciano_joaquim", "PERSON", "Luciano Joaquim", "Joaquim"),
 A("joao_lourenco", "PERSON", "Joao Lourenco", "Lourenco"),
 A("terence_manirambona", "PERSON", "Terence Manirambona", "Manirambona"),
 A("cnl", "ORGANIZATION", "National Congress for Liberty", "CNL"),
 A("gaston_sindimwo", "PERSON", "Gaston Sindimwo", "Sindimwo", "Sindomwo", "First Vice President Sindomwo"),
 A("evariste_ndayishimiye", "PERSON", "Evariste Ndayishimiye", "Ndayishimiye"),
 A("agathon_rwasa", "PERSON", "Agathon Rwasa", "Rwasa"),
 A("ceni", "GOVERNMENT", "Independent National Electoral Commission (Burundi)", "CENI"),
]

def build():
    man = []; seen = set()
    for n in sorted(ART):
        body = open(os.path.join(D, n + ".txt"), encoding="utf-8").read()
        assert all(ord(c) < 0x10000 for c in body), n
        sts = []
        for i, spec in enumerate(S[n], 1):
            sp, attr, kind, text, cue = spec[:5]
            o = spec[5] if len(spec) > 5 else {}
            ctx = o.get("ctx", text)
            c = body.count(ctx)
            assert c == 1, (n, i, ctx, c)
            st = body.index(ctx) + ctx.index(text); en = st + len(text)
            assert body[st:en] == text
            assert (n, st, en, kind) not in seen, (n, text); seen.add((n, st, en, kind))
            d = {"speaker": sp}
            if o.get("onBehalfOf"): d["onBehalfOf"] = o["onBehalfOf"]
            d.update({"attribution": attr, "kind": kind, "text": text, "start": st, "end": en, "cue": cue, "stances": []})
            if o.get("note"): d["note"] = o["note"]
            sts.append(d)
        sts.sort(key=lambda d: (d["start"], -d["end"]))
        sts = [dict([("key", f"s{k}")] + list(d.items())) for k, d in enumerate(sts, 1)]
        a = ART[n]
        doc = {"article": {"body": n + ".txt", "url": a["url"], "title": a["title"], "outlet": a.get("outlet", VOA),
                           "publishedOn": a["publishedOn"], "language": "en", "license": LIC, "source": a["source"]},
               "statements": sts}
        with open(os.path.join(D, n + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1); f.write("\n")
        man.append(n + ".json")
    with open(os.path.join(D, "manifest.json"), "w") as f:
        json.dump({"topics": "topics.json", "actors": "actors.json", "articles": man}, f); f.write("\n")
    with open(os.path.join(D, "topics.json"), "w") as f:
        json.dump({"topics": []}, f); f.write("\n")
    with open(os.path.join(D, "actors.json"), "w", encoding="utf-8") as f:
        f.write('{"actors": [\n' + ",\n".join(" " + json.dumps(a, ensure_ascii=False) for a in ACTORS) + "\n]}\n")

if __name__ == "__main__":
    build()
