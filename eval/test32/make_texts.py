#!/usr/bin/env python3
"""Writes the article bodies NNN.txt (verbatim article prose from the stored page copies).
Paragraphs are joined by blank lines; headline first (where the copy has one), then a blank line."""
import os
D = os.path.dirname(os.path.abspath(__file__))
T = {}
T["001"] = [
"Caregivers have been overlooked by VA over the years, but those days are over, VA Secretary Denis McDonough said Oct. 29.",
"Speaking at the Elizabeth Dole Foundation’s Sixth Annual National Convening, McDonough said one of VA’s most important jobs is to support caregivers.",
"“Our job at VA and EDF is to help those caregivers to find ways to make their lives easier – both because that’s the right thing to do, and because supporting caregivers improves outcomes for Veterans,” he said.",
"VA will continue to focus on four pillars: advocacy, access, outcomes and excellence. Focusing on those four is critical, as the stress of managing a household and Veteran’s medical conditions during a pandemic is hard.",
"“This is the type of stress that leads caregivers to suffer from anxiety, depression and health issues more often than most Americans,” McDonough said. “And it means that our shared mission to care for those caregivers has never been more important than it is right now.”",
"During the pandemic, the Elizabeth Dole Foundation partnered with VA to provide more than $500,000-worth of free, professional respite services to caregivers who needed it. On top of that, VA has vaccinated more than 85,000 caregivers and given personal protective equipment, all while delivering more care and benefits than ever before.",
"McDonough said VA will continue the close collaboration with the Veterans’ Family, Caregiver, and Survivor Advisory committee – which is chaired by Senator Elizabeth Dole. VA’s dedication to caregivers shows, with its first ever senior advisor for caregivers: Meg Kabat advises the secretary on families, caregivers and survivors.",
"“We’ll move heaven and earth to get caregivers timely access to their VA resources,” he said.",
]
T["002"] = [
"EPA Updates Superfund National Priorities List, Commits to Clean Up Six New Sites",
"WASHINGTON — Today, the U.S. Environmental Protection Agency (EPA) announced its commitment to clean up six new sites by adding them to the Superfund program’s National Priorities List (NPL) and proposing to add another three hazardous waste sites to the NPL.",
"“EPA is making tremendous progress accelerating sites through the entire Superfund remediation process and returning them to safe and productive reuse,” said EPA Administrator Scott Pruitt. “Adding these sites to the proposed and final National Priorities List is the next step toward cleaning up these sites and creating a healthier environment for the affected communities.”",
"The following sites are being added to the NPL:",
"Hockessin Groundwater in Hockessin, Delaware;",
"Burlington Industries Cheraw in Cheraw, South Carolina;",
"Franklin Street Groundwater Contamination in Spencer, Indiana;",
"Spring Park Municipal Well Field in Spring Park, Minnesota;",
"Lane Plating Works, Inc. in Dallas, Texas; and",
"River City Metal Finishing in San Antonio, Texas.",
"The following sites are being proposed for addition to the NPL:",
"Proteco in Peñuelas, Puerto Rico;",
"Donnelsville Contaminated Aquifer in Donnelsville, Ohio; and",
"Delfasco Forge in Grand Prairie, Texas.",
"“The City supports EPA’s listing of Lane Plating and looks forward to the environmental and economic benefits that a rapid and complete cleanup will provide to the community,\" said Dallas Mayor Mike Rawlings.",
"“The Greater Hockessin Area Development Association (GHADA) and the entire community are pleased to have the Hockessin groundwater site considered for inclusion on the National Priorities List for remediation and environmental recovery efforts,” said GHADA President Mark Blake. “Having the expertise and resources that the Environmental Protection Agency can bring to bear on this critical issue is the best possible outcome for everyone involved.”",
]
T["003"] = [
"Secretary Salazar Pledges to Restore Trust, Strengthen Tribal Sovereignty, Promote Sustainable Economic Development",
"WASHINGTON, D.C. - Secretary of the Interior Ken Salazar today pledged to restore integrity in government relations with Indian tribes, fulfill the United States' trust responsibilities to Native Americans, and work cooperatively to build stronger economies and safer American Indian communities.",
"\"As Secretary of the Interior, I will work hard to empower America's Native American communities by helping address economic development, education, and law enforcement and other major challenges faced in Indian country,\" Secretary Salazar told members of the Senate Indian Affairs Committee in his first formal testimony to Congress. \"I will also seek to resolve the unending litigation about the management of these lands and assets. And I am committed to the settlement of Indian water rights claims.\"",
"Salazar reiterated President Obama's pledge to empower Indian people in the development of the national agenda. \"As President, he recognizes that federally recognized Indian tribes are sovereign, self-governing political entities that enjoy a government-to-government relationship with the United States government. I, too, am a strong supporter of the principle of tribal self-determination and will work to fully enable tribal self-governance.\"",
]
T["004"] = [
"NRCS Leading a Conservation Revolution",
"Inspired by hard work of field offices on the Sage Grouse Initiative and the success of pioneering ag certainty agreements, NRCS is introducing more ag certainty agreements for other wildlife species and for water quality.",
"To create these agreements, NRCS field offices work with landowners and managers to restore and protect the habitat of threatened or endangered species in return for assurance that no additional regulatory acts will be taken against them in the future.",
"“A few first adopters join the initiative and their neighbors and friends see how easy it is to use NRCS assistance,” says Matt Drechsel, an Assistant State Conservationist in Iowa who previously worked in sage grouse territory. “It’s increased activity in field offices in the region and it is getting us back to our foundation—providing technical expertise in comprehensive conservation planning.”",
"Thirty-six states are part of NRCS’ recent Working Lands for Wildlife partnership with the U.S. Fish and Wildlife Service. And, if the Sage Grouse Initiative is any indication, field offices can expect a significant increase in requests for technical and financial conservation assistance related to the partnership.",
"“The Sage Grouse Initiative brought all of the players to the table—state and federal government, military, farmers and ranchers, and conservation partners,” says Connie Tharp, a District Conservationist in Mountain Home, Idaho.",
]
T["005"] = [
"EPA Awards $4 Million for Brownfields / Most assistance to under-served, economically disadvantaged communities",
"WASHINGTON - The U.S. Environmental Protection Agency (EPA) has announced it is awarding $4 million in assistance to 23 communities, many in under-served and economically disadvantaged areas, to develop area-wide plans for the reuse of brownfields properties. Mathy Stanislaus, assistant administrator for EPA’s Office of Solid Waste and Emergency Response announced the grants today at an event in Cleveland, along with Shaun Donovan, Secretary of the Department of Housing and Urban Development. The plans will integrate site cleanup and reuse into coordinated strategies to lay the foundation for addressing community needs such as economic development, job creation, housing, recreation, and education and health facilities. Brownfields are properties where the presence or potential presence of hazardous substances, pollutants, or contaminants may complicate the properties’ expansion, redevelopment, or reuse.",
"\"This area-wide approach recognizes that revitalization of the communities impacted by multiple brownfield sites or a large individual site – particularly in distressed communities – requires a strategy for area-wide improvement to attract investment to redevelop brownfields properties,” said Mathy Stanislaus, assistant administrator for EPA’s Office of Solid Waste and Emergency Response. “The approach also recognizes the importance of identifying and leveraging additional local, state, and federal investment to implement the plans.”",
]
T["006"] = [
"Recovery Centers To Close In Kanawha, Monongalia And Roving-Mcdowell Counties",
"Charleston, WV -- Federal and state officials announced the closing this week of three Disaster Recovery Centers (DRCs). The following centers will close at 7 p.m. on the dates announced.",
"As of close of business Sunday, July 27, 2003, the centers had helped more than 221 residents with face-to-face answers to their questions about recovering from the severe storms, flooding and landslides. Anyone who still has questions or who would like to check on the status of his or her application in person should do so by 7 p.m. on the closing date.",
"\"The recovery centers are a great resource for people to get their questions answered, but it is not necessary to visit a center,\" said Federal Coordinating Officer Louis Botta. \"We always try to give people a chance to get face-to-face help; but, once the need has been met in a county, we like to move the center elsewhere to give other West Virginians the same opportunity.\"",
"Anyone who still has questions after the centers close may visit other DRCs in the state or may call the Federal Emergency Management Agency (FEMA) Helpline at 1-800-621-3362 or TTY 1-800-462-7585. Helpline representatives will be able to give the same information provided by officials at the recovery centers or will be able to assist callers in finding the nearest DRC.",
"On March 1, 2003, FEMA became part of the U.S. Department of Homeland Security. FEMA's continuing mission within the new department is to lead the effort to prepare the nation for all hazards and effectively manage federal response and recovery efforts following any national incident. FEMA also initiates proactive mitigation activities, trains first responders, and manages Citizen Corps, the National Flood Insurance Program and the U.S. Fire Administration.",
]
T["007"] = [
"WASHINGTON — Five nurses and a medical center director from across the Department of Veterans Affairs received top awards for their outstanding work advancing nursing programs.",
"VA Secretary Denis McDonough, in conjunction with National Nurses Month, awarded  the following employees the Secretary’s Award for Excellence in Nursing and Advancement of Nursing Programs for their dedication and work to improve health care services for Veterans:",
"“Over the past year, our incredible professionals have answered the call to serve,” said McDonough. “Our teammates, who have displayed superior performance throughout this challenging pandemic, not only cared for Veterans enrolled in our system, but stepped up to support VA’s Fourth Mission efforts to care for civilian patients in communities across the nation. In the face of uncertainty, they cared for our most vulnerable and saved lives.”",
"VA established the award in 1984 to honor its nurses and executives across the country.",
]
T["008"] = [
"Secretary Sebelius highlights 2010 accomplishments of the U.S. Department of Health and Human Services",
"In a new video released by the Department of Health and Human Services (HHS) today, HHS Secretary Kathleen Sebelius highlighted the work of HHS over the course of 2010.  Sebelius outlined some of the important programs and services that the department provides and discussed some of the new laws that went into effect this year and what they mean for consumers. Sebelius also praised the work of the employees of the department.",
"\"This year, thanks to new laws passed by Congress and signed by the President, HHS was able to take a number of steps that have directly improved the lives, health and security of Americans,\" said Sebelius.  \"Through the implementation of the Affordable Care Act, more Americans have access to health coverage as well as new rights and benefits in their health insurance.  Efforts to improve public health and reverse the twin epidemics of obesity and tobacco use in the U.S. made significant progress.  HHS emergency response teams and public servants at almost every HHS operating division helped to ease the impact of the earthquake in Haiti and the oil spill off the Gulf Coast.  And we end the year with newly enacted legislation that will allow us to improve food safety with important new authorities and changes that are decades overdue.  I'm proud of these accomplishments and the men and women in our department who made them possible and remain firmly committed to our mission to provide critical health and human services to the people of this nation.\"",
]
for n, paras in T.items():
    with open(os.path.join(D, n + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")
