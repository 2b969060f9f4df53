// @ts-nocheck
// A declared return type is checked against each `return`.
// expect: error 6:10 the returned value is a number, but a string is required
const label = (r: Run): string => {
  if (runRuntime(r) > 3600) return "long"
  return runRuntime(r)
}
