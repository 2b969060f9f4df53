// @ts-nocheck
// map over runtimes gives number[]; its elements have no toUpperCase.
// expect: error 4:41 numbers have no method `toUpperCase`
runs.map(r => runRuntime(r)).map(x => x.toUpperCase())
