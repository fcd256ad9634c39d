package model

import (
	"strings"
	"testing"
)

// detectCase is one sentence written for the test, the kind asked about,
// and whether the guide says the sentence carries it. Near-miss negatives
// sit beside the positives they resemble.
type detectCase struct {
	text string
	kind Kind
	want bool
	rule string // when want: the rule expected to fire (optional)
}

// kindsIn returns the kinds flagged in the last sentence of text (earlier
// sentences give context for back-references and quotations).
func kindsIn(text string) map[Kind]string {
	a := Analyze(text)
	out := map[Kind]string{}
	last := len(a.Sentences) - 1
	for _, f := range a.Flags {
		if f.Sentence == last {
			if _, ok := out[f.Kind]; !ok {
				out[f.Kind] = f.Rule
			}
		}
	}
	return out
}

// firedByPositives collects the rules that fired on positive cases, so
// TestEveryRuleHasAPositiveCase can check each rule is exercised.
var firedByPositives = map[string]bool{}

func runCases(t *testing.T, cases []detectCase) {
	t.Helper()
	for _, c := range cases {
		got := kindsIn(c.text)
		if c.want {
			for _, f := range Analyze(c.text).Flags {
				firedByPositives[f.Rule] = true
			}
		}
		rule, has := got[c.kind]
		if has != c.want {
			t.Errorf("%s on %q: got %v (flags %v), want %v", c.kind, c.text, has, got, c.want)
			continue
		}
		if c.want && c.rule != "" && rule != c.rule {
			t.Errorf("%s on %q: rule %s, want %s", c.kind, c.text, rule, c.rule)
		}
	}
}

