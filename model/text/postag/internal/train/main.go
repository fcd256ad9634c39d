// Command train builds the tagger's embedded model from Universal
// Dependencies English EWT:
//
//	go run ./model/text/postag/internal/train -ud /path/to/UD_English-EWT/.git
//
// -ud is a git directory (bare or .git) of the treebank repository; the
// train split is rebuilt from its per-document sources. The shipped model
// is trained on train+dev with the settings chosen on dev
// (-with-dev=false); the test split is never trained on. It writes
// model/text/postag/data/model.bin and prints accuracy on the dev split.
// Training is deterministic: the same treebank and flags give the same file.
package main

import (
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"

	"github.com/caveat-reader/caveat/model/text/postag"
	"github.com/caveat-reader/caveat/model/text/postag/internal/conllu"
	"github.com/caveat-reader/caveat/model/text/postag/internal/features"
	"github.com/caveat-reader/caveat/model/text/postag/internal/weights"
)

func main() {
	ud := flag.String("ud", "", "git directory of UD_English-EWT")
	out := flag.String("out", "model/text/postag/data/model.bin", "model file to write")
	iters := flag.Int("iter", 10, "training passes")
	prune := flag.Float64("prune", 1, "drop averaged weights smaller than this")
	minFeat := flag.Int("minfeat", 1, "drop features updated fewer times than this")
	dictMin := flag.Int("dictmin", 5, "words seen this often ...")
	dictRatio := flag.Float64("dictratio", 0.99, "... with one tag this often go in the tag dictionary")
	withDev := flag.Bool("with-dev", true, "train on train+dev (the shipped model); false to score on dev honestly while tuning")
	flag.Parse()
	if *ud == "" {
		fmt.Fprintln(os.Stderr, "train: -ud is required (git directory of UD_English-EWT)")
		os.Exit(2)
	}
	if err := run(*ud, *out, *iters, *prune, *minFeat, *dictMin, *dictRatio, *withDev); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

type sentence struct {
	words []string
	tags  []uint8
}

func convert(sents [][]conllu.Word, split string) ([]sentence, error) {
	out := make([]sentence, len(sents))
	for i, s := range sents {
		for _, w := range s {
			t, ok := postag.ParseTag(w.XPOS)
			if !ok {
				return nil, fmt.Errorf("%s: unknown tag %q", split, w.XPOS)
			}
			out[i].words = append(out[i].words, w.Form)
			out[i].tags = append(out[i].tags, uint8(t))
		}
	}
	return out, nil
}

func run(ud, out string, iters int, prune float64, minFeat, dictMin int, dictRatio float64, withDev bool) error {
	rawTrain, err := conllu.FromGit(ud, "train")
	if err != nil {
		return err
	}
	rawDev, err := conllu.FromGit(ud, "dev")
	if err != nil {
		return err
	}
	if withDev {
		rawTrain = append(rawTrain, rawDev...)
	}
	if err := writeLemmaData(rawTrain, filepath.Dir(out)); err != nil {
		return err
	}
	train, err := convert(rawTrain, "train")
	if err != nil {
		return err
	}
	dev, err := convert(rawDev, "dev")
	if err != nil {
		return err
	}
	ntok := 0
	for _, s := range train {
		ntok += len(s.words)
	}
	fmt.Printf("train: %d sentences, %d words\n", len(train), ntok)
	dict := tagDict(train, dictMin, dictRatio)
	fmt.Printf("tag dictionary: %d words\n", len(dict))
	lex := lexicon(train, -1)
	fmt.Printf("lexicon: %d words\n", len(lex))
	// Each sentence is trained with a lexicon built without its own fold,
	// so the model learns what the lexicon says of words it has not seen
	// as well as of words it has.
	var folds [lexFolds]lexMap
	for f := range folds {
		folds[f] = lexicon(train, f)
	}

	p := newPerceptron()
	rng := rand.New(rand.NewPCG(1, 2))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	var ws []features.Word
	var feats [features.Max]uint32
	for it := 0; it < iters; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, total := 0, 0
		for _, si := range order {
			s := train[si]
			ws = features.Prepare(s.words, ws, folds[si%lexFolds])
			var h features.History
			for i, w := range s.words {
				guess, ok := dict[features.ExactKey(w)]
				if !ok {
					features.Extract(ws, i, &h, &feats)
					guess = p.predict(feats[:])
					p.update(s.tags[i], guess, feats[:])
				}
				if guess == s.tags[i] {
					right++
				}
				total++
				g := postag.Tag(guess)
				h.Push(&ws[i], guess, features.KindOf(g.IsVerb() || g.IsModal(), g.IsFinite()))
			}
		}
		fmt.Printf("pass %d: train %.4f\n", it+1, float64(right)/float64(total))
	}
	p.average()
	model, stats := p.export(prune, minFeat)
	fmt.Println(stats)
	data, err := weights.Encode(int(postag.NumTags), model, dict, lex, 0.75)
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote %s: %d bytes\n", out, len(data))
	tg, err := postag.New(data)
	if err != nil {
		return err
	}
	right, total := 0, 0
	var got []postag.Tag
	for _, s := range dev {
		got = tg.Tag(s.words, got)
		for i := range got {
			if uint8(got[i]) == s.tags[i] {
				right++
			}
			total++
		}
	}
	note := ""
	if withDev {
		note = " (trained on dev too: not a measure; tune with -with-dev=false)"
	}
	fmt.Printf("dev accuracy (embedded model): %.4f over %d words%s\n", float64(right)/float64(total), total, note)
	return nil
}

