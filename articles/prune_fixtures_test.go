package articles

import "strings"

// Pages for the pruning tests, written here sentence by sentence: each
// reproduces the structure of a failure class of issue 15 with our own
// words, never a publisher's page.

// featureSentences are the paragraphs of a long feature on a fictional
// reservoir; wrapped by featureBody.
var featureSentences = []string{
	"The reservoir above Millbrook was built in 1931 to supply a town of nine thousand people, and for most of a century nobody thought about it.",
	"That changed in the dry summer of 2024, when the water fell so low that the roofs of the drowned village of Ashcombe rose above the surface.",
	"Visitors came by the hundred to walk among the old walls, and the parish council had to close the lane twice to let the ambulances through.",
	"Engineers from the water board said at the time that the dam itself was sound, although the valves at its foot had not been replaced since the war.",
	"An inspection the following spring found cracks in two of the four valve chambers, and the board quietly lowered the maximum level by a metre.",
	"Residents learned of the change only when the annual report was published, eight months later, in a footnote on page forty-one.",
	"The board's chief executive later apologised for the delay, saying the staff had been stretched by the drought and by a wave of retirements.",
	"Farmers downstream have a different worry: the lower level means less water released in late summer, when the river is already at its weakest.",
	"One dairy farmer said his herd had drunk from the river for three generations and that he now trucks water in for six weeks of every year.",
	"The board says a new intake on the river will be finished by 2028, paid for by a small rise in bills that the regulator approved last month.",
	"Critics point out that the same intake was promised in 2009 and again in 2016, each time with a date that slipped once the money ran short.",
	"For now the drowned village is under water again, its church tower a dark shape that swimmers say they can see on the clearest days.",
}

// runSentences sit in a box whose class says "related" and whose
// paragraphs carry a few links: a run of the article's own text all the
// same (failure class 1).
var runSentences = []string{
	"Records kept at the county archive show that the valley's farmers petitioned against the dam for six years before the first stone was laid.",
	"Their letters, some of them still sealed with wax, describe the orchards and the mill that the water would cover and the graves that were moved.",
}

func featureBody(paras []string) string {
	var b strings.Builder
	for _, p := range paras {
		b.WriteString("<p>" + p + "</p>\n")
	}
	return b.String()
}

// longFeaturePage: a feature with sub-headings, a pull quote, and a run of
// paragraphs inside a box named like furniture, between paragraphs.
func longFeaturePage() string {
	return `<!DOCTYPE html><html><head><title>The village under the water</title></head><body>
<article><div class="story-text">
` + featureBody(featureSentences[:4]) + `
<h2>The cracks nobody mentioned</h2>
` + featureBody(featureSentences[4:7]) + `
<div class="related-history box-meta">
<p>` + runSentences[0] + ` <a href="/archive">The archive</a> is open on weekdays.</p>
<p>` + runSentences[1] + `</p>
</div>
<h2>Downstream</h2>
` + featureBody(featureSentences[7:10]) + `
<blockquote><p>We were told the river would always be there for us.</p></blockquote>
` + featureBody(featureSentences[10:]) + `
</div></article></body></html>`
}

// Paragraphs of a short news story, with furniture inside its body.
const (
	promoPara1 = "The county will reopen the coastal footpath between Harwick and Sele Point on Saturday, after six months of repairs to the cliff steps."
	promoPara2 = "Rangers said the path had been closed after a storm in March washed away a section of the steps and left a drop of nearly three metres."
	promoPara3 = "Walkers are asked to keep dogs on leads near the nesting ledges, where the rangers counted more than four hundred pairs of kittiwakes."
	promoPara4 = "The council raised the annual parking subscription at the Harwick car park by a tenth this year to help pay for the repairs, its report said."
	promoPara5 = "“Our newsletter went to every household in the parish before the closure,” the ranger said, adding that few complaints had been received."
	promoPara6 = "The path will close again for two weeks in November so that a handrail can be fitted along the steepest stretch above the beach."
)

