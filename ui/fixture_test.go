package ui

import (
	"fmt"
	"testing"

	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/reading"
)

// storyParas is a short made-up news story written for these tests.
var storyParas = [][]string{
	{"The city council approved the new harbour budget on Tuesday after a long debate.",
		"Two officials familiar with the negotiations said the mayor had pushed for a larger share."},
	{"The mayor's office denied that any pressure was applied.",
		"A spokesperson called the account untrue."},
	{"The final cost may rise further if steel prices keep climbing.",
		"Work on the first pier is scheduled to begin in the spring."},
	{"Residents packed the hall to hear the vote.",
		"Several of them asked how the harbour would be funded in later years."},
	{"According to people briefed on the plan, the port authority could take over the project.",
		"Nobody at the port authority answered questions on Wednesday."},
}

// storyFlags flag the story: two anonymous sources, a denial, two hedges.
var storyFlags = []fixFlag{
	{model.AnonymousSource, 1, "Two officials familiar with the negotiations said", "familiar with the negotiations"},
	{model.Denial, 2, "The mayor's office denied", "denied"},
	{model.Uncertainty, 4, "may rise further", "may"},
	{model.AnonymousSource, 8, "According to people briefed on the plan", "people briefed on the plan"},
	{model.Uncertainty, 8, "could take over the project", "could"},
}

func storyDoc(t testing.TB) *reading.Doc {
	return fixtureDoc(t, false, storyParas, storyFlags...)
}

// longStory repeats the story (with numbered sections) until it is long
// enough to scroll through several pages.
func longStory(t testing.TB, copies int, markdown bool) *reading.Doc {
	var paras [][]string
	var flags []fixFlag
	for c := 0; c < copies; c++ {
		base := 0
		for _, p := range paras {
			base += len(p)
		}
		paras = append(paras, []string{fmt.Sprintf("Part %d of the harbour story follows.", c+1)})
		paras = append(paras, storyParas...)
		for _, f := range storyFlags {
			f.sentence += base + 1
			flags = append(flags, f)
		}
	}
	return fixtureDoc(t, markdown, paras, flags...)
}
