package articles

import (
	"context"
	"errors"
)

// TEMPORARY foundation stubs: the extraction work replaces this file.
func fromHTML(name string, data []byte, contentType string) (*Article, error) {
	return nil, errors.New("HTML is not supported yet")
}

func fetchArticle(ctx context.Context, url string, opts Options) (*Article, error) {
	return nil, errors.New("URLs are not supported yet")
}
