package ledger

import (
	_ "embed"
	"strings"
	"sync"
)

// A person's titles are compared as roles: "Gov. Eric Holcomb" is the
// governor a later "the governor" means, "co-founder Julian Assange" the
// founder of "the Wikileaks founder". data/title_forms.tsv maps a title's
// short or variant forms to the one form roles are kept by.

//go:embed data/title_forms.tsv
var titleFormsData string

var titleForms = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(titleFormsData, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		if form, role, ok := strings.Cut(line, "\t"); ok {
			m[form] = role
		}
	}
	return m
})

// roleKey is the form the title or role noun k is compared by.
func roleKey(k string) string {
	if r, ok := titleForms()[k]; ok {
		return r
	}
	return k
}