// promoPage: the body container holds a newsletter sign-up box, a
// "support us" ask, a "more stories" list, a rail of video cards and a
// follow-us line between
// genuine paragraphs, two of which mention subscriptions and newsletters
// (failure class 2).
func promoPage() string {
	return `<!DOCTYPE html><html><head><title>Coastal path reopens</title></head><body>
<article><div class="entry">
<p>` + promoPara1 + `</p>
<div class="inline-box"><p>Get the Coast Weekly briefing in your inbox every Friday.</p><a href="/signup">Sign up</a></div>
<p>` + promoPara2 + `</p>
<p>Reporting like this takes time and money. <a href="/donate">Support our journalism</a> from one pound a month.</p>
<p>` + promoPara3 + `</p>
<p>` + promoPara4 + `</p>
<div class="h-line">More stories from the coast</div>
<ul><li><a href="/a">Lifeboat crew rescues two kayakers</a></li><li><a href="/b">Pier cafe wins award</a></li><li><a href="/c">Harbour wall to be rebuilt</a></li></ul>
<p>` + promoPara5 + `</p>
<div class="strip"><div class="card"><a href="/v/1"><img src="1.jpg" alt=""></a><h3>Seals return to the sandbank at low tide</h3><span>2 min</span></div>
<div class="card"><a href="/v/2"><img src="2.jpg" alt=""></a><h3>The lighthouse keeper who never left</h3><span>4 min</span></div>
<div class="card"><a href="/v/3"><img src="3.jpg" alt=""></a><h3>Storm waves over the harbour wall</h3><span>1 min</span></div></div>
<p>Follow us on <a href="/fb">Facebook</a> and <a href="/x">X</a> for the latest from the coast.</p>
<p>` + promoPara6 + `</p>
</div></article></body></html>`
}

// Paragraphs of a story with a header above its body container.
const (
	headerStandfirst = "A long-awaited report finds that the town's bus routes have not changed since 1998, though its population has doubled."
	headerPara1      = "The transport committee published its review of Eastbrook's buses on Monday, two years after the council first asked for it."
	headerPara2      = "It found that four in ten new homes are more than a kilometre from a stop, and that the last bus on most routes leaves before nine."
	headerPara3      = "The operator said it would study the findings, and that any new routes would need a subsidy that the council has not yet offered."
	headerPara4      = "Councillors will debate the report in January, when the budget for the coming year is also due to be set."
	headerPara5      = "Several of them have already said that they want a night service on the two busiest routes, which run past the hospital and the college."
	headerPara6      = "Others would rather spend the money on the rural routes, where some villages see one bus a week and many older residents no longer drive."
	headerPara7      = "The committee's chair said both could be done within ten years if the county and the operator shared the cost, as they did for the station."
)

// headerPage: headline, standfirst and byline above the body container,
// a captioned photo and a sub-heading inside it, a credit line at its end,
// a note about the publisher after it (failure class 3).
func headerPage() string {
	return `<!DOCTYPE html><html><head><title>Bus routes unchanged for a generation</title></head><body>
<article>
<h1>Bus routes unchanged for a generation</h1>
<div class="top"><p class="dek">` + headerStandfirst + `</p>
<p class="writer">By Ana Field, transport correspondent</p></div>
<div class="story-body">
<p>` + headerPara1 + `</p>
<p>` + headerPara2 + `</p>
<figure><img src="bus.jpg" alt=""><figcaption>A route 4 bus waits at the station in the rain.</figcaption></figure>
<h2>What the operator says</h2>
<p>` + headerPara3 + `</p>
<p>` + headerPara4 + `</p>
<p>` + headerPara5 + `</p>
<p>` + headerPara6 + `</p>
<p>` + headerPara7 + `</p>
<p>Additional reporting by Tom Reyes.</p>
</div>
<div class="end-note"><p>` + headerAbout + `</p></div>
</article></body></html>`
}

