// Package benchbody reads the article bodies of the extraction benchmark
// that lives beside the repository (../shared/bench/article-extraction),
// for the tests of model and its packages that score or snapshot them:
// one decoder of the ground truth instead of one per test file.
package benchbody

import (
	"encoding/json"
	"os"
)

// Read returns each page's articleBody by its hash, from the ground-truth
// file at path. An absent file gives an error satisfying
// errors.Is(err, fs.ErrNotExist), on which a test skips.
func Read(path string) (map[string]string, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		return nil, err
	}
	out := make(map[string]string, len(truth))
	for h, p := range truth {
		out[h] = p.ArticleBody
	}
	return out, nil
}
