package report

import (
	"strings"

	"github.com/caveat-reader/caveat/model"
)

// SourceTypeLabel says what kind of party a source is, in plain words:
// "named person", "unnamed group".
func SourceTypeLabel(t model.SourceType) string { return strings.ReplaceAll(string(t), "_", " ") }