func TestAnonymousSourceRules(t *testing.T) {
	A := AnonymousSource
	runCases(t, []detectCase{
		// anon.anonymity_granted / anon.unnamed_person
		{"A senior diplomat, speaking on condition of anonymity, said the talks had stalled.", A, true, ""},
		{"Two officials said the convoy left before dawn.", A, true, "anon.unnamed_person"},
		{"A State Department official said the visa rules would change.", A, true, "anon.unnamed_person"},
		{"The plan was shelved last year, investigators said.", A, true, ""},
		{"Authorities say the fire started in a kitchen.", A, true, ""},
		{"The bridge will reopen on Monday, said a source close to the city council.", A, true, ""},
		{"Two sources told the newspaper the merger was off.", A, true, ""},
		// anon.familiar_with
		{"The bank is weighing a sale of its insurance arm, according to three people familiar with the matter.", A, true, ""},
		{"A person briefed on the negotiations said no deal was near.", A, true, ""},
		{"Insiders expect the chairman to step down.", A, true, ""},
		// named people and institutions are not anonymous
		{"Maria Lopez, the city's mayor, said the budget was balanced.", A, false, ""},
		{"The ministry said in a statement that the dam was safe.", A, false, ""},
		{"Police in Fresno said the driver had been drinking.", A, false, ""},
		{"Prosecutors said the defendant fled the state.", A, false, ""},
		{"The Kremlin said the exercises were routine.", A, false, ""},
		{"Washington denied the report.", A, false, ""},
		{"A UN report found that harvests had fallen by a third.", A, false, ""},
		{"Internal documents seen by the newspaper show the losses grew.", A, false, ""},
		{"The idea was for the envoy Tom Reyes to meet his counterpart in Oslo.", A, false, ""},
		{"The farmer's daughter said the barn burned for hours.", A, false, ""},
		// spokespeople of named organisations are the institution
		{"A navy spokesman said two sailors were missing.", A, false, ""},
		{"A bank representative said the branch would close.", A, false, ""},
		{"A spokeswoman for the airline declined to comment.", A, false, ""},
		{"A company spokesman, who asked not to be named, said the plant would close.", A, true, ""},
		{"A spokesperson who did not wish to be named because of agency policy said the plant would close.", A, true, ""},
		// a title that the article goes on to name is no unnamed official
		{"The inquiry must go on, a prominent Republican senator said on Sunday.", A, false, ""},
		{"Advocates estimate 2,000 families are at risk.", A, true, ""},
		// named analyst
		{"Retail analyst Jane Porter of Acme Securities says sales will slow.", A, false, ""},
		// vague groups
		{"Critics say the law punishes the poor.", A, true, "anon.vague_group"},
		{"Many have urged the council to delay the vote.", A, true, "anon.vague_group"},
		{"Some economists believe the rate cut came too late.", A, true, ""},
		{"Some Democratic lawmakers have questioned the cost of the program.", A, true, ""},
		{"Trade experts say the tariffs could last for years.", A, true, ""},
		{"Advocates warn that thousands could lose coverage.", A, true, ""},
		{"While many regard him as a reformer, others blame him for the crash.", A, true, ""},
		{"The decision drew calls from some party members and local activists to resign.", A, true, ""},
		{"The chairman and his allies deny any wrongdoing.", A, false, ""},
		{"Hundreds of protesters marched to the embassy.", A, false, ""},
		{"The new rules may reassure some that the market is safe.", A, false, ""},
		{"Several lawmakers broke ranks to vote for the bill.", A, false, ""},
		{"Some of the lawmakers have been accused of taking bribes.", A, false, ""},
		// unnamed media
		{"The club is close to signing the striker, media reports said.", A, true, "anon.unnamed_media"},
		{"The minister will resign, according to local media.", A, true, "anon.unnamed_media"},
		{"The director is in talks to make the film, according to reports from The Wrap.", A, false, ""},
		{"Reports claim the singer will retire next year.", A, true, ""},
		{"Local newspapers quoted Mayor Diaz as saying the water was safe.", A, false, ""},
		{"The company dismissed the reports.", A, false, ""},
		{"The Financial Times reported that the bank would cut jobs.", A, false, ""},
		{"The Daily Post reports the council has approved the plan.", A, false, ""},
		// back-references
		{"A Western diplomat said the ceasefire was fragile. The diplomat said both sides had rearmed.", A, true, ""},
		{"A source close to the team said the coach would leave. He added that talks had broken down.", A, true, "anon.back_reference"},
		{"Senator Ruth Adler said the bill would pass. She added that the vote was close.", A, false, ""},
		{"According to the sources, the payment was made in cash.", A, true, ""},
		{"Critics say the levy is unfair. They say it will hurt farmers.", A, true, "anon.back_reference"},
		{"The mayor defended the levy. They say it will hurt farmers.", A, false, ""},
		{"Two officials said the talks had failed. \u201cThere is no deal. Nothing is agreed,\u201d one of them said.", A, true, ""},
		// quotations take their speaker's status
		{"\u201cThe factory will close. Nobody will be paid,\u201d said one worker who asked not to be named.", A, true, ""},
		{"\u201cThe factory will close. Nobody will be paid,\u201d said Anna Berg, the union leader.", A, false, ""},
		// a named speaker citing unnamed backing
		{"\u201cWe have confirmed this with the regulator and other sources,\u201d Ms Kahn said.", A, true, ""},
		// people who are part of the event, and generic people
		{"\u201cIt is a person who would never lie to you,\u201d she said.", A, false, ""},
		// passive with no agent
		{"The governor has been accused of misusing state funds.", A, false, ""},
		// the reported clause's subject is not its speaker
		{"The mayor said residents should boil their water.", A, false, ""},
		{"She said lawmakers would vote on Friday.", A, false, ""},
		{"The plan will cut costs, said officials on Tuesday.", A, true, ""},
		// objects of another verb are not sources
		{"The chief executive told company executives he wants a profit by 2021.", A, false, ""},
		{"The outage angered local officials who complained of poor warnings.", A, false, ""},
		{"The numbers show how many view the videos twice.", A, false, ""},
		{"The families wanted some say in the matter.", A, false, ""},
		{"Staff who reported for duty that night were tired.", A, false, ""},
		// named affiliation, named pairs, named reports
		{"Researchers at Stanford University believe the drug is safe.", A, false, ""},
		{"Both men claimed they had been treated well.", A, false, ""},
		// A body that receives reports relays them; their origin is
		// still not given (guide: a report whose origin is given only as
		// unnamed sources). A body that publishes them is their author.
		{"At least 40 people died, according to reports received by Amnesty International.", A, true, "anon.unnamed_media"},
		{"At least 40 people died, according to reports published by Amnesty International.", A, false, ""},
		{"Mexico is the main foreign source for the drug, the agency says.", A, false, ""},
		// a definite group refers back: anonymous only if it was
		{"Analyst Sam Reed of Northbank expects a rebound. The analyst said margins would recover.", A, false, ""},
		{"Two analysts said margins would fall. The analysts added that costs were rising.", A, true, ""},
	})
}

