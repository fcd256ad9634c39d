package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/caveat-reader/caveat/model/text/postag/internal/conllu"
	"github.com/caveat-reader/caveat/model/text/postag/internal/morph"
)

// writeLemmaData derives the lemmatiser's tables from the treebank's
// (form, XPOS) -> lemma pairs: the verb and adjective bases the suffix
// rules choose among, and the pairs the rules get wrong.
func writeLemmaData(sents [][]conllu.Word, dir string) error {
	bases := map[string]map[string]bool{"verb": {}, "adj": {}}
	type pair struct{ form, xpos string }
	counts := map[pair]map[string]int{}
	for _, s := range sents {
		for _, w := range s {
			if w.Lemma == "_" || w.Lemma == "" || strings.ContainsAny(w.Form+w.Lemma, "\t\n") {
				continue
			}
			switch {
			case strings.HasPrefix(w.XPOS, "VB") && (w.UPOS == "VERB" || w.UPOS == "AUX"):
				bases["verb"][strings.ToLower(w.Lemma)] = true
			case strings.HasPrefix(w.XPOS, "JJ") && w.UPOS == "ADJ":
				bases["adj"][strings.ToLower(w.Lemma)] = true
			}
			form := w.Form
			if w.XPOS != "NNP" && w.XPOS != "NNPS" {
				form = strings.ToLower(form)
			}
			p := pair{form, w.XPOS}
			if counts[p] == nil {
				counts[p] = map[string]int{}
			}
			counts[p][w.Lemma]++
		}
	}
	known := func(b string, f morph.Form) bool {
		if f == morph.Comparative || f == morph.Superlative {
			return bases["adj"][b]
		}
		return bases["verb"][b]
	}
	var rows []string
	for p, ls := range counts {
		best, n := "", 0
		for l, k := range ls {
			if k > n || k == n && l < best {
				best, n = l, k
			}
		}
		if morph.Lemma(p.form, morph.FormOf(p.xpos), known) != best {
			rows = append(rows, p.form+"\t"+p.xpos+"\t"+best)
		}
	}
	sort.Strings(rows)
	head := "# Treebank (form, XPOS) -> lemma pairs that the suffix rules get wrong,\n" +
		"# majority lemma per pair, derived from UD English EWT train (CC BY-SA 4.0)\n" +
		"# by model/text/postag/internal/train. Read by: postag.Lemma (lemma.go).\n"
	if err := writeLines(filepath.Join(dir, "lemma-exceptions.tsv"), head, rows); err != nil {
		return err
	}
	var brows []string
	for class, set := range bases {
		for b := range set {
			if !strings.ContainsAny(b, "\t ") {
				brows = append(brows, class+"\t"+b)
			}
		}
	}
	sort.Strings(brows)
	head = "# Verb and adjective lemmas of UD English EWT train (CC BY-SA 4.0), written by\n" +
		"# model/text/postag/internal/train. Read by: postag.Lemma (lemma.go), whose\n" +
		"# suffix rules prefer a known base (\"charged\" -> \"charge\", not \"charg\").\n"
	if err := writeLines(filepath.Join(dir, "base-forms.tsv"), head, brows); err != nil {
		return err
	}
	fmt.Printf("lemma data: %d exceptions, %d bases\n", len(rows), len(brows))
	return nil
}

func writeLines(path, head string, rows []string) error {
	return os.WriteFile(path, []byte(head+strings.Join(rows, "\n")+"\n"), 0o644)
}
