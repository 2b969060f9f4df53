// @ts-nocheck
// A block's const shadows an outer one of another type.
// expect: no diagnostics
const x = 1
{
  const x = "a"
  x.toUpperCase()
}
x.toFixed(1)