func TestDenialRules(t *testing.T) {
	D := Denial
	runCases(t, []detectCase{
		{"The company denied the allegations.", D, true, "deny.verb"},
		{"He has denied any wrongdoing.", D, true, ""},
		{"The minister denied that she had met the lobbyist.", D, true, ""},
		{"The agency rejected claims that it had hidden the data.", D, true, "deny.reject_claim"},
		{"She dismissed the report as fabricated.", D, true, ""},
		{"The embassy called the accusations baseless.", D, true, ""},
		{"A spokesman said the claims were false.", D, true, ""},
		{"The official said that was not true.", D, true, ""},
		{"The mayor said the city was not involved in the deal.", D, true, ""},
		{"He pleaded not guilty to all four counts.", D, true, "deny.not_guilty"},
		{"\u201cI never received that letter,\u201d the senator said.", D, true, ""},
		{"Allegations of abuse were denied by the prison service.", D, true, ""},
		{"The party disputes the account given by the witness.", D, true, ""},
		{"The minister played down his role in the affair after the leak.", D, true, "deny.downplay"},
		{"The network defended its reporting against the attacks.", D, true, "deny.defend_against"},
		{"The minister defended the party's actions in an interview.", D, true, "deny.defend_conduct"},
		{"The network defended its reporting in a long memo.", D, false, ""},
		{"The coach insisted the team had followed the rules.", D, true, "deny.insist"},
		{"The union said its members had been wrongly blamed for the delays.", D, true, "deny.wronged"},
		{"The singer was accused of plagiarism. \u201cI don\u2019t know him,\u201d she said of the songwriter.", D, true, "deny.not_true"},
		{"The singer was accused of plagiarism. \u201cI don\u2019t know why,\u201d she said.", D, false, ""},
		{"The governor falsely claimed the ballots were forged.", D, false, ""},
		{"She insisted that the vote go ahead.", D, false, ""},
		// not denials
		{"The board rejected the takeover bid.", D, false, ""},
		{"The union rejected any talks without the owners.", D, false, ""},
		{"A federal judge denied the request for a new trial.", D, false, ""},
		{"The court rejected the appeal on Tuesday.", D, false, ""},
		{"The rule denied him a chance to compete.", D, false, ""},
		{"She was denied entry at the border.", D, false, ""},
		{"The team did not score in the second half.", D, false, ""},
		{"The company declined to comment on the report.", D, false, ""},
		{"Voters rejected the bill by a wide margin.", D, false, ""},
		{"Economists called the forecast way too optimistic.", D, false, ""},
		{"The president called the network fake news.", D, false, ""},
		{"The two countries have disputed territory in the region.", D, false, ""},
		{"The editor insisted on a correction.", D, false, ""},
		{"She wrote to the family, whom she had never met, she said.", D, false, ""},
		{"Regulators urged new rules to combat misinformation in the reports.", D, false, ""},
		{"You do not have to deny yourself dessert.", D, false, ""},
		{"The ministry dismissed the reports as propaganda.", D, true, ""},
		{"The group said the accusations were false.", D, true, ""},
		{"The governor called the allegations a witch hunt.", D, true, ""},
	})
}

