package articles

// Test pages are written here, sentence by sentence; no publisher's text.

const storyPara1 = "The council of Eastbrook voted on Tuesday to rebuild the old river bridge, ending a dispute that had run for three years."
const storyPara2 = "Two officials familiar with the talks said the vote followed a late offer from the regional transport board to share the cost."
const storyPara3 = "The mayor denied that the offer had been agreed in private, and said the full terms would be published before the end of the month."
const storyPara4 = "Engineers estimate the work could take eighteen months, although the schedule may change if the spring floods are severe."

// newsPage is a small but complete news page: navigation, a headline, a
// byline, the story with a subheading, a list, a quotation and a link,
// then a related-stories box and a footer that are not the story.
func newsPage(extraHead string) string {
	return `<!DOCTYPE html>
<html><head>` + extraHead + `
<title>Eastbrook votes to rebuild river bridge | The Eastbrook Courier</title>
<meta property="og:site_name" content="The Eastbrook Courier">
<meta property="article:published_time" content="2026-03-04T09:30:00Z">
</head><body>
<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>Eastbrook votes to rebuild river bridge</h1>
<p class="byline">By <a href="/staff/ana">Ana Field</a></p>
<div class="article-body">
<p>` + storyPara1 + `</p>
<p>` + storyPara2 + `</p>
<h2>What happens next</h2>
<p>` + storyPara3 + `</p>
<ul><li>Surveys of the riverbed begin in April and will last several weeks.</li><li>A temporary footbridge opens before the old bridge closes to traffic.</li></ul>
<blockquote><p>We have waited long enough for a safe crossing, and now we can start the work.</p></blockquote>
<p>` + storyPara4 + ` The <a href="/documents/bridge-plan">full plan</a> is online.</p>
</div>
</article>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Festival returns to the square</a></li><li><a href="/b">School roof repaired</a></li></ul></aside>
<footer><p>Copyright The Eastbrook Courier. All rights reserved.</p></footer>
</body></html>`
}
