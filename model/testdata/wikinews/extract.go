//go:build ignore

// extract writes the 24 Wikinews articles of the GUM corpus as plain
// text, one NNN.txt per article in the layout of ../shared/corpus (a
// title line, a blank line, paragraphs separated by blank lines), from
// the CoNLL-U files of a GUM checkout:
//
//	go run model/testdata/wikinews/extract.go -gum PATH/gum/.git
//
// The texts are Wikinews articles under CC BY 2.5 (see README.md here):
// unlike the corpus beside the repository they may be shipped, so the
// tests that score them run on a clone that has no ../shared.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	gum := flag.String("gum", "", "a GUM git directory (github.com/amir-zeldes/gum)")
	rev := flag.String("rev", "72ce5ac14978a324c2fd18d49484e65292cbe316", "the GUM commit to read")
	out := flag.String("out", "model/testdata/wikinews", "where to write NNN.txt and sources.tsv")
	flag.Parse()
	if *gum == "" {
		fmt.Fprintln(os.Stderr, "extract: -gum PATH is required")
		os.Exit(2)
	}
	ls, err := exec.Command("git", "--git-dir", *gum, "ls-tree", "--name-only", *rev, "dep/").Output()
	if err != nil {
		fmt.Fprintln(os.Stderr, "extract:", err)
		os.Exit(1)
	}
	var names []string
	for _, n := range strings.Fields(string(ls)) {
		if strings.HasPrefix(filepath.Base(n), "GUM_news_") {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	var index strings.Builder
	index.WriteString("# file\tGUM document\tsource URL (Wikinews, CC BY 2.5)\n")
	for i, n := range names {
		raw, err := exec.Command("git", "--git-dir", *gum, "show", *rev+":"+n).Output()
		if err != nil {
			fmt.Fprintln(os.Stderr, "extract:", n, err)
			os.Exit(1)
		}
		text, url := article(string(raw))
		file := fmt.Sprintf("%03d.txt", i+1)
		if err := os.WriteFile(filepath.Join(*out, file), []byte(text), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "extract:", err)
			os.Exit(1)
		}
		fmt.Fprintf(&index, "%s\t%s\t%s\n", file, strings.TrimSuffix(filepath.Base(n), ".conllu"), url)
	}
	if err := os.WriteFile(filepath.Join(*out, "sources.tsv"), []byte(index.String()), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "extract:", err)
		os.Exit(1)
	}
}

// article joins the "# text" lines of one CoNLL-U document: sentences of
// one "# newpar" block by a space, blocks by a blank line. The first
// block is the headline.
func article(conllu string) (text, url string) {
	var paras [][]string
	sc := bufio.NewScanner(strings.NewReader(conllu))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "# newpar" || strings.HasPrefix(line, "# newpar "):
			paras = append(paras, nil)
		case strings.HasPrefix(line, "# meta::sourceURL = "):
			url = strings.TrimPrefix(line, "# meta::sourceURL = ")
		case strings.HasPrefix(line, "# text = "):
			if len(paras) == 0 {
				paras = append(paras, nil)
			}
			last := len(paras) - 1
			paras[last] = append(paras[last], strings.TrimPrefix(line, "# text = "))
		}
	}
	var b strings.Builder
	for _, p := range paras {
		if len(p) == 0 {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(strings.Join(p, " "))
	}
	b.WriteString("\n")
	return b.String(), url
}