func TestUncertaintyRules(t *testing.T) {
	U := Uncertainty
	runCases(t, []detectCase{
		{"The two clubs talked about the possibility of sharing a stadium.", U, false, ""},
		{"Engineers raised the possibility that the dam had cracked.", U, true, ""},
		// hedge words
		{"The rebels reportedly seized the airport.", U, true, "unc.hedge_word"},
		{"The alleged bribe was paid in 2019.", U, true, ""},
		{"The so-called peace plan has few backers.", U, true, ""},
		{"The storm is likely to reach the coast tonight.", U, true, ""},
		{"Ships were unable to land, possibly because of ice.", U, true, ""},
		// modals
		{"The strike may spread to other ports.", U, true, "unc.modal"},
		{"The virus might have come from bats.", U, true, ""},
		{"The deal could collapse within weeks.", U, true, ""},
		{"The vote was held in May.", U, false, ""},
		{"May 4 was the last day of trading.", U, false, ""},
		{"Miners can work underground for ten hours.", U, false, ""},
		{"The airport will open on Monday.", U, false, ""},
		{"A buyer could use the rule to avoid the tax.", U, false, ""},
		{"They could not find the keys.", U, false, ""},
		{"The navy showed its military might.", U, false, ""},
		{"The contract would include two new ferries.", U, false, ""},
		{"The least they could do is apologise.", U, false, ""},
		// distancing passives and appearance
		{"The suspects are believed to have fled abroad.", U, true, "unc.distancing_passive"},
		{"The plan is seen as a gamble.", U, true, ""},
		{"It is thought that the fire spread from a kitchen.", U, true, ""},
		{"The fire appears to have started in the basement.", U, true, ""},
		// an investigator's working theory
		{"Police believe the blaze was started deliberately.", U, true, "unc.working_theory"},
		{"I believe he is the right man for the job.", U, false, ""},
		{"The data suggest the drug slows the disease.", U, true, ""},
		{"The minister suggested that the two sides should meet in Geneva.", U, false, ""},
		// unknowns and open questions
		{"It is unclear whether the pilot survived.", U, true, ""},
		{"The video could not be independently verified.", U, true, "unc.unknown"},
		{"The director is in talks to make the film, according to reports from The Wrap.", U, false, ""},
		{"Whether he deserves a ban was the talk of the week.", U, false, ""},
		{"So far there is little evidence that the two outbreaks are linked.", U, true, "unc.scant_evidence"},
		{"Police are investigating whether the fire was arson.", U, true, ""},
		{"The council voted on whether to close the library.", U, false, ""},
		{"The reporter asked the minister whether he would resign.", U, false, ""},
		// hypotheticals
		{"If true, the report would embarrass the government.", U, true, ""},
		{"Assuming the meeting did happen, the deal is in doubt.", U, true, ""},
		{"It would hurt us if we ignored the warning, he said.", U, false, ""},
		// allegations and reports
		{"The mayor has been accused of taking bribes.", U, true, "unc.allegation"},
		{"Accounts surfaced that the coach had hit players.", U, true, ""},
		{"Prices rose amid reports that the mine had flooded.", U, true, ""},
		{"The regulator accused the bank of fraud.", U, false, ""},
		{"The Times reported that the bank would cut jobs.", U, false, ""},
		// estimates
		{"The death toll is estimated at around 4,000.", U, true, "unc.estimate"},
		{"About 30 ships joined the search.", U, false, ""},
		{"Advocates estimate 2,000 families are at risk.", U, true, "unc.estimate"},
		{"The agency revised its estimate on Monday.", U, false, ""},
		{"The new keyboard should prove more reliable.", U, true, "unc.modal"},
		{"Members should not send emails from the office.", U, false, ""},
		// plain forecasts, plans, hopes, opinions
		{"The company expects profit to rise next year.", U, false, ""},
		{"The firm is expected to cut jobs.", U, false, ""},
		{"She hopes the bill will pass.", U, false, ""},
		{"\u201cI think he is the right choice,\u201d she said.", U, false, ""},
		{"The move was a mistake.", U, false, ""},
		{"Perhaps the most striking change is the new logo.", U, true, ""},
		// speaker doubt
		{"\u201cWe're not so sure,\u201d the analyst said.", U, true, "unc.speaker_doubt"},
		// open yes/no heading
		{"Did the mayor break the law?", U, true, "unc.question"},
		{"According to an often-wrong tabloid, the singer is engaged.", U, true, "unc.doubtful_source"},
		{"What is a filibuster?", U, false, ""},
		{"Is there anything better than fresh bread?", U, false, ""},
		{"Did you know the city has three rivers?", U, false, ""},
		// "suggest" of proposing, "you could" of generic ability
		{"The system can flash lights, suggesting a lane change.", U, false, ""},
		{"You could read the results as a victory.", U, false, ""},
		{"Whether you are hiking or resting, carry water.", U, false, ""},
		// "reports that" as a relative clause names no report of a claim
		{"The inspector released two critical reports that described delays.", U, false, ""},
		// round six: the month, permission, past ability, duty, praise,
		// a rumour called false, a legal standard
		{"May brought record rainfall to the valley.", U, false, ""},
		{"Prices may rise again in May.", U, true, "unc.modal"},
		{"Pensioners may apply for the rebate until March.", U, false, ""},
		{"Under the terms of the lease, tenants may keep one pet.", U, false, ""},
		{"The new tax rules may hurt small traders.", U, true, "unc.modal"},
		{"As a boy he could name every station on the line.", U, false, ""},
		{"Years ago, shoppers could pay by cheque at the counter.", U, false, ""},
		{"Tourists could once climb the tower's spiral stairs.", U, false, ""},
		{"The dispute could once again delay the vote.", U, true, "unc.modal"},
		{"The appeals court could hear arguments in the spring.", U, true, "unc.modal"},
		{"Cyclists should wear helmets on the new trail.", U, false, ""},
		{"Investors should benefit from the lower rate.", U, true, "unc.modal"},
		{"No one knows these streets better than the postman.", U, false, ""},
		{"No one knows who fired the first shot.", U, true, ""},
		{"The rumors about the merger are false, the bank said.", U, false, ""},
		{"Rumors about the merger lifted the shares.", U, true, "unc.hedge_word"},
		{"The officer had probable cause to stop the van.", U, false, ""},
		{"Tests indicate that the water was contaminated upstream.", U, true, "unc.appearance"},
	})
}

func TestNoCommentRules(t *testing.T) {
	N := NoComment
	runCases(t, []detectCase{
		{"The bank declined to comment.", N, true, "nocomment.declined"},
		{"The police declined to give further details about the arrest.", N, true, "nocomment.declined"},
		{"Emails to the council's press office went unanswered.", N, true, "nocomment.declined"},
		{"The seller declined to name the buyer.", N, true, "nocomment.declined"},
		{"The White House did not immediately respond to a request for comment.", N, true, ""},
		{"Efforts to reach the family were unsuccessful.", N, true, ""},
		{"He did not immediately provide any other details.", N, true, ""},
		{"Efforts to reach a deal continued overnight.", N, false, ""},
		{"The soldiers did not return fire.", N, false, ""},
	})
}

