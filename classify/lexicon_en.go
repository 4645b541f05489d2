package classify

// englishCues is how customers write in English, British and American
// spellings alike.
var englishCues = table{
	lang: "en",
	negators: "not no never nothing nobody none neither nor without hardly barely don't dont doesn't doesnt " +
		"didn't didnt isn't isnt wasn't wasnt aren't arent weren't werent haven't havent hasn't hasnt " +
		"hadn't hadnt won't wont wouldn't wouldnt can't cant cannot couldn't couldnt shouldn't shouldnt",
	entries: []entry{
		// Dissatisfaction said outright.
		{cComplaint, 3, "unacceptable|outrageous|disgraceful|disgusting|disgusted|appalling|appalled|ridiculous|" +
			"absurd|scam|scammed|rip off|ripoff|rip-off|fraud|fraudulent|furious|livid|angry|annoyed|irritated|" +
			"frustrat*|infuriat*|disappoint*|fed up|sick of|tired of|had enough|terrible|horrible|awful|" +
			"worst|poor service|bad service|terrible service|shocking|dreadful|pathetic|useless|incompetent|" +
			"a joke|complaint|complain|complaining|formal complaint|ombudsman|trading standards|lawyer|solicitor|" +
			"legal action|small claims|chargeback|never again|take my business elsewhere|" +
			"shameful|shame on|insulting|insult|rude|unprofessional|" +
			"misleading|misled|lied|lying|dishonest|upset|unhappy|dissatisfied|displeased|" +
			"not impressed|beyond frustrated|beyond annoyed|nightmare|disaster|a mess|" +
			"unbelievable|incredible that|how dare|what a joke|waste of time|waste of money|mess up|messed up|" +
			"thanks for nothing|disrespectful|disgrace|shambles|shambolic|ripped off|rip me off|couldn't care less|" +
			"could not care less|not what i paid for|not what we paid for|i'm not paying|i am not paying|" +
			"refuse to pay|won't be paying|sort it out|sort this out|losing patience|lost patience|" +
			"running out of patience|had it with|fed up with|can't believe|cannot believe|hopeless|" +
			"why have i been charged|why was i charged|why am i being charged|why did you charge|" +
			"the least you could do|switching provider|cancel everything|taking my business"},
		// Dissatisfaction hinted at, frustration with time and repeats,
		// blame, broken promises, demands that presume a grievance.
		{cComplaint, 2, "an explanation|explain why|explain to me why|explain that to me|still nothing|" +
			"still without|impossible|" +
			"not reasonable|isn't reasonable|unreasonable|after three calls|after _ calls|despite asking|" +
			"called ## times|called _ times|emailed ## times|emailed _ times|" +
			"never asked for|i never asked|i did not ask|i didn't ask|not good|way too high|far too high|" +
			"reporting this|report you|still waiting|still not|still haven't|still hasn't|still no|still don't|yet again|once again|" +
			"happened again|again and again|time and again|same thing again|same problem again|same issue again|" +
			"wrong again|late again|charged again|third time|second time|fourth time|several times|multiple times|how many times|" +
			"how is it possible|how is this acceptable|how can you|how could you|is this how you|" +
			"why do i have to|why should i|why was i|why have i been|why am i being|why is it so|why does it take|" +
			"without my consent|without my permission|without permission|" +
			"without notice|without warning|without telling|without informing|no one told|nobody told|" +
			"no one has|nobody has|no one got back|nobody got back|" +
			"no response|no reply|no answer|no one answers|nobody answers|no one is|ignored|ignoring|" +
			"hung up|i demand|demand|i expect|expected better|expect better|deserve|compensation|compensate|" +
			"i want my money|been waiting|waiting for weeks|" +
			"waiting for days|waiting for months|for weeks now|for days now|for months now|weeks now|" +
			"over a week|over two weeks|more than a week|not good enough|let down|at the very least|" +
			"can't wait any longer|cannot wait any longer|can't keep waiting|can't wait until|cannot wait until|" +
			"the least you|to say the least|not acceptable|your fault|your mistake|your error|broken promise|" +
			"not my fault|wasn't my fault|not our fault|wasn't our fault|through no fault|" +
			"promised|you promised|was promised|were promised|false|not the first time|to make matters worse|" +
			"on top of that|even worse|worse|on hold for|kept on hold|passed around|run around|runaround|" +
			"no one seems|nobody seems|no one can|nobody can|not once"},
		// Dissatisfaction hedged.
		{cComplaint, 1, "unfortunately|i'm afraid|i am afraid|i was surprised|surprised to see|with respect|" +
			"with all due respect|sadly|regrettably|disappointing|concerned|concern|no solution|no fix"},

		// A failure told as a fact: a wrong charge, the service or the
		// product failing, a delay. A clear one counts 2; one an inquiry
		// may mention in passing, 1.
		{cFailure, 2, "arrived .. broken|arrived .. damaged|came .. broken|came .. damaged|delivered .. broken|" +
			"delivered .. damaged|arrived .. faulty|still charging|still being charged|keep charging|kept charging|" +
			"charged twice|double charged|charged me twice|charged .. twice|billed twice|twice for|overcharg*|" +
			"unauthorized|unauthorised|duplicate charge|duplicate payment|charged in error|charged by mistake|" +
			"by mistake|in error|mistakenly|looks like a mistake|seems to be a mistake|must be a mistake|" +
			"looks like an error|must be an error|a week late|days late|weeks late|still haven't received|" +
			"still not received|still hasn't arrived|still not arrived"},
		{cFailure, 1, "broken|damaged|defective|faulty|not working|doesn't work|does not work|stopped working|" +
			"won't work|didn't work|wrong item|wrong size|wrong|incorrect|late|delay|delays|delayed|" +
			"missing|lost|never arrived|never received|hasn't arrived|has not arrived|didn't arrive|" +
			"did not arrive|haven't received|have not received|not received|cancelled my|canceled my|" +
			"cut off|disconnected|charged|error|problem|problems|issue|issues|a mistake|an error|" +
			"crashes|crashing|keeps crashing|keeps failing|" +
			"won't let me|doesn't let me|not going through"},

		// Redress: it counts in a message of grievance.
		{cRedress, 2, "refund|refunded|refund me|full refund|money back|reimburse|reimbursed|reimbursement|" +
			"replacement|replace it|send a new one|send me a new one|reverse the charge|reverse the payment|" +
			"waive the fee|cancel the charge|remove the charge|remove the fee|credit my account|credit back"},
		{cRedress, 1, "return it|fix it|fix this|sort this out|put it right"},

		// Set phrases whose words are no cues.
		{cPhrase, 0, "no problem|not a problem|no issue|no issues|late fee"},

		// Satisfaction. Negated ("not happy at all"), it counts for a
		// complaint.
		{cPositive, 2, "happy|pleased|satisfied|delighted|great|excellent|amazing|awesome|fantastic|" +
			"wonderful|perfect|brilliant|superb|outstanding|impressed|helpful|friendly|love|loved|" +
			"good service|great service|great job|well done|recommend|acceptable|resolved|sorted|fixed|" +
			"works fine|works great|works perfectly|spot on|top notch|five stars"},
		{cPositive, 1, "thanks|thank you|thank|appreciate|appreciated|good|nice|fine|quick|fast|efficient|smooth"},

		// Requests and questions. What they are about ("order",
		// "account", "invoice") is no evidence: an inquiry asks.
		{cInquiry, 2, "could you|can you|would you|could i|can i|may i|how do i|how can i|how to|how much|" +
			"how long|how many|what is|what are|what's|which|when will|when is|when can|when does|where is|" +
			"where can|where do|is it possible|would it be possible|is there|are there|do you|does it|" +
			"do i need|i'd like to|i would like to|i'd like|i would like|i want to know|i'd like to know|" +
			"i was wondering|wondering if|wondering whether|please let me know|let me know|please advise|" +
			"please send|send me|please confirm|confirm|i need|we need|need to|request|requesting|" +
			"looking for|interested in|information|question|questions|quick question|query|enquiry|inquiry|" +
			"help me|assist|could someone|can someone|is it|are you|do you have|would like to|" +
			"i'd appreciate|i would appreciate|would appreciate|would be appreciated|i'd be grateful|" +
			"i would be grateful|please could|kindly|any idea|do you know|we'd like|we would like"},
		{cInquiry, 1, "please|cancel|reschedule|renew"},

		// Scores, ratings and survey answers.
		{cSurvey, 4.5, "# out of 10|# out of ten|# out of 5|# out of five|# / 10|# of 10|# stars|# star|" +
			"give you a #|give it a #|give it an #|give you an #|i'd give it|i would give it"},
		{cSurvey, 3, "i'd give|i would give|i give you|i'll give|i rate|i'd rate|i would rate|" +
			"rated|rating|my rating|my score|score of|survey|satisfaction survey|questionnaire|nps|" +
			"on a scale|scale of|from 0 to 10|from 1 to 10|from 1 to 5|0 to 10|1 to 10|1 to 5|rate your|" +
			"rate us|how was your|how did we do|tell us about your|we value your feedback|your feedback"},
		{cSurvey, 2, "rate|score|stars|feedback|would recommend|likely to recommend|recommend you|" +
			"recommend your|your experience|q1|q2|question 1|question 2|answer 1|* * *"},
		{cSurvey, 1, "my experience|experience|suggestion|suggestions|could improve|could be improved|improve|improvement"},

		// Thanks, acknowledgements, a problem solved: what a message is
		// when it asks for nothing; in one that asks, politeness.
		{cThanks, 2, "thanks for everything|thank you for everything|thanks for your help|thank you for your help|" +
			"thanks for the help|thanks for sorting|thank you for sorting|thanks for fixing|" +
			"thank you for fixing|thanks for getting back|thank you for getting back|all sorted|all good|" +
			"got it|received it|arrived today|it arrived|it's arrived|has arrived|no further action|noted|" +
			"understood"},

		// Greetings, marketing, spam and misdirected mail.
		{cOther, 2, "click here|limited offer|limited time|exclusive offer|special offer|seo|backlinks|guest post|" +
			"crypto|bitcoin|investment opportunity|you have won|you've won|winner|congratulations|prize|" +
			"merry christmas|happy holidays|happy new year|partnership|our services|we offer|" +
			"we can help your business|to unsubscribe|unsubscribe|marketing|agency|grow your|boost your|" +
			"ranking|leads|book a call|quick call|first month free|sorry for the bother|sorry to bother you|" +
			"wasn't meant for you|ignore my last email|ignore my previous email"},

		// The business speaking to its customer: an apology in its name,
		// thanks for writing, an action it reports, its closing. A
		// message with two of them is the business's reply.
		{cService, 1.5, "sorry for the inconvenience|sorry for any inconvenience|sorry about that|" +
			"we apologise|we apologize|our apologies|apologies for the|we're sorry|we are sorry|" +
			"thanks for reaching out|thank you for reaching out|thanks for contacting us|thank you for contacting us|" +
			"thanks for getting in touch|thank you for getting in touch|thank you for your patience|" +
			"i've refunded|we've refunded|we have refunded|i have refunded|i've issued|we've issued|" +
			"we have issued|we've checked|i've checked|we have checked|i've looked into|we've looked into|" +
			"we have looked into|please find attached|don't hesitate to contact us|do not hesitate to contact us|" +
			"feel free to reach out|you're right|dear customer"},

		// Urgency.
		{cUrgent, 2, "urgent|urgently|asap|as soon as possible|immediately|right away|right now|today|" +
			"emergency|critical|no service|no power|no internet|no signal|no electricity|no water|no heating|" +
			"locked out|can't access|cannot access|can't work|deadline|by tomorrow|by friday|by monday|" +
			"time sensitive|time-sensitive|at once|without delay"},
	},
}
