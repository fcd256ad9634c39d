// Command eval reports the embedded tagger's accuracy on a split of UD
// English EWT, over all words and over words unseen in the train split:
//
//	go run ./model/text/postag/internal/eval -ud /path/to/UD_English-EWT/.git
//
// -model evaluates another model file (e.g. a fresh one from train -out).
package main

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"time"

	"github.com/caveat-reader/caveat/model/text/postag"
	"github.com/caveat-reader/caveat/model/text/postag/internal/conllu"
)

func main() {
	ud := flag.String("ud", "", "git directory of UD_English-EWT")
	split := flag.String("split", "test", "split to score: test or dev")
	modelFile := flag.String("model", "", "model file (default: the embedded one)")
	confusions := flag.Int("confusions", 10, "print this many most frequent errors")
	withDev := flag.Bool("with-dev", true, "the model was trained on dev too (as the shipped one): dev words count as seen")
	flag.Parse()
	if *ud == "" {
		fmt.Fprintln(os.Stderr, "eval: -ud is required (git directory of UD_English-EWT)")
		os.Exit(2)
	}
	if err := run(*ud, *split, *modelFile, *confusions, *withDev); err != nil {
		fmt.Fprintln(os.Stderr, "eval:", err)
		os.Exit(1)
	}
}

func run(ud, split, modelFile string, confusions int, withDev bool) error {
	tg := postag.Default()
	if modelFile != "" {
		data, err := os.ReadFile(modelFile)
		if err != nil {
			return err
		}
		if tg, err = postag.New(data); err != nil {
			return err
		}
	}
	train, err := conllu.FromGit(ud, "train")
	if err != nil {
		return err
	}
	if withDev {
		dev, err := conllu.FromGit(ud, "dev")
		if err != nil {
			return err
		}
		train = append(train, dev...)
	}
	seen := map[string]bool{}
	for _, s := range train {
		for _, w := range s {
			seen[w.Form] = true
		}
	}
	gold, err := conllu.FromGit(ud, split)
	if err != nil {
		return err
	}
	sents := make([][]string, len(gold))
	for i, s := range gold {
		for _, w := range s {
			sents[i] = append(sents[i], w.Form)
		}
	}
	tags := make([][]postag.Tag, len(gold))
	start := time.Now()
	for i, s := range sents {
		tags[i] = tg.Tag(s, nil)
	}
	elapsed := time.Since(start)
	var all, allRight, unk, unkRight int
	errs := map[string]int{}
	for i, s := range gold {
		for j, w := range s {
			ok := tags[i][j].String() == w.XPOS
			all++
			if ok {
				allRight++
			} else {
				errs[w.XPOS+" tagged "+tags[i][j].String()]++
			}
			if !seen[w.Form] {
				unk++
				if ok {
					unkRight++
				}
			}
		}
	}
	fmt.Printf("%s: %d sentences, %d words\n", split, len(gold), all)
	fmt.Printf("accuracy, all words:     %.2f%%\n", 100*float64(allRight)/float64(all))
	fmt.Printf("accuracy, unknown words: %.2f%% (%d words unseen in training)\n", 100*float64(unkRight)/float64(unk), unk)
	fmt.Printf("speed (one pass, untimed warm-up excluded): %.0f words/s\n", float64(all)/elapsed.Seconds())
	type kv struct {
		k string
		n int
	}
	var list []kv
	for k, n := range errs {
		list = append(list, kv{k, n})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].n > list[j].n || list[i].n == list[j].n && list[i].k < list[j].k })
	for i := 0; i < confusions && i < len(list); i++ {
		fmt.Printf("  %5d  %s\n", list[i].n, list[i].k)
	}
	return nil
}