func TestBoilerplate(t *testing.T) {
	text := "Storm hits coast\n\nThe storm hit the coast on Monday, officials said.\n\nAdvertisement\n\n" +
		"Flood warnings lifted in the north\nRelated\n\nFlood warnings lifted in the north\n\n" +
		"(Reporting by Ann Lee; Editing by Tom Fox)\n\nShare this article"
	a := Analyze(text)
	boiler := map[string]bool{}
	for _, f := range a.Flags {
		if f.Kind == Boilerplate {
			boiler[a.SentenceText(f.Sentence)] = true
		}
	}
	for _, want := range []string{"Advertisement", "Flood warnings lifted in the north", "Related", "(Reporting by Ann Lee; Editing by Tom Fox)", "Share this article"} {
		if !boiler[want] {
			t.Errorf("%q not flagged boilerplate; got %v", want, boiler)
		}
	}
	if boiler["Storm hits coast"] || boiler["The storm hit the coast on Monday, officials said."] {
		t.Errorf("article text flagged boilerplate: %v", boiler)
	}
	for _, f := range a.Flags {
		if f.Kind.Scored() && boiler[a.SentenceText(f.Sentence)] {
			t.Errorf("scored flag %s on boilerplate %q", f.Kind, a.SentenceText(f.Sentence))
		}
	}
}

func TestFlagsCarryRuleAndExplanation(t *testing.T) {
	a := Analyze("Officials said the dam may fail. The company denied the report.")
	if len(a.Flags) < 3 {
		t.Fatalf("want at least 3 flags, got %v", a.Flags)
	}
	rules := Rules()
	for i, f := range a.Flags {
		r, ok := rules[f.Rule]
		if !ok || r.Kind != f.Kind || f.Explanation != r.Explanation || f.Explanation == "" {
			t.Errorf("flag %d: rule %q kind %s explanation %q does not match the rule data", i, f.Rule, f.Kind, f.Explanation)
		}
		if f.Source < -1 || f.Source >= len(a.Sources) {
			t.Errorf("flag %d: Source = %d, not -1 or an index into %d sources", i, f.Source, len(a.Sources))
		}
		if !(f.Span.Start <= f.Cue.Start && f.Cue.End <= f.Span.End) {
			t.Errorf("flag %d: cue %v outside span %v", i, f.Cue, f.Span)
		}
		if i > 0 && a.Flags[i-1].Span.Start > f.Span.Start {
			t.Errorf("flags not sorted at %d", i)
		}
	}
}

func TestMarkdownDoesNotBreakDetection(t *testing.T) {
	text := "# Dam **may** fail\n\nThe dam [reportedly](https://example.org/reportedly) cracked, **officials said**."
	got := kindsIn(text)
	if _, ok := got[AnonymousSource]; !ok {
		t.Errorf("markdown bold hid the attribution: %v", got)
	}
	if _, ok := got[Uncertainty]; !ok {
		t.Errorf("markdown link hid the hedge: %v", got)
	}
	a := Analyze("See [the reportedly page](https://example.org/may-be).")
	for _, f := range a.Flags {
		if strings.Contains(a.Text[f.Span.Start:f.Span.End], "example.org") {
			t.Errorf("flag inside a link target: %+v", f)
		}
	}
}

// TestEveryRuleHasAPositiveCase: every rule of rules/rules.tsv fires on at
// least one sentence of the tables above (or, for rules that need a whole
// text, of the named test), so no rule is dead data.
func TestEveryRuleHasAPositiveCase(t *testing.T) {
	t.Run("tables", func(t *testing.T) {
		TestAnonymousSourceRules(t)
		TestDenialRules(t)
		TestUncertaintyRules(t)
		TestNoCommentRules(t)
	})
	for _, text := range []string{
		// boilerplate rules, quotation and back-reference over sentences
		"Headline here\nRelated\n\nHeadline here\n\nAdvertisement\n\n(Reporting by Ann Lee; Editing by Tom Fox)",
		"\u201cWe lost. We will return,\u201d said a source close to the team.",
		"Defence lawyer Jo Hart said the case was weak.",
		"A club spokesman said the coach would stay.",
	} {
		for _, f := range Analyze(text).Flags {
			firedByPositives[f.Rule] = true
		}
	}
	for id := range Rules() {
		if !firedByPositives[id] {
			t.Errorf("rule %s fires on no test sentence", id)
		}
	}
}

