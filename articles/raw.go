package articles

import (
	"context"
	"fmt"
	"mime"
	"net/http"
	"strings"
)

// Validators are what a previous answer said of itself, sent back so the
// server can answer 304 Not Modified instead of sending the body again.
type Validators struct {
	ETag         string
	LastModified string
}

// Raw is a fetched document as bytes, before any reading: what the feed
// reader needs to tell a feed from a page and to cache it.
type Raw struct {
	// URL is the address after redirects.
	URL         string
	ContentType string
	Body        []byte
	// NotModified is a 304 answer: Body is empty, the cached copy holds.
	NotModified bool
	Validators  Validators
}

// FetchRaw downloads rawURL with the same client, limits and one-line
// errors as an article fetch (size cap, timeouts, redirect rules), sending
// the validators of a cached copy if any. It refuses any address that is
// not http or https.
func FetchRaw(ctx context.Context, rawURL string, opts Options, accept string, cached Validators) (*Raw, error) {
	if !isURL(rawURL) {
		return nil, fmt.Errorf("%s: only http and https addresses are fetched", VisibleLine(rawURL))
	}
	return fetchRaw(ctx, rawURL, opts, accept, cached, refuseRawType)
}

// fetchRaw is one GET with caveat's client: refuse vets the declared
// content type before the body is read.
func fetchRaw(ctx context.Context, rawURL string, opts Options, accept string, cached Validators, refuse func(string) error) (*Raw, error) {
	client := newClient(opts)
	defer client.CloseIdleConnections()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, fmt.Errorf("not a valid address: %v", unwrapURLError(err))
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", accept)
	if cached.ETag != "" {
		req.Header.Set("If-None-Match", cached.ETag)
	}
	if cached.LastModified != "" {
		req.Header.Set("If-Modified-Since", cached.LastModified)
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, fetchError(err, opts)
	}
	defer resp.Body.Close()
	raw := &Raw{URL: resp.Request.URL.String(), ContentType: resp.Header.Get("Content-Type"),
		Validators: Validators{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}}
	if resp.StatusCode == http.StatusNotModified {
		raw.NotModified = true
		return raw, nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("HTTP %s (check the address; the page may have moved or need a login)", resp.Status)
	}
	if err := refuse(raw.ContentType); err != nil {
		return nil, err
	}
	max := opts.maxSize()
	if resp.ContentLength > max {
		return nil, tooLarge(resp.ContentLength, max)
	}
	if raw.Body, err = readCapped(resp.Body, max); err != nil {
		if strings.HasPrefix(err.Error(), "too large") {
			return nil, err
		}
		return nil, fetchError(err, opts)
	}
	return raw, nil
}

// refuseRawType is refuseContentType with the feed types let through.
func refuseRawType(contentType string) error {
	mt, _, _ := mime.ParseMediaType(contentType)
	switch mt {
	case "application/rss+xml", "application/atom+xml", "application/rdf+xml",
		"application/feed+json", "application/json":
		return nil
	}
	return refuseContentType(contentType)
}

// ReadFile reads a file with the checks and size cap of Load: for inputs
// that are read as bytes first and recognised after (a saved feed).
func ReadFile(path string, opts Options) ([]byte, error) {
	return readFile(path, opts.maxSize(), opts.Timeout)
}