// tagDict lists the words (as written) that take one tag nearly always;
// the tagger assigns them directly without scoring.
func tagDict(train []sentence, minCount int, ratio float64) map[uint32]uint8 {
	counts := map[uint32]*[postag.NumTags]int{} // by ExactKey: as the tagger reads words
	for _, s := range train {
		for i, w := range s.words {
			k := features.ExactKey(w)
			c := counts[k]
			if c == nil {
				c = new([postag.NumTags]int)
				counts[k] = c
			}
			c[s.tags[i]]++
		}
	}
	dict := map[uint32]uint8{}
	for k, c := range counts {
		n, best := 0, 0
		for t, k := range c {
			n += k
			if k > c[best] {
				best = t
			}
		}
		if n >= minCount && float64(c[best])/float64(n) >= ratio {
			dict[k] = uint8(best)
		}
	}
	return dict
}

// lexMap is the trainer's lexicon; the model file stores the same table.
type lexMap map[uint32]uint32

func (l lexMap) Lex(k uint32) uint32 { return l[k] }

// lexicon records, per lower-cased word, the tags it takes in at least a
// tenth of its uses and how often it is capitalised inside a sentence.
// lexFolds is the number of parts train is cut into for the lexicon.
const lexFolds = 10

// skipFold leaves out sentences i with i%lexFolds == skipFold (-1: none).
func lexicon(train []sentence, skipFold int) lexMap {
	type stat struct {
		tags          [postag.NumTags]int
		n, inner, cap int
	}
	stats := map[uint32]*stat{}
	var ws []features.Word
	for si, s := range train {
		if si%lexFolds == skipFold {
			continue
		}
		ws = features.Prepare(s.words, ws, lexMap(nil))
		for i := range ws {
			k := features.LexKey(&ws[i])
			st := stats[k]
			if st == nil {
				st = &stat{}
				stats[k] = st
			}
			st.n++
			st.tags[s.tags[i]]++
			if i > 0 {
				st.inner++
				if c := s.words[i][0]; c >= 'A' && c <= 'Z' {
					st.cap++
				}
			}
		}
	}
	lex := lexMap{}
	for k, st := range stats {
		var set uint64
		for t, c := range st.tags {
			if c > 0 && 10*c >= st.n {
				set |= 1 << t
			}
		}
		var bucket uint8
		switch {
		case st.inner == 0:
			bucket = 0
		case st.cap == 0:
			bucket = 1
		case 2*st.cap < st.inner:
			bucket = 2
		case st.cap < st.inner:
			bucket = 3
		default:
			bucket = 4
		}
		lex[k] = features.LexValue(set, bucket)
	}
	return lex
}

// param is one class weight of a feature, with what averaging needs.
type param struct {
	tag     uint8
	w       float64
	total   float64 // sum of w over all updates so far, up to stamp
	stamp   int     // update count when total was last brought up to date
	updates int
}

type perceptron struct {
	w    map[uint32][]param
	now  int
	seen map[uint32]int
}

func newPerceptron() *perceptron {
	return &perceptron{w: map[uint32][]param{}, seen: map[uint32]int{}}
}

func (p *perceptron) predict(feats []uint32) uint8 {
	var scores [postag.NumTags]float64
	for _, f := range feats {
		for _, q := range p.w[f] {
			scores[q.tag] += q.w
		}
	}
	best := 1
	for c := 2; c < int(postag.NumTags); c++ {
		if scores[c] > scores[best] {
			best = c
		}
	}
	return uint8(best)
}

func (p *perceptron) update(truth, guess uint8, feats []uint32) {
	p.now++
	if truth == guess {
		return
	}
	for _, f := range feats {
		p.seen[f]++
		p.bump(f, truth, 1)
		p.bump(f, guess, -1)
	}
}

func (p *perceptron) bump(f uint32, tag uint8, v float64) {
	ps := p.w[f]
	for i := range ps {
		if ps[i].tag == tag {
			q := &ps[i]
			q.total += float64(p.now-q.stamp) * q.w
			q.stamp = p.now
			q.w += v
			q.updates++
			return
		}
	}
	p.w[f] = append(ps, param{tag: tag, w: v, stamp: p.now, updates: 1})
}

func (p *perceptron) average() {
	for _, ps := range p.w {
		for i := range ps {
			q := &ps[i]
			q.total += float64(p.now-q.stamp) * q.w
			q.stamp = p.now
			q.w = q.total / float64(p.now)
		}
	}
}

// export prunes small weights and rare features and quantises the rest
// to int16 on one scale (a common scale keeps the argmax unchanged).
func (p *perceptron) export(prune float64, minFeat int) (map[uint32][]weights.Entry, string) {
	maxAbs := 0.0
	kept := 0
	for f, ps := range p.w {
		if p.seen[f] < minFeat {
			continue
		}
		for _, q := range ps {
			if a := math.Abs(q.w); a >= prune {
				maxAbs = max(maxAbs, a)
			}
		}
	}
	scale := 32767 / maxAbs
	out := map[uint32][]weights.Entry{}
	entries := 0
	for f, ps := range p.w {
		if p.seen[f] < minFeat {
			continue
		}
		var es []weights.Entry
		for _, q := range ps {
			if math.Abs(q.w) < prune {
				continue
			}
			v := math.Round(q.w * scale)
			if v == 0 {
				continue
			}
			es = append(es, weights.Entry{Tag: q.tag, Weight: int16(v)})
		}
		if len(es) > 0 {
			sort.Slice(es, func(i, j int) bool { return es[i].Tag < es[j].Tag })
			out[f] = es
			entries += len(es)
			kept++
		}
	}
	return out, fmt.Sprintf("features: %d trained, %d kept, %d weights, max |w| %.1f", len(p.w), kept, entries, maxAbs)
}