// TestIdentifiedPeopleAreNotAnonymous covers the ways news names a person
// beside a role: appositives in either order, a unique role in a named
// organisation, "the official" meaning the named person just quoted, and
// surnames that look like role nouns.
func TestIdentifiedPeopleAreNotAnonymous(t *testing.T) {
	A := AnonymousSource
	runCases(t, []detectCase{
		{"The chief executive, Maria Lopez, said the plant would stay open.", A, false, ""},
		{"Omar Lamrani, a senior military analyst at Stratfor, told the magazine the group was secular.", A, false, ""},
		{"Netflix's chief executive said subscriber growth had slowed.", A, false, ""},
		{"Its chief financial officer told analysts margins would improve.", A, false, ""},
		{"A senior executive said the plant would close.", A, true, "anon.unnamed_person"},
		{"President Trump's advisers said the deal was close.", A, true, "anon.unnamed_person"},
		{"Trump and his allies have said the count was wrong.", A, false, ""},
		{"Deputy Mayor Ana Ruiz said the plan was funded. The official added that work would begin soon.", A, false, ""},
		{"A senior official said the plan was funded. The official added that work would begin soon.", A, true, "anon.back_reference"},
		{"Newspaper revenue keeps falling, says industry analyst Ken Doctor.", A, false, ""},
		{"It was the key witness, former White House adviser Fiona Hill.", A, false, ""},
		{"Many in the party believe the leader should go.", A, true, "anon.vague_group"},
		{"He and others questioned the agency's approach.", A, false, ""},
		{"Doctors said his condition was stable.", A, true, "anon.vague_group"},
		{"When doctors don't consider these triggers, diagnoses are delayed.", A, false, ""},
	})
}

// TestDenialContext covers denials in new wording and refusals that use
// the same verbs.
func TestDenialContext(t *testing.T) {
	D := Denial
	runCases(t, []detectCase{
		{"The company said the allegations were completely without merit.", D, true, "deny.called_false"},
		{"Police accused the gang of starting the fire. Jo Okafor said he was not involved.", D, true, ""},
		{"Police accused the gang of starting the fire. A fire officer, Jo Okafor, said the claims were not true.", D, false, ""},
		{"The former aide said his role in the campaign had been extremely limited.", D, true, "deny.downplay"},
		{"The budget for the project was extremely limited.", D, false, ""},
		{"The embassy said it had never been told about the visit.", D, true, "deny.not_true"},
		{"The defendants entered not guilty pleas.", D, true, "deny.not_guilty"},
		{"Regulators denied the merger application.", D, false, ""},
		{"The goalkeeper denied Salah twice in the first half.", D, false, ""},
	})
}

// TestUncertaintyContext covers "should" of probability against duty, a
// report given by no one named, and May as a name.
func TestUncertaintyContext(t *testing.T) {
	U := Uncertainty
	runCases(t, []detectCase{
		{"Sales should pick up in the holiday quarter.", U, true, "unc.modal"},
		{"The new chip should be about 30 percent faster.", U, true, "unc.modal"},
		{"Investors should read the prospectus.", U, false, ""},
		{"The inquiry should continue without interference, the senator said.", U, false, ""},
		{"The stock fell after a report that regulators were investigating.", U, true, "unc.allegation"},
		{"The stock fell after a Reuters report that regulators were investigating.", U, false, ""},
		{"May Bowers, the club's secretary, said tickets had sold out.", U, false, ""},
		{"Scientists suspect the leak began days earlier.", U, true, "unc.hedge_word"},
		{"The suspect fled on foot.", U, false, ""},
		{"NBC News has not independently verified the video.", U, true, "unc.unknown"},
	})
}

