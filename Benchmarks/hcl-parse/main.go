// hcl-parse: the baseline `make bench` compares `centry lint` with. It only parses, with
// hashicorp/hcl v1 (the parser Consul uses for config entries), every *.hcl and *.json file
// below each argument (or each file given), in one process, and prints
//
//	files N bytes B parse S read R errors E
//
// (S and R in seconds). It exits 1 if any file failed to parse.
//
// Built by scripts/bench.sh in GOPATH mode against Debian's golang-github-hashicorp-hcl-dev
// (/usr/share/gocode), with no network access; never part of the centry build or its tests.
package main

import (
	"fmt"
	"io/ioutil"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/hashicorp/hcl"
)

func main() {
	var paths []string
	for _, root := range os.Args[1:] {
		err := filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
			if err != nil {
				return err
			}
			if !info.IsDir() && (strings.HasSuffix(path, ".hcl") || strings.HasSuffix(path, ".json")) {
				paths = append(paths, path)
			}
			return nil
		})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
	}
	sort.Strings(paths)

	start := time.Now()
	contents := make([][]byte, len(paths))
	total := 0
	for i, path := range paths {
		data, err := ioutil.ReadFile(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		contents[i] = data
		total += len(data)
	}
	read := time.Since(start)

	start = time.Now()
	failed := 0
	for i, data := range contents {
		if _, err := hcl.ParseBytes(data); err != nil {
			failed++
			if failed <= 5 {
				fmt.Fprintf(os.Stderr, "%s: %v\n", paths[i], err)
			}
		}
	}
	parse := time.Since(start)

	fmt.Printf("files %d bytes %d parse %.4f read %.4f errors %d\n",
		len(paths), total, parse.Seconds(), read.Seconds(), failed)
	if failed > 0 {
		os.Exit(1)
	}
}
