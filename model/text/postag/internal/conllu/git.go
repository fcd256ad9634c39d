package conllu

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os/exec"
	"strconv"
	"strings"
)

// FromGit reads sentences from a git checkout or bare repository of
// UD_English-EWT at HEAD. split is "dev", "test" or "train". The released
// train file is large, so the train split is rebuilt from the per-document
// sources the repository lists in not-to-release/file-lists/files.train.
func FromGit(gitDir, split string) ([][]Word, error) {
	if split != "train" {
		out, err := gitShow(gitDir, "en_ewt-ud-"+split+".conllu")
		if err != nil {
			return nil, err
		}
		return Read(bytes.NewReader(out))
	}
	list, err := gitShow(gitDir, "not-to-release/file-lists/files.train")
	if err != nil {
		return nil, err
	}
	var paths []string
	for _, l := range strings.Split(string(list), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			paths = append(paths, "not-to-release/sources/"+l)
		}
	}
	docs, err := gitCatFiles(gitDir, paths)
	if err != nil {
		return nil, err
	}
	var all [][]Word
	for i, d := range docs {
		s, err := Read(bytes.NewReader(d))
		if err != nil {
			return nil, fmt.Errorf("%s: %v", paths[i], err)
		}
		all = append(all, s...)
	}
	return all, nil
}

func gitShow(gitDir, path string) ([]byte, error) {
	out, err := exec.Command("git", "--git-dir", gitDir, "show", "HEAD:"+path).Output()
	if err != nil {
		return nil, fmt.Errorf("git show %s: %v", path, err)
	}
	return out, nil
}

// gitCatFiles reads many files at HEAD through one `git cat-file --batch`.
func gitCatFiles(gitDir string, paths []string) ([][]byte, error) {
	cmd := exec.Command("git", "--git-dir", gitDir, "cat-file", "--batch")
	cmd.Stdin = strings.NewReader("HEAD:" + strings.Join(paths, "\nHEAD:") + "\n")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	r := bufio.NewReader(stdout)
	var docs [][]byte
	for _, p := range paths {
		head, err := r.ReadString('\n')
		if err != nil {
			return nil, fmt.Errorf("git cat-file %s: %v", p, err)
		}
		f := strings.Fields(head)
		if len(f) != 3 || f[1] != "blob" {
			return nil, fmt.Errorf("git cat-file %s: %q", p, strings.TrimSpace(head))
		}
		n, err := strconv.Atoi(f[2])
		if err != nil {
			return nil, err
		}
		buf := make([]byte, n+1)
		if _, err := io.ReadFull(r, buf); err != nil {
			return nil, err
		}
		docs = append(docs, buf[:n])
	}
	return docs, cmd.Wait()
}