// TestGeneralisationRound3 covers the patterns the third held-out batch
// revealed, each with near-miss negatives; the sentences differ from the
// held-out ones so that the held-out score stays a measurement.
func TestGeneralisationRound3(t *testing.T) {
	A, D, U := AnonymousSource, Denial, Uncertainty
	runCases(t, []detectCase{
		// A dotted abbreviation's final period does not end the phrase.
		{"The base will close next year, according to three U.S. officials.", A, true, "anon.unnamed_person"},
		{"Two U.N. diplomats said the vote had been postponed.", A, true, ""},
		{"Senior officials in the U.K. said the talks were over.", A, true, ""},
		{"The base will close next year, according to the U.S. Defense Department.", A, false, ""},
		// A state of mind after a be-form holds a view.
		{"Western officials are deeply concerned that the truce will collapse.", A, true, "anon.unnamed_person"},
		{"Many are worried that prices will keep rising.", A, true, "anon.vague_group"},
		{"Officials were briefed on the plan.", A, false, ""},
		// More vague groups, and figures they put forward.
		{"Aid groups put the number of displaced at about 200,000.", A, true, "anon.vague_group"},
		{"Rescuers say more bodies are buried under the mud.", A, true, "anon.vague_group"},
		{"Aid groups put pressure on the government to open the border.", A, false, ""},
		{"Protesters responded with stones and bottles.", A, false, ""},
		// An unattributed quotation right after an unnamed source's
		// quotation continues that speaker's words.
		{"“The money is gone,” one banker said. “Nobody will see it again.”", A, true, "anon.quotation"},
		{"“The money is gone,” one banker said.\n\n“Nobody will see it again.”", A, true, "anon.quotation"},
		{"“The money is gone,” said Lena Ortiz, the bank's chair. “Nobody will see it again.”", A, false, ""},
		{"“The money is gone,” one banker said. The bank closed a week later. “Nobody will see it again.”", A, false, ""},
		// Denials: innocence, rules not broken, not involved, media
		// evidence called fake, a quoted rejection of a suggestion.
		{"His attorney said the coach was innocent of all charges.", D, true, "deny.not_true"},
		{"She has always maintained her innocence.", D, true, "deny.not_true"},
		{"The medics said the victims were innocent bystanders.", D, false, ""},
		{"The club said it had broken no rules.", D, true, "deny.not_true"},
		{"The firm said its staff had never been involved in the scheme.", D, true, "deny.not_true"},
		{"The ministry said the video was fake.", D, true, "deny.called_false"},
		{"The video was fake, a forensic analyst found.", D, false, ""},
		{"The bank said it “firmly rejects” any claim that it misled clients.", D, true, "deny.reject_claim"},
		{"The council said it “firmly rejects” the bid.", D, false, ""},
		// Uncertainty: science caveats, mysteries, unconfirmed facts,
		// estimates given as a noun.
		{"The preprint has not yet been peer-reviewed.", U, true, "unc.unknown"},
		{"How the cells repair themselves is poorly understood.", U, true, "unc.unknown"},
		{"Who sent the letters remains a mystery.", U, true, "unc.unknown"},
		{"The number of casualties was not immediately known.", U, true, "unc.unknown"},
		{"The data cannot prove that the drug caused the deaths.", U, true, "unc.unknown"},
		{"The march drew 80,000 people, according to organisers' estimates.", U, true, "unc.estimate"},
		{"The march drew 80,000 people, according to the organisers.", U, false, ""},
		{"The mystery novel sold a million copies.", U, false, ""},
		{"The paper was peer-reviewed and published in March.", U, false, ""},
	})
}

func TestGeneralisationRound4(t *testing.T) {
	A, D, U := AnonymousSource, Denial, Uncertainty
	runCases(t, []detectCase{
		// Unnamed ministers and commanders; titled and back-referenced
		// ones are identified.
		{"One cabinet minister said the vote would be close.", A, true, "anon.unnamed_person"},
		{"A local militia commander said his men had pulled back.", A, true, "anon.unnamed_person"},
		{"Home Secretary Jane Hale said the figures were encouraging.", A, false, ""},
		{"Jane Hale announced the plan on Monday. The minister said it would save money.", A, false, ""},
		{"Britain's defence minister said the jets would stay.", A, false, ""},
		// Groups that speak: rebels, dealers, MPs, users; a group's own
		// intention and words inside a named speaker's quotation are not.
		{"Separatist rebels said they had shot down a helicopter.", A, true, "anon.vague_group"},
		{"Dealers said the rand was hit by profit-taking.", A, true, "anon.vague_group"},
		{"Several Tory MPs fear the plan will backfire.", A, true, "anon.vague_group"},
		{"Some customers have complained that the app crashes.", A, true, "anon.vague_group"},
		{"Doctors recommend a booster every five years.", A, true, "anon.vague_group"},
		{"Gold rose 1%, with dealers citing a weaker dollar.", A, true, "anon.vague_group"},
		{"Customers expect to pay more for the new model.", A, false, ""},
		{"Users “kept telling us they wanted a dark mode,” Lee said.", A, false, ""},
		{"The rebels seized two villages overnight.", A, false, ""},
		// A speaker withholding a name; an agency quoting an unnamed source.
		{"A farmer, who declined to give his name, said the water was rising.", A, true, "anon.anonymity_granted"},
		{"The agency quoted a source close to the talks as saying a deal was near.", A, true, ""},
		{"The agency quoted Deputy Minister Ivan Petrov as saying a deal was near.", A, false, ""},
		// Denials by calling a report inaccurate or a provocation; a
		// filed claim refused is no denial; "neither confirm nor deny" is
		// no denial but leaves the matter open.
		{"The carmaker said the report was “inaccurate”.", D, true, "deny.called_false"},
		{"The ministry said the report was a provocation.", D, true, "deny.called_false"},
		{"The insurer rejected the compensation claim.", D, false, ""},
		{"The tribunal's clerk denied the injury claim.", D, false, ""},
		{"The insurer rejected claims that it had delayed payouts.", D, true, "deny.reject_claim"},
		{"The bank would neither confirm nor deny the talks.", D, false, ""},
		{"The bank would neither confirm nor deny the talks.", U, true, "unc.unknown"},
		{"The club declined to confirm the fee.", U, true, "unc.unknown"},
		{"The club confirmed the fee on Friday.", U, false, ""},
		// Negated distancing passives still distance.
		{"The damage is not thought to be extensive.", U, true, "unc.distancing_passive"},
		{"The suspects are not believed to have left the city.", U, true, "unc.distancing_passive"},
		// Rumours and speculation as what is not commented on or is
		// dismissed are no hedge; as what is reported they are.
		{"The firm said it did not comment on market rumours.", U, false, ""},
		{"The striker dismissed the stories as “pure speculation”.", U, false, ""},
		{"The striker dismissed the stories as “pure speculation”.", D, true, ""},
		{"Shares rose on speculation of a takeover.", U, true, "unc.hedge_word"},
	})
}