// headerAbout is the publisher's note after the body container.
const headerAbout = "The Eastbrook Courier is an independent weekly founded in 1952 and owned by a trust of its readers."

// liveBlogPage: a live blog whose body opens with an entry headline; its
// entries' headlines are the body's text.
func liveBlogPage() string {
	entries := []struct{ head, text string }{
		{"Polls close across the county", "Voting ended at ten o'clock and the first ballot boxes are already on their way to the count at the leisure centre."},
		{"Turnout looks higher than last time", "Officials at the count say early figures suggest that more than half of registered voters took part this year."},
		{"First result expected after midnight", "The returning officer told reporters that the first of the nine wards should declare a little after half past twelve."},
		{"Recount called in the harbour ward", "Two candidates were separated by eleven votes, and both asked for the ballots to be counted a second time."},
	}
	var b strings.Builder
	for _, e := range entries {
		b.WriteString("<h3>" + e.head + "</h3>\n<p>" + e.text + "</p>\n")
	}
	return `<!DOCTYPE html><html><head><title>Election night live</title></head><body>
<article><div class="live-entries">` + b.String() + `</div></article></body></html>`
}

// Paragraphs of a story quoting social posts.
const (
	socialPara1 = "The festival's organisers cancelled the final night on Sunday afternoon, as gusts of more than eighty kilometres an hour reached the field."
	socialIntro = "The headline act told her followers the news in a short post shortly after four o'clock:"
	socialPara2 = "Ticket holders will be refunded within a fortnight, the organisers said, and the act has promised to return for next summer's event."
	socialPara3 = "The county's weather service had issued a warning for the coast the evening before, and the ferry to the island was also cancelled."
)

// socialPage: an Instagram embed between paragraphs, introduced by the
// writer's own sentence (failure class 4), and a quoted tweet, which the
// public benchmark keeps as text.
func socialPage() string {
	return `<!DOCTYPE html><html><head><title>Festival's last night blown away</title></head><body>
<article><div class="content">
<p>` + socialPara1 + `</p>
<p>` + socialIntro + `</p>
<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/example/"><p>So sorry everyone, the wind won tonight. We will be back!</p>
<p><a href="https://www.instagram.com/p/example/">A post shared by The Band (@theband)</a></p></blockquote>
<p>` + socialPara2 + `</p>
<blockquote class="twitter-tweet"><p>Stay safe on the roads tonight, everyone.</p>— County Police (@countypolice)</blockquote>
<p>` + socialPara3 + `</p>
</div></article></body></html>`
}

// verseLines are an article made of short lines without full stops, as
// verse, or a script whose sentences end otherwise, is.
var verseLines = []string{
	"Low water on the estuary mud",
	"the waders stitch the silver edge",
	"a heron waits where the channel bends",
	"and the ferry bell comes over late",
	"the tide turns under the old stone quay",
	"gulls lift and settle in the wind",
	"a child counts boats along the wall",
	"the last light leaves the far bank first",
	"and evening folds the river in",
}

// versePage: the lines in one body container.
func versePage() string {
	var b strings.Builder
	for _, l := range verseLines {
		b.WriteString("<p>" + l + "</p>\n")
	}
	return `<!DOCTYPE html><html><head><title>Estuary, evening</title></head><body>
<article><div class="poem">` + b.String() + `</div></article></body></html>`
}

// standfirstInBodyPage: the standfirst is the first block of the body
// container itself, marked only by its class name.
func standfirstInBodyPage() string {
	return `<!DOCTYPE html><html><head><title>Bus routes unchanged for a generation</title></head><body>
<article><div class="story-body">
<p class="article-dek">` + headerStandfirst + `</p>
<p>` + headerPara1 + `</p>
<p>` + headerPara2 + `</p>
<p>` + headerPara3 + `</p>
<p>` + headerPara4 + `</p>
</div></article></body></html>`
}
