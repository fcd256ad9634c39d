package postag

import (
	_ "embed"
	"sync"

	"github.com/caveat-reader/caveat/model/text/postag/internal/features"
	"github.com/caveat-reader/caveat/model/text/postag/internal/weights"
)

// model.bin is written by `go run ./model/text/postag/internal/train`
// from UD English EWT (CC BY-SA 4.0); see the README.
//
//go:embed data/model.bin
var embedded []byte

// Tagger tags sentences with a perceptron model. It is safe for
// concurrent use.
type Tagger struct {
	m *weights.Model
	// bias is the weights of the feature every word has (features.BiasKey),
	// added up once: each word's scores start from it.
	bias    weights.Scores
	scratch sync.Pool // *scratch
}

// scratch is one Tag call's buffers, pooled.
type scratch struct {
	ws     []features.Word
	scores weights.Scores
	sink   byte // what Touch read, kept only so that the reads are made
}

var (
	defaultOnce   sync.Once
	defaultTagger *Tagger
)

// Default returns the tagger of the embedded model. The model is read in
// place from the binary on first use (no decoding), so this is cheap.
func Default() *Tagger {
	defaultOnce.Do(func() {
		t, err := New(embedded)
		if err != nil {
			// The embedded file is part of the build, not input: a
			// broken one is caught by this package's tests.
			panic(err)
		}
		defaultTagger = t
	})
	return defaultTagger
}

// New returns a tagger reading the model file data in place; data must
// not change afterwards.
func New(data []byte) (*Tagger, error) {
	m, err := weights.Open(data)
	if err != nil {
		return nil, err
	}
	if m.NumTags != int(NumTags) {
		return nil, errTagCount
	}
	t := &Tagger{m: m}
	m.Add(features.BiasKey(), &t.bias)
	return t, nil
}

type modelError string

func (e modelError) Error() string { return string(e) }

const errTagCount = modelError("postag model: tag set does not match this build")

// Tag appends to out[:0] the tag of each word of one sentence and returns
// it. Reusing out across calls makes tagging allocation-free.
func (t *Tagger) Tag(words []string, out []Tag) []Tag {
	out = out[:0]
	if len(words) == 0 {
		return out
	}
	sp, _ := t.scratch.Get().(*scratch)
	if sp == nil {
		sp = new(scratch)
	}
	ws := features.Prepare(words, sp.ws, t.m)
	var feats [features.Max]uint32
	scores := &sp.scores
	var h features.History
	for i, w := range words {
		tag := Tag(t.m.Dict(features.ExactKey(w)))
		if tag == None {
			features.Extract(ws, i, &h, &feats)
			// The weight table is 2.6 MB: most of a word's 39 look-ups
			// miss the cache. Reading each key's slot first, all at
			// once, lets the misses overlap instead of waiting in turn
			// in Add's probe loops.
			sp.sink ^= t.m.Touch(feats[1:])
			// Integer sums: the order the weights are added in does not
			// matter, so the bias, feats[0], comes added up already.
			copy(scores[:NumTags], t.bias[:NumTags])
			for _, f := range feats[1:] {
				t.m.Add(f, scores)
			}
			tag = Dollar
			for c := Dollar + 1; c < NumTags; c++ {
				if scores[c] > scores[tag] {
					tag = c
				}
			}
		}
		out = append(out, tag)
		h.Push(&ws[i], uint8(tag), features.KindOf(tag.IsVerb() || tag.IsModal(), tag.IsFinite()))
	}
	sp.ws = ws
	t.scratch.Put(sp)
	return out
}