// TestGeneralisationRound5 covers the fixes of round five, each with the
// near-misses it must leave alone: role nouns for unnamed sources, people
// described by what they saw, unnamed broadcasters, compound nouns and
// names built on role nouns, and more denial wordings.
func TestGeneralisationRound5(t *testing.T) {
	A, D := AnonymousSource, Denial
	runCases(t, []detectCase{
		// Role nouns added to the lexicon, in several frames.
		{"One envoy said the proposal was dead on arrival.", A, true, "anon.unnamed_person"},
		{"Western envoys said the vote had been postponed.", A, true, "anon.vague_group"},
		{"A Labour peer said the bill would be amended in the Lords.", A, true, "anon.unnamed_person"},
		{"A Labour MP said the whip had been withdrawn.", A, true, "anon.unnamed_person"},
		{"The market had overreacted, said one trader in London.", A, true, ""},
		{"Detectives said the victim had been stabbed.", A, true, "anon.vague_group"},
		{"Party members said the leader had been caught off guard.", A, true, ""},
		{"According to a veteran of the negotiations, neither side will move.", A, true, ""},
		{"Agency officials have stressed that the schedule is tight.", A, true, ""},
		{"An attorney familiar with the case said charges were near.", A, true, "anon.unnamed_person"},
		{"An attorney for Smith said his client would appeal.", A, false, ""},
		// Mentioned, not sources.
		{"Three soldiers were killed in the attack.", A, false, ""},
		{"An aide to the senator was arrested on Tuesday.", A, false, ""},
		{"The ministers met in Brussels to discuss the budget.", A, false, ""},
		{"The senator said the inquiry would go on.", A, false, ""},
		// Named with the role: titles, appositives, coordinated titles.
		{"Jane Foster, an economist at Capital Economics, said inflation would peak.", A, false, ""},
		{"A lawmaker loyal to the president, Hector Ruiz, said the faction were traitors.", A, false, ""},
		{"Lead researcher and NASA planetary scientist Ana Ruiz said the data were clear.", A, false, ""},
		{"His opponent said afterwards that the match had been close.", A, false, ""},
		// A role noun modifying another noun is no person.
		{"Investor sentiment suggests the rally will continue.", A, false, ""},
		{"EU member states said they would back the plan.", A, false, ""},
		{"Analyst estimates suggest profit will rise.", A, false, ""},
		// People described by what they know first hand.
		{"People who have seen the report say it is critical of the regulator.", A, true, "anon.unnamed_person"},
		{"People who reported using the drug were excluded.", A, false, ""},
		// Unnamed broadcasters; named ones are outlets.
		{"State television reported that the decree had been signed.", A, true, "anon.unnamed_media"},
		{"Pakistani television channels said at least 12 people had been killed.", A, true, "anon.unnamed_media"},
		{"Al Jazeera television reported that the talks had resumed.", A, false, ""},
		{"Army Radio reported that the reservists had been called up.", A, false, ""},
		{"Radio Free Europe reported that the reservists had been called up.", A, false, ""},
		// A clause with its own subject ends the search for a verb.
		{"Audience members shouted out questions and he replied with jokes.", A, false, ""},
		{"Her friends wanted some say in the funeral.", A, false, ""},
		// Denials: doing nothing wrong, having no part, waving claims away.
		{"The bank said it had never knowingly handled money from sanctioned entities.", D, true, "deny.not_true"},
		{"The group said it had played no part in the attack.", D, true, "deny.not_true"},
		{"The company says it has done nothing illegal.", D, true, "deny.not_true"},
		{"The coach brushed off suggestions that he was about to be sacked.", D, true, "deny.reject_claim"},
		{"The coach brushed off the rain and won in straight sets.", D, false, ""},
		{"The government said claims it had tortured detainees were “baseless.”", D, true, "deny.called_false"},
		{"The group said the funding had been spent on schools.", D, false, ""},
		// A claim for money is filed, so denying it refuses it.
		{"The insurer denied her claim for flood damage.", D, false, ""},
		{"The insurer denied claims that it had delayed payouts.", D, true, "deny.verb"},
	})
}
